package app

import (
	"image/color"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"

	"newsline/app/look"
	"newsline/timeline"
)

// Sizes in pixels.
const (
	markerR      = 6   // marker radius: 12 px, 10 px of colour inside the outline
	singleGap    = 16  // nearest two single markers may be, centre to centre
	clusterGap   = 40  // the window a cluster takes, left edge to next item
	labelGap     = 4   // marker to its label
	axisH        = 44  // the time axis at the top
	stripH       = 44  // the undated strip at the bottom
	minRowH      = 30  // a lane row at its smallest
	trackH       = 16  // a period bar
	trackGap     = 3   // between period tracks
	maxTracks    = 3   // period tracks shown per lane at most
	minBarPx     = 6   // narrower bars merge with their neighbours
	mergeGapPx   = 3   // bars closer than this merge
	minChipW     = 130 // an undated chip at its narrowest
	maxChipW     = 220
	columnPad    = 12 // the lane label column's inner margins
	tooltipPad   = 8
	minPlotWidth = 300
)

type tlTargetKind uint8

const (
	targetNone     tlTargetKind = iota
	targetEvent                 // a marker, its label, a period bar, an undated chip
	targetCluster               // a cluster of markers or a run of merged bars
	targetOverflow              // the "+k more periods" note of a lane
)

// tlTarget is something drawn that reacts to the pointer, with its
// rectangle in widget coordinates.
type tlTarget struct {
	kind           tlTargetKind
	row            int16
	ev             int32 // targetEvent: the event index
	count          int32 // targetCluster, targetOverflow: how many
	t0, t1         float64
	x0, y0, x1, y1 float32
}

func (a tlTarget) sameAs(b tlTarget) bool {
	return a.kind == b.kind && a.ev == b.ev && a.row == b.row && a.count == b.count && a.t0 == b.t0
}

// tlGeometry is where the parts of the widget are, for a size.
type tlGeometry struct {
	size           fyne.Size
	plotX, plotW   float32 // the plot: right of the lane label column
	rowH           float32
	stripY, stripH float32 // stripH is 0 when nothing is undated
	chipW          float32
}

func (g *tlGeometry) rowTop(r int) float32 { return axisH + float32(r)*g.rowH }

// tlRenderer draws a TimelineView from pools of canvas objects that grow
// in Refresh when a frame needs more, and whose unused members are
// hidden; a frame's cost depends on what is visible, not on the document.
type tlRenderer struct {
	t   *TimelineView
	col tlColors

	objects      []fyne.CanvasObject
	pools        []objectPool // in drawing order, bottom first
	objectsDirty bool
	growing      bool // Refresh may add objects; Layout may not
	starved      bool // the last frame needed objects it could not have

	// The state of the last frame, so that a Layout right after a Refresh
	// does not draw the same frame twice.
	drawn     bool
	drawnSize fyne.Size
	drawnView [3]float64
	drawnGen  uint64
	gen       uint64

	bands, pubBand, bars, pills, plates, colBg, swatches, axisBg, pubPill, thumb, tipBg, focusRing *pool[canvas.Rectangle, *canvas.Rectangle]
	grid, colLines, axisLines                                                                      *pool[canvas.Line, *canvas.Line]
	halos, marks, badges, selRings                                                                 *pool[canvas.Circle, *canvas.Circle]
	barTexts, labels, pillTexts, plateTexts, laneTexts, tickTexts, majorTexts, pubText, tipTexts   *pool[canvas.Text, *canvas.Text]
	pubTri                                                                                         *pool[canvas.Polygon, *canvas.Polygon]

	boxes    map[color.NRGBA]color.Color
	items    []tlItem // scratch: one lane's markers and clusters
	overflow []int32  // by lane: periods overlapping the view but not shown
}

// tlItem is a single marker or a cluster in a lane, before drawing.
type tlItem struct {
	lo, hi int // instants [lo, hi) of the lane
	x, w   float32
}

func newTLRenderer(t *TimelineView) *tlRenderer {
	r := &tlRenderer{t: t}
	rects := func() *pool[canvas.Rectangle, *canvas.Rectangle] { return addPool[canvas.Rectangle](r) }
	lines := func() *pool[canvas.Line, *canvas.Line] { return addPool[canvas.Line](r) }
	circles := func() *pool[canvas.Circle, *canvas.Circle] { return addPool[canvas.Circle](r) }
	texts := func() *pool[canvas.Text, *canvas.Text] { return addPool[canvas.Text](r) }
	// Drawing order, bottom first.
	r.bands = rects()
	r.grid = lines()
	r.pubBand = rects()
	r.bars = rects()
	r.barTexts = texts()
	r.halos = circles()
	r.marks = circles()
	r.badges = circles()
	r.labels = texts()
	r.pills = rects()
	r.pillTexts = texts()
	r.selRings = circles()
	r.plates = rects()
	r.plateTexts = texts()
	r.colBg = rects()
	r.colLines = lines()
	r.swatches = rects()
	r.laneTexts = texts()
	r.axisBg = rects()
	r.axisLines = lines()
	r.tickTexts = texts()
	r.majorTexts = texts()
	r.pubPill = rects()
	r.pubText = texts()
	r.pubTri = addPool[canvas.Polygon](r)
	r.thumb = rects()
	r.tipBg = rects()
	r.tipTexts = texts()
	r.focusRing = rects()
	r.Refresh()
	return r
}

// Destroy is part of fyne.WidgetRenderer.
func (r *tlRenderer) Destroy() {}

// Objects is part of fyne.WidgetRenderer.
func (r *tlRenderer) Objects() []fyne.CanvasObject { return r.objects }

