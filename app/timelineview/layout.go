package timelineview

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"

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

// state is what a frame shows: the widget's state as the layout step
// reads it. The layout never changes it.
type state struct {
	size                fyne.Size
	viewStart, viewSpan float64
	fitting             bool // show all the events, whatever the viewport says
	stripOffset         float32
	selected            int32 // event index, or -1
	hover               target
	focused, dragging   bool
	match               []bool  // by event; nil without a search
	badges              []Badge // by event; nil without badges
	tipTitle, tipDetail string  // the hovered target's tooltip
}

// layout lays out one frame of m in state st into f, which it resets
// first: the pure step from (events, viewport, size, theme metrics) to
// geometry, shapes, labels, clusters and hit targets. It reads the
// document and st, and writes only f and tc's measurement caches.
func layout(f *Frame, m *model, st *state, c *colors, tc *textCache) {
	f.reset()
	f.gen++
	l := layouter{f: f, m: m, st: st, c: c, tc: tc}
	l.frame()
}

// layouter carries one layout's inputs between its steps.
type layouter struct {
	f  *Frame
	m  *model
	st *state
	c  *colors
	tc *textCache
}

// item is a single marker or a cluster in a lane, before drawing.
type item struct {
	lo, hi int // instants [lo, hi) of the lane
	x, w   float32
}

var transparent = color.NRGBA{}

// frame lays everything out for st.size.
func (l *layouter) frame() {
	f, m, st, c, tc := l.f, l.m, l.st, l.c, l.tc
	size := st.size
	g := &f.geom
	f.size = size
	if tc.lanesOf != m {
		tc.measureLanes(m)
	}
	for range m.rows {
		f.overflow = append(f.overflow, 0)
	}

	// Geometry.
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
	f.viewStart, f.viewSpan = st.viewStart, st.viewSpan
	if st.fitting {
		f.viewStart, f.viewSpan = fitView(m, g.plotW)
	}
	f.stripOffset = clampStrip(st.stripOffset, len(m.undated), g)
	if size.Width < 1 || size.Height < 1 {
		return
	}

	// Lane backgrounds, every other one banded; the strip on its own tint.
	for ri := range m.rows {
		if ri%2 == 1 {
			f.rect(layerBands, 0, g.rowTop(ri), size.Width, g.rowH, c.band, transparent, 0, 0)
		}
	}
	if g.stripH > 0 {
		f.rect(layerBands, 0, g.stripY, size.Width, size.Height-g.stripY, c.column, transparent, 0, 0)
		f.line(layerColLines, 0, g.stripY, size.Width, g.stripY, c.separator, 1)
	}

	l.axis()
	for ri := range m.rows {
		l.lane(ri)
	}
	l.strip()
	l.selection()
	l.column()
	l.hover()
	l.tooltip()
	if st.focused {
		f.rect(layerFocusRing, 1, 1, size.Width-2, size.Height-2, transparent, c.focus, 2, 4)
	}
}

// fitView returns the viewport that shows all of m's dated events (and
// the publication day) across a plot plotW wide, leaving room on the
// right for the last labels.
func fitView(m *model, plotW float32) (start, span float64) {
	if m == nil || !m.hasDated {
		now := unixSeconds(time.Now())
		return now - 30*86400, 31 * 86400
	}
	lo, hi := m.minT, m.maxT
	if m.hasPublished {
		lo, hi = min(lo, m.pubBegin), max(hi, m.pubEnd)
	}
	w := float64(plotW)
	if w < 200 {
		w = 1000
	}
	// Leave 24 px on the left and 150 px on the right, where the
	// labels of the latest events go.
	const left, right = 24.0, 150.0
	span = max((hi-lo)*w/(w-left-right), minViewSpan)
	return clampView(m, lo-left/w*span, span)
}

// clampView keeps a viewport within the zoom limits and so that some of
// m's events stay in view.
func clampView(m *model, start, span float64) (float64, float64) {
	span = min(max(span, minViewSpan), maxViewSpan)
	if m != nil && m.hasDated {
		lo := m.minT - span*0.9
		hi := m.maxT - span*0.1
		start = min(max(start, lo), max(hi, lo))
	}
	return start, span
}

