package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsline/assets"
	"newsline/timeline"
	"newsline/timeline/draft"
	"newsline/timeline/synth"
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
	u.Window.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{}) // Ctrl+Z, as the desktop driver reports it
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

// editDialog opens the card of ev and taps its Edit button.
func editDialog(t *testing.T, u *UI, ev *timeline.Event) fyne.CanvasObject {
	t.Helper()
	u.OpenEvent(ev.ID)
	test.Tap(button(t, u.Card, "Edit"))
	return topOverlay(t, u)
}

// TestEditAddingAnEntityThenUndo: an edit through the dialog that names
// a new person adds the entity to a new version of the document; undo
// brings back the version before, without it, and unchanged.
func TestEditAddingAnEntityThenUndo(t *testing.T) {
	u := newSizedUI(t)
	before := u.Index.Doc
	entities := len(before.Entities)
	tusk := eventByTitle(t, u, "Tusk")
	d := editDialog(t, u, tusk)
	test.Type(entryWithHint(t, d, "a name to add"), "Radosław Sikorski")
	test.Tap(button(t, d, "Save"))
	drain(u)

	if got := len(u.Index.Doc.Entities); got != entities+1 {
		t.Fatalf("%d entities after the edit, want %d", got, entities+1)
	}
	ev, _ := u.Index.Event(tusk.ID)
	added, ok := u.Index.Entity(ev.Entities[len(ev.Entities)-1])
	if !ok || added.Name != "Radosław Sikorski" || added.Kind != timeline.Person {
		t.Fatalf("the event does not name the new person: %+v", ev.Entities)
	}
	findChip(t, u.Card, "Radosław Sikorski")
	if !u.dirty() || !strings.HasPrefix(u.Window.Title(), "• ") {
		t.Errorf("after the edit: dirty %v, title %q", u.dirty(), u.Window.Title())
	}
	if len(before.Entities) != entities {
		t.Fatal("the edit changed the version it replaced")
	}

	u.Window.Canvas().Focus(u.Timeline)
	u.Window.Canvas().(fyne.Shortcutable).TypedShortcut(&fyne.ShortcutUndo{}) // Ctrl+Z, as the desktop driver reports it
	drain(u)
	if u.Index.Doc != before || len(u.Index.Doc.Entities) != entities {
		t.Fatalf("undo left %d entities, want the %d of before", len(u.Index.Doc.Entities), entities)
	}
	if u.dirty() || strings.HasPrefix(u.Window.Title(), "• ") {
		t.Errorf("after undo: dirty %v, title %q", u.dirty(), u.Window.Title())
	}
	if strings.Contains(cardText(u.Card), "Radosław Sikorski") || u.Card.Showing() != tusk.ID {
		t.Error("the card still shows the edit")
	}
}

// TestFailedEditChangesNothing: an edit that the document's validation
// refuses (a period ending before it starts, with a new name) is reported
// and leaves the document, its entities, the dirty flag and undo alone.
func TestFailedEditChangesNothing(t *testing.T) {
	u := newSizedUI(t)
	before := u.Index.Doc
	entities := len(before.Entities)
	d := editDialog(t, u, eventByTitle(t, u, "Tusk"))
	test.Type(entryWithHint(t, d, "a name to add"), "Radosław Sikorski")
	test.Type(entryWithHint(t, d, "for a period; else empty"), "2025-12-01")
	test.Tap(button(t, d, "Save"))
	drain(u)
	if u.Index.Doc != before || len(before.Entities) != entities || u.dirty() || len(u.undo) != 0 {
		t.Fatalf("a refused edit changed something: same document %v, %d entities (was %d), dirty %v, %d undos",
			u.Index.Doc == before, len(before.Entities), entities, u.dirty(), len(u.undo))
	}
	if msg := shownText(topOverlay(t, u)); !strings.Contains(msg, "end 2025-12-01 is before start 2026-01-06") {
		t.Errorf("the error dialog says %q", msg)
	}
}

