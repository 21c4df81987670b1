package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"newsline/assets"
	"newsline/timeline"
	"newsline/timeline/draft"
)

// newSizedUI opens the seed in a 1280×800 window.
func newSizedUI(t *testing.T) *UI {
	t.Helper()
	u := newSeedUI(t)
	u.Window.Resize(fyne.NewSize(1280, 800))
	return u
}

func TestImportShowsTheDraftAtOnce(t *testing.T) {
	u := newSizedUI(t)
	published, _ := timeline.ParsePoint("2026-01-06")
	u.Import(draft.Source{Name: "article.txt", Data: []byte(assets.ArticleText), Published: published, Title: "Paris talks"})
	drain(u)
	doc := u.Index.Doc
	if doc.Title == "Paris talks under the shadow of Venezuela and Greenland" || len(doc.Events) == 0 {
		t.Fatal("the window still shows the seed")
	}
	if !u.dirty() || !strings.HasPrefix(u.Window.Title(), "• ") {
		t.Errorf("a fresh draft is unsaved; title %q", u.Window.Title())
	}
	// Zelenskyy's Saturday statement is drafted on 3 January.
	found := false
	for _, ev := range doc.Events {
		if ev.Date.Start.String() == "2026-01-03" && strings.Contains(ev.Title, "Zelenskyy") {
			found = true
		}
	}
	if !found {
		t.Error("the draft lacks Zelenskyy's statement of Saturday 3 January")
	}
	// Its events open like the seed's.
	first := doc.Events[u.Index.Order[0]].ID
	u.OpenEvent(first)
	if u.Card.Showing() != first {
		t.Error("a drafted event does not open its card")
	}
}

func TestImportErrorsAreShownNotFatal(t *testing.T) {
	u := newSizedUI(t)
	before := u.Index.Doc
	u.Import(draft.Source{Name: "empty.txt", Data: nil})
	u.Import(draft.Source{Name: "article.txt", Data: []byte("On Monday the talks began.")}) // no publication date
	drain(u)
	if u.Index.Doc != before {
		t.Fatal("a failed import replaced the document")
	}
}

func TestEditEventIsUndoable(t *testing.T) {
	u := newSizedUI(t)
	tusk := eventByTitle(t, u, "Tusk")
	u.OpenEvent(tusk.ID)
	edited := *tusk
	edited.Title = "Tusk warns NATO members"
	edited.Date = timeline.Date{Start: timeline.DayPoint(2026, 1, 2), Resolution: "set by hand"}
	if err := u.ReplaceEvent(edited); err != nil {
		t.Fatal(err)
	}
	ev, _ := u.Index.Event(tusk.ID)
	if ev.Title != "Tusk warns NATO members" || u.Index.Rank(mustIndex(t, u, tusk.ID)) != 1 {
		t.Fatalf("edit not applied: %q at rank %d", ev.Title, u.Index.Rank(mustIndex(t, u, tusk.ID)))
	}
	if u.Card.Showing() != tusk.ID || !strings.Contains(cardText(u.Card), "Tusk warns NATO members") {
		t.Error("the card does not show the edit")
	}
	if !u.dirty() {
		t.Error("an edit should mark the document unsaved")
	}
	// An edit that breaks the document is refused.
	bad := *ev
	bad.Title = ""
	if err := u.ReplaceEvent(bad); err == nil {
		t.Error("an event without a title was accepted")
	}
	u.Window.Canvas().Focus(u.Timeline)
	u.Window.Canvas().(fyne.Shortcutable).TypedShortcut(ctrlKey(fyne.KeyZ))
	ev, _ = u.Index.Event(tusk.ID)
	if ev.Title != tusk.Title || ev.Date.Start.String() != "2026-01-06" || u.dirty() {
		t.Fatalf("undo did not restore the event: %q %s dirty=%v", ev.Title, ev.Date.Start, u.dirty())
	}
}

func TestSaveAndOpen(t *testing.T) {
	u := newSizedUI(t)
	path := filepath.Join(t.TempDir(), "seed.json")
	u.saveTo(path, nil)
	drain(u)
	if u.doc.path != path || u.dirty() || !strings.Contains(u.Window.Title(), "seed.json") {
		t.Fatalf("after saving: path %q dirty %v title %q", u.doc.path, u.dirty(), u.Window.Title())
	}
	v := newSizedUI(t)
	v.openFile(path)
	drain(v)
	if v.doc.path != path || len(v.Index.Doc.Events) != len(u.Index.Doc.Events) {
		t.Fatal("opening the saved file did not show it")
	}
}

func mustIndex(t *testing.T, u *UI, id [16]byte) int {
	t.Helper()
	i, ok := u.Index.EventIndex(id)
	if !ok {
		t.Fatalf("no event %x", id)
	}
	return i
}
