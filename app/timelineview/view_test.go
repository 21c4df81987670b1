package timelineview

import (
	"image/color"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/canvas"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/google/uuid"

	"newsline/timeline"
	"newsline/timeline/synth"
)

var seedWeek = [2]time.Time{time.Date(2025, 12, 31, 0, 0, 0, 0, time.UTC), time.Date(2026, 1, 8, 0, 0, 0, 0, time.UTC)}

// newSeedView shows the seed in a 1280×300 window, zoomed to the week
// around publication.
func newSeedView(t *testing.T) (*View, fyne.Window, *timeline.Index) {
	newTestApp(t, lightTheme)
	x := seedIndex(t)
	tv := New(x)
	w := showTimeline(t, tv, fyne.NewSize(1280, 300))
	tv.SetViewport(seedWeek[0], seedWeek[1])
	return tv, w, x
}

// markerPos returns where event i's marker is drawn now.
func markerPos(t *testing.T, tv *View, i int) fyne.Position {
	t.Helper()
	pos, ok := tv.MarkerPosition(tv.index.Doc.Events[i].ID)
	if !ok {
		t.Fatalf("event %d has no marker in view", i)
	}
	return pos
}

func TestTimelineViewTapSelectsAndDoubleTapActivates(t *testing.T) {
	tv, _, x := newSeedView(t)
	var selected, activated []uuid.UUID
	tv.OnSelected = func(id uuid.UUID) { selected = append(selected, id) }
	tv.OnActivated = func(id uuid.UUID) { activated = append(activated, id) }

	zel := eventIndexByLabel(t, x, "Zelenskyy statement")
	test.TapAt(tv, markerPos(t, tv, zel))
	want := x.Doc.Events[zel].ID
	if len(selected) != 1 || selected[0] != want || tv.Selected() != want {
		t.Fatalf("after tapping the marker: OnSelected got %v, Selected() %v; want %v", selected, tv.Selected(), want)
	}
	if len(activated) != 0 {
		t.Fatalf("a single tap activated %v", activated)
	}
	test.TapAt(tv, markerPos(t, tv, zel))
	if len(activated) != 1 || activated[0] != want {
		t.Fatalf("a double tap activated %v, want [%v]", activated, want)
	}

	// An undated event is clickable in its strip.
	greenland := eventIndexByLabel(t, x, "Greenland threats")
	test.TapAt(tv, markerPos(t, tv, greenland))
	if tv.Selected() != x.Doc.Events[greenland].ID {
		t.Errorf("tapping the undated chip selected %v", tv.Selected())
	}

	// Empty space clears the selection.
	g := tv.geom()
	test.TapAt(tv, fyne.NewPos(g.plotX+3, g.laneTop[2]+g.laneH[2]/2))
	if tv.Selected() != uuid.Nil || selected[len(selected)-1] != uuid.Nil {
		t.Errorf("tapping empty space left %v selected", tv.Selected())
	}
}

func TestTimelineViewRightWalksTimelineOrder(t *testing.T) {
	tv, w, x := newSeedView(t)
	w.Canvas().Focus(tv)
	var notified []uuid.UUID
	tv.OnSelected = func(id uuid.UUID) { notified = append(notified, id) }
	dateOf := func() string {
		ev, _ := x.Event(tv.Selected())
		return ev.Date.Human()
	}

	tv.Select(x.Doc.Events[eventIndexByLabel(t, x, "Zelenskyy statement")].ID)
	got := []string{dateOf()}
	for range 4 {
		tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
		got = append(got, dateOf())
	}
	want := []string{"Sat 3 Jan 2026", "Mon 5 Jan 2026", "Mon 5 Jan 2026", "Tue 6 Jan 2026", "Tue 6 Jan 2026"}
	if !slices.Equal(got, want) {
		t.Errorf("Right walked %q, want %q", got, want)
	}
	if len(notified) != 4 {
		t.Errorf("OnSelected called %d times for 4 key presses", len(notified))
	}

	// "Since November" begins first; undated events come last, in article
	// order.
	tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if ev, _ := x.Event(tv.Selected()); ev.Label() != "Talks accelerate" {
		t.Errorf("Home selected %q, want the period since November", ev.Label())
	}
	tv.Select(x.Doc.Events[eventIndexByLabel(t, x, "Tusk on NATO")].ID)
	tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if ev, _ := x.Event(tv.Selected()); ev.Label() != "US strike on Venezuela" {
		t.Errorf("Right after the last dated event selected %q, want the first undated one", ev.Label())
	}
	tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	if ev, _ := x.Event(tv.Selected()); ev.Label() != "Zelenskyy: “90%”" {
		t.Errorf("End selected %q, want the last undated event", ev.Label())
	}
	tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if ev, _ := x.Event(tv.Selected()); ev.Label() != "Zelenskyy: “90%”" {
		t.Errorf("Right at the end moved to %q", ev.Label())
	}
}

