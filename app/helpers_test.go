package app

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
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
