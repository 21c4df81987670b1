package app

import (
	"bytes"
	"encoding/xml"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"newsline/assets"
	"newsline/timeline/interop"
)

// TestOpenTimelineJS: File → Open (and a file dropped on the window)
// opens a TimelineJS file by its content, as a document Save writes
// elsewhere; anything else is refused, the document left as it was.
func TestOpenTimelineJS(t *testing.T) {
	dir := t.TempDir()
	seed, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	tljs := filepath.Join(dir, "seed.json") // TimelineJS, despite Newsline's extension
	if _, err := interop.ExportFile(tljs, interop.TimelineJS, seed, interop.Options{}); err != nil {
		t.Fatal(err)
	}
	sheet := filepath.Join(dir, "sheet.csv")
	if _, err := interop.ExportFile(sheet, interop.TimelineCSV, seed, interop.Options{}); err != nil {
		t.Fatal(err)
	}
	junk := filepath.Join(dir, "notes.json")
	os.WriteFile(junk, []byte(`{"hello": "world"}`), 0o644)

	u := newSeedUI(t)
	u.openFile(tljs)
	drain(u)
	if got := len(u.Index.Doc.Events); got != 6 {
		t.Fatalf("the TimelineJS file opened with %d events, want its 6", got)
	}
	if u.doc.path != "" {
		t.Errorf("a TimelineJS file would be saved over: path %q", u.doc.path)
	}
	if r := u.recent(); len(r) == 0 || r[0] != tljs {
		t.Errorf("Open Recent lists %v, want %s first", r, tljs)
	}

	opened := u.Index.Doc
	u.dropped(fyne.Position{}, []fyne.URI{storage.NewFileURI(sheet)})
	drain(u)
	if u.Index.Doc == opened || len(u.Index.Doc.Events) != 6 {
		t.Errorf("dropping the spreadsheet did not open it (%d events)", len(u.Index.Doc.Events))
	}
	if r := u.recent(); len(r) < 2 || r[0] != sheet || r[1] != tljs {
		t.Errorf("Open Recent lists %v, want the spreadsheet, then the JSON", r)
	}

	before := u.Index.Doc
	u.openFile(junk)
	drain(u)
	if u.Index.Doc != before {
		t.Error("a file that is no timeline replaced the document")
	}
}

// TestExportTimeline: File → Export Timeline… writes each format.
func TestExportTimeline(t *testing.T) {
	dir := t.TempDir()
	u := newSeedUI(t)
	u.Window.Resize(fyne.NewSize(1280, 800))
	for _, f := range timelineFormats {
		path := filepath.Join(dir, "seed"+f.ext)
		u.exportTimeline(path, f)
		drain(u)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Errorf("%s: %v", f.name, err)
			continue
		}
		switch f.ext {
		case ".ics":
			if !bytes.Contains(b, []byte("BEGIN:VEVENT")) {
				t.Errorf("%s: no event in the calendar", f.name)
			}
		case ".svg":
			if err := xml.Unmarshal(b, new(struct{})); err != nil || !bytes.Contains(b, []byte("Tusk on NATO")) {
				t.Errorf("%s: %v; or no label", f.name, err)
			}
		case ".png":
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil || img.Bounds().Dx() < 1000 {
				t.Errorf("%s: %v, %v", f.name, err, img.Bounds())
			}
		}
	}
}
