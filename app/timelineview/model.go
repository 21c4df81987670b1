package timelineview

import (
	"cmp"
	"math"
	"slices"
	"time"

	"newsline/timeline"
)

// The timeline's model: what SetIndex and SetVisible precompute so that
// laying out a frame costs binary searches over sorted arrays, never a
// pass over the document.
//
// Times are float64 seconds since the Unix epoch, UTC: exact for the
// minute-precision dates of the model, and cheap to map to pixels.

// model is the drawable shape of the visible events of one document.
type model struct {
	idx  *timeline.Index
	rows []laneRow // the lanes shown, in display order
	// rowOf[i] is the lane row of dated event i, or -1 when it is hidden
	// or undated; undated events live in the undated strip.
	rowOf []int16
	// at[i] is where event i is drawn: an instant's spread position, a
	// period's begin. NaN for undated or hidden events.
	at []float64
	// undated lists the visible undated events in article order;
	// stripPos[i] is event i's place in it, or -1.
	undated  []int32
	stripPos []int32
	// order lists the visible events in timeline order (dated first): the
	// keyboard's path. orderPos[i] is event i's place in it, or -1.
	order    []int32
	orderPos []int32
	// The extent of the visible dated events: [minT, maxT].
	minT, maxT float64
	hasDated   bool
	// published is the first article's publication day, [pubBegin, pubEnd).
	pubBegin, pubEnd float64
	hasPublished     bool
}

// laneRow is one lane row: its instants as points and its periods as bars.
type laneRow struct {
	lane timeline.Lane
	// Instants sorted by drawn position: instAt[k] is where event
	// instEv[k] sits.
	instAt []float64
	instEv []int32
	// Periods, greedily packed into tracks of non-overlapping bars; within
	// a track, begins and ends both ascend.
	tracks []track
	// All periods' begins and ends, each sorted, to count the periods
	// overlapping a span in O(log n).
	perBegins, perEnds []float64
	// matchPrefix[k] counts the search matches among instEv[:k]; nil when
	// no search is active.
	matchPrefix []int32
}

type track struct {
	begin, end []float64
	ev         []int32
}

func unixSeconds(t time.Time) float64 { return float64(t.Unix()) + float64(t.Nanosecond())/1e9 }

func fromSeconds(s float64) time.Time {
	sec := math.Floor(s)
	return time.Unix(int64(sec), int64((s-sec)*1e9)).UTC()
}

// newModel builds the model of x's events for which visible returns true
// (all when visible is nil).
func newModel(x *timeline.Index, visible func(int) bool) *model {
	m := &model{idx: x}
	if x == nil {
		return m
	}
	doc := x.Doc
	n := len(doc.Events)
	m.rowOf = make([]int16, n)
	m.at = make([]float64, n)
	m.stripPos = make([]int32, n)
	m.orderPos = make([]int32, n)

	// Lanes shown: those with a visible event, dated or not, so that every
	// colour in the undated strip has its labelled row.
	rowOfLane := map[timeline.Lane]int{}
	var lanes []timeline.Lane
	for i := range doc.Events {
		if visible != nil && !visible(i) {
			continue
		}
		if _, ok := rowOfLane[doc.Events[i].Lane]; !ok {
			rowOfLane[doc.Events[i].Lane] = 0
			lanes = append(lanes, doc.Events[i].Lane)
		}
	}
	slices.SortFunc(lanes, timeline.CompareLanes)
	m.rows = make([]laneRow, len(lanes))
	for r, l := range lanes {
		rowOfLane[l] = r
		m.rows[r].lane = l
	}

	m.minT, m.maxT = math.Inf(1), math.Inf(-1)
	// Walking in timeline order leaves each lane's lists sorted by begin.
	var periods [][]int32 = make([][]int32, len(lanes))
	for _, i := range x.Order {
		m.rowOf[i], m.at[i], m.stripPos[i], m.orderPos[i] = -1, math.NaN(), -1, -1
		if visible != nil && !visible(i) {
			continue
		}
		ev := &doc.Events[i]
		m.orderPos[i] = int32(len(m.order))
		m.order = append(m.order, int32(i))
		if !ev.Date.Dated() {
			m.stripPos[i] = int32(len(m.undated))
			m.undated = append(m.undated, int32(i))
			continue
		}
		r := rowOfLane[ev.Lane]
		m.rowOf[i] = int16(r)
		begin, finish := unixSeconds(ev.Date.Begin()), unixSeconds(ev.Date.Finish())
		m.minT, m.maxT = min(m.minT, begin), max(m.maxT, finish)
		m.hasDated = true
		if ev.Date.IsPeriod() {
			m.at[i] = begin
			periods[r] = append(periods[r], int32(i))
			continue
		}
		m.rows[r].instEv = append(m.rows[r].instEv, int32(i))
	}

	for r := range m.rows {
		row := &m.rows[r]
		m.spreadInstants(row)
		m.packPeriods(row, periods[r])
	}
	if len(doc.Articles) > 0 && !doc.Articles[0].Published.IsZero() {
		p := doc.Articles[0].Published
		day := timeline.DayPoint(p.Time.Year(), p.Time.Month(), p.Time.Day())
		m.pubBegin, m.pubEnd = unixSeconds(day.Begin()), unixSeconds(day.Finish())
		m.hasPublished = true
	}
	return m
}

