package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsline/timeline"
)

type (
	fyneLabel       = widget.Label
	fyneRichText    = widget.RichText
	fyneHyperlink   = widget.Hyperlink
	desktopShortcut = desktop.CustomShortcut
)

// openTestUI builds a window on a, with a QueueRunner unless opts has a
// runner, and drains it: the search index is built and the notes read.
// The test's end waits for background work still running.
func openTestUI(t testing.TB, a fyne.App, doc *timeline.Document, opts Options) *UI {
	t.Helper()
	if opts.Runner == nil {
		opts.Runner = NewQueueRunner()
	}
	u := New(a, doc, opts)
	drain(u)
	t.Cleanup(func() { u.run.Wait(closeWait) })
	return u
}

// queueOf returns the QueueRunner of a window built by openTestUI.
func queueOf(u *UI) *QueueRunner { return u.run.(*QueueRunner) }

// drain lets the window's background work finish and applies its results.
func drain(u *UI) { queueOf(u).Drain() }

// visitAll calls visit for o and everything inside it: containers'
// objects and widgets' parts (through their renderers).
func visitAll(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	visit(o)
	switch w := o.(type) {
	case *fyne.Container:
		for _, c := range w.Objects {
			visitAll(c, visit)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(w).Objects() {
			visitAll(c, visit)
		}
	}
}

// topOverlay returns the dialog or pop-up on top of the window.
func topOverlay(t testing.TB, u *UI) fyne.CanvasObject {
	t.Helper()
	o := u.Window.Canvas().Overlays().Top()
	if o == nil {
		t.Fatal("no dialog is open")
	}
	return o
}

// findIn returns the first object of type T inside root that ok accepts.
func findIn[T fyne.CanvasObject](t testing.TB, root fyne.CanvasObject, what string, ok func(T) bool) T {
	t.Helper()
	var found T
	done := false
	visitAll(root, func(o fyne.CanvasObject) {
		if w, is := o.(T); is && !done && ok(w) {
			found, done = w, true
		}
	})
	if !done {
		t.Fatalf("no %s", what)
	}
	return found
}

// entryWithText finds the entry showing text.
func entryWithText(t testing.TB, root fyne.CanvasObject, text string) *widget.Entry {
	t.Helper()
	return findIn(t, root, "entry showing "+text, func(e *widget.Entry) bool { return e.Text == text })
}

// entryWithHint finds the entry whose placeholder is hint.
func entryWithHint(t testing.TB, root fyne.CanvasObject, hint string) *widget.Entry {
	t.Helper()
	return findIn(t, root, "entry with placeholder "+hint, func(e *widget.Entry) bool { return e.PlaceHolder == hint })
}

// button finds the button labelled text: Fyne's, or a card's.
func button(t testing.TB, root fyne.CanvasObject, text string) fyne.Tappable {
	t.Helper()
	var found fyne.Tappable
	visitAll(root, func(o fyne.CanvasObject) {
		switch b := o.(type) {
		case *widget.Button:
			if b.Text == text && found == nil {
				found = b
			}
		case *cardButton:
			if b.Text == text && found == nil {
				found = b
			}
		}
	})
	if found == nil {
		t.Fatalf("no button %s", text)
	}
	return found
}

// shownText gathers the texts of the labels and rich texts inside root.
func shownText(root fyne.CanvasObject) string {
	var b strings.Builder
	visitAll(root, func(o fyne.CanvasObject) {
		switch w := o.(type) {
		case *widget.Label:
			b.WriteString(w.Text + "\n")
		case *widget.RichText:
			b.WriteString(w.String() + "\n")
		case *cardLink:
			b.WriteString(w.Text + "\n")
		}
	})
	return b.String()
}
