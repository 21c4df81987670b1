package app

import (
	"math"
	"strconv"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"newsline/app/look"
	"newsline/timeline"
)

// TimelineView shows the events of a document on a horizontal time axis:
// one labelled lane per event kind, instants as markers, periods as bars,
// crowded markers grouped into clusters ("+37"), and an "Undated" strip
// that keeps article order. The publication day of the document's first
// article is marked.
//
// The mouse wheel zooms around the pointer; horizontal scrolling
// (touchpads, shift-wheel) and dragging pan. Clicking a marker selects it;
// double-clicking, or Enter, activates it; clicking a cluster zooms into
// it. With the keyboard focus: Left/Right walk the events in timeline
// order (undated last), Up/Down change lane, Home/End go to the first or
// last event, + - 0 zoom in, out and to fit, Enter activates, Esc clears
// the selection.
//
// Events are referred to by their index in the document's Events slice
// (for the filters and badges) or by their ID (for the selection).
//
// Like every widget it must be used from the UI goroutine: wrap calls
// from other goroutines in fyne.Do.
type TimelineView struct {
	widget.BaseWidget

	// OnSelected is called when the user selects an event, by clicking or
	// with the keyboard, or clears the selection (uuid.Nil). Select does
	// not call it.
	OnSelected func(id uuid.UUID)
	// OnActivated is called when the user asks to open an event:
	// double-click or Enter.
	OnActivated func(id uuid.UUID)
	// OnViewportChanged is called after the user pans or zooms, with the
	// new visible span; for example to remember it between runs.
	OnViewportChanged func(start, end time.Time)

	index   *timeline.Index
	palette look.LaneColors // of all the document's lanes, hidden or not
	model   *tlModel
	visible func(eventIndex int) bool
	match   []bool  // nil when no search
	badges  []Badge // nil when no badges

	// The viewport: seconds since the epoch at the left edge of the plot,
	// and seconds shown across it.
	viewStart, viewSpan float64
	// fitting keeps the view fitted to all events, through resizes, until
	// the user pans or zooms.
	fitting     bool
	stripOffset float32 // pixels the undated strip is scrolled by

	selected int32 // event index, or -1
	hover    tlTarget
	focused  bool

	dragInStrip bool
	dragging    bool
	lastTapEv   int32
	lastTapAt   time.Time

	// tooltip texts for the hovered target, made when the hover changes.
	tipTitle, tipDetail string

	r     *tlRenderer // the current renderer, set by CreateRenderer
	geom  tlGeometry  // where things were drawn in the last frame
	hits  []tlTarget  // what was drawn, for hit tests: last drawn on top
	texts textCache
}

// Badge flags mark events that carry something of the user's.
type Badge uint8

const (
	BadgeNote Badge = 1 << iota // the event has notes
	BadgeStar                   // the event is starred
)

// Zoom limits: between an hour and a century across the plot.
const (
	minViewSpan = 3600.0
	maxViewSpan = 100 * 365.25 * 86400
	// zoomStep is the factor of one zoom button press or wheel notch.
	zoomStep = 1.5
	// doubleClickDelay bounds the interval between the clicks of a
	// double-click.
	doubleClickDelay = 450 * time.Millisecond
)

var (
	_ fyne.Focusable     = (*TimelineView)(nil)
	_ fyne.Tappable      = (*TimelineView)(nil)
	_ fyne.Draggable     = (*TimelineView)(nil)
	_ fyne.Scrollable    = (*TimelineView)(nil)
	_ desktop.Hoverable  = (*TimelineView)(nil)
	_ desktop.Cursorable = (*TimelineView)(nil)
)

// NewTimelineView returns a timeline of the events of x, fitted to show
// them all. x may be nil for an empty timeline.
func NewTimelineView(x *timeline.Index) *TimelineView {
	t := &TimelineView{selected: -1, lastTapEv: -1}
	t.ExtendBaseWidget(t)
	t.SetIndex(x)
	return t
}