// spreadInstants places a lane's instants: events that share a date (the
// same day, or month, or minute) are spread evenly across it in timeline
// order, so that zooming in always separates them; then sorts by place.
func (m *model) spreadInstants(row *laneRow) {
	evs := m.idx.Doc.Events
	row.instAt = make([]float64, len(row.instEv))
	for k := 0; k < len(row.instEv); {
		d := &evs[row.instEv[k]].Date
		end := k + 1
		for end < len(row.instEv) && evs[row.instEv[end]].Date.Start == d.Start {
			end++
		}
		begin, finish := unixSeconds(d.Begin()), unixSeconds(d.Finish())
		n := float64(end - k)
		for j := k; j < end; j++ {
			t := begin + (float64(j-k)+0.5)/n*(finish-begin)
			row.instAt[j] = t
			m.at[row.instEv[j]] = t
		}
		k = end
	}
	// Coarse dates sit mid-span, after the fine ones that begin with them.
	perm := make([]int, len(row.instEv))
	for k := range perm {
		perm[k] = k
	}
	slices.SortStableFunc(perm, func(a, b int) int { return cmp.Compare(row.instAt[a], row.instAt[b]) })
	at, ev := make([]float64, len(perm)), make([]int32, len(perm))
	for k, p := range perm {
		at[k], ev[k] = row.instAt[p], row.instEv[p]
	}
	row.instAt, row.instEv = at, ev
}

// packPeriods assigns each period, in begin order, to the first track
// where it overlaps nothing, so that tracks stay stable while panning.
func (m *model) packPeriods(row *laneRow, periods []int32) {
	evs := m.idx.Doc.Events
	for _, i := range periods {
		b, e := unixSeconds(evs[i].Date.Begin()), unixSeconds(evs[i].Date.Finish())
		row.perBegins = append(row.perBegins, b)
		row.perEnds = append(row.perEnds, e)
		k := 0
		for k < len(row.tracks) && row.tracks[k].end[len(row.tracks[k].end)-1] > b {
			k++
		}
		if k == len(row.tracks) {
			row.tracks = append(row.tracks, track{})
		}
		tr := &row.tracks[k]
		tr.begin, tr.end, tr.ev = append(tr.begin, b), append(tr.end, e), append(tr.ev, i)
	}
	slices.Sort(row.perEnds) // begins are sorted already
}

// setMatches records the search: match[i] for every event, nil for none.
func (m *model) setMatches(match []bool) {
	for r := range m.rows {
		row := &m.rows[r]
		if match == nil {
			row.matchPrefix = nil
			continue
		}
		row.matchPrefix = make([]int32, len(row.instEv)+1)
		for k, i := range row.instEv {
			row.matchPrefix[k+1] = row.matchPrefix[k]
			if match[i] {
				row.matchPrefix[k+1]++
			}
		}
	}
}

// lowerBound returns the first k with a[k] >= t.
func lowerBound(a []float64, t float64) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] < t {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// upperBound returns the first k with a[k] > t.
func upperBound(a []float64, t float64) int {
	lo, hi := 0, len(a)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if a[mid] <= t {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// periodsOverlapping counts the lane's periods that overlap [t0, t1).
func (row *laneRow) periodsOverlapping(t0, t1 float64) int {
	return lowerBound(row.perBegins, t1) - upperBound(row.perEnds, t0)
}

// nearestInstant returns the lane's instant drawn nearest to t, or -1.
func (row *laneRow) nearestInstant(t float64) int32 {
	if len(row.instAt) == 0 {
		return -1
	}
	k := lowerBound(row.instAt, t)
	if k == len(row.instAt) || (k > 0 && t-row.instAt[k-1] < row.instAt[k]-t) {
		k--
	}
	return row.instEv[k]
}

// nearestPeriod returns the lane's period whose begin is nearest to t, or
// -1; a period that covers t wins.
func (row *laneRow) nearestPeriod(t float64) int32 {
	best, bestD := int32(-1), math.Inf(1)
	for k := range row.tracks {
		tr := &row.tracks[k]
		j := lowerBound(tr.end, t)
		for _, c := range []int{j - 1, j} {
			if c < 0 || c >= len(tr.begin) {
				continue
			}
			d := 0.0
			if t < tr.begin[c] {
				d = tr.begin[c] - t
			} else if t >= tr.end[c] {
				d = t - tr.end[c]
			}
			if d < bestD {
				best, bestD = tr.ev[c], d
			}
		}
	}
	return best
}

// laneRowOf returns the row of event i's lane.
func (m *model) laneRowOf(i int32) int {
	l := m.idx.Doc.Events[i].Lane
	for r := range m.rows {
		if m.rows[r].lane == l {
			return r
		}
	}
	return 0
}