// MinSize leaves room for the lane labels, a usable plot and every lane
// at its smallest.
func (r *tlRenderer) MinSize() fyne.Size {
	t := r.t
	h := float32(axisH) + float32(max(len(t.model.rows), 1))*minRowH
	if len(t.model.undated) > 0 {
		h += stripH
	}
	return fyne.NewSize(t.texts.columnW+minPlotWidth, h)
}

// Refresh redraws for the current state, growing the pools as needed.
func (r *tlRenderer) Refresh() {
	r.gen++
	r.col.load(r.t.Theme(), r.laneNames(), r.t.palette)
	r.growing = true
	r.draw(r.t.Size())
	r.growing = false
	if r.objectsDirty {
		r.objects = r.objects[:0]
		for _, p := range r.pools {
			r.objects = p.appendTo(r.objects)
		}
		r.objectsDirty = false
	}
	r.repaint()
}

// repaint asks the canvas to draw again. Objects whose looks changed were
// refreshed one by one; refreshing the whole widget instead would throw
// away the textures of every label, each frame.
func (r *tlRenderer) repaint() {
	app := fyne.CurrentApp()
	if app == nil || app.Driver() == nil {
		return
	}
	if c, ok := app.Driver().CanvasForObject(r.t).(interface{ SetDirty() }); ok {
		c.SetDirty()
	}
}

// Layout moves and resizes the pooled objects for size; it never creates
// any. Should a larger size need more than the pools have, the widget's
// Resize follows up with a Refresh.
func (r *tlRenderer) Layout(size fyne.Size) {
	r.draw(size)
}

func (r *tlRenderer) laneNames() []timeline.Lane {
	names := r.t.texts.lanes[:0]
	for i := range r.t.model.rows {
		names = append(names, r.t.model.rows[i].lane)
	}
	r.t.texts.lanes = names
	return names
}

// draw lays out one frame, unless it would be the same as the last.
func (r *tlRenderer) draw(size fyne.Size) {
	t := r.t
	view := [3]float64{t.viewStart, t.viewSpan, float64(t.stripOffset)}
	if r.drawn && size == r.drawnSize && view == r.drawnView && r.gen == r.drawnGen {
		return
	}
	r.starved = false
	r.frame(size)
	for _, p := range r.pools {
		p.finish()
	}
	r.drawn, r.drawnSize, r.drawnGen = true, size, r.gen
	r.drawnView = [3]float64{t.viewStart, t.viewSpan, float64(t.stripOffset)}
}

// frame positions everything for size.
func (r *tlRenderer) frame(size fyne.Size) {
	t := r.t
	m := t.model
	g := &t.geom
	c := &r.col
	t.hits = t.hits[:0]
	tc := &t.texts
	tc.prepare(t.Theme())
	if tc.lanesOf != m {
		tc.measureLanes(m)
		tc.lanesOf = m
	}
	r.overflow = r.overflow[:0]
	for range m.rows {
		r.overflow = append(r.overflow, 0)
	}

	// Geometry.
	g.size = size
	g.plotX = tc.columnW
	g.plotW = max(size.Width-g.plotX, 1)
	g.stripH = 0
	if len(m.undated) > 0 {
		g.stripH = stripH
	}
	rows := max(len(m.rows), 1)
	g.rowH = max((size.Height-axisH-g.stripH)/float32(rows), 1)
	g.stripY = axisH + g.rowH*float32(len(m.rows))
	g.chipW = minChipW
	if n := float32(len(m.undated)); n > 0 && n*minChipW <= g.plotW {
		g.chipW = min(g.plotW/n, maxChipW)
	}
	if t.fitting {
		t.fitNow()
	}
	t.clampStrip()
	if size.Width < 1 || size.Height < 1 {
		return
	}

	// Lane backgrounds, every other one banded; the strip on its own tint.
	for ri := range m.rows {
		if ri%2 == 1 {
			r.rect(r.bands, 0, g.rowTop(ri), size.Width, g.rowH, c.band, transparent, 0, 0)
		}
	}
	if g.stripH > 0 {
		r.rect(r.bands, 0, g.stripY, size.Width, size.Height-g.stripY, c.column, transparent, 0, 0)
		r.line(r.colLines, 0, g.stripY, size.Width, g.stripY, c.separator, 1)
	}

	r.drawAxis(size)
	for ri := range m.rows {
		r.drawLane(ri)
	}
	r.drawStrip()
	r.drawSelection()
	r.drawColumn(size)
	r.refreshHover()
	r.drawTooltip(size)
	if t.focused {
		r.rect(r.focusRing, 1, 1, size.Width-2, size.Height-2, transparent, c.focus, 2, 4)
	}
}

// x maps an instant to a plot x-coordinate.
func (r *tlRenderer) x(at float64) float32 {
	t := r.t
	return float32((at - t.viewStart) / t.viewSpan * float64(t.geom.plotW))
}

// at maps a plot x-coordinate to an instant.
func (r *tlRenderer) at(x float32) float64 {
	t := r.t
	return t.viewStart + float64(x)/float64(t.geom.plotW)*t.viewSpan
}

// --- the axis ---

