// Package timelineview is Newsline's timeline widget: a document's events
// on a horizontal time axis, one lane per kind of event, with clusters,
// periods, an undated strip, zoom, pan, hover and keyboard navigation.
//
// It is built in three steps, each in its own file:
//   - the model (model.go): what a document and a filter precompute, so
//     that a frame costs binary searches, never a walk over the document;
//   - the layout (layout.go): a pure function from the model, the
//     widget's state (viewport, size, selection, hover, search, badges)
//     and theme metrics to a Frame of shapes and hit targets, testable
//     without Fyne;
//   - the painter (paint.go): sets pooled canvas objects (pool.go) to the
//     frame's shapes; it computes nothing.
//
// Text is measured once per character and size (textcache.go).
package timelineview

import (
	"math"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"newsline/app/i18n"
	"newsline/app/look"
	"newsline/timeline"
)

// View shows the events of a document on a horizontal time axis: one
// labelled lane per event kind, instants as markers, periods as bars,
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
type View struct {
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
	model   *model
	visible func(eventIndex int) bool

	// st is what the next frame shows; the layout reads it, never writes.
	st state

	lastTapEv   int32
	lastTapAt   time.Time
	dragInStrip bool // the drag under way began over the undated strip
	draggedView bool // the drag under way moved the viewport

	// cur is the frame for the current state, laid out when asked for;
	// valid is false once the state changed since.
	cur    Frame
	valid  bool
	colors colors
	lanes  []timeline.Lane // scratch: the lanes of the rows shown
	texts  textCache
	r      *renderer // set by CreateRenderer; read for its starved flag only
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
	_ fyne.Focusable     = (*View)(nil)
	_ fyne.Tappable      = (*View)(nil)
	_ fyne.Draggable     = (*View)(nil)
	_ fyne.Scrollable    = (*View)(nil)
	_ desktop.Hoverable  = (*View)(nil)
	_ desktop.Cursorable = (*View)(nil)
)

// New returns a timeline of the events of x, fitted to show them all. x
// may be nil for an empty timeline.
func New(x *timeline.Index) *View {
	v := &View{lastTapEv: -1}
	v.st.selected = -1
	v.ExtendBaseWidget(v)
	v.SetIndex(x)
	return v
}

// SetIndex shows another document, or a new version of the same one. The
// view fits the new document; the selection is kept if its event is still
// there. Filters, matches and badges are cleared: they describe the old
// event indexes.
func (v *View) SetIndex(x *timeline.Index) {
	var keep uuid.UUID
	if v.index != nil && v.st.selected >= 0 {
		keep = v.index.Doc.Events[v.st.selected].ID
	}
	v.index = x
	v.palette = look.NewLaneColors(nil)
	if x != nil {
		v.palette = look.NewLaneColors(x.Lanes)
	}
	v.visible, v.st.match, v.st.badges = nil, nil, nil
	v.model = newModel(x, nil)
	v.texts.reset(x)
	v.st.selected, v.st.hover, v.lastTapEv = -1, target{}, -1
	v.st.tipTitle, v.st.tipDetail = "", ""
	if x != nil {
		if i, ok := x.EventIndex(keep); ok {
			v.st.selected = int32(i)
		}
	}
	v.st.stripOffset = 0
	v.st.fit = fitStory
	v.Refresh()
}

// Index returns the document shown.
func (v *View) Index() *timeline.Index { return v.index }

// SetVisible shows only the events for which visible returns true (nil
// shows all): a lane filter, "annotated only", and the like. Hidden events
// are neither drawn nor reachable with the keyboard, and lanes left
// without events disappear. A hidden selection is cleared, without a
// call to OnSelected. visible is called once per event, now.
func (v *View) SetVisible(visible func(eventIndex int) bool) {
	v.visible = visible
	v.model = newModel(v.index, visible)
	if v.st.match != nil {
		v.model.setMatches(v.st.match)
	}
	if v.st.selected >= 0 && v.model.orderPos[v.st.selected] < 0 {
		v.st.selected = -1
	}
	v.st.hover = target{}
	v.Refresh()
}

// SetMatches dims the events for which match returns false, to show the
// results of a search; nil ends the search. match is called once per
// event, now.
func (v *View) SetMatches(match func(eventIndex int) bool) {
	if match == nil || v.index == nil {
		v.st.match = nil
	} else {
		v.st.match = make([]bool, len(v.index.Doc.Events))
		for i := range v.st.match {
			v.st.match[i] = match(i)
		}
	}
	v.model.setMatches(v.st.match)
	v.Refresh()
}