// TestUndoAfterSaveIsUnsaved: undoing an edit that was saved shows a
// version that is not the one on disk.
func TestUndoAfterSaveIsUnsaved(t *testing.T) {
	u := newSizedUI(t)
	path := filepath.Join(t.TempDir(), "seed.json")
	u.saveTo(path, nil)
	drain(u)
	tusk := eventByTitle(t, u, "Tusk")
	edited := *tusk
	edited.Title = "Tusk warns NATO members"
	if err := u.ReplaceEvent(edited); err != nil {
		t.Fatal(err)
	}
	u.Save()
	drain(u)
	if u.dirty() {
		t.Fatal("saved, yet unsaved")
	}
	u.Undo()
	if !u.dirty() {
		t.Fatal("the undone edit is on disk, yet the window says it has no changes")
	}
}

// TestEditDuringASaveStaysUnsaved: the save writes the version it began
// with; an edit made meanwhile is still to be saved.
func TestEditDuringASaveStaysUnsaved(t *testing.T) {
	u := newSizedUI(t)
	path := filepath.Join(t.TempDir(), "seed.json")
	queueOf(u).Hold()
	u.saveTo(path, nil)
	tusk := eventByTitle(t, u, "Tusk")
	title := tusk.Title
	edited := *tusk
	edited.Title = "Tusk warns NATO members"
	if err := u.ReplaceEvent(edited); err != nil {
		t.Fatal(err)
	}
	drain(u)
	if !u.dirty() || u.doc.path != path {
		t.Fatalf("dirty %v, path %q", u.dirty(), u.doc.path)
	}
	saved, err := timeline.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if ev := eventByID(t, saved, tusk.ID); ev.Title != title {
		t.Fatalf("the file has %q, want the title from before the edit", ev.Title)
	}
}

func eventByID(t *testing.T, doc *timeline.Document, id [16]byte) *timeline.Event {
	t.Helper()
	for i := range doc.Events {
		if doc.Events[i].ID == id {
			return &doc.Events[i]
		}
	}
	t.Fatalf("no event %x", id)
	return nil
}

// TestEditWhileTheSearchIndexBuilds: the search index of a fresh window
// is built in the background from the document; an edit at once makes a
// new version instead of writing into the one being read (go test -race
// tells), and search then finds the edit.
func TestEditWhileTheSearchIndexBuilds(t *testing.T) {
	for _, doc := range []*timeline.Document{seedDoc(t), synth.Generate(synth.Options{Events: 5000, Seed: 3})} {
		editWhileTheSearchIndexBuilds(t, doc)
	}
}