// clampStrip keeps the undated strip's scroll offset within its chips.
func clampStrip(offset float32, chips int, g *geometry) float32 {
	total := float32(chips) * g.chipW
	return max(0, min(offset, total-g.plotW))
}

// --- the axis ---

func (l *layouter) axis() {
	f, m, st, c, tc := l.f, l.m, l.st, l.c, l.tc
	g := &f.geom
	size := st.size
	px := g.plotX
	lanesBottom := g.stripY
	f.rect(layerAxisBg, 0, 0, size.Width, axisH, c.column, transparent, 0, 0)
	f.line(layerAxisLines, 0, axisH-0.5, size.Width, axisH-0.5, c.separator, 1)

	// The publication day: a band over the lanes and a flag on the axis
	// that tick labels give way to.
	var flagX0, flagX1 float32 = -1, -1
	if m.hasPublished {
		x0, x1 := f.x(m.pubBegin), f.x(m.pubEnd)
		if x1 >= 0 && x0 <= g.plotW {
			bx0, bx1 := max(x0, 0), min(max(x1, x0+2), g.plotW)
			f.rect(layerPubBand, px+bx0, axisH, bx1-bx0, lanesBottom-axisH, look.WithAlpha(c.accent, 0x30), transparent, 0, 0)
			mid := (x0 + x1) / 2
			label := tc.measured("Published", tc.small, true)
			w := label.w + 12
			fx := min(max(mid-w/2, 0), g.plotW-w)
			flagX0, flagX1 = fx-4, fx+w+4
			f.rect(layerPubPill, px+fx, 22, w, 15, c.accent, transparent, 0, 7.5)
			f.text(layerPubText, label.s, px+fx+6, 29.5, label.w, tc.lineHeight(tc.small), tc.small, c.onAccent, true)
			if mid >= 5 && mid <= g.plotW-5 {
				f.triangle(layerPubTri, px+mid-5, axisH-6, 10, 7, c.accent)
			}
		}
	}

	spp := f.viewSpan / float64(g.plotW)
	si := chooseScale(spp)
	s := tickScales[si]
	v0 := f.viewStart
	// Major units: gridlines and sticky labels on the upper row.
	if s.major != unitNone {
		mt := floorTick(fromSeconds(v0), s.major, 1)
		for n := 0; n < 64; n++ {
			next := nextTick(mt, s.major, 1)
			x0, x1 := f.x(unixSeconds(mt)), f.x(unixSeconds(next))
			if x0 > g.plotW {
				break
			}
			if x0 >= 0 {
				f.line(layerGrid, px+x0, axisH, px+x0, lanesBottom, c.gridMajor, 1)
				f.line(layerAxisLines, px+x0, 4, px+x0, axisH, c.gridMajor, 1)
			}
			label := tc.tick(mt, int(s.major)+100, func() string { return majorLabel(mt, s.major) })
			lx := max(x0, 0) + 6
			if lx+label.w <= min(x1, g.plotW)-6 {
				f.text(layerMajorTexts, label.s, px+lx, 12, label.w, tc.lineHeight(tc.small), tc.small, c.foreground, true)
			}
			mt = next
		}
	}
	// Minor units: ticks, faint gridlines and labels on the lower row.
	tick := floorTick(fromSeconds(v0), s.unit, s.step)
	for n := 0; n < 512; n++ {
		next := nextTick(tick, s.unit, s.step)
		x0, x1 := f.x(unixSeconds(tick)), f.x(unixSeconds(next))
		if x0 > g.plotW {
			break
		}
		major := s.major != unitNone && floorTick(tick, s.major, 1).Equal(tick)
		if x0 >= 0 && !major {
			f.line(layerGrid, px+x0, axisH, px+x0, lanesBottom, c.grid, 1)
			f.line(layerAxisLines, px+x0, axisH-6, px+x0, axisH, c.gridMajor, 1)
		}
		label := tc.tick(tick, si, func() string { return tickLabel(tick, s) })
		var lx float32
		if s.labelCentred() {
			lx = (x0+x1)/2 - label.w/2
		} else {
			lx = x0 + 4
		}
		fits := x1-x0 >= label.w+8 || !s.labelCentred()
		if fits && lx >= 0 && lx+label.w <= g.plotW && (lx+label.w < flagX0 || lx > flagX1) {
			f.text(layerTickTexts, label.s, px+lx, 29.5, label.w, tc.lineHeight(tc.small), tc.small, c.muted, false)
		}
		tick = next
	}
}