// TestTimelineViewUpDownChangeRow: Up and Down move between the rows as
// drawn, a lane's sub-rows included, to the event nearest across.
func TestTimelineViewUpDownChangeRow(t *testing.T) {
	tv, _, x := newSeedView(t)
	label := func() string {
		ev, _ := x.Event(tv.Selected())
		return ev.Label()
	}
	key := func(k fyne.KeyName) { tv.TypedKey(&fyne.KeyEvent{Name: k}) }
	tv.Select(x.Doc.Events[eventIndexByLabel(t, x, "Paris meeting")].ID)
	key(fyne.KeyUp)
	if got := label(); got != "Talks accelerate" {
		t.Errorf("Up from the Paris meeting selected %q, want the period above it in its lane", got)
	}
	key(fyne.KeyUp)
	if ev, _ := x.Event(tv.Selected()); ev.Lane != timeline.LaneStatement {
		t.Errorf("Up from the top of diplomacy selected %q in %s, want a statement", ev.Label(), ev.Lane)
	}
	key(fyne.KeyDown)
	key(fyne.KeyDown)
	if got := label(); got != "Paris meeting" {
		t.Errorf("Down, Down came to %q, want the Paris meeting", got)
	}
	// Security and context hold undated events only: Down skips them to
	// the undated strip.
	key(fyne.KeyDown)
	if ev, _ := x.Event(tv.Selected()); ev.Date.Dated() {
		t.Errorf("Down from diplomacy selected %q, want an undated event", ev.Label())
	}
	key(fyne.KeyUp)
	if ev, _ := x.Event(tv.Selected()); ev.Lane != timeline.LaneDiplomacy {
		t.Errorf("Up from the strip selected %q in %s, want diplomacy", ev.Label(), ev.Lane)
	}
}

func TestTimelineViewEnterActivatesEscapeClears(t *testing.T) {
	tv, _, x := newSeedView(t)
	var activated []uuid.UUID
	var cleared bool
	tv.OnActivated = func(id uuid.UUID) { activated = append(activated, id) }
	tv.OnSelected = func(id uuid.UUID) { cleared = id == uuid.Nil }
	tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(activated) != 0 {
		t.Fatal("Enter without a selection activated something")
	}
	tusk := x.Doc.Events[eventIndexByLabel(t, x, "Tusk on NATO")].ID
	tv.Select(tusk)
	tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if len(activated) != 1 || activated[0] != tusk {
		t.Errorf("Enter activated %v, want [%v]", activated, tusk)
	}
	tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if tv.Selected() != uuid.Nil || !cleared {
		t.Errorf("Escape left %v selected (OnSelected(Nil) called: %v)", tv.Selected(), cleared)
	}
}

func TestTimelineViewZoomKeysAndWheel(t *testing.T) {
	tv, _, _ := newSeedView(t)
	span := func() float64 { s, e := tv.Viewport(); return e.Sub(s).Seconds() }
	before := span()
	tv.TypedRune('+')
	if got := span(); math.Abs(got-before/zoomStep) > 1 {
		t.Errorf("+ changed the span from %v to %v, want %v", before, got, before/zoomStep)
	}
	tv.TypedRune('-')
	if got := span(); math.Abs(got-before) > 1 {
		t.Errorf("- after + gave span %v, want %v", got, before)
	}

	// The wheel zooms around the pointer: the instant under it stays put.
	pos := fyne.NewPos(tv.geom().plotX+300, 120)
	under := tv.cur.at(300)
	tv.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pos}, Scrolled: fyne.NewDelta(0, 25)})
	if got := span(); math.Abs(got-before/zoomStep) > 1 {
		t.Errorf("a wheel notch up gave span %v, want %v", got, before/zoomStep)
	}
	if got := tv.cur.at(300); math.Abs(got-under) > 60 {
		t.Errorf("the instant under the pointer moved by %v s", got-under)
	}

	// Horizontal scrolling pans.
	start, _ := tv.Viewport()
	tv.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: pos}, Scrolled: fyne.NewDelta(-100, 0)})
	if s, _ := tv.Viewport(); !s.After(start) {
		t.Errorf("scrolling left by 100 moved the start from %v to %v, want later", start, s)
	}

	// 0 fits everything: the period since November is in view again.
	tv.TypedRune('0')
	s, e := tv.Viewport()
	if s.After(time.Date(2025, 11, 1, 0, 0, 0, 0, time.UTC)) || e.Before(time.Date(2026, 1, 7, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("fit shows %v – %v, want November 2025 to 6 January 2026", s, e)
	}
}