func (r *tlRenderer) drawAxis(size fyne.Size) {
	t := r.t
	m := t.model
	g := &t.geom
	c := &r.col
	tc := &t.texts
	px := g.plotX
	lanesBottom := g.stripY
	r.rect(r.axisBg, 0, 0, size.Width, axisH, c.column, transparent, 0, 0)
	r.line(r.axisLines, 0, axisH-0.5, size.Width, axisH-0.5, c.separator, 1)

	// The publication day: a band over the lanes and a flag on the axis
	// that tick labels give way to.
	var flagX0, flagX1 float32 = -1, -1
	if m.hasPublished {
		x0, x1 := r.x(m.pubBegin), r.x(m.pubEnd)
		if x1 >= 0 && x0 <= g.plotW {
			bx0, bx1 := max(x0, 0), min(max(x1, x0+2), g.plotW)
			r.rect(r.pubBand, px+bx0, axisH, bx1-bx0, lanesBottom-axisH, look.WithAlpha(c.accent, 0x30), transparent, 0, 0)
			mid := (x0 + x1) / 2
			label := tc.measured("Published", tc.small, true)
			w := label.w + 12
			fx := min(max(mid-w/2, 0), g.plotW-w)
			flagX0, flagX1 = fx-4, fx+w+4
			r.rect(r.pubPill, px+fx, 22, w, 15, c.accent, transparent, 0, 7.5)
			r.text(r.pubText, label.s, px+fx+6, 29.5, label.w, tc.small, c.onAccent, true)
			if mid >= 5 && mid <= g.plotW-5 {
				r.setPolygon(r.pubTri.take(r), px+mid-5, axisH-6, 10, 7, c.accent)
			}
		}
	}

	spp := t.viewSpan / float64(g.plotW)
	s := tickScales[chooseScale(spp)]
	v0 := t.viewStart
	// Major units: gridlines and sticky labels on the upper row.
	if s.major != unitNone {
		mt := floorTick(fromSeconds(v0), s.major, 1)
		for n := 0; n < 64; n++ {
			next := nextTick(mt, s.major, 1)
			x0, x1 := r.x(unixSeconds(mt)), r.x(unixSeconds(next))
			if x0 > g.plotW {
				break
			}
			if x0 >= 0 {
				r.line(r.grid, px+x0, axisH, px+x0, lanesBottom, c.gridMajor, 1)
				r.line(r.axisLines, px+x0, 4, px+x0, axisH, c.gridMajor, 1)
			}
			label := tc.tick(mt, int(s.major)+100, func() string { return majorLabel(mt, s.major) })
			lx := max(x0, 0) + 6
			if lx+label.w <= min(x1, g.plotW)-6 {
				r.text(r.majorTexts, label.s, px+lx, 12, label.w, tc.small, c.foreground, true)
			}
			mt = next
		}
	}
	// Minor units: ticks, faint gridlines and labels on the lower row.
	tick := floorTick(fromSeconds(v0), s.unit, s.step)
	for n := 0; n < 512; n++ {
		next := nextTick(tick, s.unit, s.step)
		x0, x1 := r.x(unixSeconds(tick)), r.x(unixSeconds(next))
		if x0 > g.plotW {
			break
		}
		major := s.major != unitNone && floorTick(tick, s.major, 1).Equal(tick)
		if x0 >= 0 && !major {
			r.line(r.grid, px+x0, axisH, px+x0, lanesBottom, c.grid, 1)
			r.line(r.axisLines, px+x0, axisH-6, px+x0, axisH, c.gridMajor, 1)
		}
		label := tc.tick(tick, int(chooseScaleIndex(s)), func() string { return tickLabel(tick, s) })
		var lx float32
		if s.labelCentred() {
			lx = (x0+x1)/2 - label.w/2
		} else {
			lx = x0 + 4
		}
		fits := x1-x0 >= label.w+8 || !s.labelCentred()
		if fits && lx >= 0 && lx+label.w <= g.plotW && (lx+label.w < flagX0 || lx > flagX1) {
			r.text(r.tickTexts, label.s, px+lx, 29.5, label.w, tc.small, c.muted, false)
		}
		tick = next
	}
}

func chooseScaleIndex(s tickScale) int {
	for i := range tickScales {
		if tickScales[i] == s {
			return i
		}
	}
	return 0
}

// --- lanes ---

// laneLayout says where a lane row puts its period tracks and markers.
func (r *tlRenderer) laneLayout(ri int) (tracks int, tracksTop, markerY float32) {
	g := &r.t.geom
	row := &r.t.model.rows[ri]
	top := g.rowTop(ri)
	if len(row.tracks) == 0 {
		return 0, top, top + g.rowH/2
	}
	fit := int((g.rowH - 26 - 4) / (trackH + trackGap))
	tracks = min(max(fit, 1), len(row.tracks), maxTracks)
	tracksTop = top + 4
	below := tracksTop + float32(tracks)*(trackH+trackGap)
	markerY = below + (top+g.rowH-below)/2
	return tracks, tracksTop, markerY
}

