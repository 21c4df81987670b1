package timelineview

import (
	"image/color"
	"math"
	"slices"

	"newsline/app/look"
	"newsline/timeline"
)

// Lanes stack what they show in sub-rows, as vis-timeline's stack option
// does: an instant is a marker at the centre of its minute, day, month or
// year, or a band over it once the zoom makes that wider than a marker; a
// period is a bar. Whatever would overlap goes to the next sub-row, and a
// lane grows by sub-rows while the widget has room. Markers too crowded
// for the sub-rows a lane has become clusters ("+12").

// itemKind is what a lane item is drawn as.
type itemKind uint8

const (
	itemMarker      itemKind = iota // an instant, at the centre of its unit
	itemBand                        // an instant, over its whole day, month or year
	itemBar                         // a period
	itemCluster                     // markers too close to show apart: a pill "+n"
	itemBandCluster                 // instants of one unit beyond the sub-rows: a band "+n"
	itemRun                         // periods too narrow to show apart: one bar
)

// A laneItem is one thing a lane shows, placed in a sub-row.
type laneItem struct {
	kind    itemKind
	ev      int32   // a single item's event
	count   int32   // a cluster's events
	matches int32   // a cluster's search matches; -1 without a search
	t0, t1  float64 // the time it covers: a cluster zooms to it
	x0, x1  float32 // what it draws, in plot coordinates, unclipped
	want    float32 // how far right its label would reach, in full
	row     int8    // its sub-row once stacked; -1 when it joined a cluster
	limit   float32 // its label ends before this: the next item of its sub-row
	// selected: it is, or a cluster or run holds, the selected event, so
	// that a crowd never hides where the selection is.
	selected bool
}

// wantEnd returns how far right item it and its full label reach.
func (l *layouter) wantEnd(it *laneItem) float32 {
	if !it.single() {
		return it.x1
	}
	w := l.tc.labelWidth(l.m.idx, it.ev) + labelRoom
	if st := l.st; st.badges != nil && st.badges[it.ev] != 0 {
		w += 2*badgeStep + 2
	}
	if it.kind == itemMarker || !it.roomy() {
		return it.x1 + labelGap + w
	}
	return max(it.x1, max(it.x0, 0)+6+w)
}

// roomy reports whether a band or bar is wide enough to hold the start of
// its label; a narrower one has its label after it, as a marker does.
func (it *laneItem) roomy() bool { return it.x1-it.x0 >= minRoomyBand }

// single reports whether the item is one event.
func (it *laneItem) single() bool {
	return it.kind == itemMarker || it.kind == itemBand || it.kind == itemBar
}

// stackLanes makes each lane's items and stacks them: first as if every
// lane could have maxSubRows, to learn what each needs; then heights are
// shared out, and a lane given fewer sub-rows than it needs is stacked
// again, clustering more.
func (l *layouter) stackLanes(avail float32) {
	f, m := l.f, l.m
	g := &f.geom
	n := len(m.rows)
	f.laneItems = slices.Grow(f.laneItems[:0], n)[:n] // keeping each lane's memory
	g.laneRows = resize(g.laneRows, n)
	need := g.laneRows
	for ri := range m.rows {
		f.laneItems[ri] = l.laneItems(ri, maxSubRows, f.laneItems[ri][:0])
		need[ri] = max(stack(f.laneItems[ri], maxSubRows), 1)
	}
	// Share the height: every lane its need while it fits, else the
	// neediest give up sub-rows first. A lane with nothing in view takes
	// only the room of its name. A lane given fewer sub-rows than it needs
	// is stacked again, clustering more.
	empty := 0
	total := 0
	for ri, k := range need {
		if len(f.laneItems[ri]) == 0 {
			empty++
			continue
		}
		total += k
	}
	fits := func(rows int) bool {
		return float32(rows*subRowH+(n-empty)*2*lanePad+empty*emptyLaneH) <= avail
	}
	var wanted [64]int
	copy(wanted[:], need)
	for !fits(total) {
		big := -1
		for ri, k := range need {
			if k > 1 && (big < 0 || k > need[big]) {
				big = ri
			}
		}
		if big < 0 {
			break
		}
		need[big]--
		total--
	}
	for ri := range need {
		if ri >= len(wanted) || need[ri] < wanted[ri] {
			f.laneItems[ri] = l.laneItems(ri, need[ri], f.laneItems[ri][:0])
			stack(f.laneItems[ri], need[ri])
		}
	}
	// Heights: the sub-rows, and what room is left shared evenly.
	g.laneTop = resize(g.laneTop, n)
	g.laneH = resize(g.laneH, n)
	extra := float32(0)
	used := float32(total*subRowH + (n-empty)*2*lanePad + empty*emptyLaneH)
	if n > 0 {
		extra = max(avail-used, 0) / float32(n)
	}
	y := float32(axisH)
	for ri := range m.rows {
		h := float32(need[ri]*subRowH+2*lanePad) + extra
		if len(f.laneItems[ri]) == 0 {
			h = emptyLaneH + extra
		}
		if !fits(total) {
			h = max(avail/float32(n), 1) // squeezed: even shares
		}
		g.laneTop[ri], g.laneH[ri] = y, h
		y += h
	}
	g.stripY = y
	if n == 0 {
		g.stripY = axisH + max(avail, 0)
	}
	g.stripScrolls = float32(len(m.undated))*g.chipW > g.plotW
}