// SetIndex shows another document, or a new version of the same one. The
// view fits the new document; the selection is kept if its event is still
// there. Filters, matches and badges are cleared: they describe the old
// event indexes.
func (t *TimelineView) SetIndex(x *timeline.Index) {
	var keep uuid.UUID
	if t.index != nil && t.selected >= 0 {
		keep = t.index.Doc.Events[t.selected].ID
	}
	t.index = x
	t.palette = look.NewLaneColors(nil)
	if x != nil {
		t.palette = look.NewLaneColors(x.Lanes)
	}
	t.visible, t.match, t.badges = nil, nil, nil
	t.model = newTLModel(x, nil)
	t.texts.reset(x)
	t.selected, t.hover, t.lastTapEv = -1, tlTarget{}, -1
	if x != nil {
		if i, ok := x.EventIndex(keep); ok {
			t.selected = int32(i)
		}
	}
	t.stripOffset = 0
	t.fitting = true
	t.fitNow()
	t.Refresh()
}

// Index returns the document shown.
func (t *TimelineView) Index() *timeline.Index { return t.index }

// SetVisible shows only the events for which visible returns true (nil
// shows all): a lane filter, "annotated only", and the like. Hidden events
// are neither drawn nor reachable with the keyboard, and lanes left
// without events disappear. A hidden selection is cleared, without a
// call to OnSelected. visible is called once per event, now.
func (t *TimelineView) SetVisible(visible func(eventIndex int) bool) {
	t.visible = visible
	t.model = newTLModel(t.index, visible)
	if t.match != nil {
		t.model.setMatches(t.match)
	}
	if t.selected >= 0 && t.model.orderPos[t.selected] < 0 {
		t.selected = -1
	}
	t.hover = tlTarget{}
	t.clampStrip()
	if t.fitting {
		t.fitNow()
	}
	t.Refresh()
}

// SetMatches dims the events for which match returns false, to show the
// results of a search; nil ends the search. match is called once per
// event, now.
func (t *TimelineView) SetMatches(match func(eventIndex int) bool) {
	if match == nil || t.index == nil {
		t.match = nil
	} else {
		t.match = make([]bool, len(t.index.Doc.Events))
		for i := range t.match {
			t.match[i] = match(i)
		}
	}
	t.model.setMatches(t.match)
	t.Refresh()
}

// SetBadges shows small badges beside the markers: a dot for notes, a
// star colour for starred events. badge is called once per event, now;
// call SetBadges again when the notes change. nil removes all badges.
func (t *TimelineView) SetBadges(badge func(eventIndex int) Badge) {
	if badge == nil || t.index == nil {
		t.badges = nil
	} else {
		t.badges = make([]Badge, len(t.index.Doc.Events))
		for i := range t.badges {
			t.badges[i] = badge(i)
		}
	}
	t.Refresh()
}

// Select selects the event with the given ID and scrolls it into view,
// without calling OnSelected; uuid.Nil, an unknown or a hidden event
// clears the selection.
func (t *TimelineView) Select(id uuid.UUID) {
	t.selected = -1
	if t.index != nil {
		if i, ok := t.index.EventIndex(id); ok && t.model.orderPos[i] >= 0 {
			t.selected = int32(i)
			t.scrollIntoView(t.selected)
		}
	}
	t.Refresh()
}

// Selected returns the ID of the selected event, or uuid.Nil.
func (t *TimelineView) Selected() uuid.UUID {
	if t.selected < 0 {
		return uuid.Nil
	}
	return t.index.Doc.Events[t.selected].ID
}

// ZoomIn and ZoomOut zoom by one step around the selected event when it
// is in view, else around the middle.
func (t *TimelineView) ZoomIn()  { t.zoomAround(t.zoomAnchor(), 1/zoomStep) }
func (t *TimelineView) ZoomOut() { t.zoomAround(t.zoomAnchor(), zoomStep) }