func (r *tlRenderer) drawLane(ri int) {
	t := r.t
	m := t.model
	g := &t.geom
	c := &r.col
	tc := &t.texts
	row := &m.rows[ri]
	laneColor := c.lanes[ri]
	px := g.plotX
	v0, v1 := t.viewStart, t.viewStart+t.viewSpan
	tracks, tracksTop, y := r.laneLayout(ri)

	// Periods, track by track. Bars too narrow to read merge with their
	// neighbours into one run, found by binary search, so that a frame
	// costs what is on screen even at fit-all zoom.
	for k := 0; k < tracks; k++ {
		tr := &row.tracks[k]
		by := tracksTop + float32(k)*(trackH+trackGap)
		j := upperBound(tr.end, v0)
		for j < len(tr.begin) && tr.begin[j] < v1 {
			x0, x1 := r.x(tr.begin[j]), r.x(tr.end[j])
			next := j + 1
			if x1-x0 < minBarPx {
				for {
					nj := lowerBound(tr.begin, r.at(x1+mergeGapPx))
					if nj <= next {
						break
					}
					next = nj
					x1 = max(x1, r.x(tr.end[nj-1]))
				}
			}
			cx0, cx1 := max(x0, 0), min(x1, g.plotW)
			if next-j > 1 {
				r.rect(r.bars, px+cx0, by+3, max(cx1-cx0, 2), trackH-6, look.WithAlpha(laneColor, 0x60), transparent, 0, 3)
				r.hit(tlTarget{kind: targetCluster, row: int16(ri), count: int32(next - j), t0: tr.begin[j], t1: tr.end[next-1],
					x0: px + cx0, y0: by, x1: px + max(cx1, cx0+4), y1: by + trackH})
				j = next
				continue
			}
			ev := tr.ev[j]
			alpha := uint8(0x48)
			if t.hover.kind == targetEvent && t.hover.ev == ev {
				alpha = 0x80
			}
			fill, stroke, text := look.WithAlpha(laneColor, alpha), laneColor, c.foreground
			if t.match != nil && !t.match[ev] {
				fill, stroke, text = look.WithAlpha(laneColor, 0x18), look.WithAlpha(laneColor, 0x40), look.WithAlpha(c.foreground, 0x60)
			}
			r.rect(r.bars, px+cx0, by, max(cx1-cx0, 2), trackH, fill, stroke, 1, 4)
			if avail := cx1 - cx0 - 12; avail > 0 {
				if s, w, ok := tc.fitLabelMin(t.index, ev, avail, 8); ok {
					r.text(r.barTexts, s, px+cx0+6, by+trackH/2, w, tc.label, text, false)
				}
			}
			r.hit(tlTarget{kind: targetEvent, row: int16(ri), ev: ev, x0: px + cx0, y0: by, x1: px + max(cx1, cx0+4), y1: by + trackH})
			j = next
		}
	}

	// Instants: group into single markers and clusters, greedily from the
	// left, one binary search per item drawn.
	items := r.items[:0]
	lo := lowerBound(row.instAt, r.at(markerR))
	hi := lowerBound(row.instAt, r.at(g.plotW-markerR))
	for i := lo; i < hi; {
		xi := r.x(row.instAt[i])
		j := min(lowerBound(row.instAt, r.at(xi+singleGap)), hi)
		if j <= i+1 {
			items = append(items, tlItem{lo: i, hi: i + 1, x: xi})
			i++
			continue
		}
		win := float32(clusterGap)
		var w float32
		for {
			j = min(max(lowerBound(row.instAt, r.at(xi+win)), i+2), hi)
			w = tc.count(j-i).w + 12
			if w+6 <= win {
				break
			}
			win = w + 6
		}
		items = append(items, tlItem{lo: i, hi: j, x: xi, w: max(w, 24)})
		i = j
	}
	r.items = items

	for k, it := range items {
		nextLeft := g.plotW
		if k+1 < len(items) {
			nextLeft = items[k+1].x - markerR
		}
		if it.hi-it.lo > 1 {
			r.drawCluster(ri, it, y, laneColor)
			continue
		}
		ev := row.instEv[it.lo]
		dim := t.match != nil && !t.match[ev]
		r.drawMarker(ev, px+it.x, y, laneColor, dim, t.hover.kind == targetEvent && t.hover.ev == ev)
		x1 := px + it.x + markerR + 2
		lx := it.x + markerR + labelGap
		if avail := nextLeft - 8 - lx; avail > 0 && ev != t.selected {
			if s, w, ok := tc.fitLabel(t.index, ev, avail); ok {
				col := c.foreground
				if dim {
					col = look.WithAlpha(c.foreground, 0x60)
				}
				r.text(r.labels, s, px+lx, y, w, tc.label, col, false)
				x1 = px + lx + w
			}
		}
		r.hit(tlTarget{kind: targetEvent, row: int16(ri), ev: ev, x0: px + it.x - markerR - 3, y0: y - 10, x1: x1 + 2, y1: y + 10})
	}
	r.overflow[ri] = int32(row.periodsOverlapping(v0, v1) - r.shownPeriods(row, tracks, v0, v1))
}

func (r *tlRenderer) shownPeriods(row *tlLane, tracks int, v0, v1 float64) int {
	n := 0
	for k := 0; k < tracks; k++ {
		tr := &row.tracks[k]
		n += lowerBound(tr.begin, v1) - upperBound(tr.end, v0)
	}
	return n
}

func (r *tlRenderer) drawCluster(ri int, it tlItem, y float32, laneColor color.NRGBA) {
	t := r.t
	row := &t.model.rows[ri]
	c := &r.col
	tc := &t.texts
	px := t.geom.plotX
	n := it.hi - it.lo
	fill, text := laneColor, c.background
	if row.matchPrefix != nil && row.matchPrefix[it.hi]-row.matchPrefix[it.lo] == 0 {
		fill, text = look.WithAlpha(laneColor, 0x40), look.WithAlpha(c.background, 0xc0)
	}
	target := tlTarget{kind: targetCluster, row: int16(ri), count: int32(n), t0: row.instAt[it.lo], t1: row.instAt[it.hi-1],
		x0: px + it.x - markerR - 1, y0: y - 9, x1: px + it.x - markerR - 1 + it.w, y1: y + 9}
	stroke, sw := transparent, float32(0)
	if t.hover.sameAs(target) {
		stroke, sw = c.foreground, 1.5
	}
	r.rect(r.pills, target.x0, y-8, it.w, 16, fill, stroke, sw, 8)
	label := tc.count(n)
	r.text(r.pillTexts, label.s, target.x0+(it.w-label.w)/2, y, label.w, tc.small, text, true)
	r.hit(target)
}