func TestTimelineViewZoomLimits(t *testing.T) {
	tv, _, _ := newSeedView(t)
	at := time.Date(2026, 1, 5, 12, 0, 0, 0, time.UTC)
	tv.SetViewport(at, at.Add(time.Minute))
	if s, e := tv.Viewport(); e.Sub(s) < time.Hour-time.Second {
		t.Errorf("a one-minute viewport was allowed: %v", e.Sub(s))
	}
	tv.SetViewport(at.AddDate(-500, 0, 0), at)
	if s, e := tv.Viewport(); e.Sub(s) > 101*365*24*time.Hour {
		t.Errorf("a 500-year viewport was allowed: %v", e.Sub(s))
	}
}

func TestTimelineViewDragPans(t *testing.T) {
	tv, w, _ := newSeedView(t)
	start, _ := tv.Viewport()
	spp := tv.secPerPx()
	test.Drag(w.Canvas(), fyne.NewPos(tv.geom().plotX+400, 120), -200, 0)
	got, _ := tv.Viewport()
	if d := got.Sub(start).Seconds(); math.Abs(d-200*spp) > 1 {
		t.Errorf("dragging 200 px left moved the view by %v s, want %v", d, 200*spp)
	}
}

func TestTimelineViewClusterTapZoomsIn(t *testing.T) {
	newTestApp(t, lightTheme)
	x := seedIndex(t)
	tv := New(x)
	// Too low for the statements' four sub-rows: they cluster.
	showTimeline(t, tv, fyne.NewSize(900, 200))
	tv.Fit()
	var cluster *target
	for _, h := range tv.cur.hits {
		if h.kind == targetCluster {
			cluster = &h
			break
		}
	}
	if cluster == nil {
		t.Fatal("the seed at fit zoom in 900×200 shows no cluster")
	}
	singles := func() (n int) {
		for _, h := range tv.cur.hits {
			if h.kind == targetEvent && h.row == cluster.row {
				n++
			}
		}
		return n
	}
	s0, e0 := tv.Viewport()
	test.TapAt(tv, fyne.NewPos((cluster.x0+cluster.x1)/2, (cluster.y0+cluster.y1)/2))
	s1, e1 := tv.Viewport()
	if e1.Sub(s1) >= e0.Sub(s0) {
		t.Fatalf("tapping the cluster did not zoom in: %v → %v", e0.Sub(s0), e1.Sub(s1))
	}
	// With the room to stack them, the cluster's events all show.
	tv.Resize(fyne.NewSize(900, 400))
	if after := singles(); after < int(cluster.count) {
		t.Errorf("zoomed into a cluster of %d in 900×400, its lane shows %d single events", cluster.count, after)
	}
}