// Fit shows all the (visible) events.
func (t *TimelineView) Fit() {
	t.fitting = true
	t.fitNow()
	t.Refresh()
	t.viewportChanged()
}

// JumpTo centres the view on the instant at; when more than two months
// are shown, it also zooms in to show two weeks around it.
func (t *TimelineView) JumpTo(at time.Time) {
	span := t.viewSpan
	if span > 61*86400 {
		span = 14 * 86400
	}
	t.fitting = false
	t.setView(unixSeconds(at)-span/2, span)
	t.Refresh()
	t.viewportChanged()
}

// Viewport returns the span of time visible across the plot.
func (t *TimelineView) Viewport() (start, end time.Time) {
	return fromSeconds(t.viewStart), fromSeconds(t.viewStart + t.viewSpan)
}

// SetViewport shows the span from start to end, within the zoom limits
// (an hour to a century); an empty or reversed span fits all events.
func (t *TimelineView) SetViewport(start, end time.Time) {
	if !end.After(start) {
		t.Fit()
		return
	}
	t.fitting = false
	t.setView(unixSeconds(start), unixSeconds(end)-unixSeconds(start))
	t.Refresh()
}

// CreateRenderer is part of fyne.Widget.
func (t *TimelineView) CreateRenderer() fyne.WidgetRenderer {
	t.ExtendBaseWidget(t)
	t.r = newTLRenderer(t)
	return t.r
}

// MinSize is the smallest size that shows every lane readably.
func (t *TimelineView) MinSize() fyne.Size {
	t.ExtendBaseWidget(t)
	return t.BaseWidget.MinSize()
}

// Resize lays the timeline out for the new size. A size larger than ever
// before can need more drawing objects than Layout may create, so then it
// refreshes.
func (t *TimelineView) Resize(size fyne.Size) {
	if size == t.Size() {
		return
	}
	t.BaseWidget.Resize(size)
	if r, ok := t.renderer(); ok && r.starved {
		t.Refresh()
	}
}

func (t *TimelineView) renderer() (*tlRenderer, bool) {
	return t.r, t.r != nil
}

// --- viewport ---

// setView sets the viewport, clamped to the zoom limits and so that some
// of the events stay in view.
func (t *TimelineView) setView(start, span float64) {
	span = min(max(span, minViewSpan), maxViewSpan)
	m := t.model
	if m.hasDated {
		lo := m.minT - span*0.9
		hi := m.maxT - span*0.1
		start = min(max(start, lo), max(hi, lo))
	}
	t.viewStart, t.viewSpan = start, span
}

// fitNow fits the view to the visible dated events, leaving room on the
// right for the last labels.
func (t *TimelineView) fitNow() {
	m := t.model
	if m == nil || !m.hasDated {
		now := unixSeconds(time.Now())
		t.viewStart, t.viewSpan = now-30*86400, 31*86400
		return
	}
	lo, hi := m.minT, m.maxT
	if m.hasPublished {
		lo, hi = min(lo, m.pubBegin), max(hi, m.pubEnd)
	}
	w := float64(t.geom.plotW)
	if w < 200 {
		w = 1000
	}
	// Leave 24 px on the left and 150 px on the right, where the
	// labels of the latest events go.
	const left, right = 24.0, 150.0
	span := max((hi-lo)*w/(w-left-right), minViewSpan)
	t.setView(lo-left/w*span, span)
}

func (t *TimelineView) zoomAnchor() float32 {
	if t.selected >= 0 {
		if at := t.model.at[t.selected]; !math.IsNaN(at) && at >= t.viewStart && at <= t.viewStart+t.viewSpan {
			return float32((at - t.viewStart) / t.viewSpan * float64(t.geom.plotW))
		}
	}
	return t.geom.plotW / 2
}