// drawMarker draws an event's marker centred on (x, y): a filled dot for
// a day or a minute, a ring for a coarser or approximate date.
func (r *tlRenderer) drawMarker(ev int32, x, y float32, laneColor color.NRGBA, dim, hovered bool) {
	t := r.t
	c := &r.col
	if hovered {
		r.circle(r.halos, x, y, markerR+5, look.WithAlpha(laneColor, 0x50), transparent, 0)
	}
	d := &t.index.Doc.Events[ev].Date
	fill, stroke := laneColor, c.background
	sw := float32(1.5)
	if d.Dated() && (d.Precision() < timeline.Day || d.Approximate) {
		fill, stroke, sw = c.background, laneColor, 2.5
	}
	if dim {
		if fill == laneColor {
			fill = look.WithAlpha(laneColor, 0x48)
		} else {
			stroke = look.WithAlpha(laneColor, 0x60)
		}
	}
	r.circle(r.marks, x, y, markerR, fill, stroke, sw)
	// Badges sit above the marker, clear of its label.
	if t.badges != nil {
		if b := t.badges[ev]; b != 0 {
			by := y - markerR - 5
			switch b & (BadgeStar | BadgeNote) {
			case BadgeStar:
				r.circle(r.badges, x, by, 3, c.star, c.background, 1)
			case BadgeNote:
				r.circle(r.badges, x, by, 3, c.foreground, c.background, 1)
			default:
				r.circle(r.badges, x-3.5, by, 3, c.star, c.background, 1)
				r.circle(r.badges, x+3.5, by, 3, c.foreground, c.background, 1)
			}
		}
	}
}

// --- the undated strip ---

func (r *tlRenderer) drawStrip() {
	t := r.t
	m := t.model
	g := &t.geom
	c := &r.col
	tc := &t.texts
	if g.stripH == 0 {
		return
	}
	px := g.plotX
	y := g.stripY + g.stripH/2 - 2
	first := int(t.stripOffset / g.chipW)
	for k := first; k < len(m.undated); k++ {
		x := float32(k)*g.chipW - t.stripOffset
		if x >= g.plotW {
			break
		}
		ev := m.undated[k]
		ri := m.laneRowOf(t.index, ev)
		laneColor := c.lanes[ri]
		dim := t.match != nil && !t.match[ev]
		mx := x + 10 + markerR
		if mx-markerR >= -4 && mx+markerR <= g.plotW {
			r.drawMarker(ev, px+mx, y, laneColor, dim, t.hover.kind == targetEvent && t.hover.ev == ev)
		}
		lx := mx + markerR + labelGap
		avail := min(x+g.chipW-8, g.plotW) - lx
		if lx >= 0 && avail > 0 && ev != t.selected {
			if s, w, ok := tc.fitLabel(t.index, ev, avail); ok {
				col := c.foreground
				if dim {
					col = look.WithAlpha(c.foreground, 0x60)
				}
				r.text(r.labels, s, px+lx, y, w, tc.label, col, false)
			}
		}
		r.hit(tlTarget{kind: targetEvent, row: int16(len(m.rows)), ev: ev,
			x0: px + max(x, 0), y0: g.stripY, x1: px + min(x+g.chipW, g.plotW), y1: g.stripY + g.stripH})
	}
	// A scroll thumb when the strip holds more than it shows.
	if total := float32(len(m.undated)) * g.chipW; total > g.plotW {
		w := max(g.plotW*g.plotW/total, 24)
		x := t.stripOffset / (total - g.plotW) * (g.plotW - w)
		r.rect(r.thumb, px+x, g.stripY+g.stripH-5, w, 3, look.WithAlpha(c.foreground, 0x50), transparent, 0, 1.5)
	}
}

// laneRowOf returns the row of event i's lane.
func (m *tlModel) laneRowOf(x *timeline.Index, i int32) int {
	l := x.Doc.Events[i].Lane
	for r := range m.rows {
		if m.rows[r].lane == l {
			return r
		}
	}
	return 0
}

// --- selection, column, tooltip ---

// drawSelection rings the selected event and shows its full label, bold,
// on a plate above its neighbours.
func (r *tlRenderer) drawSelection() {
	t := r.t
	m := t.model
	g := &t.geom
	c := &r.col
	tc := &t.texts
	i := t.selected
	if i < 0 {
		return
	}
	px := g.plotX
	var x, y float32
	ri := m.laneRowOf(t.index, i)
	ev := &t.index.Doc.Events[i]
	switch {
	case m.stripPos[i] >= 0:
		x = float32(m.stripPos[i])*g.chipW - t.stripOffset + 10 + markerR
		y = g.stripY + g.stripH/2 - 2
	case ev.Date.IsPeriod():
		// Find the bar: outline it where it is drawn.
		for _, h := range t.hits {
			if h.kind == targetEvent && h.ev == i {
				r.rect(r.plates, h.x0-1, h.y0-1, h.x1-h.x0+2, h.y1-h.y0+2, transparent, c.foreground, 2, 5)
				return
			}
		}
		return
	default:
		_, _, y = r.laneLayout(ri)
		x = r.x(m.at[i])
	}
	if x < 0 || x > g.plotW {
		return
	}
	r.circle(r.selRings, px+x, y, markerR+4, transparent, c.foreground, 2)
	r.drawMarker(i, px+x, y, c.lanes[ri], false, false)
	label := tc.measured(clipRunes(ev.Label(), 60), tc.label, true)
	w := label.w + 10
	lx := x + markerR + 7
	if lx+w > g.plotW {
		lx = max(x-markerR-7-w, 0)
	}
	r.rect(r.plates, px+lx, y-10, w, 20, look.WithAlpha(c.background, 0xf0), c.lanes[ri], 1, 4)
	r.text(r.plateTexts, label.s, px+lx+5, y, label.w, tc.label, c.foreground, true)
	r.hit(tlTarget{kind: targetEvent, row: int16(ri), ev: i, x0: px + x - markerR - 3, y0: y - 10, x1: px + lx + w, y1: y + 10})
}