// --- lanes ---

// laneLayout says where lane row ri puts its period tracks and markers.
func laneLayout(m *model, g *geometry, ri int) (tracks int, tracksTop, markerY float32) {
	row := &m.rows[ri]
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

func (l *layouter) lane(ri int) {
	f, m, st, c, tc := l.f, l.m, l.st, l.c, l.tc
	g := &f.geom
	row := &m.rows[ri]
	laneColor := c.lanes[ri]
	px := g.plotX
	v0, v1 := f.viewStart, f.viewStart+f.viewSpan
	tracks, tracksTop, y := laneLayout(m, g, ri)

	// Periods, track by track. Bars too narrow to read merge with their
	// neighbours into one run, found by binary search, so that a frame
	// costs what is on screen even at fit-all zoom.
	for k := 0; k < tracks; k++ {
		tr := &row.tracks[k]
		by := tracksTop + float32(k)*(trackH+trackGap)
		j := upperBound(tr.end, v0)
		for j < len(tr.begin) && tr.begin[j] < v1 {
			x0, x1 := f.x(tr.begin[j]), f.x(tr.end[j])
			next := j + 1
			if x1-x0 < minBarPx {
				for {
					nj := lowerBound(tr.begin, f.at(x1+mergeGapPx))
					if nj <= next {
						break
					}
					next = nj
					x1 = max(x1, f.x(tr.end[nj-1]))
				}
			}
			cx0, cx1 := max(x0, 0), min(x1, g.plotW)
			if next-j > 1 {
				f.rect(layerBars, px+cx0, by+3, max(cx1-cx0, 2), trackH-6, look.WithAlpha(laneColor, 0x60), transparent, 0, 3)
				f.hit(target{kind: targetCluster, row: int16(ri), count: int32(next - j), t0: tr.begin[j], t1: tr.end[next-1],
					x0: px + cx0, y0: by, x1: px + max(cx1, cx0+4), y1: by + trackH})
				j = next
				continue
			}
			ev := tr.ev[j]
			alpha := uint8(0x48)
			if st.hover.kind == targetEvent && st.hover.ev == ev {
				alpha = 0x80
			}
			fill, stroke, text := look.WithAlpha(laneColor, alpha), laneColor, c.foreground
			if st.match != nil && !st.match[ev] {
				fill, stroke, text = look.WithAlpha(laneColor, 0x18), look.WithAlpha(laneColor, 0x40), look.WithAlpha(c.foreground, 0x60)
			}
			f.rect(layerBars, px+cx0, by, max(cx1-cx0, 2), trackH, fill, stroke, 1, 4)
			if avail := cx1 - cx0 - 12; avail > 0 {
				if s, w, ok := tc.fitLabelMin(m.idx, ev, avail, 8); ok {
					f.text(layerBarTexts, s, px+cx0+6, by+trackH/2, w, tc.lineHeight(tc.label), tc.label, text, false)
				}
			}
			f.hit(target{kind: targetEvent, row: int16(ri), ev: ev, x0: px + cx0, y0: by, x1: px + max(cx1, cx0+4), y1: by + trackH})
			j = next
		}
	}

	// Instants: group into single markers and clusters, greedily from the
	// left, one binary search per item drawn.
	items := f.items[:0]
	lo := lowerBound(row.instAt, f.at(markerR))
	hi := lowerBound(row.instAt, f.at(g.plotW-markerR))
	for i := lo; i < hi; {
		xi := f.x(row.instAt[i])
		j := min(lowerBound(row.instAt, f.at(xi+singleGap)), hi)
		if j <= i+1 {
			items = append(items, item{lo: i, hi: i + 1, x: xi})
			i++
			continue
		}
		win := float32(clusterGap)
		var w float32
		for {
			j = min(max(lowerBound(row.instAt, f.at(xi+win)), i+2), hi)
			w = tc.count(j-i).w + 12
			if w+6 <= win {
				break
			}
			win = w + 6
		}
		items = append(items, item{lo: i, hi: j, x: xi, w: max(w, 24)})
		i = j
	}
	f.items = items

	for k, it := range items {
		nextLeft := g.plotW
		if k+1 < len(items) {
			nextLeft = items[k+1].x - markerR
		}
		if it.hi-it.lo > 1 {
			l.cluster(ri, it, y, laneColor)
			continue
		}
		ev := row.instEv[it.lo]
		dim := st.match != nil && !st.match[ev]
		l.marker(ev, px+it.x, y, laneColor, dim, st.hover.kind == targetEvent && st.hover.ev == ev)
		x1 := px + it.x + markerR + 2
		lx := it.x + markerR + labelGap
		if avail := nextLeft - 8 - lx; avail > 0 && ev != st.selected {
			if s, w, ok := tc.fitLabel(m.idx, ev, avail); ok {
				col := c.foreground
				if dim {
					col = look.WithAlpha(c.foreground, 0x60)
				}
				f.text(layerLabels, s, px+lx, y, w, tc.lineHeight(tc.label), tc.label, col, false)
				x1 = px + lx + w
			}
		}
		f.hit(target{kind: targetEvent, row: int16(ri), ev: ev, x0: px + it.x - markerR - 3, y0: y - 10, x1: x1 + 2, y1: y + 10})
	}
	f.overflow[ri] = int32(row.periodsOverlapping(v0, v1) - shownPeriods(row, tracks, v0, v1))
}

// shownPeriods counts the periods of the first tracks of row that overlap
// [v0, v1).
func shownPeriods(row *laneRow, tracks int, v0, v1 float64) int {
	n := 0
	for k := 0; k < tracks; k++ {
		tr := &row.tracks[k]
		n += lowerBound(tr.begin, v1) - upperBound(tr.end, v0)
	}
	return n
}

func (l *layouter) cluster(ri int, it item, y float32, laneColor color.NRGBA) {
	f, m, st, c, tc := l.f, l.m, l.st, l.c, l.tc
	row := &m.rows[ri]
	px := f.geom.plotX
	n := it.hi - it.lo
	fill, text := laneColor, c.background
	if row.matchPrefix != nil && row.matchPrefix[it.hi]-row.matchPrefix[it.lo] == 0 {
		fill, text = look.WithAlpha(laneColor, 0x40), look.WithAlpha(c.background, 0xc0)
	}
	t := target{kind: targetCluster, row: int16(ri), count: int32(n), t0: row.instAt[it.lo], t1: row.instAt[it.hi-1],
		x0: px + it.x - markerR - 1, y0: y - 9, x1: px + it.x - markerR - 1 + it.w, y1: y + 9}
	stroke, sw := transparent, float32(0)
	if st.hover.sameAs(t) {
		stroke, sw = c.foreground, 1.5
	}
	f.rect(layerPills, t.x0, y-8, it.w, 16, fill, stroke, sw, 8)
	label := tc.count(n)
	f.text(layerPillTexts, label.s, t.x0+(it.w-label.w)/2, y, label.w, tc.lineHeight(tc.small), tc.small, text, true)
	f.hit(t)
}

// marker draws an event's marker centred on (x, y): a filled dot for a
// day or a minute, a ring for a coarser or approximate date.
func (l *layouter) marker(ev int32, x, y float32, laneColor color.NRGBA, dim, hovered bool) {
	f, m, st, c := l.f, l.m, l.st, l.c
	if hovered {
		f.circle(layerHalos, x, y, markerR+5, look.WithAlpha(laneColor, 0x50), transparent, 0)
	}
	d := &m.idx.Doc.Events[ev].Date
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
	f.circle(layerMarks, x, y, markerR, fill, stroke, sw)
	// Badges sit above the marker, clear of its label.
	if st.badges != nil {
		if b := st.badges[ev]; b != 0 {
			by := y - markerR - 5
			switch b & (BadgeStar | BadgeNote) {
			case BadgeStar:
				f.circle(layerBadges, x, by, 3, c.star, c.background, 1)
			case BadgeNote:
				f.circle(layerBadges, x, by, 3, c.foreground, c.background, 1)
			default:
				f.circle(layerBadges, x-3.5, by, 3, c.star, c.background, 1)
				f.circle(layerBadges, x+3.5, by, 3, c.foreground, c.background, 1)
			}
		}
	}
}

// --- the undated strip ---

// stripMarker returns where the marker of the undated event at place k
// of the strip is, in plot coordinates.
func stripMarker(g *geometry, k int, offset float32) (x, y float32) {
	return float32(k)*g.chipW - offset + 10 + markerR, g.stripY + g.stripH/2 - 2
}

func (l *layouter) strip() {
	f, m, st, c, tc := l.f, l.m, l.st, l.c, l.tc
	g := &f.geom
	if g.stripH == 0 {
		return
	}
	px := g.plotX
	first := int(f.stripOffset / g.chipW)
	for k := first; k < len(m.undated); k++ {
		x := float32(k)*g.chipW - f.stripOffset
		if x >= g.plotW {
			break
		}
		ev := m.undated[k]
		laneColor := c.lanes[m.laneRowOf(ev)]
		dim := st.match != nil && !st.match[ev]
		mx, y := stripMarker(g, k, f.stripOffset)
		if mx-markerR >= -4 && mx+markerR <= g.plotW {
			l.marker(ev, px+mx, y, laneColor, dim, st.hover.kind == targetEvent && st.hover.ev == ev)
		}
		lx := mx + markerR + labelGap
		avail := min(x+g.chipW-8, g.plotW) - lx
		if lx >= 0 && avail > 0 && ev != st.selected {
			if s, w, ok := tc.fitLabel(m.idx, ev, avail); ok {
				col := c.foreground
				if dim {
					col = look.WithAlpha(c.foreground, 0x60)
				}
				f.text(layerLabels, s, px+lx, y, w, tc.lineHeight(tc.label), tc.label, col, false)
			}
		}
		f.hit(target{kind: targetEvent, row: int16(len(m.rows)), ev: ev,
			x0: px + max(x, 0), y0: g.stripY, x1: px + min(x+g.chipW, g.plotW), y1: g.stripY + g.stripH})
	}
	// A scroll thumb when the strip holds more than it shows.
	if total := float32(len(m.undated)) * g.chipW; total > g.plotW {
		w := max(g.plotW*g.plotW/total, 24)
		x := f.stripOffset / (total - g.plotW) * (g.plotW - w)
		f.rect(layerThumb, px+x, g.stripY+g.stripH-5, w, 3, look.WithAlpha(c.foreground, 0x50), transparent, 0, 1.5)
	}
}

// --- selection, column, hover, tooltip ---

// markerAt returns where event i's marker is in this frame, in plot
// coordinates; ok is false for a period or a hidden event.
func (f *Frame) markerAt(m *model, i int32) (x, y float32, ok bool) {
	g := &f.geom
	if p := m.stripPos[i]; p >= 0 {
		x, y = stripMarker(g, int(p), f.stripOffset)
		return x, y, true
	}
	if m.rowOf[i] < 0 || m.idx.Doc.Events[i].Date.IsPeriod() {
		return 0, 0, false
	}
	_, _, y = laneLayout(m, g, int(m.rowOf[i]))
	return f.x(m.at[i]), y, true
}

// selection rings the selected event and shows its full label, bold, on
// a plate above its neighbours.
func (l *layouter) selection() {
	f, m, st, c, tc := l.f, l.m, l.st, l.c, l.tc
	g := &f.geom
	i := st.selected
	if i < 0 {
		return
	}
	px := g.plotX
	ev := &m.idx.Doc.Events[i]
	ri := m.laneRowOf(i)
	if m.stripPos[i] < 0 && ev.Date.IsPeriod() {
		// Find the bar: outline it where it is drawn.
		for _, h := range f.hits {
			if h.kind == targetEvent && h.ev == i {
				f.rect(layerPlates, h.x0-1, h.y0-1, h.x1-h.x0+2, h.y1-h.y0+2, transparent, c.foreground, 2, 5)
				return
			}
		}
		return
	}
	x, y, ok := f.markerAt(m, i)
	if !ok || x < 0 || x > g.plotW {
		return
	}
	f.circle(layerSelRings, px+x, y, markerR+4, transparent, c.foreground, 2)
	l.marker(i, px+x, y, c.lanes[ri], false, false)
	label := tc.measured(clipRunes(ev.Label(), 60), tc.label, true)
	w := label.w + 10
	lx := x + markerR + 7
	if lx+w > g.plotW {
		lx = max(x-markerR-7-w, 0)
	}
	f.rect(layerPlates, px+lx, y-10, w, 20, look.WithAlpha(c.background, 0xf0), c.lanes[ri], 1, 4)
	f.text(layerPlateTexts, label.s, px+lx+5, y, label.w, tc.lineHeight(tc.label), tc.label, c.foreground, true)
	f.hit(target{kind: targetEvent, row: int16(ri), ev: i, x0: px + x - markerR - 3, y0: y - 10, x1: px + lx + w, y1: y + 10})
}

// column draws the lane labels on the left, over anything panned under
// them.
func (l *layouter) column() {
	f, m, st, c, tc := l.f, l.m, l.st, l.c, l.tc
	g := &f.geom
	size := st.size
	f.rect(layerColBg, 0, 0, g.plotX, size.Height, c.column, transparent, 0, 0)
	f.line(layerColLines, g.plotX-0.5, 0, g.plotX-0.5, size.Height, c.separator, 1)
	for ri := range m.rows {
		top := g.rowTop(ri)
		cy := top + g.rowH/2
		name := tc.laneName(ri)
		more := int32(0)
		if ri < len(f.overflow) {
			more = f.overflow[ri]
		}
		if more > 0 && g.rowH >= 40 {
			cy -= 7
		}
		sh := min(g.rowH-12, 18)
		f.rect(layerSwatches, columnPad, cy-sh/2, 4, sh, c.lanes[ri], transparent, 0, 2)
		f.text(layerLaneTexts, name.s, columnPad+10, cy, name.w, tc.lineHeight(tc.lane), tc.lane, c.foreground, true)
		if more > 0 && g.rowH >= 40 {
			if note := tc.overflowNote(more); columnPad+10+note.w <= g.plotX-4 {
				f.text(layerLaneTexts, note.s, columnPad+10, cy+15, note.w, tc.lineHeight(tc.small), tc.small, c.muted, false)
				f.hit(target{kind: targetOverflow, row: int16(ri), count: more, x0: 0, y0: cy + 7, x1: g.plotX, y1: cy + 23})
			}
		}
		if ri > 0 {
			f.line(layerColLines, 0, top, g.plotX, top, look.WithAlpha(c.separator, 0x80), 1)
		}
	}
	if g.stripH > 0 {
		cy := g.stripY + g.stripH/2
		title := tc.measured("Undated", tc.lane, true)
		f.text(layerLaneTexts, title.s, columnPad, cy-7, title.w, tc.lineHeight(tc.lane), tc.lane, c.foreground, true)
		n := tc.undatedCount(len(m.undated))
		f.text(layerLaneTexts, n.s, columnPad, cy+8, n.w, tc.lineHeight(tc.small), tc.small, c.muted, false)
	}
}

// hover finds the hovered target among those drawn, where the view put
// it now; it is none once the target is no longer drawn.
func (l *layouter) hover() {
	f, st := l.f, l.st
	if st.hover.kind == targetNone {
		return
	}
	for _, h := range f.hits {
		if h.sameAs(st.hover) {
			f.hover = h
			return
		}
	}
}

func (l *layouter) tooltip() {
	f, st, c, tc := l.f, l.st, l.c, l.tc
	h := f.hover
	if h.kind == targetNone || st.tipTitle == "" || st.dragging {
		return
	}
	size := st.size
	title := tc.measured(st.tipTitle, tc.label, true)
	detail := tc.measured(st.tipDetail, tc.small, false)
	w := max(title.w, detail.w) + 2*tooltipPad
	hgt := float32(40)
	x := min(max(h.x0, 2), size.Width-w-2)
	y := h.y0 - hgt - 6
	if y < 2 {
		y = h.y1 + 6
	}
	f.rect(layerTipBg, x, y, w, hgt, c.tooltip, look.WithAlpha(c.foreground, 0x30), 1, 5)
	f.text(layerTipTexts, title.s, x+tooltipPad, y+13, title.w, tc.lineHeight(tc.label), tc.label, c.tooltipText, true)
	f.text(layerTipTexts, detail.s, x+tooltipPad, y+29, detail.w, tc.lineHeight(tc.small), tc.small, look.WithAlpha(c.tooltipText, 0xc0), false)
}