// zoomAround multiplies the visible span by factor, keeping the instant
// under plot x-coordinate px in place.
func (t *TimelineView) zoomAround(px float32, factor float64) {
	w := float64(max(t.geom.plotW, 1))
	frac := min(max(float64(px)/w, 0), 1)
	anchor := t.viewStart + frac*t.viewSpan
	span := min(max(t.viewSpan*factor, minViewSpan), maxViewSpan)
	t.fitting = false
	t.setView(anchor-frac*span, span)
	t.Refresh()
	t.viewportChanged()
}

func (t *TimelineView) panBy(dx float32) {
	if dx == 0 {
		return
	}
	t.fitting = false
	t.setView(t.viewStart-float64(dx)*t.secPerPx(), t.viewSpan)
	t.Refresh()
	t.viewportChanged()
}

func (t *TimelineView) secPerPx() float64 {
	return t.viewSpan / float64(max(t.geom.plotW, 1))
}

func (t *TimelineView) viewportChanged() {
	if t.OnViewportChanged != nil {
		start, end := t.Viewport()
		t.OnViewportChanged(start, end)
	}
}

// scrollIntoView pans, keeping the zoom, so that event i is well inside
// the view; an undated event scrolls the strip instead.
func (t *TimelineView) scrollIntoView(i int32) {
	m := t.model
	if p := m.stripPos[i]; p >= 0 {
		g := &t.geom
		cw := g.chipW
		if cw <= 0 {
			return
		}
		x0 := float32(p) * cw
		if x0 < t.stripOffset {
			t.stripOffset = x0
		} else if x0+cw > t.stripOffset+g.plotW {
			t.stripOffset = x0 + cw - g.plotW
		}
		t.clampStrip()
		return
	}
	at := m.at[i]
	if math.IsNaN(at) {
		return
	}
	margin := t.viewSpan * 0.05
	right := t.viewSpan * 0.15 // room for the label
	if at < t.viewStart+margin || at > t.viewStart+t.viewSpan-right {
		t.fitting = false
		t.setView(at-t.viewSpan*0.4, t.viewSpan)
		t.viewportChanged()
	}
}

func (t *TimelineView) clampStrip() {
	g := &t.geom
	total := float32(len(t.model.undated)) * g.chipW
	t.stripOffset = max(0, min(t.stripOffset, total-g.plotW))
}

// --- selection ---

// selectEvent selects event i (or clears with -1) as the user asked.
func (t *TimelineView) selectEvent(i int32) {
	if i == t.selected {
		return
	}
	t.selected = i
	if i >= 0 {
		t.scrollIntoView(i)
	}
	t.Refresh()
	if t.OnSelected != nil {
		t.OnSelected(t.Selected())
	}
}

func (t *TimelineView) activate() {
	if t.selected >= 0 && t.OnActivated != nil {
		t.OnActivated(t.Selected())
	}
}

// --- input ---

// Tapped selects the event under the pointer, zooms into a cluster, or
// clears the selection on empty space. Two clicks on one event within
// doubleClickDelay activate it; the widget detects this itself rather
// than being a fyne.DoubleTappable, which would delay every single click.
func (t *TimelineView) Tapped(e *fyne.PointEvent) {
	h := t.hitAt(e.Position)
	switch h.kind {
	case targetEvent:
		double := h.ev == t.lastTapEv && time.Since(t.lastTapAt) < doubleClickDelay
		t.lastTapEv, t.lastTapAt = h.ev, time.Now()
		t.selectEvent(h.ev)
		if double {
			t.lastTapEv = -1
			t.activate()
		}
	case targetCluster:
		t.lastTapEv = -1
		span := max((h.t1-h.t0)*1.6, minViewSpan)
		t.fitting = false
		t.setView((h.t0+h.t1)/2-span/2, span)
		t.hover = tlTarget{}
		t.Refresh()
		t.viewportChanged()
	case targetOverflow:
		t.zoomAround(e.Position.X-t.geom.plotX, 1/(zoomStep*zoomStep))
	default:
		t.lastTapEv = -1
		if e.Position.Y > axisH && e.Position.X > t.geom.plotX {
			t.selectEvent(-1)
		}
	}
}