// drawColumn draws the lane labels on the left, over anything panned
// under them.
func (r *tlRenderer) drawColumn(size fyne.Size) {
	t := r.t
	m := t.model
	g := &t.geom
	c := &r.col
	tc := &t.texts
	r.rect(r.colBg, 0, 0, g.plotX, size.Height, c.column, transparent, 0, 0)
	r.line(r.colLines, g.plotX-0.5, 0, g.plotX-0.5, size.Height, c.separator, 1)
	for ri := range m.rows {
		top := g.rowTop(ri)
		cy := top + g.rowH/2
		name := tc.laneName(ri)
		more := int32(0)
		if ri < len(r.overflow) {
			more = r.overflow[ri]
		}
		if more > 0 && g.rowH >= 40 {
			cy -= 7
		}
		sh := min(g.rowH-12, 18)
		r.rect(r.swatches, columnPad, cy-sh/2, 4, sh, c.lanes[ri], transparent, 0, 2)
		r.text(r.laneTexts, name.s, columnPad+10, cy, name.w, tc.lane, c.foreground, true)
		if more > 0 && g.rowH >= 40 {
			if note := tc.overflowNote(more); columnPad+10+note.w <= g.plotX-4 {
				r.text(r.laneTexts, note.s, columnPad+10, cy+15, note.w, tc.small, c.muted, false)
				r.hit(tlTarget{kind: targetOverflow, row: int16(ri), count: more, x0: 0, y0: cy + 7, x1: g.plotX, y1: cy + 23})
			}
		}
		if ri > 0 {
			r.line(r.colLines, 0, top, g.plotX, top, look.WithAlpha(c.separator, 0x80), 1)
		}
	}
	if g.stripH > 0 {
		cy := g.stripY + g.stripH/2
		title := tc.measured("Undated", tc.lane, true)
		r.text(r.laneTexts, title.s, columnPad, cy-7, title.w, tc.lane, c.foreground, true)
		n := tc.undatedCount(len(m.undated))
		r.text(r.laneTexts, n.s, columnPad, cy+8, n.w, tc.small, c.muted, false)
	}
}

// refreshHover keeps the hovered target's rectangle current after the
// view moved, and drops it when it is no longer drawn.
func (r *tlRenderer) refreshHover() {
	t := r.t
	if t.hover.kind == targetNone {
		return
	}
	for _, h := range t.hits {
		if h.sameAs(t.hover) {
			t.hover = h
			return
		}
	}
	t.hover = tlTarget{}
	t.tipTitle, t.tipDetail = "", ""
}

func (r *tlRenderer) drawTooltip(size fyne.Size) {
	t := r.t
	c := &r.col
	tc := &t.texts
	h := t.hover
	if h.kind == targetNone || t.tipTitle == "" || t.dragging {
		return
	}
	title := tc.measured(t.tipTitle, tc.label, true)
	detail := tc.measured(t.tipDetail, tc.small, false)
	w := max(title.w, detail.w) + 2*tooltipPad
	hgt := float32(40)
	x := min(max(h.x0, 2), size.Width-w-2)
	y := h.y0 - hgt - 6
	if y < 2 {
		y = h.y1 + 6
	}
	r.rect(r.tipBg, x, y, w, hgt, c.tooltip, look.WithAlpha(c.foreground, 0x30), 1, 5)
	r.text(r.tipTexts, title.s, x+tooltipPad, y+13, title.w, tc.label, c.tooltipText, true)
	r.text(r.tipTexts, detail.s, x+tooltipPad, y+29, detail.w, tc.small, look.WithAlpha(c.tooltipText, 0xc0), false)
}

func (r *tlRenderer) hit(h tlTarget) { r.t.hits = append(r.t.hits, h) }

// --- object helpers: set only what changed, so that an unchanged object
// costs no allocation and no texture refresh ---

var transparent = color.NRGBA{}

func sameColor(c color.Color, n color.NRGBA) bool {
	cur, ok := c.(color.NRGBA)
	return ok && cur == n
}

