package app

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsline/assets"
	"newsline/timeline"
	"newsline/timeline/notes"
)

// TestHelpDialogsFitA900x600Window: the keyboard shortcuts and the
// timeline's key, each whole, in the smallest window the README promises.
func TestHelpDialogsFitA900x600Window(t *testing.T) {
	for name, show := range map[string]func(u *UI){
		"Keyboard shortcuts": (*UI).showShortcuts,
		"Timeline key":       (*UI).showLegend,
	} {
		t.Run(name, func(t *testing.T) {
			u := newSeedUI(t)
			u.Window.Resize(fyne.NewSize(900, 600))
			show(u)
			d := topOverlay(t, u)
			if min := d.MinSize(); min.Width > 900 || min.Height > 600 {
				t.Errorf("%s needs %v, more than 900×600", name, min)
			}
			if !strings.Contains(shownText(d), name) {
				t.Errorf("the dialog is not %s", name)
			}
		})
	}
}

// TestShortcutsDialogListsEveryMenuShortcut: what the menus offer, the
// dialog explains.
func TestShortcutsDialogListsEveryMenuShortcut(t *testing.T) {
	u := newSeedUI(t)
	var keys string
	for _, s := range shortcuts {
		keys += s.keys + "\n"
	}
	for _, m := range u.Window.MainMenu().Items {
		for _, i := range m.Items {
			if i.Shortcut == nil {
				continue
			}
			var key string
			switch s := i.Shortcut.(type) {
			case *fyne.ShortcutUndo:
				key = "Ctrl+Z"
			case interface{ Key() fyne.KeyName }:
				key = string(s.Key())
				if k, ok := s.(interface{ Mod() fyne.KeyModifier }); ok && k.Mod()&fyne.KeyModifierShift != 0 {
					key = "Shift+" + key
				}
				if key == "Left" || key == "Right" {
					key = map[string]string{"Left": "Alt+←", "Right": "Alt+→"}[key]
				} else {
					key = "+" + key
				}
			}
			if !strings.Contains(keys, key) {
				t.Errorf("%s → %s (%s) is not in the shortcuts dialog", m.Label, i.Label, key)
			}
		}
	}
}

// TestEnterSubmitsJumpToDate: Ctrl+J, a date, Enter.
func TestEnterSubmitsJumpToDate(t *testing.T) {
	u := newSeedUI(t)
	u.Window.Resize(fyne.NewSize(1280, 800))
	press(u, fyne.KeyJ, ctrlMod)
	entry := entryWithHint(t, topOverlay(t, u), "2026-01-05, 2025-11 or 2026")
	if u.Window.Canvas().Focused() != fyne.Focusable(entry) {
		t.Fatal("the date field does not have the keyboard")
	}
	typeText(u, "2025-11-20\n")
	if u.Window.Canvas().Overlays().Top() != nil {
		t.Fatal("Enter did not close the dialog")
	}
	start, end := u.Timeline.Viewport()
	if day := time.Date(2025, 11, 20, 12, 0, 0, 0, time.UTC); !start.Before(day) || !end.After(day) {
		t.Fatalf("after Enter the view is %v – %v", start, end)
	}
}

// TestTagChipsSearch: a note's tags are chips; tapping one searches for it.
func TestTagChipsSearch(t *testing.T) {
	u, _, q := newNotesUI(t, t.TempDir())
	tusk := eventByTitle(t, u, "Tusk")
	u.OpenEvent(tusk.ID)
	press(u, fyne.KeyN, ctrlMod)
	typeText(u, "Poland's line #nato")
	q.Advance(autosaveDelay)
	chip := findIn(t, u.notes.panel.editors[0].tags, "tag chip", func(c *Chip) bool { return c.Text == "#nato" })
	test.Tap(chip)
	drain(u)
	if u.Search.Text != "#nato" {
		t.Fatalf("the search field holds %q", u.Search.Text)
	}
	if i, _ := u.Index.EventIndex(tusk.ID); u.results.Match == nil || !u.results.Match[i] {
		t.Fatal("the tag's search does not find the note's event")
	}
	if !strings.Contains(cardText(u.Card), "#nato") {
		t.Error("the card does not show the search results")
	}
}

// TestNoteGrowsWithItsText: from two lines, one line per line typed, up
// to maxNoteRows.
func TestNoteGrowsWithItsText(t *testing.T) {
	u, _, _ := newNotesUI(t, t.TempDir())
	u.OpenEvent(eventByTitle(t, u, "Tusk").ID)
	press(u, fyne.KeyN, ctrlMod)
	e := lastEditor(u.notes.panel).entry
	frame(u)
	h0 := e.MinSize().Height
	typeText(u, "one\ntwo\nthree\nfour")
	frame(u)
	if e.rows != 4 || e.MinSize().Height <= h0 {
		t.Errorf("four lines show in %d rows, %v high (empty: %v)", e.rows, e.MinSize().Height, h0)
	}
	typeText(u, strings.Repeat("\nmore", 20))
	if e.rows != maxNoteRows {
		t.Errorf("a long note shows %d rows, want %d and a scroll", e.rows, maxNoteRows)
	}
	// A long line wraps: it takes more than one row.
	lines := wrappedLines(strings.Repeat("word ", 60), 200, func(s string) float32 { return float32(len(s)) * 7 })
	if lines < 5 {
		t.Errorf("300 characters at 200 px wrap to %d lines", lines)
	}
}

