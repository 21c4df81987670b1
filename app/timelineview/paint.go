package timelineview

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// renderer paints a View's frames. It computes nothing: the View lays a
// frame out (layout.go); the renderer draws its shapes into one image
// shown by a canvas.Raster (raster.go), and sets a pooled canvas.Text for
// each of its texts (and the tooltip's box, which covers texts), touching
// only what changed, so that an unchanged object costs no allocation and
// no texture refresh.
type renderer struct {
	v       *View
	raster  *canvas.Raster // the frame's shapes, first of the objects
	shapes  shapeImage
	layers  [numLayers]painter // nil for the layers drawn into the raster
	objects []fyne.CanvasObject
	grow    growth
	painted uint64 // the gen of the frame last painted; 0 for none
	boxes   map[color.NRGBA]color.Color
}

// A painter paints the shapes of one layer with its pool of objects.
type painter interface {
	paint(r *renderer, shapes []shape)
	finish()
	appendTo([]fyne.CanvasObject) []fyne.CanvasObject
	shownCount() int
}

func newRenderer(v *View) *renderer {
	r := &renderer{v: v}
	r.raster = canvas.NewRaster(func(w, h int) image.Image {
		return r.shapes.draw(&r.v.cur, w, h, r.v.colors.background)
	})
	for l, kind := range layerKinds {
		if rasterLayer(layer(l)) {
			continue
		}
		switch kind {
		case rectShape:
			r.layers[l] = &rectPainter{}
		case lineShape:
			r.layers[l] = &linePainter{}
		case circleShape:
			r.layers[l] = &circlePainter{}
		case textShape:
			r.layers[l] = &textPainter{}
		case triangleShape:
			r.layers[l] = &trianglePainter{}
		}
	}
	r.Refresh()
	return r
}

// Destroy is part of fyne.WidgetRenderer.
func (r *renderer) Destroy() {}

// Objects is part of fyne.WidgetRenderer.
func (r *renderer) Objects() []fyne.CanvasObject { return r.objects }

// MinSize is part of fyne.WidgetRenderer.
func (r *renderer) MinSize() fyne.Size { return r.v.minSize() }

// Refresh lays the View out afresh for its state and theme, and paints
// it, growing the pools as the frame needs.
func (r *renderer) Refresh() {
	r.v.invalidate()
	r.grow.allowed = true
	r.paint(r.v.frame(r.v.Size()))
	r.grow.allowed = false
}

// Layout paints the frame for size; it moves and resizes objects and
// never creates any. Should a larger size need more objects than the pools
// have, the View's Resize follows up with a Refresh.
func (r *renderer) Layout(size fyne.Size) {
	r.raster.Resize(size)
	r.paint(r.v.frame(size))
}

// paint sets the objects for f, unless f is the frame painted last.
func (r *renderer) paint(f *Frame) {
	if f.gen == r.painted {
		return
	}
	r.grow.starved = false
	for l, p := range r.layers {
		if p != nil {
			p.paint(r, f.layers[l])
			p.finish()
		}
	}
	r.painted = f.gen
	if r.grow.added || r.objects == nil {
		r.objects = append(r.objects[:0], r.raster)
		for _, p := range r.layers {
			if p != nil {
				r.objects = p.appendTo(r.objects)
			}
		}
		r.grow.added = false
	}
	// The shapes are drawn when the window next paints, for the frame
	// laid out last.
	r.raster.Refresh()
}

// boxed returns c as a color.Color, reusing the interface value made the
// first time: boxing a colour allocates, and frames reuse few colours.
func (r *renderer) boxed(c color.NRGBA) color.Color {
	if b, ok := r.boxes[c]; ok {
		return b
	}
	if r.boxes == nil || len(r.boxes) > 1024 {
		r.boxes = map[color.NRGBA]color.Color{}
	}
	b := color.Color(c)
	r.boxes[c] = b
	return b
}

func sameColor(c color.Color, n color.NRGBA) bool {
	cur, ok := c.(color.NRGBA)
	return ok && cur == n
}

type rectPainter struct {
	pool[canvas.Rectangle, *canvas.Rectangle]
}

func (p *rectPainter) paint(r *renderer, shapes []shape) {
	for i := range shapes {
		s := &shapes[i]
		o := p.take(&r.grow)
		changed := false
		if !sameColor(o.FillColor, s.fill) {
			o.FillColor, changed = r.boxed(s.fill), true
		}
		if !sameColor(o.StrokeColor, s.stroke) {
			o.StrokeColor, changed = r.boxed(s.stroke), true
		}
		if o.StrokeWidth != s.strokeW || o.CornerRadius != s.radius {
			o.StrokeWidth, o.CornerRadius, changed = s.strokeW, s.radius, true
		}
		o.Move(fyne.NewPos(s.x, s.y))
		o.Resize(fyne.NewSize(s.w, s.h))
		if changed {
			o.Refresh()
		}
	}
}

type circlePainter struct {
	pool[canvas.Circle, *canvas.Circle]
}

func (p *circlePainter) paint(r *renderer, shapes []shape) {
	for i := range shapes {
		s := &shapes[i]
		o := p.take(&r.grow)
		changed := false
		if !sameColor(o.FillColor, s.fill) {
			o.FillColor, changed = r.boxed(s.fill), true
		}
		if !sameColor(o.StrokeColor, s.stroke) {
			o.StrokeColor, changed = r.boxed(s.stroke), true
		}
		if o.StrokeWidth != s.strokeW {
			o.StrokeWidth, changed = s.strokeW, true
		}
		o.Move(fyne.NewPos(s.x, s.y))
		o.Resize(fyne.NewSize(s.w, s.h))
		if changed {
			o.Refresh()
		}
	}
}

