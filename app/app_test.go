package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsline/assets"
	"newsline/timeline"
)

func newSeedUI(t *testing.T) *UI {
	t.Helper()
	a := test.NewTempApp(t)
	doc, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	return openTestUI(t, a, doc, Options{})
}

func TestWindowTitle(t *testing.T) {
	u := newSeedUI(t)
	if got, want := u.Window.Title(), "Newsline — Paris talks under the shadow of Venezuela and Greenland"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
}

func TestTappingAnEventOpensItsCard(t *testing.T) {
	u := newSeedUI(t)
	u.Window.Resize(fyne.NewSize(1280, 800))
	u.Timeline.SetViewport(seedWeek[0], seedWeek[1])
	tusk := eventByTitle(t, u, "Tusk")
	pos, ok := u.Timeline.MarkerPosition(tusk.ID)
	if !ok {
		t.Fatal("Tusk's marker is not in view")
	}
	test.TapAt(u.Timeline, pos)
	if u.Card.Showing() != tusk.ID || u.Article.Selected() != tusk.ID {
		t.Fatal("tapping Tusk's marker did not open his card and passage")
	}
}

// TestRightWalksTheSeed: from Zelenskyy's Saturday statement, Right walks
// Sat 3 → Mon 5 → Mon 5 → Tue 6 → Tue 6, each opening its card.
func TestRightWalksTheSeed(t *testing.T) {
	u := newSeedUI(t)
	u.Window.Resize(fyne.NewSize(1280, 800))
	u.OpenEvent(eventByTitle(t, u, "Zelenskyy calls").ID)
	c := u.Window.Canvas()
	if c.Focused() != u.Timeline {
		t.Fatal("the timeline should have the keyboard")
	}
	var days []string
	for range 5 {
		ev, _ := u.Index.Event(u.Card.Showing())
		days = append(days, ev.Date.Start.Human())
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	}
	want := "Sat 3 Jan 2026, Mon 5 Jan 2026, Mon 5 Jan 2026, Tue 6 Jan 2026, Tue 6 Jan 2026"
	if got := strings.Join(days, ", "); got != want {
		t.Fatalf("Right walks %s\nwant %s", got, want)
	}
}

func TestJumpTo(t *testing.T) {
	u := newSeedUI(t)
	u.Window.Resize(fyne.NewSize(1280, 800))
	p, _ := timeline.ParsePoint("2025-11-20")
	u.JumpTo(p)
	start, end := u.Timeline.Viewport()
	if !start.Before(p.Begin()) || !end.After(p.Finish()) || end.Sub(start) > 4*24*time.Hour {
		t.Fatalf("viewport %v – %v does not frame 20 Nov 2025", start, end)
	}
}

// TestBackgroundPassagesOffTheTimeline: a background passage is kept off
// the timeline until View → Show Background Passages.
func TestBackgroundPassagesOffTheTimeline(t *testing.T) {
	doc, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	var bg *timeline.Event
	for i := range doc.Events {
		if !doc.Events[i].Date.Dated() {
			doc.Events[i].Background = true
			bg = &doc.Events[i]
			break
		}
	}
	u := openTestUI(t, test.NewTempApp(t), doc, Options{})
	u.Window.Resize(fyne.NewSize(1280, 800))
	shown := func() bool {
		u.Timeline.Select(bg.ID)
		return u.Timeline.Selected() == bg.ID
	}
	if shown() {
		t.Errorf("the background passage %q is on the timeline", bg.Label())
	}
	u.SetShowBackground(true)
	if !shown() {
		t.Errorf("with background passages shown, %q is not on the timeline", bg.Label())
	}
}