func seedDoc(t *testing.T) *timeline.Document {
	t.Helper()
	doc, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

func editWhileTheSearchIndexBuilds(t *testing.T, doc *timeline.Document) {
	a := test.NewTempApp(t)
	q := NewQueueRunner()
	q.Hold()
	u := New(a, doc, Options{Runner: q})
	t.Cleanup(func() { q.Wait(closeWait) })
	// The last event the index builder reads: the race detector's memory
	// of a read is short.
	last := len(doc.Events) - 1
	old := doc.Events[last]
	q.Start() // the search index of doc is built now, on another goroutine
	edited := old
	edited.Title = "Edited while the index was built"
	if err := u.ReplaceEvent(edited); err != nil {
		t.Fatal(err)
	}
	q.Drain()
	if doc.Events[last].Title != old.Title {
		t.Fatal("the edit wrote into the document the index builder reads")
	}
	u.SearchFor("edited while the index")
	q.Drain()
	if len(u.results.Events) != 1 || u.Index.Doc.Events[u.results.Events[0]].ID != old.ID {
		t.Fatalf("search finds %v, want the edited event", u.results.Events)
	}
}

// summitHTML is a short web page with the metadata the import dialog
// fills in: publication date and title.
const summitHTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>EU leaders agree on Ukraine aid | The Daily Ledger</title>
<meta property="og:title" content="EU leaders agree on Ukraine aid">
<meta property="og:site_name" content="The Daily Ledger">
<meta property="article:published_time" content="2025-12-19T08:30:00+01:00">
</head><body><article>
<h1>EU leaders agree on Ukraine aid</h1>
<p>European Union leaders agreed early on Friday to lend Ukraine 90 billion euros, after a summit in Brussels that ran through the night.</p>
<p>"This is a message to Moscow," said Ursula von der Leyen, the President of the European Commission, on Thursday.</p>
<p>Talks on the loan had stalled since October.</p>
</article></body></html>`

// TestImportDialogFillsInAndDrafts: choosing a web page reads its
// metadata into the form in the background; Import drafts the timeline
// in the background, with progress, and shows it unsaved.
func TestImportDialogFillsInAndDrafts(t *testing.T) {
	u := newSizedUI(t)
	path := filepath.Join(t.TempDir(), "summit.html")
	if err := os.WriteFile(path, []byte(summitHTML), 0o644); err != nil {
		t.Fatal(err)
	}
	u.showImport()
	d := topOverlay(t, u)
	article := entryWithHint(t, d, "an article: .txt, .md or .html")
	test.Type(article, path)
	article.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	drain(u)
	if got := entryWithHint(t, d, "YYYY-MM-DD (from the article when it says)").Text; got != "2025-12-19" {
		t.Errorf("publication date %q, want 2025-12-19 from the page", got)
	}
	entryWithText(t, d, "EU leaders agree on Ukraine aid")
	if text := shownText(d); !strings.Contains(text, "summit.html: ") {
		t.Errorf("the dialog does not say what it read:\n%s", text)
	}

	test.Tap(button(t, d, "Import"))
	bar := findIn(t, topOverlay(t, u), "progress bar", func(*widget.ProgressBar) bool { return true })
	drain(u)
	if bar.Value != 1 {
		t.Errorf("progress at %v after the import", bar.Value)
	}
	if u.Window.Canvas().Overlays().Top() != nil {
		t.Error("a dialog is still open")
	}
	if u.Index.Doc.Title != "EU leaders agree on Ukraine aid" || len(u.Index.Doc.Events) == 0 {
		t.Fatalf("the window shows %q with %d events", u.Index.Doc.Title, len(u.Index.Doc.Events))
	}
	if !u.dirty() {
		t.Error("a fresh draft is unsaved")
	}
}

// TestImportCancel: Cancel on the progress dialog stops the draft; the
// window keeps its document.
func TestImportCancel(t *testing.T) {
	u := newSizedUI(t)
	before := u.Index.Doc
	published, _ := timeline.ParsePoint("2026-01-06")
	queueOf(u).Hold()
	u.Import(draft.Source{Name: "article.txt", Data: []byte(assets.ArticleText), Published: published})
	test.Tap(button(t, topOverlay(t, u), "Cancel"))
	drain(u)
	if u.Index.Doc != before || u.dirty() {
		t.Fatal("a cancelled import replaced the document")
	}
	if u.Window.Canvas().Overlays().Top() != nil {
		t.Error("the progress dialog is still open")
	}
}

// TestOpenErrorIsShown: a file that cannot be read is reported by name;
// the window keeps its document.
func TestOpenErrorIsShown(t *testing.T) {
	u := newSizedUI(t)
	before := u.Index.Doc
	path := filepath.Join(t.TempDir(), "missing.json")
	u.openFile(path)
	drain(u)
	if u.Index.Doc != before {
		t.Fatal("a failed open replaced the document")
	}
	if msg := shownText(topOverlay(t, u)); !strings.Contains(msg, "missing.json") {
		t.Errorf("the error dialog says %q", msg)
	}
}

// TestClosingStopsAnImport: closing the window stops a draft being made
// rather than waiting for it.
func TestClosingStopsAnImport(t *testing.T) {
	u := newSizedUI(t)
	before := u.Index.Doc
	published, _ := timeline.ParsePoint("2026-01-06")
	queueOf(u).Hold()
	u.Import(draft.Source{Name: "article.txt", Data: []byte(assets.ArticleText), Published: published})
	u.Close()
	drain(u)
	if u.Index.Doc != before {
		t.Fatal("the import went on after the window closed")
	}
}