type linePainter struct {
	pool[canvas.Line, *canvas.Line]
}

func (p *linePainter) paint(r *renderer, shapes []shape) {
	for i := range shapes {
		s := &shapes[i]
		o := p.take(&r.grow)
		changed := false
		if !sameColor(o.StrokeColor, s.stroke) || o.StrokeWidth != s.strokeW {
			o.StrokeColor, o.StrokeWidth, changed = r.boxed(s.stroke), s.strokeW, true
		}
		p1, p2 := fyne.NewPos(s.x, s.y), fyne.NewPos(s.x+s.w, s.y+s.h)
		if o.Position1 != p1 || o.Position2 != p2 {
			o.Position1, o.Position2, changed = p1, p2, true
		}
		if changed {
			o.Refresh()
		}
	}
}

// textPainter paints a layer of texts. Fyne keeps a texture per text
// object, made afresh whenever its text changes; a pan that shifted every
// label to the next pooled object would remake them all each frame. So a
// text goes, when it can, to the object that showed the same text in the
// last frame: a pan then only moves objects.
type textPainter struct {
	items   []*canvas.Text
	keys    []textKey // what each object shows
	shown   []bool
	spare   canvas.Text // handed out when Layout runs short, never on screen
	byKey   map[textKey][]int32
	assign  []int32 // scratch: the object of each shape
	claimed []bool  // scratch: the objects taken this frame
}

type textKey struct {
	text  string
	size  float32
	bold  bool
	color color.NRGBA
}

func keyOfText(s *shape) textKey { return textKey{s.text, s.textSize, s.bold, s.fill} }

func (p *textPainter) paint(r *renderer, shapes []shape) {
	if p.byKey == nil || len(p.byKey) > 4096 {
		p.byKey = map[textKey][]int32{}
	}
	for j, on := range p.shown {
		if on {
			p.byKey[p.keys[j]] = append(p.byKey[p.keys[j]], int32(j))
		}
	}
	p.assign = p.assign[:0]
	p.claimed = p.claimed[:0]
	for range p.items {
		p.claimed = append(p.claimed, false)
	}
	for i := range shapes {
		j := int32(-1)
		k := keyOfText(&shapes[i])
		if same := p.byKey[k]; len(same) > 0 {
			j = same[len(same)-1]
			p.byKey[k] = same[:len(same)-1]
			p.claimed[j] = true
		}
		p.assign = append(p.assign, j)
	}
	for k, v := range p.byKey {
		p.byKey[k] = v[:0]
	}
	free := 0
	for i := range shapes {
		if p.assign[i] >= 0 {
			continue
		}
		for free < len(p.items) && p.claimed[free] {
			free++
		}
		if free == len(p.items) {
			if !r.grow.allowed {
				r.grow.starved = true
				continue // drawn on the spare, never on screen
			}
			p.items = append(p.items, canvas.NewText("", color.Transparent))
			p.keys = append(p.keys, textKey{})
			p.shown = append(p.shown, false)
			p.claimed = append(p.claimed, false)
			r.grow.added = true
		}
		p.assign[i] = int32(free)
		p.claimed[free] = true
	}
	for j, o := range p.items {
		if p.claimed[j] != p.shown[j] {
			if p.claimed[j] {
				o.Show()
			} else {
				o.Hide()
			}
			p.shown[j] = p.claimed[j]
		}
	}
	for i := range shapes {
		s := &shapes[i]
		o := &p.spare
		if j := p.assign[i]; j >= 0 {
			o = p.items[j]
			p.keys[j] = keyOfText(s)
		}
		changed := false
		if o.Text != s.text {
			o.Text, changed = s.text, true
		}
		if o.TextSize != s.textSize || o.TextStyle.Bold != s.bold {
			o.TextSize, o.TextStyle.Bold, changed = s.textSize, s.bold, true
		}
		if !sameColor(o.Color, s.fill) {
			o.Color, changed = r.boxed(s.fill), true
		}
		o.Move(fyne.NewPos(s.x, s.y))
		if sz := fyne.NewSize(s.w, s.h); o.Size() != sz {
			o.Resize(sz)
			changed = false // Resize refreshed it
		}
		if changed {
			o.Refresh()
		}
	}
}

// finish is part of painter: paint has shown and hidden the objects.
func (p *textPainter) finish() {}

func (p *textPainter) appendTo(list []fyne.CanvasObject) []fyne.CanvasObject {
	for _, o := range p.items {
		list = append(list, o)
	}
	return list
}

func (p *textPainter) shownCount() int {
	n := 0
	for _, on := range p.shown {
		if on {
			n++
		}
	}
	return n
}

type trianglePainter struct {
	pool[canvas.Polygon, *canvas.Polygon]
}

func (p *trianglePainter) paint(r *renderer, shapes []shape) {
	for i := range shapes {
		s := &shapes[i]
		o := p.take(&r.grow)
		changed := false
		if angle := 180 + s.angle; !sameColor(o.FillColor, s.fill) || o.Sides != 3 || o.Angle != angle {
			o.FillColor, o.Sides, o.Angle, changed = r.boxed(s.fill), 3, angle, true
		}
		o.Move(fyne.NewPos(s.x, s.y))
		o.Resize(fyne.NewSize(s.w, s.h))
		if changed {
			o.Refresh()
		}
	}
}