func TestTimelineViewSetVisibleHidesEventsAndLanes(t *testing.T) {
	tv, _, x := newSeedView(t)
	tusk := x.Doc.Events[eventIndexByLabel(t, x, "Tusk on NATO")].ID
	tv.Select(tusk)
	tv.SetVisible(func(i int) bool { return x.Doc.Events[i].Lane != timeline.LaneStatement })
	if tv.Selected() != uuid.Nil {
		t.Error("the hidden selection was kept")
	}
	for _, row := range tv.model.rows {
		if row.lane == timeline.LaneStatement {
			t.Error("the statement lane is still shown with all its events hidden")
		}
	}
	for _, h := range tv.cur.hits {
		if h.kind == targetEvent && x.Doc.Events[h.ev].Lane == timeline.LaneStatement {
			t.Errorf("hidden event %q is drawn", x.Doc.Events[h.ev].Label())
		}
	}
	tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	for range len(x.Doc.Events) {
		if ev, _ := x.Event(tv.Selected()); ev.Lane == timeline.LaneStatement {
			t.Fatalf("the keyboard reached hidden event %q", ev.Label())
		}
		tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	tv.SetVisible(nil)
	if len(tv.model.order) != len(x.Doc.Events) {
		t.Errorf("SetVisible(nil) shows %d of %d events", len(tv.model.order), len(x.Doc.Events))
	}
}

func TestTimelineViewSearchDimsNonMatches(t *testing.T) {
	tv, _, x := newSeedView(t)
	alpha := func() map[string]uint8 {
		out := map[string]uint8{}
		for _, s := range tv.cur.layers[layerLabels] {
			out[s.text] = s.fill.A
		}
		return out
	}
	tv.SetMatches(func(i int) bool { return strings.Contains(x.Doc.Events[i].Title, "Paris") })
	got := alpha()
	if got["Paris meeting"] != 0xff {
		t.Errorf("the matching label has alpha %#x, want opaque", got["Paris meeting"])
	}
	if a, ok := got["Tusk on NATO"]; !ok || a >= 0x80 {
		t.Errorf("a non-matching label has alpha %#x (shown: %v), want dimmed", a, ok)
	}
	tv.SetMatches(nil)
	if a := alpha()["Tusk on NATO"]; a != 0xff {
		t.Errorf("after the search ended a label has alpha %#x", a)
	}
}

func TestTimelineViewBadges(t *testing.T) {
	tv, _, x := newSeedView(t)
	tusk := eventIndexByLabel(t, x, "Tusk on NATO")
	tv.SetBadges(func(i int) Badge {
		if i == tusk {
			return BadgeStar | BadgeNote
		}
		return 0
	})
	if n := len(tv.cur.layers[layerBadges]); n != 2 {
		t.Errorf("one starred event with notes shows %d badges, want 2", n)
	}
	tv.SetBadges(nil)
	if n := len(tv.cur.layers[layerBadges]); n != 0 {
		t.Errorf("without badges %d are shown", n)
	}
}

func TestTickScalesAdaptToZoom(t *testing.T) {
	for _, c := range []struct {
		span time.Duration
		unit tickUnit
	}{
		{3 * time.Hour, unitHour},
		{7 * 24 * time.Hour, unitDay},
		{60 * 24 * time.Hour, unitWeek},
		{365 * 24 * time.Hour, unitMonth},
		{10 * 365 * 24 * time.Hour, unitYear},
	} {
		s := tickScales[chooseScale(c.span.Seconds()/1500)]
		if s.unit != c.unit {
			t.Errorf("%v across 1500 px: ticks of unit %d, want %d", c.span, s.unit, c.unit)
		}
	}
	monday := floorTick(time.Date(2026, 1, 4, 15, 0, 0, 0, time.UTC), unitWeek, 1)
	if want := time.Date(2025, 12, 29, 0, 0, 0, 0, time.UTC); !monday.Equal(want) {
		t.Errorf("the week of Sun 4 Jan 2026 starts %v, want %v", monday, want)
	}
	if q := floorTick(time.Date(2026, 5, 20, 0, 0, 0, 0, time.UTC), unitMonth, 3); !q.Equal(time.Date(2026, 4, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("the quarter of 20 May starts %v", q)
	}
}

func TestModelSpreadsSameDayEventsAndOrdersLanes(t *testing.T) {
	newTestApp(t, lightTheme)
	x := seedIndex(t)
	doc := x.Doc
	// Add a lane of the document's own; it goes after the known ones.
	doc.Events[len(doc.Events)-1].Lane = "aardvark"
	x = timeline.NewIndex(doc)
	m := newModel(x, nil)
	var lanes []timeline.Lane
	for _, r := range m.rows {
		lanes = append(lanes, r.lane)
	}
	want := []timeline.Lane{timeline.LaneStatement, timeline.LaneDiplomacy, timeline.LaneSecurity, timeline.LaneContext, "aardvark"}
	if !slices.Equal(lanes, want) {
		t.Errorf("lanes %v, want %v", lanes, want)
	}
	// Two events of one day sit at its noon, not at made-up hours; in a
	// week's view they are stacked in two sub-rows.
	trump, fred := eventIndexByLabel(t, x, "Trump to NBC: Greenland"), eventIndexByLabel(t, x, "Frederiksen to TV2")
	noon := unixSeconds(time.Date(2026, 1, 5, 12, 0, 0, 0, time.UTC))
	if m.at[trump] != noon || m.at[fred] != noon {
		t.Errorf("two events of Mon 5 Jan sit at %v and %v, want noon", fromSeconds(m.at[trump]), fromSeconds(m.at[fred]))
	}
	tv := New(x)
	showTimeline(t, tv, fyne.NewSize(1280, 400))
	tv.SetViewport(seedWeek[0], seedWeek[1])
	var subs []int8
	for _, h := range tv.cur.hits {
		if h.kind == targetEvent && (h.ev == int32(trump) || h.ev == int32(fred)) {
			subs = append(subs, h.sub)
		}
	}
	if len(subs) != 2 || subs[0] == subs[1] {
		t.Errorf("the two events of Mon 5 Jan are drawn in sub-rows %v, want two different ones", subs)
	}
}

func TestModelPacksPeriodsWithoutOverlap(t *testing.T) {
	x := timeline.NewIndex(synth.Generate(synth.Options{Events: 20000, Seed: 4}))
	m := newModel(x, nil)
	periods := 0
	for _, row := range m.rows {
		for _, tr := range row.tracks {
			periods += len(tr.ev)
			for k := 1; k < len(tr.begin); k++ {
				if tr.begin[k] < tr.end[k-1] {
					t.Fatalf("lane %s: periods overlap within a track", row.lane)
				}
			}
		}
		if got, want := row.periodsOverlapping(math.Inf(-1), math.Inf(1)), len(row.perBegins); got != want {
			t.Errorf("lane %s: %d periods overlap all time, want %d", row.lane, got, want)
		}
	}
	if periods == 0 {
		t.Fatal("no periods to pack")
	}
}

// TestLaneColoursStayWhenLanesHide: hiding one lane of the document's own
// does not recolour another; the colours come from all the lanes.
func TestLaneColoursStayWhenLanesHide(t *testing.T) {
	newTestApp(t, lightTheme)
	doc := seedIndex(t).Doc
	// Two lanes of the document's own, which take the extra colours.
	doc.Events[0].Lane, doc.Events[1].Lane = "aardvark", "zebra"
	x := timeline.NewIndex(doc)
	tv := New(x)
	showTimeline(t, tv, fyne.NewSize(1280, 400))
	swatchOf := func(l timeline.Lane) color.NRGBA {
		t.Helper()
		for r, row := range tv.model.rows {
			if row.lane == l {
				return tv.cur.layers[layerSwatches][r].fill
			}
		}
		t.Fatalf("lane %s not shown", l)
		return color.NRGBA{}
	}
	before := swatchOf("zebra")
	tv.SetVisible(func(i int) bool { return x.Doc.Events[i].Lane != "aardvark" })
	if after := swatchOf("zebra"); after != before {
		t.Errorf("hiding aardvark recoloured zebra from %v to %v", before, after)
	}
}

// TestClickNeverPans: clicking an event in view selects it where it is.
func TestClickNeverPans(t *testing.T) {
	newTestApp(t, lightTheme)
	x := seedIndex(t)
	tv := New(x)
	showTimeline(t, tv, fyne.NewSize(1280, 300))
	for _, label := range []string{"Zelenskyy statement", "Tusk on NATO", "Paris meeting", "Frederiksen to TV2"} {
		s0, e0 := tv.Viewport()
		test.TapAt(tv, markerPos(t, tv, eventIndexByLabel(t, x, label)))
		if ev, _ := x.Event(tv.Selected()); ev.Label() != label {
			t.Fatalf("tapping %q selected %q", label, ev.Label())
		}
		if s1, e1 := tv.Viewport(); !s1.Equal(s0) || !e1.Equal(e0) {
			t.Errorf("tapping %q moved the view from %v–%v to %v–%v", label, s0, e0, s1, e1)
		}
	}
}

// TestKeyboardPansOnlyAsFarAsNeeded: the keyboard moves the view only to
// bring an event in from off-screen, and then by no more than it takes.
func TestKeyboardPansOnlyAsFarAsNeeded(t *testing.T) {
	tv, w, x := newSeedView(t)
	w.Canvas().Focus(tv)
	// A day and a half around Saturday: Monday is off to the right.
	sat := time.Date(2026, 1, 3, 12, 0, 0, 0, time.UTC)
	tv.SetViewport(sat.Add(-18*time.Hour), sat.Add(18*time.Hour))
	tv.Select(x.Doc.Events[eventIndexByLabel(t, x, "Zelenskyy statement")].ID)
	s0, e0 := tv.Viewport()
	tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight}) // Sat 3 → Mon 5
	s1, e1 := tv.Viewport()
	if e1.Sub(s1) != e0.Sub(s0) {
		t.Errorf("the keyboard changed the zoom: %v → %v", e0.Sub(s0), e1.Sub(s1))
	}
	mon := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	if !e1.After(mon) {
		t.Fatalf("after Right to Monday the view ends %v, before Monday", e1)
	}
	// Monday's band comes in at the right edge; the view does not centre it.
	if e1.After(mon.Add(6 * time.Hour)) {
		t.Errorf("the view moved to %v–%v: further than it takes to show Monday's start", s1, e1)
	}
	// Back to Saturday, whose day is still partly in view: no move.
	tv.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if s2, e2 := tv.Viewport(); !s2.Equal(s1) || !e2.Equal(e1) {
		t.Errorf("Left to Saturday, partly in view, moved the view from %v–%v to %v–%v", s1, e1, s2, e2)
	}
}