// resize returns s with n zero elements, reusing its memory.
func resize[T any](s []T, n int) []T {
	s = slices.Grow(s[:0], n)[:n]
	clear(s)
	return s
}

// rowY returns the centre line of sub-row r of lane ri.
func (g *geometry) rowY(ri, r int) float32 {
	rows := float32(g.laneRows[ri])
	top := g.laneTop[ri] + (g.laneH[ri]-rows*subRowH)/2
	return top + float32(r)*subRowH + subRowH/2
}

// laneItems makes the items of lane ri in view, and a little before it,
// for a lane of k sub-rows, sorted by where they begin.
func (l *layouter) laneItems(ri, k int, items []laneItem) []laneItem {
	f, m := l.f, l.m
	g := &f.geom
	row := &m.rows[ri]
	spp := f.viewSpan / float64(g.plotW)
	vL := f.at(-stackMargin)
	v1 := f.viewStart + f.viewSpan

	// Periods, track by track. Bars too narrow to read merge with their
	// neighbours into one run, found by binary search, so that a frame
	// costs what is on screen even at fit-all zoom. The tracks no lane
	// could show apart come as the runs they cover together.
	starts := l.f.runStarts[:0]
	for t := range row.tracks[:min(len(row.tracks), maxSubRows)] {
		starts = append(starts, len(items))
		tr := &row.tracks[t]
		j := upperBound(tr.end, vL)
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
			it := laneItem{kind: itemBar, ev: tr.ev[j], count: 1, matches: -1, t0: tr.begin[j], t1: tr.end[next-1], x0: clampX(x0), x1: clampX(max(x1, x0+4))}
			if next-j > 1 {
				it.kind, it.count, it.matches = itemRun, int32(next-j), l.countMatches(tr.ev[j:next])
				it.selected = l.holds(tr.ev[j:next])
			}
			items = append(items, it)
			j = next
		}
	}

	starts = append(starts, len(items))
	d := &row.deep
	for j := upperBound(d.end, vL); j < len(d.begin) && d.begin[j] < v1; {
		x0, x1 := f.x(d.begin[j]), f.x(d.end[j])
		it := laneItem{kind: itemRun, ev: d.ev[j][0], count: d.count[j], matches: -1, t0: d.begin[j], t1: d.end[j], selected: l.holds(d.ev[j])}
		if d.matches != nil {
			it.matches = d.matches[j]
		}
		// Stretches closer than a few pixels merge.
		for j++; j < len(d.begin) && d.begin[j] < v1 && f.x(d.begin[j]) < x1+mergeGapPx; j++ {
			x1 = max(x1, f.x(d.end[j]))
			it.count += d.count[j]
			it.t1 = max(it.t1, d.end[j])
			it.selected = it.selected || l.holds(d.ev[j])
			if d.matches != nil {
				it.matches += d.matches[j]
			}
		}
		it.x0, it.x1 = clampX(x0), clampX(max(x1, x0+4))
		items = append(items, it)
	}

	// Instants of classes whose unit is wide enough: bands, one per event
	// up to the sub-rows; the rest of one unit as a band cluster.
	bands := numClasses
	for c := classDay; c < numClasses; c++ {
		if classUnit[c]/spp >= bandMin {
			bands = c
			break
		}
	}
	for c := bands; c < numClasses; c++ {
		starts = append(starts, len(items))
		p := &row.classes[c]
		hi := lowerBound(p.at, v1+classHalf[c])
		for i := lowerBound(p.at, vL-classHalf[c]); i < hi; {
			end := upperBound(p.at, p.at[i])
			if p.f[i] > vL && p.b[i] < v1 {
				// Inset a pixel, so that the bands of two days in a row
				// show apart and may share a sub-row.
				x0, x1 := clampX(f.x(p.b[i])+1), clampX(f.x(p.f[i])-1)
				shown := end - i
				if shown > k {
					shown = k - 1
				}
				first := len(items)
				for j := i; j < i+shown; j++ {
					items = append(items, laneItem{kind: itemBand, ev: p.ev[j], count: 1, matches: -1, t0: p.b[j], t1: p.f[j], x0: x0, x1: x1})
				}
				if rest := end - i - shown; rest > 0 {
					// The selected event is shown rather than
					// counted when there is a band to show it in.
					swapped := shown > 0 && l.swapInSelected(items[first:], p.ev[i+shown:end])
					matches := p.matches(i+shown, end)
					if swapped && l.st.match != nil {
						matches += b2i(l.st.match[p.ev[i+shown-1]]) - b2i(l.st.match[l.st.selected])
					}
					items = append(items, laneItem{kind: itemBandCluster, ev: p.ev[i+shown], count: int32(rest), matches: matches,
						t0: p.b[i], t1: p.f[i], x0: x0, x1: x1, selected: !swapped && l.holds(p.ev[i+shown:end])})
				}
			}
			i = end
		}
	}

	// The finer instants as markers, crowds of them clustered: greedily
	// from the left, one binary search per item made.
	if bands > classMinute {
		starts = append(starts, len(items))
		p := &row.streams[bands-1]
		lo := lowerBound(p.at, f.at(-stackMargin-markerR))
		hi := lowerBound(p.at, f.at(g.plotW-markerR))
		for i := lo; i < hi; {
			xi := f.x(p.at[i])
			j := min(lowerBound(p.at, f.at(xi+singleGap)), hi)
			crowd := min(lowerBound(p.at, f.at(xi+clusterGap)), hi) - i
			if j <= i+1 || crowd <= k {
				// Alone, or few enough for the sub-rows to show apart.
				items = append(items, laneItem{kind: itemMarker, ev: p.ev[i], count: 1, matches: -1, t0: p.b[i], t1: p.f[i], x0: xi - markerR, x1: xi + markerR})
				i++
				continue
			}
			win := float32(clusterGap)
			var w float32
			for {
				j = min(max(lowerBound(p.at, f.at(xi+win)), i+2), hi)
				w = l.tc.count(j-i).w + 12
				if w+6 <= win {
					break
				}
				win = w + 6
			}
			w = max(w, 24)
			items = append(items, laneItem{kind: itemCluster, ev: p.ev[i], count: int32(j - i), matches: p.matches(i, j),
				t0: p.at[i], t1: p.at[j-1], x0: xi - markerR - 1, x1: xi - markerR - 1 + w, selected: l.holds(p.ev[i:j])})
			i = j
		}
	}
	for i := range items {
		it := &items[i]
		it.want = l.wantEnd(it)
		it.selected = it.selected || it.single() && it.ev == l.st.selected
	}
	l.f.runStarts = starts
	return l.mergeRuns(items, starts)
}

