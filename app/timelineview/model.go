package timelineview

import (
	"cmp"
	"math"
	"slices"
	"sort"
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
	// at[i] is where event i is: the centre of an instant's minute, day,
	// month or year, a period's begin. NaN for undated or hidden events.
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
	// The extent of all the document's dated events, hidden ones too.
	docMin, docMax float64
	hasDated       bool
	// The stretch a document's story happens in: its visible dated
	// instants around the publication day, periods and history left out
	// (storyOf).
	storyMin, storyMax float64
	hasInstants        bool
	// published is the first article's publication day, [pubBegin, pubEnd).
	pubBegin, pubEnd float64
	hasPublished     bool
}

// laneRow is one lane row: its instants as points or bands, and its
// periods as bars.
type laneRow struct {
	lane timeline.Lane
	// classes holds the instants by how finely they are known, finest
	// first: each is drawn as a marker at the centre of its minute, day,
	// month or year, or as a band over it once the zoom makes that wider
	// than a marker.
	classes [numClasses]points
	// streams[k] merges classes[0..k] in order of centre: the markers of a
	// zoom at which the classes after k are bands.
	streams [numClasses]points
	// Periods, greedily packed into tracks of non-overlapping bars; within
	// a track, begins and ends both ascend. The tracks are for finding the
	// periods in view; the frame stacks what it shows anew.
	tracks []track
	// All periods' begins and ends, each sorted, to count the periods
	// overlapping a span in O(log n).
	perBegins, perEnds []float64
	// deep holds the periods of the tracks after the first maxSubRows,
	// which no lane has the sub-rows to show apart, as the disjoint
	// stretches they cover.
	deep deepPeriods
}

// deepPeriods is a union of periods: disjoint stretches in order, each
// with the periods that make it up.
type deepPeriods struct {
	begin, end []float64
	count      []int32
	ev         [][]int32 // the periods of each stretch, for the search's count
	matches    []int32   // the search matches of each stretch; nil without a search
}

// A precision class of instants.
const (
	classMinute = iota
	classDay
	classMonth
	classYear
	numClasses
)

// classUnit is the shortest unit of each class, in seconds: a class is
// drawn as bands once this is wide enough.
var classUnit = [numClasses]float64{60, 86400, 28 * 86400, 365 * 86400}

// classHalf is half the longest unit of each class, in seconds: how far
// from an instant's centre its unit may reach.
var classHalf = [numClasses]float64{30, 43200, 15.5 * 86400, 183 * 86400}

func classOf(p timeline.Precision) int {
	switch p {
	case timeline.Year:
		return classYear
	case timeline.Month:
		return classMonth
	case timeline.Day:
		return classDay
	}
	return classMinute
}

// points is a list of instants sorted by centre (then timeline order),
// with each one's unit of time.
type points struct {
	at   []float64 // centres
	b, f []float64 // [begin, finish) of each one's minute, day, month or year
	ev   []int32
	// matchPrefix[k] counts the search matches among ev[:k]; nil when no
	// search is active.
	matchPrefix []int32
}

func (p *points) add(at, b, f float64, ev int32) {
	p.at, p.b, p.f, p.ev = append(p.at, at), append(p.b, b), append(p.f, f), append(p.ev, ev)
}

// matches counts the search matches among ev[lo:hi], or -1 without a
// search.
func (p *points) matches(lo, hi int) int32 {
	if p.matchPrefix == nil {
		return -1
	}
	return p.matchPrefix[hi] - p.matchPrefix[lo]
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
	m.storyMin, m.storyMax = math.Inf(1), math.Inf(-1)
	m.docMin, m.docMax = math.Inf(1), math.Inf(-1)
	for i := range doc.Events {
		if d := &doc.Events[i].Date; d.Dated() {
			m.docMin, m.docMax = min(m.docMin, unixSeconds(d.Begin())), max(m.docMax, unixSeconds(d.Finish()))
		}
	}
	// Walking in timeline order leaves each lane's lists sorted by begin.
	var periods [][]int32 = make([][]int32, len(lanes))
	var instants [][2]float64 // begin, finish: sorted by begin
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
		// An instant sits at the centre of its minute, day, month or year:
		// events of one day are never spread over made-up hours.
		m.at[i] = begin + (finish-begin)/2
		instants = append(instants, [2]float64{begin, finish})
		m.hasInstants = true
		m.rows[r].classes[classOf(ev.Date.Precision())].add(m.at[i], begin, finish, int32(i))
	}

	for r := range m.rows {
		row := &m.rows[r]
		row.sortInstants()
		m.packPeriods(row, periods[r])
	}
	if len(doc.Articles) > 0 && !doc.Articles[0].Published.IsZero() {
		p := doc.Articles[0].Published
		day := timeline.DayPoint(p.Time.Year(), p.Time.Month(), p.Time.Day())
		m.pubBegin, m.pubEnd = unixSeconds(day.Begin()), unixSeconds(day.Finish())
		m.hasPublished = true
	}
	if m.hasInstants {
		m.storyMin, m.storyMax = storyOf(instants, m.pubBegin, m.hasPublished)
	}
	return m
}

// storyGap is the least gap storyOf lets into a story: news every few
// weeks is one story.
const storyGap = 30 * 86400