// TestPanKeepsTexts: a pan moves the texts it shows; it does not hand
// them to other objects, each of which Fyne would then draw afresh.
func TestPanKeepsTexts(t *testing.T) {
	newTestApp(t, lightTheme)
	x := timeline.NewIndex(synth.Generate(synth.Options{Events: 1000, Seed: 1}))
	tv := New(x)
	showTimeline(t, tv, fyne.NewSize(1600, 400))
	texts := func() map[*canvas.Text]string {
		out := map[*canvas.Text]string{}
		for _, p := range tv.r.layers {
			if tp, ok := p.(*textPainter); ok {
				for j, o := range tp.items {
					if tp.shown[j] {
						out[o] = o.Text
					}
				}
			}
		}
		return out
	}
	for step := range 20 {
		before := texts()
		tv.panBy(-7)
		after := texts()
		changed := 0
		for o, s := range after {
			if was, ok := before[o]; ok && was != s {
				changed++
			}
		}
		if changed > 3 {
			t.Errorf("pan step %d: %d of %d texts changed their words", step, changed, len(after))
		}
	}
}

// TestSelectionDimsWithTheSearch: a selected event the search leaves out
// is dimmed like the others, its outline included.
func TestSelectionDimsWithTheSearch(t *testing.T) {
	tv, _, x := newSeedView(t)
	zel := x.Doc.Events[eventIndexByLabel(t, x, "Zelenskyy statement")].ID
	tv.Select(zel)
	outline := func() uint8 {
		for _, s := range tv.cur.layers[layerBars] {
			if s.strokeW == 2 {
				return s.stroke.A
			}
		}
		t.Fatal("no selected outline drawn")
		return 0
	}
	if a := outline(); a != 0xff {
		t.Errorf("without a search the outline has alpha %#x, want opaque", a)
	}
	tv.SetMatches(func(i int) bool { return x.Doc.Events[i].Lane == timeline.LaneDiplomacy })
	if a := outline(); a >= 0x80 {
		t.Errorf("left out by the search, the selected event's outline has alpha %#x, want dimmed", a)
	}
}

// TestHidingEverythingKeepsTheDocumentsStretch: a filter that hides every
// event leaves the view on the document's dates, not around today.
func TestHidingEverythingKeepsTheDocumentsStretch(t *testing.T) {
	tv, _, _ := newSeedView(t)
	tv.SetVisible(func(int) bool { return false })
	tv.FrameStory()
	s, e := tv.Viewport()
	if s.After(time.Date(2025, 11, 2, 0, 0, 0, 0, time.UTC)) || e.Before(time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("with every event hidden the view is %v – %v, want the document's November to January", s, e)
	}
}
