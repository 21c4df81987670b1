package app

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"newsline/timeline/notes"
)

// TestExportDialogWritesTheNotes: the export dialog writes the notes in
// the background and says how many.
func TestExportDialogWritesTheNotes(t *testing.T) {
	u, store, q := newNotesUI(t, t.TempDir())
	tusk := eventByTitle(t, u, "Tusk")
	if _, err := store.Add(context.Background(), notes.EventTarget(u.Index.Doc, tusk), "Polish view #nato", nil); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	u.App.Preferences().SetString(prefExportFolder, dir)
	u.showExport()
	d := topOverlay(t, u)
	entryWithText(t, d, dir)
	entryWithText(t, d, "newsline-notes.md")
	test.Tap(button(t, d, "Export"))
	q.Drain()
	data, err := os.ReadFile(filepath.Join(dir, "newsline-notes.md"))
	if err != nil || !strings.Contains(string(data), "Polish view") {
		t.Fatalf("export: %v\n%s", err, data)
	}
	if msg := shownText(topOverlay(t, u)); !strings.Contains(msg, "Exported 1 note to "+filepath.Join(dir, "newsline-notes.md")) {
		t.Errorf("the dialog says %q", msg)
	}
}

// TestClosingWaitsForAnExport: closing the window waits for an export
// that is still being written.
func TestClosingWaitsForAnExport(t *testing.T) {
	u, store, q := newNotesUI(t, t.TempDir())
	tusk := eventByTitle(t, u, "Tusk")
	if _, err := store.Add(context.Background(), notes.EventTarget(u.Index.Doc, tusk), "Polish view", nil); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "notes.json")
	q.Hold()
	u.exportNotes(path, notes.JSON, false)
	if _, err := os.Stat(path); err == nil {
		t.Fatal("the export was written before it started")
	}
	u.Close()
	if data, err := os.ReadFile(path); err != nil || !strings.Contains(string(data), "Polish view") {
		t.Fatalf("closing did not wait for the export: %v", err)
	}
}