// storyOf returns the stretch of the story that instants (begin, finish;
// sorted by begin) tell: those around the publication day (else the
// latest), taken in while the next is no further off than twice the
// stretch is long, or a month. History the article recalls ("the 1999
// shooting", "the 1953 team") stays out of the first view; Fit shows it.
func storyOf(instants [][2]float64, published float64, hasPublished bool) (lo, hi float64) {
	at := len(instants) - 1
	if hasPublished {
		// The instant nearest to the publication day.
		at = sort.Search(len(instants), func(i int) bool { return instants[i][0] >= published })
		if at == len(instants) || at > 0 && published-instants[at-1][1] < instants[at][0]-published {
			at = max(at-1, 0)
		}
	}
	lo, hi = instants[at][0], instants[at][1]
	l, r := at-1, at+1
	for l >= 0 || r < len(instants) {
		allowed := max(storyGap, 2*(hi-lo))
		gapL, gapR := math.Inf(1), math.Inf(1)
		if l >= 0 {
			gapL = max(lo-instants[l][1], 0)
		}
		if r < len(instants) {
			gapR = max(instants[r][0]-hi, 0)
		}
		switch {
		case gapL <= gapR && gapL <= allowed:
			lo, hi = min(lo, instants[l][0]), max(hi, instants[l][1])
			l--
		case gapR < gapL && gapR <= allowed:
			lo, hi = min(lo, instants[r][0]), max(hi, instants[r][1])
			r++
		default:
			return lo, hi
		}
	}
	return lo, hi
}

// sortInstants sorts each class by centre, keeping timeline order among
// equals, and merges them into the streams.
func (row *laneRow) sortInstants() {
	for c := range row.classes {
		row.classes[c].sortByCentre()
	}
	row.streams[0] = row.classes[0]
	for c := 1; c < numClasses; c++ {
		row.streams[c] = merge(&row.streams[c-1], &row.classes[c])
	}
}

// sortByCentre sorts p by centre, stably.
func (p *points) sortByCentre() {
	if slices.IsSorted(p.at) {
		return
	}
	perm := make([]int, len(p.at))
	for k := range perm {
		perm[k] = k
	}
	slices.SortStableFunc(perm, func(a, b int) int { return cmp.Compare(p.at[a], p.at[b]) })
	var q points
	for _, k := range perm {
		q.add(p.at[k], p.b[k], p.f[k], p.ev[k])
	}
	*p = q
}

// merge returns the instants of a and b in order of centre, a's first
// among equals.
func merge(a, b *points) points {
	var out points
	i, j := 0, 0
	for i < len(a.at) || j < len(b.at) {
		if j == len(b.at) || i < len(a.at) && a.at[i] <= b.at[j] {
			out.add(a.at[i], a.b[i], a.f[i], a.ev[i])
			i++
		} else {
			out.add(b.at[j], b.b[j], b.f[j], b.ev[j])
			j++
		}
	}
	return out
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
	row.deep = deepOf(row.tracks)
}

// deepOf merges the periods of the tracks after the first maxSubRows
// into the stretches they cover.
func deepOf(tracks []track) deepPeriods {
	var d deepPeriods
	if len(tracks) <= maxSubRows {
		return d
	}
	type period struct {
		b, e float64
		ev   int32
	}
	var all []period
	for _, tr := range tracks[maxSubRows:] {
		for k := range tr.ev {
			all = append(all, period{tr.begin[k], tr.end[k], tr.ev[k]})
		}
	}
	slices.SortFunc(all, func(a, b period) int { return cmp.Compare(a.b, b.b) })
	for _, p := range all {
		if n := len(d.begin); n > 0 && p.b <= d.end[n-1] {
			d.end[n-1] = max(d.end[n-1], p.e)
			d.count[n-1]++
			d.ev[n-1] = append(d.ev[n-1], p.ev)
			continue
		}
		d.begin, d.end = append(d.begin, p.b), append(d.end, p.e)
		d.count, d.ev = append(d.count, 1), append(d.ev, []int32{p.ev})
	}
	return d
}

// setMatches records the search: match[i] for every event, nil for none.
func (m *model) setMatches(match []bool) {
	for r := range m.rows {
		row := &m.rows[r]
		for c := range row.classes {
			row.classes[c].setMatches(match)
			row.streams[c].setMatches(match)
		}
		d := &row.deep
		d.matches = nil
		if match != nil {
			d.matches = make([]int32, len(d.ev))
			for k, evs := range d.ev {
				for _, i := range evs {
					if match[i] {
						d.matches[k]++
					}
				}
			}
		}
	}
}

func (p *points) setMatches(match []bool) {
	if match == nil {
		p.matchPrefix = nil
		return
	}
	p.matchPrefix = make([]int32, len(p.ev)+1)
	for k, i := range p.ev {
		p.matchPrefix[k+1] = p.matchPrefix[k]
		if match[i] {
			p.matchPrefix[k+1]++
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

// nearestInstant returns the lane's instant nearest to t, or -1.
func (row *laneRow) nearestInstant(t float64) int32 {
	all := &row.streams[numClasses-1]
	if len(all.at) == 0 {
		return -1
	}
	k := lowerBound(all.at, t)
	if k == len(all.at) || (k > 0 && t-all.at[k-1] < all.at[k]-t) {
		k--
	}
	return all.ev[k]
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