// SetBadges shows small badges beside the markers: a dot for notes, a
// star colour for starred events. badge is called once per event, now;
// call SetBadges again when the notes change. nil removes all badges.
func (v *View) SetBadges(badge func(eventIndex int) Badge) {
	if badge == nil || v.index == nil {
		v.st.badges = nil
	} else {
		v.st.badges = make([]Badge, len(v.index.Doc.Events))
		for i := range v.st.badges {
			v.st.badges[i] = badge(i)
		}
	}
	v.Refresh()
}

// Select selects the event with the given ID and scrolls it into view,
// without calling OnSelected; uuid.Nil, an unknown or a hidden event
// clears the selection.
func (v *View) Select(id uuid.UUID) {
	v.st.selected = -1
	if v.index != nil {
		if i, ok := v.index.EventIndex(id); ok && v.model.orderPos[i] >= 0 {
			v.st.selected = int32(i)
			v.scrollIntoView(v.st.selected)
		}
	}
	v.Refresh()
}

// Selected returns the ID of the selected event, or uuid.Nil.
func (v *View) Selected() uuid.UUID {
	if v.st.selected < 0 {
		return uuid.Nil
	}
	return v.index.Doc.Events[v.st.selected].ID
}

// ZoomIn and ZoomOut zoom by one step around the selected event when it
// is in view, else around the middle.
func (v *View) ZoomIn()  { v.zoomAround(v.zoomAnchor(), 1/zoomStep) }
func (v *View) ZoomOut() { v.zoomAround(v.zoomAnchor(), zoomStep) }

// Fit shows all the (visible) events, periods included.
func (v *View) Fit() {
	v.st.fit = fitAll
	v.Refresh()
	v.viewportChanged()
}

// FrameStory shows the stretch where the document's dated instants are,
// as a document opens: long periods ("since November") may run off the
// edge. Without dated instants it fits everything.
func (v *View) FrameStory() {
	v.st.fit = fitStory
	v.Refresh()
	v.viewportChanged()
}

// ShowsEvents reports whether the span from start to end holds any of the
// (visible) dated events: a remembered viewport that does not is not
// worth restoring.
func (v *View) ShowsEvents(start, end time.Time) bool {
	t0, t1 := unixSeconds(start), unixSeconds(end)
	for _, i := range v.model.order {
		d := &v.index.Doc.Events[i].Date
		if d.Dated() && unixSeconds(d.Finish()) > t0 && unixSeconds(d.Begin()) < t1 {
			return true
		}
	}
	return false
}

// JumpTo centres the view on the instant at; when more than two months
// are shown, it also zooms in to show two weeks around it.
func (v *View) JumpTo(at time.Time) {
	_, span := v.view()
	if span > 61*86400 {
		span = 14 * 86400
	}
	v.setView(unixSeconds(at)-span/2, span)
	v.Refresh()
	v.viewportChanged()
}

// Viewport returns the span of time visible across the plot.
func (v *View) Viewport() (start, end time.Time) {
	s, span := v.view()
	return fromSeconds(s), fromSeconds(s + span)
}

// SetViewport shows the span from start to end, within the zoom limits
// (an hour to a century); an empty or reversed span fits all events.
func (v *View) SetViewport(start, end time.Time) {
	if !end.After(start) {
		v.Fit()
		return
	}
	v.setView(unixSeconds(start), unixSeconds(end)-unixSeconds(start))
	v.Refresh()
}

// MarkerPosition returns where the marker of the event with the given ID
// is drawn now, in the widget's coordinates: for tests, and for tools that
// click on it. ok is false for an unknown, hidden or period event, or one
// outside the view.
func (v *View) MarkerPosition(id uuid.UUID) (pos fyne.Position, ok bool) {
	i, found := v.index.EventIndex(id)
	if !found || v.model.orderPos[i] < 0 {
		return fyne.Position{}, false
	}
	f := v.frame(v.Size())
	x, y, ok := f.markerAt(v.model, int32(i))
	if !ok || x < 0 || x > f.geom.plotW {
		return fyne.Position{}, false
	}
	return fyne.NewPos(f.geom.plotX+x, y), true
}

// CreateRenderer is part of fyne.Widget.
func (v *View) CreateRenderer() fyne.WidgetRenderer {
	v.ExtendBaseWidget(v)
	v.r = newRenderer(v)
	return v.r
}