// mergeRuns merges the runs of items that begin at starts, each sorted by
// where its items begin, into one list so sorted: periods first at equal
// starts, then the document's order, so that a frame never depends on the
// order the runs were made in.
func (l *layouter) mergeRuns(items []laneItem, starts []int) []laneItem {
	f := l.f
	var heads, ends [16]int
	k := 0
	for r, st := range starts {
		end := len(items)
		if r+1 < len(starts) {
			end = starts[r+1]
		}
		if st < end && k < len(heads) {
			heads[k], ends[k] = st, end
			k++
		}
	}
	if k <= 1 {
		return items
	}
	out := f.sortBuf[:0]
	for {
		best := -1
		for r := range k {
			if heads[r] < ends[r] && (best < 0 || before(&items[heads[r]], &items[heads[best]])) {
				best = r
			}
		}
		if best < 0 {
			break
		}
		out = append(out, items[heads[best]])
		heads[best]++
	}
	// Swap the buffers: the caller keeps the merged ones, the next merge
	// reuses the others.
	f.sortBuf = items[:0]
	return out
}

// before orders two lane items by where they begin; periods first at
// equal starts, then the document's order.
func before(a, b *laneItem) bool {
	if a.x0 != b.x0 {
		return a.x0 < b.x0
	}
	pa, pb := a.kind == itemBar || a.kind == itemRun, b.kind == itemBar || b.kind == itemRun
	if pa != pb {
		return pa
	}
	return a.ev < b.ev
}

