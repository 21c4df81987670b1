package app

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/google/uuid"

	"newsline/assets"
	"newsline/timeline"
	"newsline/timeline/notes"
)

// TestStatePersists: a second window on the same preferences comes back
// with the first one's selection, lanes, splits, article pane and size.
func TestStatePersists(t *testing.T) {
	a := test.NewTempApp(t)
	doc, _ := assets.Seed()
	u := openTestUI(t, a, doc, Options{})
	tusk := eventByTitle(t, u, "Tusk")
	u.OpenEvent(tusk.ID)
	u.SetLaneHidden(timeline.LaneContext, true)
	u.mainSplit.Offset = 0.3
	u.belowSplit.Offset = 0.6
	u.showArticle(false)
	u.Window.Resize(fyne.NewSize(900, 600))
	u.saveState()

	doc2, _ := assets.Seed()
	v := openTestUI(t, a, doc2, Options{})
	if v.Card.Showing() != tusk.ID || v.Timeline.Selected() != tusk.ID {
		t.Error("the selection was not restored")
	}
	if !v.hiddenLanes[timeline.LaneContext] || len(v.hiddenLanes) != 1 {
		t.Errorf("hidden lanes %v, want context", v.hiddenLanes)
	}
	if v.mainSplit.Offset != 0.3 || v.belowSplit.Offset != 0.6 {
		t.Errorf("splits %v, %v", v.mainSplit.Offset, v.belowSplit.Offset)
	}
	if v.articleShown {
		t.Error("the article pane should stay hidden")
	}
	if got := v.Window.Canvas().Size(); got.Width != 900 || got.Height != 600 {
		t.Errorf("window size %v, want 900×600", got)
	}
}

// A selection that is not in the document is ignored.
func TestStaleSelectionIgnored(t *testing.T) {
	a := test.NewTempApp(t)
	doc, _ := assets.Seed()
	a.Preferences().SetString("doc."+doc.ID.String()+"."+prefSelected, "7b5a9c2e-0000-4000-8000-000000000000")
	u := openTestUI(t, a, doc, Options{})
	if u.Card.Showing() != [16]byte{} {
		t.Error("a stale selection opened a card")
	}
}

// otherDoc is the seed under another ID: another document, as far as the
// window's memory goes.
func otherDoc(t *testing.T) *timeline.Document {
	t.Helper()
	doc, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	doc.ID = uuid.MustParse("0a6f4b1e-9d1c-4c55-8a8e-3f0d7c2b9e11")
	return doc
}

// TestViewIsRememberedPerDocument: zoom, selection, lane and notes
// filters belong to the document they were set on; a document opened for
// the first time frames its story.
func TestViewIsRememberedPerDocument(t *testing.T) {
	a := test.NewTempApp(t)
	store, err := notes.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	seed, _ := assets.Seed()
	u := openTestUI(t, a, seed, Options{Notes: store})
	u.Window.Resize(fyne.NewSize(1280, 800))
	story0, story1 := u.Timeline.Viewport()
	tusk := eventByTitle(t, u, "Tusk")
	if err := store.SetStar(context.Background(), notes.EventTarget(seed, tusk), true); err != nil {
		t.Fatal(err)
	}
	u.refreshNotes()
	drain(u)
	u.OpenEvent(tusk.ID)
	u.SetLaneHidden(timeline.LaneContext, true)
	u.SetNotesFilter(notes.ShowStarred)
	u.Timeline.SetViewport(time.Date(2026, 1, 5, 12, 0, 0, 0, time.UTC), time.Date(2026, 1, 7, 12, 0, 0, 0, time.UTC))
	u.Timeline.OnViewportChanged(u.Timeline.Viewport()) // as a pan reports it
	zoom0, zoom1 := u.Timeline.Viewport()

	other := otherDoc(t)
	u.SetDocument(other, "")
	drain(u)
	if u.Card.Showing() != uuid.Nil || len(u.hiddenLanes) != 0 || u.notes.filter != notes.ShowAll {
		t.Errorf("another document opened with the first one's view: card %v, hidden %v, filter %v", u.Card.Showing(), u.hiddenLanes, u.notes.filter)
	}
	if s, e := u.Timeline.Viewport(); !s.Equal(story0) || !e.Equal(story1) {
		t.Errorf("a document opened for the first time shows %v – %v, not its story %v – %v", s, e, story0, story1)
	}

	u.SetDocument(seed, "")
	drain(u)
	if u.Card.Showing() != tusk.ID || !u.hiddenLanes[timeline.LaneContext] || u.notes.filter != notes.ShowStarred {
		t.Errorf("back on the seed: card %v, hidden %v, filter %v", u.Card.Showing(), u.hiddenLanes, u.notes.filter)
	}
	if s, e := u.Timeline.Viewport(); !s.Equal(zoom0) || !e.Equal(zoom1) {
		t.Errorf("back on the seed the view is %v – %v, not %v – %v", s, e, zoom0, zoom1)
	}
}

// TestNoDocumentOpensOnAnEmptyStretch: a remembered viewport that shows
// none of the document's events (an edit moved them, or the preferences
// are another version's) is not restored: the story is framed instead.
func TestNoDocumentOpensOnAnEmptyStretch(t *testing.T) {
	a := test.NewTempApp(t)
	doc, _ := assets.Seed()
	key := "doc." + doc.ID.String() + "."
	a.Preferences().SetString(key+prefViewStart, "1990-01-01T00:00:00Z")
	a.Preferences().SetString(key+prefViewEnd, "1990-02-01T00:00:00Z")
	u := openTestUI(t, a, doc, Options{})
	u.Window.Resize(fyne.NewSize(1280, 800))
	start, end := u.Timeline.Viewport()
	if !u.Timeline.ShowsEvents(start, end) {
		t.Fatalf("the window opened on %v – %v, where there is no event", start, end)
	}
	sat := eventByTitle(t, u, "Zelenskyy calls")
	if _, ok := u.Timeline.MarkerPosition(sat.ID); !ok {
		t.Error("the story's Saturday is not in view")
	}
}

// TestFirstWindowFitsTheScreen: the default 1280×800, and a remembered
// size, are cut to the screen.
func TestFirstWindowFitsTheScreen(t *testing.T) {
	for _, c := range []struct {
		name         string
		remembered   fyne.Size
		screen, want fyne.Size
	}{
		{"default on a small screen", fyne.Size{}, fyne.NewSize(1024, 600), fyne.NewSize(1024, 600)},
		{"default on a large screen", fyne.Size{}, fyne.NewSize(1920, 1080), fyne.NewSize(1280, 800)},
		{"unknown screen", fyne.Size{}, fyne.Size{}, fyne.NewSize(1280, 800)},
		{"remembered, larger than the screen", fyne.NewSize(1900, 1200), fyne.NewSize(1366, 768), fyne.NewSize(1366, 768)},
		{"tiny screen", fyne.Size{}, fyne.NewSize(320, 240), fyne.NewSize(minWidth, minHeight)},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			if !c.remembered.IsZero() {
				a.Preferences().SetFloat(prefWidth, float64(c.remembered.Width))
				a.Preferences().SetFloat(prefHeight, float64(c.remembered.Height))
			}
			doc, _ := assets.Seed()
			u := openTestUI(t, a, doc, Options{Screen: c.screen})
			if got := u.Window.Canvas().Size(); got != c.want {
				t.Errorf("window %v, want %v", got, c.want)
			}
		})
	}
}