// Resize lays the timeline out for the new size. A size larger than ever
// before can need more drawing objects than Layout may create, so then it
// refreshes.
func (v *View) Resize(size fyne.Size) {
	if size == v.Size() {
		return
	}
	v.BaseWidget.Resize(size)
	if v.r != nil && v.r.grow.starved {
		v.Refresh()
	}
}

// --- the frame ---

// invalidate marks the current frame stale: the state or the theme
// changed.
func (v *View) invalidate() { v.valid = false }

// Relabel draws the timeline's words again (the axis, the lanes, the
// tooltips), after a change of language.
func (v *View) Relabel() {
	v.texts.key = nil
	v.st.tipTitle, v.st.tipDetail = "", ""
	v.invalidate()
	v.Refresh()
}

// frame returns the frame of the current state at size, laying it out
// when the state, the theme or the size changed since the last one. It
// then adopts what the layout derived: the fitted viewport, the strip's
// clamped offset and where the hovered target is now.
func (v *View) frame(size fyne.Size) *Frame {
	if v.valid && v.cur.size == size {
		return &v.cur
	}
	th := v.Theme()
	v.texts.prepare(th, th.Size(theme.SizeNameText), fyneMeasurer{})
	v.colors.load(th, v.rowLanes(), v.palette)
	v.st.size = size
	layout(&v.cur, v.model, &v.st, &v.colors, &v.texts)
	v.valid = true
	f := &v.cur
	if v.st.fit != fitNone {
		v.st.viewStart, v.st.viewSpan = f.viewStart, f.viewSpan
	}
	v.st.stripOffset = f.stripOffset
	if v.st.hover.kind != targetNone && f.hover.kind == targetNone {
		v.st.tipTitle, v.st.tipDetail = "", ""
	}
	v.st.hover = f.hover
	return f
}

// rowLanes lists the lanes of the rows shown, for their colours.
func (v *View) rowLanes() []timeline.Lane {
	v.lanes = v.lanes[:0]
	for i := range v.model.rows {
		v.lanes = append(v.lanes, v.model.rows[i].lane)
	}
	return v.lanes
}

// minSize leaves room for the lane labels, a usable plot and every lane
// at its smallest.
func (v *View) minSize() fyne.Size {
	m := v.model
	th := v.Theme()
	v.texts.prepare(th, th.Size(theme.SizeNameText), fyneMeasurer{})
	if v.texts.lanesOf != m {
		v.texts.measureLanes(m)
	}
	h := float32(axisH) + float32(max(len(m.rows), 1))*minRowH
	if len(m.undated) > 0 {
		h += stripH
	}
	return fyne.NewSize(v.texts.columnW+minPlotWidth, h)
}

// geom returns the geometry of the frame on screen.
func (v *View) geom() *geometry { return &v.frame(v.Size()).geom }

// --- viewport ---

// view returns the viewport: the fitted one while fitting.
func (v *View) view() (start, span float64) {
	if v.st.fit != fitNone {
		f := v.frame(v.Size())
		return f.viewStart, f.viewSpan
	}
	return v.st.viewStart, v.st.viewSpan
}

// setView sets the viewport, clamped to the zoom limits and so that some
// of the events stay in view, and stops fitting.
func (v *View) setView(start, span float64) {
	v.st.fit = fitNone
	v.st.viewStart, v.st.viewSpan = clampView(v.model, start, span)
}

func (v *View) zoomAnchor() float32 {
	start, span := v.view()
	g := v.geom()
	if i := v.st.selected; i >= 0 {
		if at := v.model.at[i]; !math.IsNaN(at) && at >= start && at <= start+span {
			return float32((at - start) / span * float64(g.plotW))
		}
	}
	return g.plotW / 2
}

// zoomAround multiplies the visible span by factor, keeping the instant
// under plot x-coordinate px in place.
func (v *View) zoomAround(px float32, factor float64) {
	start, span := v.view()
	w := float64(max(v.geom().plotW, 1))
	frac := min(max(float64(px)/w, 0), 1)
	anchor := start + frac*span
	newSpan := min(max(span*factor, minViewSpan), maxViewSpan)
	v.setView(anchor-frac*newSpan, newSpan)
	v.Refresh()
	v.viewportChanged()
}

func (v *View) panBy(dx float32) {
	if dx == 0 {
		return
	}
	start, span := v.view()
	v.setView(start-float64(dx)*v.secPerPx(), span)
	v.Refresh()
	if v.st.dragging {
		v.draggedView = true // told once, when the drag ends
		return
	}
	v.viewportChanged()
}