// clampX keeps far-off coordinates finite and small enough for float32
// arithmetic.
func clampX(x float32) float32 { return min(max(x, -1e6), 1e6) }

// countMatches counts the search matches among evs, or -1 without a
// search.
func (l *layouter) countMatches(evs []int32) int32 {
	if l.st.match == nil {
		return -1
	}
	n := int32(0)
	for _, ev := range evs {
		if l.st.match[ev] {
			n++
		}
	}
	return n
}

// stack places items, sorted by x0, in at most k sub-rows, left to
// right: each in the first sub-row where it overlaps neither anything
// drawn nor a label, else the first where it overlaps nothing drawn (the
// label before it gives way), else it joins the last item of the last
// sub-row as a cluster. It returns the number of sub-rows used.
func stack(items []laneItem, k int) int {
	var hard, soft [maxSubRows]float32
	var last [maxSubRows]int
	for r := range k {
		hard[r], soft[r], last[r] = math.MinInt32, math.MinInt32, -1
	}
	used := 0
	for i := range items {
		it := &items[i]
		it.row, it.limit = -1, math.MaxFloat32
		r := -1
		for c := range k {
			if hard[c]+itemGap <= it.x0 && soft[c] <= it.x0 {
				r = c
				break
			}
		}
		if r < 0 {
			for c := range k {
				if hard[c]+itemGap <= it.x0 {
					r = c
					break
				}
			}
		}
		if r < 0 {
			absorb(&items[last[k-1]], it)
			hard[k-1] = max(hard[k-1], items[last[k-1]].x1)
			continue
		}
		if p := last[r]; p >= 0 {
			items[p].limit = it.x0
		}
		it.row = int8(r)
		hard[r], last[r] = it.x1, i
		soft[r] = it.want
		used = max(used, r+1)
	}
	return used
}

