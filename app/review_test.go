package app

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/google/uuid"

	"newsline/app/look"
	"newsline/assets"
	"newsline/timeline"
	"newsline/timeline/draft"
	"newsline/timeline/notes"
)

// seedArticle is the seed's article as File → Import Article… reads it.
func seedArticle() draft.Source {
	published, _ := timeline.ParsePoint("2026-01-06")
	return draft.Source{Name: "article.txt", Data: []byte(assets.ArticleText), Published: published, Title: "Paris talks"}
}

// importArticle imports src through the window, as the Import dialog
// does, and returns the review the importer makes of it on its own.
func importArticle(t *testing.T, u *UI, src draft.Source) *draft.Review {
	t.Helper()
	u.Import(src)
	drain(u)
	_, rev, err := draft.ImportReview(context.Background(), src, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !u.reviewShown() {
		t.Fatal("the review is not open after the import")
	}
	return rev
}

// reviewRowOf finds the drawn row showing the event titled title.
func reviewRowOf(t *testing.T, u *UI, title string) *reviewRow {
	t.Helper()
	return findIn(t, u.review.table, "review row of "+title, func(r *reviewRow) bool { return r.cells.title == title })
}

// rowTextsOf are the texts a row draws.
func rowTextsOf(r *reviewRow) string {
	var b strings.Builder
	for _, o := range test.WidgetRenderer(r).Objects() {
		if t, ok := o.(*canvas.Text); ok && t.Text != "" {
			b.WriteString(t.Text + "\n")
		}
	}
	return b.String()
}

// reviewButton finds the review pane's button labelled text.
func reviewButton(t *testing.T, u *UI, text string) fyne.CanvasObject {
	t.Helper()
	return findIn(t, u.review.top, "button "+text, func(b *toolButton) bool { return b.Text == text })
}

func selectedRow(u *UI) uuid.UUID { return u.review.rows[u.review.at].Event }

func TestReviewListsEveryDraftedEventLeastSureFirst(t *testing.T) {
	u := newSizedUI(t)
	rev := importArticle(t, u, seedArticle())
	s := u.review
	doc := u.Index.Doc
	if u.body.Objects[0] != s.split {
		t.Fatal("the review pane is not in the window")
	}
	var ids, want []uuid.UUID
	for i, r := range s.rows {
		ids = append(ids, r.Event)
		if i > 0 && r.Confidence < s.rows[i-1].Confidence {
			t.Errorf("row %d (%.2f) comes after a less sure one (%.2f)", i, r.Confidence, s.rows[i-1].Confidence)
		}
	}
	for _, ev := range doc.Events {
		want = append(want, ev.ID)
	}
	slices.SortFunc(ids, func(a, b uuid.UUID) int { return strings.Compare(a.String(), b.String()) })
	slices.SortFunc(want, func(a, b uuid.UUID) int { return strings.Compare(a.String(), b.String()) })
	if !slices.Equal(ids, want) {
		t.Fatalf("the review lists %d events, the draft has %d", len(ids), len(want))
	}
	least := slices.MinFunc(rev.Events, func(a, b draft.EventReview) int {
		return int(1000*a.Confidence) - int(1000*b.Confidence)
	})
	if s.rows[0].Confidence != least.Confidence {
		t.Errorf("first row %.2f, the least sure event %.2f", s.rows[0].Confidence, least.Confidence)
	}

	// The least sure event is selected and shown everywhere; the keyboard
	// is in the table.
	first, _ := u.Index.Event(s.rows[0].Event)
	if u.Card.Showing() != first.ID || u.Timeline.Selected() != first.ID || u.Article.Selected() != first.ID {
		t.Errorf("the first row's event is not on the card, the timeline and the article")
	}
	if u.Window.Canvas().Focused() != s.table {
		t.Error("the keyboard is not in the review")
	}
	// Its row says how sure, when, from which words, who and what.
	frame(u)
	row := reviewRowOf(t, u, first.Title)
	text := rowTextsOf(row)
	for _, w := range []string{confidenceWords(s.rows[0].Confidence), fmt.Sprintf("%.0f%%", 100*s.rows[0].Confidence), first.Date.Human(), "“" + s.rows[0].DateWords + "”", first.Title} {
		if !strings.Contains(text, w) {
			t.Errorf("the first row lacks %q:\n%s", w, text)
		}
	}
	if got, want := s.counts.String(), fmt.Sprintf("%d to check · 0 accepted · 0 rejected", len(s.rows)); got != want {
		t.Errorf("counts %q, want %q", got, want)
	}
	// A statement's row names its speaker.
	for i, r := range s.rows {
		if r.Speaker == uuid.Nil {
			continue
		}
		ent, _ := u.Index.Entity(r.Speaker)
		if c := s.cells(u.Index, i); c.speaker != ent.Name || c.speakerHow != r.SpeakerHow {
			t.Errorf("row %d: speaker %q (%s), want %q", i, c.speaker, c.speakerHow, ent.Name)
		}
	}
}

func TestReviewRejectWithTheKeyboardThenUndo(t *testing.T) {
	u := newSizedUI(t)
	importArticle(t, u, seedArticle())
	s := u.review
	// Saved, the draft stays under review.
	u.saveTo(filepath.Join(t.TempDir(), "draft.json"), nil)
	drain(u)
	if u.dirty() || u.review != s {
		t.Fatal("saving the draft ended its review, or left it unsaved")
	}
	// Down to the first row whose event has quotes.
	for {
		ev, _ := u.Index.Event(selectedRow(u))
		if len(ev.Quotes) > 0 {
			break
		}
		if s.at == len(s.rows)-1 {
			t.Fatal("no drafted event has quotes")
		}
		at := s.at
		press(u, fyne.KeyDown, 0)
		if s.at != at+1 || u.Card.Showing() != selectedRow(u) || u.Timeline.Selected() != selectedRow(u) {
			t.Fatal("↓ does not select and show the next row")
		}
	}
	before := u.Index.Doc
	id, at := selectedRow(u), s.at
	ev, _ := u.Index.Event(id)
	quotes := slices.Clone(ev.Quotes)

	typeText(u, "r")
	doc := u.Index.Doc
	if _, ok := u.Index.Event(id); ok || len(doc.Events) != len(before.Events)-1 {
		t.Fatal("R did not take the event out of the document")
	}
	for _, q := range doc.Quotes {
		if q.Event == id || slices.Contains(quotes, q.ID) {
			t.Errorf("quote %q stayed without its event", q.Text)
		}
	}
	if err := doc.Validate(); err != nil {
		t.Fatal(err)
	}
	if u.Timeline.Select(id); u.Timeline.Selected() == id {
		t.Error("the rejected event is still on the timeline")
	}
	if !u.dirty() || !strings.HasPrefix(u.Window.Title(), "• ") {
		t.Error("a rejection leaves the document unsaved")
	}
	if s.status(u.Index, at) != reviewRejected || !strings.HasSuffix(s.counts.String(), "· 1 rejected") {
		t.Errorf("row not marked rejected: counts %q", s.counts.String())
	}
	if s.at != at+1 || u.Card.Showing() != selectedRow(u) || u.Window.Canvas().Focused() != s.table {
		t.Error("after a rejection the next row is not selected, shown and in the keyboard's hands")
	}
	frame(u)
	if text := rowTextsOf(reviewRowOf(t, u, ev.Title)); !strings.Contains(text, "rejected") {
		t.Errorf("the rejected row says:\n%s", text)
	}
	// A, E and R do nothing to a rejected row but say how to get it back.
	press(u, fyne.KeyUp, 0)
	typeText(u, "r")
	typeText(u, "a")
	if u.Index.Doc != doc || s.accepted[id] || !strings.Contains(s.message, "Ctrl+Z") {
		t.Errorf("keys on a rejected row changed something; note %q", s.message)
	}

	press(u, fyne.KeyZ, fyne.KeyModifierShortcutDefault)
	if u.Index.Doc != before || u.dirty() {
		t.Fatal("Ctrl+Z did not bring the draft back as it was")
	}
	if s.status(u.Index, at) != reviewToCheck || !strings.HasSuffix(s.counts.String(), "· 0 rejected") {
		t.Errorf("after undo the row is not to check again: %q", s.counts.String())
	}
	if s.at != at || u.Card.Showing() != id {
		t.Error("after undo the event that came back is not shown")
	}
	// Delete rejects too.
	press(u, fyne.KeyDelete, 0)
	if _, ok := u.Index.Event(id); ok {
		t.Error("Delete did not reject the selected event")
	}
}

func TestReviewAcceptMarksTheRowAndMovesOn(t *testing.T) {
	u := newSizedUI(t)
	importArticle(t, u, seedArticle())
	s := u.review
	doc := u.Index.Doc
	first, second := s.rows[0].Event, s.rows[1].Event
	typeText(u, "a")
	if !s.accepted[first] || s.at != 1 || u.Card.Showing() != second {
		t.Fatal("A did not accept the row and move to the next")
	}
	press(u, fyne.KeyReturn, 0)
	if !s.accepted[second] || s.at != 2 {
		t.Fatal("Enter did not accept the row")
	}
	if u.Index.Doc != doc {
		t.Error("accepting changed the document")
	}
	if want := fmt.Sprintf("%d to check · 2 accepted · 0 rejected", len(s.rows)-2); s.counts.String() != want {
		t.Errorf("counts %q, want %q", s.counts.String(), want)
	}
	ev, _ := u.Index.Event(first)
	frame(u)
	if text := rowTextsOf(reviewRowOf(t, u, ev.Title)); !strings.Contains(text, "accepted") {
		t.Errorf("the accepted row says:\n%s", text)
	}
}

func TestReviewEditOpensTheEditDialogForTheRow(t *testing.T) {
	u := newSizedUI(t)
	importArticle(t, u, seedArticle())
	s := u.review
	press(u, fyne.KeyDown, 0)
	id := selectedRow(u)
	ev, _ := u.Index.Event(id)
	typeText(u, "e")
	d := topOverlay(t, u)
	title := entryWithText(t, d, ev.Title)
	title.SetText("Checked by hand")
	test.Tap(button(t, d, "Save"))
	if ev, _ := u.Index.Event(id); ev.Title != "Checked by hand" {
		t.Fatalf("the edit did not reach the event: %q", ev.Title)
	}
	if s.status(u.Index, s.at) != reviewEdited || !strings.Contains(s.counts.String(), "1 edited") {
		t.Errorf("the row is not marked edited: %q", s.counts.String())
	}
	if u.Window.Canvas().Focused() != s.table {
		t.Error("the keyboard did not come back to the review")
	}
	frame(u)
	reviewRowOf(t, u, "Checked by hand")
	// Cancelling changes nothing and gives the keyboard back too.
	typeText(u, "e")
	test.Tap(button(t, topOverlay(t, u), "Cancel"))
	if u.Window.Canvas().Focused() != s.table {
		t.Error("the keyboard did not come back after Cancel")
	}
	press(u, fyne.KeyZ, fyne.KeyModifierShortcutDefault)
	if s.status(u.Index, s.at) != reviewToCheck {
		t.Error("undoing the edit leaves the row edited")
	}
}

func TestReviewClosesWithEscAndReopensFromTheMenu(t *testing.T) {
	u := newSizedUI(t)
	importArticle(t, u, seedArticle())
	s := u.review
	typeText(u, "a")
	press(u, fyne.KeyEscape, 0)
	if u.reviewShown() || u.body.Objects[0] != u.mainSplit {
		t.Fatal("Esc did not close the review")
	}
	if u.Window.Canvas().Focused() != u.Timeline {
		t.Error("the keyboard did not go back to the timeline")
	}
	doc := u.Index.Doc
	typeText(u, "r")
	if u.Index.Doc != doc {
		t.Error("R rejected an event with the review closed")
	}
	if u.reviewItem.Disabled {
		t.Error("Review Draft… is disabled for a fresh import")
	}
	press(u, fyne.KeyR, fyne.KeyModifierShortcutDefault)
	if !u.reviewShown() || u.review != s || !s.accepted[s.rows[0].Event] || u.Window.Canvas().Focused() != s.table {
		t.Fatal("Ctrl+R did not reopen the review as it was")
	}
	// It stays for the document through its edits and saves, and ends
	// when another document is shown.
	seed, _ := assets.Seed()
	u.SetDocument(seed, "")
	if u.review != nil || u.reviewShown() || !u.reviewItem.Disabled {
		t.Fatal("the review outlived its document")
	}
	press(u, fyne.KeyR, fyne.KeyModifierShortcutDefault)
	if u.reviewShown() {
		t.Error("Ctrl+R opened a review for a document that was not imported")
	}
}

func TestReviewWithTheMouse(t *testing.T) {
	u := newSizedUI(t)
	importArticle(t, u, seedArticle())
	s := u.review
	third, _ := u.Index.Event(s.rows[2].Event)
	u.focusTimeline()
	clickOn(t, u, reviewRowOf(t, u, third.Title), nil)
	if s.at != 2 || u.Card.Showing() != third.ID || u.Window.Canvas().Focused() != s.table {
		t.Fatal("a click on a row did not select it, show it and take the keyboard")
	}
	clickOn(t, u, reviewButton(t, u, "Accept"), nil)
	if !s.accepted[third.ID] || s.at != 3 {
		t.Error("Accept did not accept the row")
	}
	fourth := selectedRow(u)
	clickOn(t, u, reviewButton(t, u, "Reject"), nil)
	if _, ok := u.Index.Event(fourth); ok {
		t.Error("Reject did not take the event out")
	}
	clickOn(t, u, reviewButton(t, u, "Close"), nil)
	if u.reviewShown() {
		t.Error("Close did not close the review")
	}
}

// TestReviewFollowsTheTimeline: an event selected elsewhere selects its
// row.
func TestReviewFollowsTheTimeline(t *testing.T) {
	u := newSizedUI(t)
	importArticle(t, u, seedArticle())
	last := u.review.rows[len(u.review.rows)-1].Event
	u.OpenEvent(last)
	if selectedRow(u) != last {
		t.Error("the review did not follow the selection")
	}
}

// TestRejectingAnEventWithNotesAsksFirst: notes stay in the store, but
// no card shows them while the event is gone.
func TestRejectingAnEventWithNotesAsksFirst(t *testing.T) {
	u, store, _ := newNotesUI(t, t.TempDir())
	importArticle(t, u, seedArticle())
	id := selectedRow(u)
	ev, _ := u.Index.Event(id)
	if _, err := store.Add(context.Background(), notes.Target{ID: id, Kind: notes.KindEvent, Title: ev.Title}, "check this", nil); err != nil {
		t.Fatal(err)
	}
	u.refreshNotes()
	drain(u)
	typeText(u, "r")
	d := topOverlay(t, u)
	test.Tap(button(t, d, "No"))
	if _, ok := u.Index.Event(id); !ok {
		t.Fatal("the event was rejected without asking")
	}
	if u.Window.Canvas().Focused() != u.review.table {
		t.Error("the keyboard did not come back to the review")
	}
	typeText(u, "r")
	test.Tap(button(t, topOverlay(t, u), "Yes"))
	if _, ok := u.Index.Event(id); ok {
		t.Fatal("the event was not rejected once confirmed")
	}
	if list, _ := store.NotesOf(context.Background(), id); len(list) != 1 {
		t.Error("the rejected event's note left the store")
	}
}

// TestRemoveEventKeepsTheDocumentValid: the links other events have to a
// removed event go with it, and undo brings back the document as it was.
func TestRemoveEventKeepsTheDocumentValid(t *testing.T) {
	u := newSizedUI(t)
	before := u.Index.Doc
	var target uuid.UUID
	for _, ev := range before.Events {
		for _, r := range ev.Related {
			target = r.Event
		}
	}
	if target == uuid.Nil {
		t.Fatal("the seed has no related events")
	}
	if err := u.RemoveEvent(target); err != nil {
		t.Fatal(err)
	}
	doc := u.Index.Doc
	for _, ev := range doc.Events {
		for _, r := range ev.Related {
			if r.Event == target {
				t.Errorf("%q still relates to the removed event", ev.Title)
			}
		}
	}
	if err := doc.Validate(); err != nil {
		t.Fatal(err)
	}
	if err := u.RemoveEvent(target); err == nil {
		t.Error("removing an event twice did not fail")
	}
	u.Undo()
	if u.Index.Doc != before {
		t.Error("undo did not bring the document back")
	}
}

// Golden renders of the review after importing the seed's article, light
// and dark, at 1280×800. After a deliberate change in looks, check the
// new pictures in testdata/failed/ and copy them over.
func TestReviewGolden(t *testing.T) {
	for _, c := range []struct {
		name    string
		variant fyne.ThemeVariant
	}{
		{"review-light-1280.png", theme.VariantLight},
		{"review-dark-1280.png", theme.VariantDark},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := test.NewTempApp(t)
			a.Settings().SetTheme(look.NewThemeVariant(c.variant))
			doc, _ := assets.Seed()
			u := openTestUI(t, a, doc, Options{})
			size := fyne.NewSize(1280, 800)
			u.Window.Resize(size)
			importArticle(t, u, seedArticle())
			typeText(u, "a")
			press(u, fyne.KeyDown, 0)
			typeText(u, "r")
			u.Window.Resize(size.AddWidthHeight(1, 1))
			u.Window.Resize(size)
			test.AssertRendersToImage(t, "window/"+c.name, u.Window.Canvas())
		})
	}
}

// TestReviewKeepsTheSelectedRowInView: End goes to the last row, and a
// smaller window still shows it.
func TestReviewKeepsTheSelectedRowInView(t *testing.T) {
	u := newSizedUI(t)
	importArticle(t, u, seedArticle())
	s := u.review
	inView := func() bool {
		top := float32(s.at) * s.table.rowHeight()
		off := s.table.GetScrollOffset()
		return top >= off-1 && top+s.table.rowHeight()-theme.Padding() <= off+s.table.Size().Height+1
	}
	press(u, fyne.KeyEnd, 0)
	if s.at != len(s.rows)-1 || !inView() {
		t.Fatalf("End: row %d of %d, in view %v", s.at, len(s.rows), inView())
	}
	press(u, fyne.KeyHome, 0)
	press(u, fyne.KeyPageDown, 0)
	if s.at < 2 || !inView() {
		t.Errorf("Page Down went to row %d", s.at)
	}
	press(u, fyne.KeyEnd, 0)
	u.Window.Resize(fyne.NewSize(900, 600))
	if !inView() {
		t.Error("the selected row left the view when the window shrank")
	}
}