// boxed returns c as a color.Color, reusing the interface value made the
// first time: boxing a colour allocates, and frames reuse few colours.
func (r *tlRenderer) boxed(c color.NRGBA) color.Color {
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

func (r *tlRenderer) rect(p *pool[canvas.Rectangle, *canvas.Rectangle], x, y, w, h float32, fill, stroke color.NRGBA, strokeW, radius float32) {
	o := p.take(r)
	changed := false
	if !sameColor(o.FillColor, fill) {
		o.FillColor, changed = r.boxed(fill), true
	}
	if !sameColor(o.StrokeColor, stroke) {
		o.StrokeColor, changed = r.boxed(stroke), true
	}
	if o.StrokeWidth != strokeW || o.CornerRadius != radius {
		o.StrokeWidth, o.CornerRadius, changed = strokeW, radius, true
	}
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
	if changed {
		o.Refresh()
	}
}

func (r *tlRenderer) circle(p *pool[canvas.Circle, *canvas.Circle], cx, cy, radius float32, fill, stroke color.NRGBA, strokeW float32) {
	o := p.take(r)
	changed := false
	if !sameColor(o.FillColor, fill) {
		o.FillColor, changed = r.boxed(fill), true
	}
	if !sameColor(o.StrokeColor, stroke) {
		o.StrokeColor, changed = r.boxed(stroke), true
	}
	if o.StrokeWidth != strokeW {
		o.StrokeWidth, changed = strokeW, true
	}
	o.Move(fyne.NewPos(cx-radius, cy-radius))
	o.Resize(fyne.NewSize(2*radius, 2*radius))
	if changed {
		o.Refresh()
	}
}

func (r *tlRenderer) line(p *pool[canvas.Line, *canvas.Line], x0, y0, x1, y1 float32, col color.NRGBA, w float32) {
	o := p.take(r)
	changed := false
	if !sameColor(o.StrokeColor, col) || o.StrokeWidth != w {
		o.StrokeColor, o.StrokeWidth, changed = r.boxed(col), w, true
	}
	if o.Position1 != fyne.NewPos(x0, y0) || o.Position2 != fyne.NewPos(x1, y1) {
		o.Position1, o.Position2 = fyne.NewPos(x0, y0), fyne.NewPos(x1, y1)
		changed = true
	}
	if changed {
		o.Refresh()
	}
}

// text draws s with its left edge at x, centred vertically on cy.
func (r *tlRenderer) text(p *pool[canvas.Text, *canvas.Text], s string, x, cy, w, size float32, col color.NRGBA, bold bool) {
	o := p.take(r)
	changed := false
	if o.Text != s {
		o.Text, changed = s, true
	}
	if o.TextSize != size || o.TextStyle.Bold != bold {
		o.TextSize, o.TextStyle.Bold, changed = size, bold, true
	}
	if !sameColor(o.Color, col) {
		o.Color, changed = r.boxed(col), true
	}
	h := r.t.texts.lineHeight(size)
	o.Move(fyne.NewPos(x, cy-h/2))
	if sz := fyne.NewSize(w, h); o.Size() != sz {
		o.Resize(sz)
		changed = false // Resize refreshed it
	}
	if changed {
		o.Refresh()
	}
}

func (r *tlRenderer) setPolygon(o *canvas.Polygon, x, y, w, h float32, fill color.NRGBA) {
	changed := false
	if !sameColor(o.FillColor, fill) || o.Sides != 3 || o.Angle != 180 {
		o.FillColor, o.Sides, o.Angle, changed = r.boxed(fill), 3, 180, true
	}
	o.Move(fyne.NewPos(x, y))
	o.Resize(fyne.NewSize(w, h))
	if changed {
		o.Refresh()
	}
}

// --- pools ---

type objectPool interface {
	finish()
	appendTo([]fyne.CanvasObject) []fyne.CanvasObject
}

// pool holds canvas objects of one kind for one layer. take hands out the
// next one, showing it; finish hides those the frame did not take.
type pool[T any, P interface {
	*T
	fyne.CanvasObject
}] struct {
	items       []P
	used, shown int
	spare       P // handed out when Layout runs short, never on screen
}

func addPool[T any, P interface {
	*T
	fyne.CanvasObject
}](r *tlRenderer) *pool[T, P] {
	p := &pool[T, P]{spare: P(new(T))}
	r.pools = append(r.pools, p)
	return p
}

func (p *pool[T, P]) take(r *tlRenderer) P {
	if p.used == len(p.items) {
		if !r.growing {
			r.starved = true
			return p.spare
		}
		p.items = append(p.items, P(new(T)))
		r.objectsDirty = true
	}
	o := p.items[p.used]
	if p.used >= p.shown {
		o.Show()
	}
	p.used++
	return o
}

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

// --- text measurement ---

// textCache measures text without shaping it: a string's width is the sum
// of its runes' advances, each measured once. Fyne's MeasureText shapes
// the whole string, too slow to call for every label of every frame;
// the sum ignores kerning, which narrows text, so it errs on the side of
// room. Label widths are kept per event, and count and tick labels per
// value, so that panning allocates nothing once they are known.
type textCache struct {
	themeKey     fyne.Theme
	label, small float32 // text sizes
	lane         float32
	columnW      float32
	lanes        []timeline.Lane
	advances     map[advanceKey]float32
	labelW       []float32 // by event; 0 until measured
	ellipsisW    float32
	cuts         map[int32]cutLabel
	counts       map[int]measuredText
	ticks        map[tickKey]measuredText
	laneNames    []measuredText
	overflows    map[int32]measuredText
	undated      measuredText
	lineH        map[float32]float32
	lanesOf      *tlModel // the model laneNames and columnW are for
}

type advanceKey struct {
	r    rune
	size float32
	bold bool
}

type measuredText struct {
	s string
	w float32
}

type cutLabel struct {
	runes int
	m     measuredText
}

type tickKey struct {
	scale int
	at    int64
}

// reset forgets everything measured for a previous document.
func (tc *textCache) reset(x *timeline.Index) {
	tc.labelW = nil
	if x != nil {
		tc.labelW = make([]float32, len(x.Doc.Events))
	}
	tc.cuts = map[int32]cutLabel{}
	tc.themeKey = nil
}

// prepare drops the measurements when the theme changed.
func (tc *textCache) prepare(th fyne.Theme) {
	base := th.Size(theme.SizeNameText)
	label := max(base-2, 9)
	if tc.themeKey == th && tc.label == label && tc.advances != nil {
		return
	}
	tc.themeKey = th
	tc.label, tc.small, tc.lane = label, max(base-3, 9), max(base-1, 10)
	tc.advances = map[advanceKey]float32{}
	tc.ellipsisW = tc.width("…", tc.label, false)
	tc.cuts = map[int32]cutLabel{}
	tc.counts = map[int]measuredText{}
	tc.ticks = map[tickKey]measuredText{}
	tc.overflows = map[int32]measuredText{}
	tc.lineH = map[float32]float32{}
	tc.undated = measuredText{}
	tc.lanesOf = nil
	for i := range tc.labelW {
		tc.labelW[i] = 0
	}
}

// width returns the width of s, from its runes' advances.
func (tc *textCache) width(s string, size float32, bold bool) float32 {
	var w float32
	for _, c := range s {
		w += tc.advance(c, size, bold)
	}
	return float32(math.Ceil(float64(w)))
}

func (tc *textCache) advance(c rune, size float32, bold bool) float32 {
	k := advanceKey{c, size, bold}
	a, ok := tc.advances[k]
	if !ok {
		a = fyne.MeasureText(string(c), size, fyne.TextStyle{Bold: bold}).Width
		tc.advances[k] = a
	}
	return a
}

func (tc *textCache) lineHeight(size float32) float32 {
	if h, ok := tc.lineH[size]; ok {
		return h
	}
	h := fyne.MeasureText("Mg", size, fyne.TextStyle{}).Height
	tc.lineH[size] = h
	return h
}

// measured returns s with its width.
func (tc *textCache) measured(s string, size float32, bold bool) measuredText {
	return measuredText{s, tc.width(s, size, bold)}
}

// fitLabel returns event i's label, shortened with an ellipsis to fit in
// avail pixels, and its width; ok is false when not even a few letters
// fit.
func (tc *textCache) fitLabel(x *timeline.Index, i int32, avail float32) (string, float32, bool) {
	return tc.fitLabelMin(x, i, avail, minLabelRunes)
}

// minLabelRunes is the fewest letters a shortened label keeps; fewer
// say nothing, and the label hides instead.
const minLabelRunes = 5

func (tc *textCache) fitLabelMin(x *timeline.Index, i int32, avail float32, minRunes int) (string, float32, bool) {
	label := x.Doc.Events[i].Label()
	w := tc.labelW[i]
	if w == 0 {
		w = tc.width(label, tc.label, false)
		tc.labelW[i] = w
	}
	if w <= avail {
		return label, w, true
	}
	sum := tc.ellipsisW + 1
	runes, cut := 0, 0
	for at, c := range label {
		cw := tc.advance(c, tc.label, false)
		if sum+cw > avail {
			break
		}
		sum += cw
		runes++
		cut = at + utf8.RuneLen(c)
	}
	if runes < minRunes {
		return "", 0, false
	}
	if c, ok := tc.cuts[i]; ok && c.runes == runes {
		return c.m.s, c.m.w, true
	}
	if len(tc.cuts) > 4096 {
		clear(tc.cuts)
	}
	s := strings.TrimRight(label[:cut], " ,;:–-") + "…"
	m := measuredText{s, float32(math.Ceil(float64(sum)))}
	tc.cuts[i] = cutLabel{runes, m}
	return m.s, m.w, true
}

// count returns the label of a cluster of n events: "+37", "+1.2k",
// "+12k". There are few such labels, so they are kept for good.
func (tc *textCache) count(n int) measuredText {
	key := n
	switch {
	case n >= 10000:
		key = 100000 + n/1000
	case n >= 1000:
		key = 10000 + n/100
	}
	if m, ok := tc.counts[key]; ok {
		return m
	}
	var s string
	switch {
	case n < 1000:
		s = "+" + strconv.Itoa(n)
	case n < 10000:
		s = "+" + strconv.Itoa(n/1000) + "." + strconv.Itoa(n/100%10) + "k"
	default:
		s = "+" + strconv.Itoa(n/1000) + "k"
	}
	m := tc.measured(s, tc.small, true)
	tc.counts[key] = m
	return m
}

// tick returns a tick label, made by format the first time.
func (tc *textCache) tick(at interface{ Unix() int64 }, scale int, format func() string) measuredText {
	k := tickKey{scale, at.Unix()}
	if m, ok := tc.ticks[k]; ok {
		return m
	}
	if len(tc.ticks) > 4096 {
		clear(tc.ticks)
	}
	m := tc.measured(format(), tc.small, scale >= 100)
	tc.ticks[k] = m
	return m
}

func (tc *textCache) laneName(row int) measuredText {
	if row < len(tc.laneNames) {
		return tc.laneNames[row]
	}
	return measuredText{}
}

func (tc *textCache) overflowNote(n int32) measuredText {
	if m, ok := tc.overflows[n]; ok {
		return m
	}
	if len(tc.overflows) > 4096 {
		clear(tc.overflows)
	}
	m := tc.measured("+"+strconv.Itoa(int(n))+" more", tc.small, false)
	tc.overflows[n] = m
	return m
}

func (tc *textCache) undatedCount(n int) measuredText {
	s := strconv.Itoa(n) + " events"
	if n == 1 {
		s = "1 event"
	}
	if tc.undated.s != s {
		tc.undated = tc.measured(s, tc.small, false)
	}
	return tc.undated
}

// measureLanes names and measures the lanes of m, and sets the column
// width to fit the longest name.
func (tc *textCache) measureLanes(m *tlModel) {
	tc.laneNames = tc.laneNames[:0]
	w := tc.width("Undated", tc.lane, true)
	for i := range m.rows {
		name := tc.measured(m.rows[i].lane.Title(), tc.lane, true)
		tc.laneNames = append(tc.laneNames, name)
		w = max(w, name.w+10)
	}
	tc.columnW = float32(math.Ceil(float64(min(max(w+2*columnPad, 96), 200))))
}