// absorb makes into a cluster the item c that other, which found no room,
// joins.
func absorb(c, other *laneItem) {
	switch c.kind {
	case itemMarker:
		c.kind = itemCluster
		c.x1 = c.x0 + 24
	case itemBand:
		c.kind = itemBandCluster
	case itemBar:
		c.kind = itemRun
	}
	if c.matches >= 0 || other.matches >= 0 {
		c.matches = max(c.matches, 0) + max(other.matches, 0)
	}
	c.count += max(other.count, 1)
	c.selected = c.selected || other.selected
	c.t0, c.t1 = min(c.t0, other.t0), max(c.t1, other.t1)
	if c.kind == itemCluster {
		// Room for "+99" and more; the pill grows with its count.
		c.x1 = max(c.x1, c.x0+float32(12+7*len(itoa(int(c.count)))))
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// drawLane draws lane ri's stacked items.
func (l *layouter) drawLane(ri int) {
	f, st, c := l.f, l.st, l.c
	g := &f.geom
	laneColor := c.lanes[ri]
	px := g.plotX
	for k := range f.laneItems[ri] {
		it := &f.laneItems[ri][k]
		if it.row < 0 || it.x1 < 0 || it.x0 > g.plotW {
			continue
		}
		y := g.rowY(ri, int(it.row))
		switch it.kind {
		case itemMarker:
			x := it.x0 + markerR
			ev := it.ev
			dim := st.match != nil && !st.match[ev]
			l.marker(ev, px+x, y, laneColor, dim, st.hover.kind == targetEvent && st.hover.ev == ev)
			if ev == st.selected {
				f.circle(layerSelRings, px+x, y, markerR+4, transparent, l.selectionColor(dim), 2)
			}
			lx := it.x1 + labelGap + l.badges(ev, px+it.x1+labelGap+3, y)
			end := lx
			if avail := min(it.limit, g.plotW) - labelRoom - lx; avail > 0 {
				end = lx + l.label(ev, px+lx, y, avail, dim)
			}
			f.hit(target{kind: targetEvent, row: int16(ri), sub: it.row, ev: ev, ax: px + x, x0: px + it.x0 - 3, y0: y - subRowH/2, x1: px + max(end, it.x1) + 2, y1: y + subRowH/2})
		case itemBand, itemBar:
			l.band(ri, it, y, laneColor)
		case itemCluster:
			l.cluster(ri, it, y, laneColor)
		case itemBandCluster, itemRun:
			cx0, cx1 := max(it.x0, 0), min(it.x1, g.plotW)
			fill, text := look.WithAlpha(laneColor, 0x70), c.foreground
			if it.matches == 0 {
				fill, text = look.WithAlpha(laneColor, 0x28), look.WithAlpha(c.foreground, 0x60)
			}
			h := float32(bandH)
			if it.kind == itemRun {
				h = bandH - 6
			}
			f.rect(layerBars, px+cx0, y-h/2, max(cx1-cx0, 2), h, fill, transparent, 0, 3)
			t := target{kind: targetCluster, row: int16(ri), sub: it.row, count: it.count, t0: it.t0, t1: it.t1,
				x0: px + cx0, y0: y - subRowH/2, x1: px + max(cx1, cx0+4), y1: y + subRowH/2}
			if it.kind == itemBandCluster {
				label := l.tc.count(int(it.count))
				lx := cx0 + 6
				if lx+label.w <= min(it.limit, g.plotW)-labelRoom {
					f.text(layerBarTexts, label.s, px+lx, y, label.w, l.tc.lineHeight(l.tc.small), l.tc.small, text, true)
					t.x1 = max(t.x1, px+lx+label.w+2)
				}
			}
			switch {
			case it.selected:
				f.rect(layerBars, px+cx0, y-h/2, max(cx1-cx0, 2), h, transparent, l.selectionColor(it.matches == 0), 2, 3)
			case st.hover.sameAs(t):
				f.rect(layerBars, px+cx0, y-h/2, max(cx1-cx0, 2), h, transparent, c.foreground, 1.5, 3)
			}
			f.hit(t)
		}
	}
}

// band draws an instant over its unit, or a period, as a bar with its
// label inside (and beyond, as far as its sub-row is free); arrows mark
// a bar that runs on past the view.
func (l *layouter) band(ri int, it *laneItem, y float32, laneColor color.NRGBA) {
	f, m, st, c := l.f, l.m, l.st, l.c
	g := &f.geom
	px := g.plotX
	ev := it.ev
	d := &m.idx.Doc.Events[ev].Date
	cx0, cx1 := max(it.x0, 0), min(it.x1, g.plotW)
	hovered := st.hover.kind == targetEvent && st.hover.ev == ev
	// A band is a soft fill with a bar of the lane's colour at its start,
	// like a chip in a calendar: day-precise instants and periods are the
	// strongest; coarser and approximate dates softer, as they are known
	// less well.
	fillA, accentA := uint8(0x50), uint8(0xff)
	if it.kind == itemBand && d.Precision() < timeline.Day {
		fillA, accentA = 0x38, 0xc0
	}
	if d.Approximate {
		fillA, accentA = 0x24, 0x80
	}
	if hovered {
		fillA = min(fillA*2, 0xa0)
	}
	fill, accent, text := look.WithAlpha(laneColor, fillA), look.WithAlpha(laneColor, accentA), c.foreground
	dim := st.match != nil && !st.match[ev]
	if dim {
		fill, accent, text = look.WithAlpha(laneColor, 0x14), look.WithAlpha(laneColor, 0x40), look.WithAlpha(c.foreground, 0x60)
	}
	stroke, sw := transparent, float32(0)
	if ev == st.selected {
		stroke, sw = l.selectionColor(dim), 2
	}
	f.rect(layerBars, px+cx0, y-bandH/2, max(cx1-cx0, 2), bandH, fill, stroke, sw, 4)
	if it.x0 >= 0 {
		f.rect(layerBars, px+cx0, y-bandH/2, min(3, max(cx1-cx0, 2)), bandH, accent, transparent, 0, 1.5)
	}
	stroke = accent
	// Runs on past the view: an arrow at the cut end.
	if it.x0 < 0 {
		f.chevron(layerBarArrows, px+cx0+3, y, 5, 8, false, stroke)
		cx0 += 8
	}
	if it.x1 > g.plotW {
		f.chevron(layerBarArrows, px+cx1-8, y, 5, 8, true, stroke)
	}
	lx := cx0 + 6
	if !it.roomy() {
		lx = it.x1 + labelGap
	}
	lx += l.badges(ev, px+lx+3, y)
	end := lx
	if avail := min(it.limit, g.plotW) - labelRoom - lx; avail > 0 {
		if it.x1 > g.plotW {
			avail -= 10 // clear of the arrow
		}
		if avail > 0 {
			end = lx + l.labelIn(ev, px+lx, y, avail, text)
		}
	}
	f.hit(target{kind: targetEvent, row: int16(ri), sub: it.row, ev: ev, ax: px + (max(it.x0, 0)+min(it.x1, g.plotW))/2,
		x0: px + cx0, y0: y - subRowH/2, x1: px + max(cx1, end+2), y1: y + subRowH/2})
}

func (l *layouter) cluster(ri int, it *laneItem, y float32, laneColor color.NRGBA) {
	f, st, c, tc := l.f, l.st, l.c, l.tc
	px := f.geom.plotX
	n := int(it.count)
	w := it.x1 - it.x0
	fill, text := laneColor, c.background
	if it.matches == 0 {
		fill, text = look.WithAlpha(laneColor, 0x40), look.WithAlpha(c.background, 0xc0)
	}
	t := target{kind: targetCluster, row: int16(ri), sub: it.row, count: it.count, t0: it.t0, t1: it.t1,
		x0: px + it.x0, y0: y - 9, x1: px + it.x1, y1: y + 9}
	stroke, sw := transparent, float32(0)
	switch {
	case it.selected:
		// The selected marker's ring colour, round the crowd it is in.
		stroke, sw = l.selectionColor(it.matches == 0), 2
	case st.hover.sameAs(t):
		stroke, sw = c.foreground, 1.5
	}
	f.rect(layerPills, t.x0, y-8, w, 16, fill, stroke, sw, 8)
	label := tc.count(n)
	f.text(layerPillTexts, label.s, t.x0+(w-label.w)/2, y, label.w, tc.lineHeight(tc.small), tc.small, text, true)
	f.hit(t)
}

// selectionColor is the colour of the selected event's ring or outline:
// dimmed with the event when a search leaves it out, as the rest of it.
func (l *layouter) selectionColor(dim bool) color.NRGBA {
	if dim {
		return look.WithAlpha(l.c.foreground, 0x60)
	}
	return l.c.foreground
}

// marker draws an event's marker centred on (x, y): a filled dot for a
// day or a minute, a ring for a coarser or approximate date.
func (l *layouter) marker(ev int32, x, y float32, laneColor color.NRGBA, dim, hovered bool) {
	f, m, c := l.f, l.m, l.c
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
}

// badges draws event ev's badges in a row from x, centred on y, and
// returns the width they take: a star for a starred event, a dot for one
// with notes.
func (l *layouter) badges(ev int32, x, y float32) float32 {
	f, st, c := l.f, l.st, l.c
	if st.badges == nil || st.badges[ev] == 0 {
		return 0
	}
	b := st.badges[ev]
	w := float32(0)
	if b&BadgeStar != 0 {
		f.circle(layerBadges, x+w, y, 3.5, c.star, c.background, 1)
		w += badgeStep
	}
	if b&BadgeNote != 0 {
		f.circle(layerBadges, x+w, y, 3, c.foreground, c.background, 1)
		w += badgeStep
	}
	return w + 2
}

// label draws event ev's label from x, centred on y, in at most avail
// pixels (bold when selected), and returns its width; nothing when not
// even a few letters fit.
func (l *layouter) label(ev int32, x, y, avail float32, dim bool) float32 {
	col := l.c.foreground
	if dim {
		col = look.WithAlpha(col, 0x60)
	}
	return l.labelIn(ev, x, y, avail, col)
}

func (l *layouter) labelIn(ev int32, x, y, avail float32, col color.NRGBA) float32 {
	f, tc := l.f, l.tc
	bold := ev == l.st.selected
	s, w, ok := tc.fitLabelStyle(l.m.idx, ev, avail, bold)
	if !ok {
		return 0
	}
	f.text(layerLabels, s, x, y, w, tc.lineHeight(tc.label), tc.label, col, bold)
	return w
}

// markerAt returns where event i's marker is in this frame, in plot
// coordinates: a marker's centre, a band's or bar's left end in view;
// ok is false when it is not drawn.
func (f *Frame) markerAt(m *model, i int32) (x, y float32, ok bool) {
	g := &f.geom
	if p := m.stripPos[i]; p >= 0 {
		x, y = stripMarker(g, int(p), f.stripOffset)
		return x, y, true
	}
	ri := m.rowOf[i]
	if ri < 0 || int(ri) >= len(f.laneItems) {
		return 0, 0, false
	}
	for _, it := range f.laneItems[ri] {
		if it.ev != i || !it.single() || it.row < 0 {
			continue
		}
		y := g.rowY(int(ri), int(it.row))
		if it.kind == itemMarker {
			return it.x0 + markerR, y, true
		}
		return max(it.x0, 0) + 2, y, true
	}
	return 0, 0, false
}

// footprint returns where event i is drawn in this frame, in plot
// coordinates; ok is false when it is not.
func (f *Frame) footprint(m *model, i int32) (x0, x1 float32, ok bool) {
	ri := m.rowOf[i]
	if ri < 0 || int(ri) >= len(f.laneItems) {
		return 0, 0, false
	}
	for _, it := range f.laneItems[ri] {
		if it.ev == i && it.single() && it.row >= 0 {
			return it.x0, it.x1, true
		}
	}
	return 0, 0, false
}

// holds reports whether evs holds the selected event.
func (l *layouter) holds(evs []int32) bool {
	return l.st.selected >= 0 && slices.Contains(evs, l.st.selected)
}

// swapInSelected puts the selected event, when it is among hidden, in
// the last of the bands shown, whose event goes into the crowd instead;
// it reports whether it did.
func (l *layouter) swapInSelected(shown []laneItem, hidden []int32) bool {
	if len(shown) == 0 || !l.holds(hidden) {
		return false
	}
	shown[len(shown)-1].ev = l.st.selected
	return true
}

func b2i(b bool) int32 {
	if b {
		return 1
	}
	return 0
}