// Scrolled zooms around the pointer with the vertical wheel and pans with
// horizontal scrolling (touchpads, shift-wheel). Over the undated strip,
// both scroll the strip.
func (t *TimelineView) Scrolled(e *fyne.ScrollEvent) {
	dx, dy := e.Scrolled.DX, e.Scrolled.DY
	if t.inStrip(e.Position) {
		t.stripOffset -= dx + dy
		t.clampStrip()
		t.Refresh()
		return
	}
	if math.Abs(float64(dx)) > math.Abs(float64(dy)) {
		t.panBy(dx)
		return
	}
	// A wheel notch scrolls by 25 (more when spun fast); zoom by one step
	// per notch, at most four steps at a time.
	notches := min(max(float64(dy)/25, -4), 4)
	t.zoomAround(e.Position.X-t.geom.plotX, math.Pow(zoomStep, -notches))
}

// Dragged pans the view, or the undated strip when the drag began there.
func (t *TimelineView) Dragged(e *fyne.DragEvent) {
	if !t.dragging {
		t.dragging = true
		t.dragInStrip = t.inStrip(e.Position.Subtract(e.Dragged))
	}
	if t.dragInStrip {
		t.stripOffset -= e.Dragged.DX
		t.clampStrip()
		t.Refresh()
		return
	}
	t.panBy(e.Dragged.DX)
}

// DragEnd is part of fyne.Draggable.
func (t *TimelineView) DragEnd() { t.dragging = false }

// MouseIn is part of desktop.Hoverable.
func (t *TimelineView) MouseIn(e *desktop.MouseEvent) { t.MouseMoved(e) }

// MouseMoved highlights the event or cluster under the pointer.
func (t *TimelineView) MouseMoved(e *desktop.MouseEvent) {
	t.setHover(t.hitAt(e.Position))
}

// MouseOut is part of desktop.Hoverable.
func (t *TimelineView) MouseOut() { t.setHover(tlTarget{}) }

func (t *TimelineView) setHover(h tlTarget) {
	if h.sameAs(t.hover) {
		return
	}
	t.hover = h
	t.tipTitle, t.tipDetail = t.describe(h)
	t.Refresh()
}

