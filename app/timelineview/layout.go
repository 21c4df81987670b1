package timelineview

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"

	"newsline/app/look"
)

// Sizes in pixels.
const (
	markerR      = 6  // marker radius: 12 px, 10 px of colour inside the outline
	singleGap    = 16 // nearest two single markers may be, centre to centre
	clusterGap   = 40 // the window a cluster takes, left edge to next item
	labelGap     = 4  // marker to its label
	axisH        = 44 // the time axis at the top
	stripH       = 40 // the undated strip at the bottom
	subRowH      = 20 // the pitch of a lane's sub-rows
	lanePad      = 3  // above and below a lane's sub-rows
	minRowH      = subRowH + 2*lanePad
	emptyLaneH   = 20  // a lane with nothing in view: its name only
	maxSubRows   = 4   // a lane grows to at most this many sub-rows
	bandH        = 16  // a band (an instant over its day, month or year) or a period's bar
	bandMin      = 14  // a unit of time narrower than this is drawn as a marker
	minRoomyBand = 48  // a band narrower than this has its label after it
	itemGap      = 2   // between two things drawn in a sub-row
	labelRoom    = 8   // kept free after a label
	minBarPx     = 6   // narrower period bars merge with their neighbours
	mergeGapPx   = 3   // bars closer than this merge
	badgeStep    = 8   // a badge dot and the gap after it
	stackMargin  = 400 // stacking starts this far left of the view, so that rows stay put while panning
	minChipW     = 130 // an undated chip at its narrowest
	maxChipW     = 220
	stripArrowW  = 22 // the undated strip's scroll arrows
	columnPad    = 12 // the lane label column's inner margins
	tooltipPad   = 8
	minPlotWidth = 300
)

// fitMode says whether the viewport follows the size: fitted to all the
// events, framed on the story, or where the user put it.
type fitMode uint8

const (
	fitNone  fitMode = iota // the viewport as set
	fitAll                  // every event, periods included (Fit, 0)
	fitStory                // the stretch the dated instants are in, periods allowed to run off
)

// state is what a frame shows: the widget's state as the layout step
// reads it. The layout never changes it.
type state struct {
	size                fyne.Size
	viewStart, viewSpan float64
	fit                 fitMode
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

	// Geometry across: the lane label column, the plot, the viewport.
	g.plotX = tc.columnW
	g.plotW = max(size.Width-g.plotX, 1)
	g.stripH = 0
	if len(m.undated) > 0 {
		g.stripH = stripH
	}
	g.chipW = minChipW
	if n := float32(len(m.undated)); n > 0 && n*minChipW <= g.plotW {
		g.chipW = min(g.plotW/n, maxChipW)
	}
	f.viewStart, f.viewSpan = st.viewStart, st.viewSpan
	switch st.fit {
	case fitAll:
		f.viewStart, f.viewSpan = fitView(m, g.plotW)
	case fitStory:
		f.viewStart, f.viewSpan = storyView(m, g.plotW)
	}
	f.stripOffset = clampStrip(st.stripOffset, len(m.undated), g)

	// Down: each lane's items stacked in as many sub-rows as it needs,
	// while there is room; then the lanes' heights.
	l.stackLanes(size.Height - axisH - g.stripH)
	if size.Width < 1 || size.Height < 1 {
		return
	}

	// Lane backgrounds, every other one banded; the strip on its own tint.
	for ri := range m.rows {
		if ri%2 == 1 {
			f.rect(layerBands, 0, g.laneTop[ri], size.Width, g.laneH[ri], c.band, transparent, 0, 0)
		}
	}
	if g.stripH > 0 {
		f.rect(layerBands, 0, g.stripY, size.Width, size.Height-g.stripY, c.column, transparent, 0, 0)
		f.line(layerColLines, 0, g.stripY, size.Width, g.stripY, c.separator, 1)
	}

	l.axis()
	for ri := range m.rows {
		l.drawLane(ri)
	}
	l.strip()
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
		// Nothing dated in view (a filter hides it all): the document's
		// own stretch, else the month before today.
		if m != nil && m.docMax > m.docMin {
			return frameSpan(m, m.docMin, m.docMax, plotW)
		}
		now := unixSeconds(time.Now())
		return now - 30*86400, 31 * 86400
	}
	lo, hi := m.minT, m.maxT
	if m.hasPublished {
		lo, hi = min(lo, m.pubBegin), max(hi, m.pubEnd)
	}
	return frameSpan(m, lo, hi, plotW)
}