func (v *View) secPerPx() float64 {
	_, span := v.view()
	return span / float64(max(v.geom().plotW, 1))
}

func (v *View) viewportChanged() {
	if v.OnViewportChanged != nil {
		start, end := v.Viewport()
		v.OnViewportChanged(start, end)
	}
}

// scrollIntoView pans, keeping the zoom, just far enough that event i is
// in view, when it is not: a marker whole, a band or bar at least in
// part; an undated event scrolls the strip instead.
func (v *View) scrollIntoView(i int32) {
	m := v.model
	f := v.frame(v.Size())
	g := &f.geom
	if p := m.stripPos[i]; p >= 0 {
		cw, w := g.chipW, g.stripW()
		if cw <= 0 {
			return
		}
		x0 := float32(p) * cw
		if x0 < v.st.stripOffset {
			v.st.stripOffset = x0
		} else if x0+cw > v.st.stripOffset+w {
			v.st.stripOffset = x0 + cw - w
		}
		v.st.stripOffset = clampStrip(v.st.stripOffset, len(m.undated), g)
		return
	}
	const margin = 24 // pixels kept between the event and the edge
	start, span := v.view()
	spp := span / float64(g.plotW)
	x0, x1, drawn := f.footprint(m, i)
	if !drawn {
		// Not in this frame: where its day, month, year or period would be.
		d := &v.index.Doc.Events[i].Date
		if !d.Dated() {
			return
		}
		x0 = float32((unixSeconds(d.Begin()) - start) / spp)
		x1 = float32((unixSeconds(d.Finish()) - start) / spp)
		if x1-x0 < bandMin && !d.IsPeriod() {
			mid := (x0 + x1) / 2 // drawn as a marker
			x0, x1 = mid-markerR, mid+markerR
		}
	}
	wide := x1-x0 > 2*markerR+1
	var dx float32
	switch {
	case wide && x1 >= margin && x0 <= g.plotW-margin:
		return // a band or bar partly in view is in view
	case x0 < margin:
		dx = margin - x0
	case x1 > g.plotW-margin:
		dx = g.plotW - margin - x1
	default:
		return
	}
	if wide && dx < 0 {
		dx = g.plotW - margin - x0 // bring its start in, no further
		if dx >= 0 {
			return
		}
	}
	v.setView(start-float64(dx)*spp, span)
	v.viewportChanged()
}

// --- selection ---

// selectEvent selects event i (or clears with -1) as the user asked;
// scroll brings it into view when it is not (the keyboard), while a click
// never moves what the user clicked.
func (v *View) selectEvent(i int32, scroll bool) {
	if i == v.st.selected {
		return
	}
	v.st.selected = i
	if i >= 0 && scroll {
		v.scrollIntoView(i)
	}
	v.Refresh()
	if v.OnSelected != nil {
		v.OnSelected(v.Selected())
	}
}

func (v *View) activate() {
	if v.st.selected >= 0 && v.OnActivated != nil {
		v.OnActivated(v.Selected())
	}
}

// --- input ---

// Tapped selects the event under the pointer, zooms into a cluster, or
// clears the selection on empty space. Two clicks on one event within
// doubleClickDelay activate it; the widget detects this itself rather
// than being a fyne.DoubleTappable, which would delay every single click.
func (v *View) Tapped(e *fyne.PointEvent) {
	v.takeKeyboard()
	f := v.frame(v.Size())
	h := f.hitAt(e.Position)
	switch h.kind {
	case targetEvent:
		double := h.ev == v.lastTapEv && time.Since(v.lastTapAt) < doubleClickDelay
		v.lastTapEv, v.lastTapAt = h.ev, time.Now()
		v.selectEvent(h.ev, false)
		if double {
			v.lastTapEv = -1
			v.activate()
		}
	case targetCluster:
		v.lastTapEv = -1
		span := max((h.t1-h.t0)*1.6, minViewSpan)
		v.setView((h.t0+h.t1)/2-span/2, span)
		v.st.hover = target{}
		v.Refresh()
		v.viewportChanged()
	case targetStripScroll:
		v.lastTapEv = -1
		g := &f.geom
		page := max(g.stripW()-g.chipW, g.chipW)
		v.st.stripOffset = clampStrip(f.stripOffset+float32(h.count)*page, len(v.model.undated), g)
		v.Refresh()
	default:
		v.lastTapEv = -1
		if e.Position.Y > axisH && e.Position.X > f.geom.plotX {
			v.selectEvent(-1, false)
		}
	}
}