// Cursor shows a pointing hand over what can be clicked.
func (t *TimelineView) Cursor() desktop.Cursor {
	if t.hover.kind != targetNone {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// FocusGained is part of fyne.Focusable.
func (t *TimelineView) FocusGained() { t.focused = true; t.Refresh() }

// FocusLost is part of fyne.Focusable.
func (t *TimelineView) FocusLost() { t.focused = false; t.Refresh() }

// TypedRune handles the zoom keys + - 0 (and =, the unshifted +).
func (t *TimelineView) TypedRune(r rune) {
	switch r {
	case '+', '=':
		t.ZoomIn()
	case '-', '−', '_':
		t.ZoomOut()
	case '0':
		t.Fit()
	}
}

// TypedKey handles navigation: see the type's documentation.
func (t *TimelineView) TypedKey(e *fyne.KeyEvent) {
	m := t.model
	switch e.Name {
	case fyne.KeyRight, fyne.KeyLeft:
		if len(m.order) == 0 {
			return
		}
		step := int32(1)
		if e.Name == fyne.KeyLeft {
			step = -1
		}
		if t.selected < 0 {
			t.selectEvent(t.firstInView(step))
			return
		}
		p := m.orderPos[t.selected] + step
		if p >= 0 && int(p) < len(m.order) {
			t.selectEvent(m.order[p])
		}
	case fyne.KeyUp, fyne.KeyDown:
		step := 1
		if e.Name == fyne.KeyUp {
			step = -1
		}
		if i := t.eventInNextRow(step); i >= 0 {
			t.selectEvent(i)
		}
	case fyne.KeyHome:
		if len(m.order) > 0 {
			t.selectEvent(m.order[0])
		}
	case fyne.KeyEnd:
		if len(m.order) > 0 {
			t.selectEvent(m.order[len(m.order)-1])
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		t.activate()
	case fyne.KeyEscape:
		t.selectEvent(-1)
	}
}

// firstInView returns the first event in view going forward (step 1) or
// the last going back, else the first or last event overall.
func (t *TimelineView) firstInView(step int32) int32 {
	m := t.model
	end := t.viewStart + t.viewSpan
	if step > 0 {
		for _, i := range m.order {
			if at := m.at[i]; at >= t.viewStart && at <= end {
				return i
			}
		}
		return m.order[0]
	}
	for k := len(m.order) - 1; k >= 0; k-- {
		if at := m.at[m.order[k]]; at >= t.viewStart && at <= end {
			return m.order[k]
		}
	}
	return m.order[len(m.order)-1]
}

// eventInNextRow returns the event nearest in time to the selection (or
// to the middle of the view) in the next non-empty row up or down; the
// undated strip is the last row.
func (t *TimelineView) eventInNextRow(step int) int32 {
	m := t.model
	stripRow := len(m.rows)
	row, at := -1, t.viewStart+t.viewSpan/2
	if t.selected >= 0 {
		if r := m.rowOf[t.selected]; r >= 0 {
			row, at = int(r), m.at[t.selected]
		} else {
			row = stripRow
		}
	} else if step < 0 {
		row = stripRow + 1
	}
	for r := row + step; r >= 0 && r <= stripRow; r += step {
		if r == stripRow {
			if len(m.undated) == 0 {
				continue
			}
			// The chip under the selection's x, or the first one in view.
			x := float32((at-t.viewStart)/t.viewSpan)*t.geom.plotW + t.stripOffset
			k := 0
			if t.geom.chipW > 0 {
				k = int(x / t.geom.chipW)
			}
			k = min(max(k, 0), len(m.undated)-1)
			return m.undated[k]
		}
		if i := m.rows[r].nearestInstant(at); i >= 0 {
			return i
		}
		if i := m.rows[r].nearestPeriod(at); i >= 0 {
			return i
		}
	}
	return -1
}

// hitAt returns what is drawn at pos, the topmost first.
func (t *TimelineView) hitAt(pos fyne.Position) tlTarget {
	for k := len(t.hits) - 1; k >= 0; k-- {
		if h := t.hits[k]; pos.X >= h.x0 && pos.X < h.x1 && pos.Y >= h.y0 && pos.Y < h.y1 {
			return h
		}
	}
	return tlTarget{}
}

func (t *TimelineView) inStrip(pos fyne.Position) bool {
	g := &t.geom
	return g.stripH > 0 && pos.Y >= g.stripY && pos.Y < g.stripY+g.stripH
}

// describe returns the tooltip of a target.
func (t *TimelineView) describe(h tlTarget) (title, detail string) {
	switch h.kind {
	case targetEvent:
		ev := &t.index.Doc.Events[h.ev]
		return clipRunes(ev.Title, 90), ev.Date.Human() + " · " + ev.Lane.Title()
	case targetCluster:
		span := fromSeconds(h.t0).Format("2 Jan 2006")
		if last := fromSeconds(h.t1 - 1).Format("2 Jan 2006"); last != span {
			span += " – " + last
		}
		return strconv.Itoa(int(h.count)) + " events", span + " · click to zoom in"
	case targetOverflow:
		return strconv.Itoa(int(h.count)) + " more periods overlap here", "Click to zoom in"
	}
	return "", ""
}

func clipRunes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	k := 0
	for i := range s {
		if k == n {
			return strings.TrimRight(s[:i], " ") + "…"
		}
		k++
	}
	return s
}
