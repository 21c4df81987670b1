package timelineview

import "fyne.io/fyne/v2"

// growth is what the pools of one renderer share: whether they may grow
// now, and whether they had to.
type growth struct {
	allowed bool // Refresh may add objects; Layout may not
	starved bool // the last paint needed objects it could not have
	added   bool // objects were added since the renderer last listed them
}

// pool holds canvas objects of one kind for one layer. take hands out the
// next one, showing it; finish hides those the frame did not take. Pools
// grow in Refresh when a frame needs more, and never shrink, so that a
// pan allocates nothing that grows with the document.
type pool[T any, P interface {
	*T
	fyne.CanvasObject
}] struct {
	items       []P
	used, shown int
	spare       T // handed out when Layout runs short, never on screen
}

func (p *pool[T, P]) take(g *growth) P {
	if p.used == len(p.items) {
		if !g.allowed {
			g.starved = true
			return P(&p.spare)
		}
		p.items = append(p.items, P(new(T)))
		g.added = true
	}
	o := p.items[p.used]
	if p.used >= p.shown {
		o.Show()
	}
	p.used++
	return o
}

// finish hides the objects this frame did not take.
func (p *pool[T, P]) finish() {
	for i := p.used; i < p.shown; i++ {
		p.items[i].Hide()
	}
	p.shown, p.used = p.used, 0
}

func (p *pool[T, P]) appendTo(list []fyne.CanvasObject) []fyne.CanvasObject {
	for _, o := range p.items {
		list = append(list, o)
	}
	return list
}

// shownCount is how many of the pool's objects the last paint showed.
func (p *pool[T, P]) shownCount() int { return p.shown }