// takeKeyboard focuses the timeline, as a click or a drag on it should.
// Fyne's Entry does the same: the desktop driver focuses nothing itself
// and, over a focusable widget, does not even unfocus the field that had
// the keyboard, which would go on taking what is typed, unseen.
func (v *View) takeKeyboard() {
	if c := fyne.CurrentApp().Driver().CanvasForObject(v); c != nil {
		c.Focus(v)
	}
}

// Scrolled zooms around the pointer with the vertical wheel and pans with
// horizontal scrolling (touchpads, shift-wheel). Over the undated strip,
// both scroll the strip.
func (v *View) Scrolled(e *fyne.ScrollEvent) {
	dx, dy := e.Scrolled.DX, e.Scrolled.DY
	f := v.frame(v.Size())
	if f.inStrip(e.Position) {
		v.st.stripOffset -= dx + dy
		v.Refresh()
		return
	}
	if math.Abs(float64(dx)) > math.Abs(float64(dy)) {
		v.panBy(dx)
		return
	}
	// A wheel notch scrolls by 25 (more when spun fast); zoom by one step
	// per notch, at most four steps at a time.
	notches := min(max(float64(dy)/25, -4), 4)
	v.zoomAround(e.Position.X-f.geom.plotX, math.Pow(zoomStep, -notches))
}

// Dragged pans the view, or the undated strip when the drag began there.
func (v *View) Dragged(e *fyne.DragEvent) {
	if !v.st.dragging {
		v.takeKeyboard()
		v.st.dragging = true
		v.dragInStrip = v.frame(v.Size()).inStrip(e.Position.Subtract(e.Dragged))
	}
	if v.dragInStrip {
		v.st.stripOffset -= e.Dragged.DX
		v.Refresh()
		return
	}
	v.panBy(e.Dragged.DX)
}

// DragEnd is part of fyne.Draggable.
func (v *View) DragEnd() {
	v.st.dragging = false
	v.Refresh()
	if v.draggedView {
		v.draggedView = false
		v.viewportChanged()
	}
}

// MouseIn is part of desktop.Hoverable.
func (v *View) MouseIn(e *desktop.MouseEvent) { v.MouseMoved(e) }

// MouseMoved highlights the event or cluster under the pointer.
func (v *View) MouseMoved(e *desktop.MouseEvent) {
	v.setHover(v.frame(v.Size()).hitAt(e.Position))
}

// MouseOut is part of desktop.Hoverable.
func (v *View) MouseOut() { v.setHover(target{}) }

func (v *View) setHover(h target) {
	if h.sameAs(v.st.hover) {
		return
	}
	v.st.hover = h
	v.st.tipTitle, v.st.tipDetail = v.describe(h)
	v.Refresh()
}

// Cursor shows a pointing hand over what can be clicked.
func (v *View) Cursor() desktop.Cursor {
	if v.st.hover.kind != targetNone {
		return desktop.PointerCursor
	}
	return desktop.DefaultCursor
}

// FocusGained is part of fyne.Focusable.
func (v *View) FocusGained() { v.st.focused = true; v.Refresh() }

// FocusLost is part of fyne.Focusable.
func (v *View) FocusLost() { v.st.focused = false; v.Refresh() }

// TypedRune handles the zoom keys + - 0 (and =, the unshifted +).
func (v *View) TypedRune(r rune) {
	switch r {
	case '+', '=':
		v.ZoomIn()
	case '-', '−', '_':
		v.ZoomOut()
	case '0':
		v.Fit()
	}
}

// TypedKey handles navigation: see the type's documentation.
func (v *View) TypedKey(e *fyne.KeyEvent) {
	m := v.model
	switch e.Name {
	case fyne.KeyRight, fyne.KeyLeft:
		if len(m.order) == 0 {
			return
		}
		step := int32(1)
		if e.Name == fyne.KeyLeft {
			step = -1
		}
		if v.st.selected < 0 {
			v.selectEvent(v.firstInView(step), true)
			return
		}
		p := m.orderPos[v.st.selected] + step
		if p >= 0 && int(p) < len(m.order) {
			v.selectEvent(m.order[p], true)
		}
	case fyne.KeyUp, fyne.KeyDown:
		step := 1
		if e.Name == fyne.KeyUp {
			step = -1
		}
		if i := v.eventInNextRow(step); i >= 0 {
			v.selectEvent(i, true)
		}
	case fyne.KeyHome:
		if len(m.order) > 0 {
			v.selectEvent(m.order[0], true)
		}
	case fyne.KeyEnd:
		if len(m.order) > 0 {
			v.selectEvent(m.order[len(m.order)-1], true)
		}
	case fyne.KeyReturn, fyne.KeyEnter:
		v.activate()
	case fyne.KeyEscape:
		v.selectEvent(-1, true)
	}
}

