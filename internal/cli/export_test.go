package cli

import (
	"bytes"
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExport writes the seed in every format, by extension and by
// --format, and reads the TimelineJS files back as --doc.
func TestExport(t *testing.T) {
	dir := t.TempDir()
	data := t.TempDir()
	for _, c := range []struct {
		args  []string
		file  string
		check func(t *testing.T, b []byte)
	}{
		{[]string{"-o", "seed.json"}, "seed.json", func(t *testing.T, b []byte) {
			var tl struct {
				Events []struct {
					Text struct{ Headline string } `json:"text"`
				} `json:"events"`
			}
			if err := json.Unmarshal(b, &tl); err != nil || len(tl.Events) != 6 {
				t.Errorf("TimelineJS JSON: %v, %d events, want the 6 dated ones", err, len(tl.Events))
			}
		}},
		{[]string{"-o", "seed.csv"}, "seed.csv", func(t *testing.T, b []byte) {
			if !bytes.HasPrefix(b, []byte("Year,Month,Day,Time,End Year")) {
				t.Errorf("CSV starts %q", b[:min(len(b), 60)])
			}
		}},
		{[]string{"--format", "ics", "-o", "seed.calendar"}, "seed.calendar", func(t *testing.T, b []byte) {
			s := string(b)
			if !strings.HasPrefix(s, "BEGIN:VCALENDAR\r\n") || strings.Count(s, "BEGIN:VEVENT") != 6 {
				t.Errorf("iCalendar: %d events; starts %q", strings.Count(s, "BEGIN:VEVENT"), s[:min(len(s), 40)])
			}
		}},
		{[]string{"--theme", "dark", "-o", "seed.svg"}, "seed.svg", func(t *testing.T, b []byte) {
			if !bytes.Contains(b, []byte("<svg")) || !bytes.Contains(b, []byte(">Tusk on NATO</text>")) {
				t.Error("the SVG has no timeline with Tusk's label as text")
			}
		}},
		{[]string{"--size", "900x300", "--all", "-o", "seed.png"}, "seed.png", func(t *testing.T, b []byte) {
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil || img.Bounds().Dx() != 900 || img.Bounds().Dy() != 300 {
				t.Errorf("PNG: %v, %v", err, img)
			}
		}},
	} {
		args := append([]string{"export"}, c.args...)
		for i, a := range args {
			if a == c.file {
				args[i] = filepath.Join(dir, a)
			}
		}
		status, _, errOut := newslineRun(t, data, "", args...)
		if status != 0 {
			t.Errorf("%v: status %d: %s", c.args, status, errOut)
			continue
		}
		b, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil {
			t.Fatal(err)
		}
		c.check(t, b)
	}
	// TimelineJS files open as documents.
	for _, f := range []string{"seed.json", "seed.csv"} {
		status, out, errOut := newslineRun(t, data, "", "--doc", filepath.Join(dir, f), "events", "--json")
		if status != 0 || strings.Count(out, `"id"`) != 6 {
			t.Errorf("events of the exported %s: status %d, %d events; %s", f, status, strings.Count(out, `"id"`), errOut)
		}
	}
}

func TestExportErrors(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"export", "-o", filepath.Join(dir, "seed.docx")}, `format "docx": the formats are timelinejs, csv, ics, svg, png`},
		{[]string{"export", "-o", filepath.Join(dir, "seed")}, "no extension to tell the format by"},
		{[]string{"export"}, "-o FILE is required"},
		{[]string{"notes", "export", "-o", filepath.Join(dir, "notes.txt")}, "the extension does not say the format; give --format md, json, csv or html"},
		{[]string{"--doc", filepath.Join(dir, "missing.json"), "events"}, "missing.json"},
	} {
		status, _, errOut := newslineRun(t, t.TempDir(), "", c.args...)
		if status == 0 || !strings.Contains(errOut, c.want) {
			t.Errorf("%v: status %d, stderr %q; want it to say %q", c.args, status, errOut, c.want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "notes.txt")); err == nil {
		t.Error("notes export wrote notes.txt in a guessed format")
	}
}