// storyView returns the viewport that frames the stretch the document's
// dated instants are in, as it opens: long periods ("since November")
// may run off the left edge. Without instants it fits everything.
func storyView(m *model, plotW float32) (start, span float64) {
	if m == nil || !m.hasInstants {
		return fitView(m, plotW)
	}
	lo, hi := m.storyMin, m.storyMax
	if hi-lo < minStorySpan {
		// A story of one day shows it beside the days around it, on an
		// axis of days rather than of hours it has no times for.
		mid := (lo + hi) / 2
		lo, hi = mid-minStorySpan/2, mid+minStorySpan/2
	}
	return frameSpan(m, lo, hi, plotW)
}

// minStorySpan is the least stretch storyView frames: three days.
const minStorySpan = 3 * 86400

// frameSpan returns the viewport showing [lo, hi) across plotW, with 24
// px free on the left and 150 px on the right, where the labels of the
// latest events go.
func frameSpan(m *model, lo, hi float64, plotW float32) (float64, float64) {
	w := float64(plotW)
	if w < 200 {
		w = 1000
	}
	const left, right = 24.0, 150.0
	span := max((hi-lo)*w/(w-left-right), minViewSpan)
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
	return max(0, min(offset, total-g.stripW()))
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

	// The publication day: a band over the lanes, a notch on the axis and
	// a flag on the upper row, where it hides no tick label; the month or
	// year label there gives way to it.
	var flagX0, flagX1 float32 = -1, -1
	if m.hasPublished {
		x0, x1 := f.x(m.pubBegin), f.x(m.pubEnd)
		if x1 >= 0 && x0 <= g.plotW {
			bx0, bx1 := max(x0, 0), min(max(x1, x0+2), g.plotW)
			f.rect(layerPubBand, px+bx0, axisH, bx1-bx0, lanesBottom-axisH, look.WithAlpha(c.accent, 0x30), transparent, 0, 0)
			mid := (x0 + x1) / 2
			label := tc.published
			w := label.w + 12
			fx := min(max(mid-w/2, 0), g.plotW-w)
			flagX0, flagX1 = fx-6, fx+w+6
			f.rect(layerPubPill, px+fx, 4, w, 15, c.accent, transparent, 0, 7.5)
			f.text(layerPubText, label.s, px+fx+6, 11.5, label.w, tc.lineHeight(tc.small), tc.small, c.onAccent, true)
			if mid >= 5 && mid <= g.plotW-5 {
				f.triangle(layerPubTri, px+mid-5, axisH-6, 10, 7, c.accent)
			}
		}
	}
	clearOfFlag := func(x0, x1 float32) bool { return x1 < flagX0 || x0 > flagX1 }

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
			lo, hi := max(x0, 0)+6, min(x1, g.plotW)-6
			for _, short := range []bool{false, true} {
				label := tc.tick(mt, int(s.major)+100+btoi(short)*10, func() string { return majorLabel(mt, s.major, short) })
				lx := lo
				if !clearOfFlag(lx, lx+label.w) && flagX1+label.w <= hi {
					lx = flagX1 // after the flag, still in its month
				}
				if lx+label.w <= hi && clearOfFlag(lx, lx+label.w) {
					f.text(layerMajorTexts, label.s, px+lx, 12, label.w, tc.lineHeight(tc.small), tc.small, c.foreground, true)
					break
				}
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
		if fits && lx >= 0 && lx+label.w <= g.plotW {
			f.text(layerTickTexts, label.s, px+lx, 29.5, label.w, tc.lineHeight(tc.small), tc.small, c.muted, false)
		}
		tick = next
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// --- the undated strip ---

// stripW is the width of the strip's chips' window: the plot, less the
// scroll arrows when the chips overflow it.
func (g *geometry) stripW() float32 {
	if g.stripScrolls {
		return g.plotW - 2*stripArrowW
	}
	return g.plotW
}

// stripMarker returns where the marker of the undated event at place k
// of the strip is, in plot coordinates.
func stripMarker(g *geometry, k int, offset float32) (x, y float32) {
	return g.stripX0() + float32(k)*g.chipW - offset + 10 + markerR, g.stripY + g.stripH/2 - 2
}

// stripX0 is where the chips' window begins in the plot.
func (g *geometry) stripX0() float32 {
	if g.stripScrolls {
		return stripArrowW
	}
	return 0
}

func (l *layouter) strip() {
	f, m, st, c := l.f, l.m, l.st, l.c
	g := &f.geom
	if g.stripH == 0 {
		return
	}
	px := g.plotX
	x0, w := g.stripX0(), g.stripW()
	first := int(f.stripOffset / g.chipW)
	for k := first; k < len(m.undated); k++ {
		x := x0 + float32(k)*g.chipW - f.stripOffset
		if x >= x0+w {
			break
		}
		ev := m.undated[k]
		laneColor := c.lanes[m.laneRowOf(ev)]
		dim := st.match != nil && !st.match[ev]
		mx, y := stripMarker(g, k, f.stripOffset)
		if mx-markerR >= x0-4 && mx+markerR <= x0+w {
			l.marker(ev, px+mx, y, laneColor, dim, st.hover.kind == targetEvent && st.hover.ev == ev)
			if ev == st.selected {
				f.circle(layerSelRings, px+mx, y, markerR+4, transparent, l.selectionColor(dim), 2)
			}
		}
		lx := mx + markerR + labelGap
		avail := min(x+g.chipW-8, x0+w) - lx
		if lx >= x0 && avail > 0 {
			l.label(ev, px+lx, y, avail, dim)
		}
		f.hit(target{kind: targetEvent, row: int16(len(m.rows)), ev: ev, ax: px + mx,
			x0: px + max(x, x0), y0: g.stripY, x1: px + min(x+g.chipW, x0+w), y1: g.stripY + g.stripH})
	}
	if !g.stripScrolls {
		return
	}
	// Arrows at both ends scroll by a page; a thumb shows where the
	// window is.
	total := float32(len(m.undated)) * g.chipW
	for _, right := range []bool{false, true} {
		ax := float32(0)
		if right {
			ax = g.plotW - stripArrowW
		}
		can := (!right && f.stripOffset > 0) || (right && f.stripOffset < total-w)
		col := c.muted
		if !can {
			col = look.WithAlpha(c.muted, 0x40)
		}
		f.rect(layerThumb, px+ax, g.stripY+1, stripArrowW, g.stripH-1, c.column, transparent, 0, 0)
		cy := g.stripY + g.stripH/2
		if right {
			f.chevron(layerStripArrows, px+ax+stripArrowW/2-3, cy, 7, 12, true, col)
		} else {
			f.chevron(layerStripArrows, px+ax+stripArrowW/2-4, cy, 7, 12, false, col)
		}
		if can {
			dir := int32(1)
			if !right {
				dir = -1
			}
			f.hit(target{kind: targetStripScroll, count: dir, x0: px + ax, y0: g.stripY, x1: px + ax + stripArrowW, y1: g.stripY + g.stripH})
		}
	}
	tw := max(w*w/total, 24)
	tx := x0 + f.stripOffset/(total-w)*(w-tw)
	f.rect(layerThumb, px+tx, g.stripY+g.stripH-5, tw, 3, look.WithAlpha(c.foreground, 0x50), transparent, 0, 1.5)
}

// --- column, hover, tooltip ---

// column draws the lane labels on the left, over anything panned under
// them.
func (l *layouter) column() {
	f, m, st, c, tc := l.f, l.m, l.st, l.c, l.tc
	g := &f.geom
	size := st.size
	f.rect(layerColBg, 0, 0, g.plotX, size.Height, c.column, transparent, 0, 0)
	f.line(layerColLines, g.plotX-0.5, 0, g.plotX-0.5, size.Height, c.separator, 1)
	for ri := range m.rows {
		top := g.laneTop[ri]
		cy := top + min(g.laneH[ri], minRowH)/2
		name := tc.laneName(ri)
		sh := max(min(g.laneH[ri]-8, 18), 4)
		f.rect(layerSwatches, columnPad, cy-sh/2, 4, sh, c.lanes[ri], transparent, 0, 2)
		f.text(layerLaneTexts, name.s, columnPad+10, cy, name.w, tc.lineHeight(tc.lane), tc.lane, c.foreground, true)
		if ri > 0 {
			f.line(layerColLines, 0, top, g.plotX, top, look.WithAlpha(c.separator, 0x80), 1)
		}
	}
	if g.stripH > 0 {
		cy := g.stripY + g.stripH/2
		title := tc.undatedTitle
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