// firstInView returns the first event in view going forward (step 1) or
// the last going back, else the first or last event overall. An event is
// in view when any of its time is: a period running in from the left is.
func (v *View) firstInView(step int32) int32 {
	m := v.model
	start, span := v.view()
	end := start + span
	inView := func(i int32) bool {
		d := &v.index.Doc.Events[i].Date
		return d.Dated() && unixSeconds(d.Finish()) > start && unixSeconds(d.Begin()) < end
	}
	if step > 0 {
		for _, i := range m.order {
			if inView(i) {
				return i
			}
		}
		return m.order[0]
	}
	for k := len(m.order) - 1; k >= 0; k-- {
		if inView(m.order[k]) {
			return m.order[k]
		}
	}
	return m.order[len(m.order)-1]
}

// eventInNextRow returns the event in the next row up or down (step -1
// or 1) nearest across to the selection, or to the middle of the view:
// the rows as drawn, a lane's sub-rows included, the undated strip last.
// When no row that way shows an event, it looks in the lanes beyond the
// view, by time.
func (v *View) eventInNextRow(step int) int32 {
	f := v.frame(v.Size())
	key := func(h target) int { return int(h.row)*(maxSubRows+1) + int(h.sub) }
	cur, refX := -1, f.geom.plotX+f.geom.plotW/2
	if step < 0 {
		cur = (len(v.model.rows) + 1) * (maxSubRows + 1)
	}
	for _, h := range f.hits {
		if h.kind == targetEvent && h.ev == v.st.selected {
			cur, refX = key(h), h.ax
			break
		}
	}
	best, bestKey, bestD := int32(-1), -1, float32(math.MaxFloat32)
	for _, h := range f.hits {
		if h.kind != targetEvent {
			continue
		}
		k := key(h)
		if (k-cur)*step <= 0 {
			continue
		}
		d := abs32(h.ax - refX)
		if bestKey < 0 || (k-bestKey)*step < 0 || k == bestKey && d < bestD {
			best, bestKey, bestD = h.ev, k, d
		}
	}
	if best >= 0 {
		return best
	}
	return v.eventInNextLane(step)
}

func abs32(x float32) float32 {
	if x < 0 {
		return -x
	}
	return x
}

// eventInNextLane returns the event nearest in time to the selection (or
// to the middle of the view) in the next non-empty lane up or down,
// wherever it is; the undated strip is the last lane.
func (v *View) eventInNextLane(step int) int32 {
	m := v.model
	start, span := v.view()
	stripRow := len(m.rows)
	row, at := -1, start+span/2
	if i := v.st.selected; i >= 0 {
		if r := m.rowOf[i]; r >= 0 {
			row, at = int(r), m.at[i]
		} else {
			row = stripRow
		}
	} else if step < 0 {
		row = stripRow + 1
	}
	g := v.geom()
	for r := row + step; r >= 0 && r <= stripRow; r += step {
		if r == stripRow {
			if len(m.undated) == 0 {
				continue
			}
			// The chip under the selection's x, or the first one in view.
			x := float32((at-start)/span)*g.stripW() + v.st.stripOffset
			k := 0
			if g.chipW > 0 {
				k = int(x / g.chipW)
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

// describe returns the tooltip of a target.
func (v *View) describe(h target) (title, detail string) {
	switch h.kind {
	case targetEvent:
		ev := &v.index.Doc.Events[h.ev]
		detail := i18n.Date(ev.Date)
		if known := i18n.Precision(ev.Date); known != "" {
			detail += " (" + known + ")"
		}
		return clipRunes(ev.Title, 90), detail + " · " + i18n.Lane(ev.Lane)
	case targetCluster:
		span := i18n.Format(fromSeconds(h.t0), i18n.DayMonthYear)
		if last := i18n.Format(fromSeconds(h.t1-1), i18n.DayMonthYear); last != span {
			span += " – " + last
		}
		n := int(h.count)
		return lang.N("{{.Count}} events", n, map[string]any{"Count": i18n.Int(n)}), span + " · " + lang.L("click to zoom in")
	case targetStripScroll:
		if h.count < 0 {
			return lang.L("Earlier undated events"), lang.L("In the article's order")
		}
		return lang.L("More undated events"), lang.L("In the article's order")
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