// TestQuitOffersToSaveAnUnsavedDocument: Ctrl+Q with an edit unsaved asks.
func TestQuitOffersToSaveAnUnsavedDocument(t *testing.T) {
	a := test.NewTempApp(t)
	store, err := notes.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	doc, _ := assets.Seed()
	u := openTestUI(t, a, doc, Options{Notes: store})
	ev := *eventByTitle(t, u, "Tusk")
	ev.Title = "Tusk, edited"
	if err := u.ReplaceEvent(ev); err != nil {
		t.Fatal(err)
	}
	closed := false
	u.Window.SetOnClosed(func() { closed = true })
	press(u, fyne.KeyQ, ctrlMod)
	if closed {
		t.Fatal("Ctrl+Q closed the window without offering to save the edit")
	}
	d := topOverlay(t, u)
	if !strings.Contains(shownText(d), "not saved") {
		t.Fatalf("Ctrl+Q shows %q", shownText(d))
	}
	test.Tap(findIn(t, d, "Don't save", func(b *widget.Button) bool { return b.Text == "Don't save" }))
	if !closed {
		t.Fatal("Don't save did not quit")
	}
}

// TestKeysStayInADialog: with a dialog up, keys do not reach the window
// behind it; Esc closes the help.
func TestKeysStayInADialog(t *testing.T) {
	u := newSeedUI(t)
	tusk := eventByTitle(t, u, "Tusk")
	u.OpenEvent(tusk.ID)
	u.showShortcuts()
	u.Window.Canvas().Unfocus()
	press(u, fyne.KeyRight, 0)
	typeText(u, "0")
	if u.Card.Showing() != tusk.ID {
		t.Fatal("→ behind the dialog moved the selection")
	}
	press(u, fyne.KeyEscape, 0)
	if u.Window.Canvas().Overlays().Top() != nil {
		t.Fatal("Esc did not close the shortcuts")
	}
	if u.Card.Showing() != tusk.ID {
		t.Fatal("Esc closing the dialog also cleared the selection")
	}
}

// TestToolbarButtonsExplainThemselves: the pointer resting on a toolbar
// button shows what it does, below it; leaving hides it.
func TestToolbarButtonsExplainThemselves(t *testing.T) {
	u := newSeedUI(t)
	u.Window.Resize(fyne.NewSize(1280, 800))
	q := queueOf(u)
	u.back.MouseIn(&desktop.MouseEvent{})
	if u.tips.panel.Visible() {
		t.Fatal("the tip shows at once")
	}
	q.Advance(tipDelay)
	if !u.tips.panel.Visible() || u.tips.text.Text != "Back (Alt+←)" {
		t.Fatalf("after a rest on Back the tip shows %v %q", u.tips.panel.Visible(), u.tips.text.Text)
	}
	if y := u.tips.panel.Position().Y; y < u.back.Size().Height {
		t.Errorf("the tip at y=%v covers the button", y)
	}
	u.back.MouseOut()
	if u.tips.panel.Visible() {
		t.Fatal("the tip stays after the pointer left")
	}
}

// TestToolbarFitsANarrowWindow: at 900 px with notes on and lanes hidden
// every button is inside the window; at 1280 px they keep their text.
func TestToolbarFitsANarrowWindow(t *testing.T) {
	u, _, _ := newNotesUI(t, t.TempDir())
	u.SetLaneHidden(timeline.LaneContext, true)
	u.SetLaneHidden(timeline.LaneSecurity, true)
	for _, w := range []float32{900, 1280} {
		u.Window.Resize(fyne.NewSize(w, 600))
		frame(u)
		var last fyne.CanvasObject
		visitAll(u.Window.Canvas().Content(), func(o fyne.CanvasObject) {
			if b, ok := o.(*toolButton); ok && b.Visible() {
				last = b
			}
		})
		d := fyne.CurrentApp().Driver()
		if right := d.AbsolutePositionForObject(last).X + last.Size().Width; right > w {
			t.Errorf("at %v px the last toolbar button ends at %v", w, right)
		}
		if min := u.Window.Content().MinSize().Width; min > 900 {
			t.Errorf("the window needs %v px", min)
		}
		if w == 1280 && u.laneButton.Text != "Lanes (2 hidden)" {
			t.Errorf("at 1280 px the lanes button says %q", u.laneButton.Text)
		}
		if w == 900 && u.Search.Size().Width < minSearchWidth {
			t.Errorf("at 900 px the search field is %v px wide (toolbar needs %v; lanes %q)", u.Search.Size().Width, u.Window.Content().MinSize(), u.laneButton.Text)
		}
	}
}
