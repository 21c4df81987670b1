package interop

import (
	"bytes"
	"errors"
	"fmt"
	"testing"
	"time"

	"newsline/assets"
	"newsline/timeline"
	"newsline/timeline/interop/interoptest"
	"newsline/timeline/synth"
)

var exportTime = time.Date(2026, 1, 7, 10, 30, 0, 0, time.UTC)

// testDocs are the documents every format is tried on.
func testDocs(t testing.TB) map[string]*timeline.Document {
	t.Helper()
	seed, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*timeline.Document{
		"seed":   seed,
		"tricky": interoptest.Document(),
		"synth":  synth.Generate(synth.Options{Events: 400, Seed: 3}),
	}
}

// read reads data in format f.
func read(f Format, data []byte) (*timeline.Document, *Report, error) {
	if f == TimelineCSV {
		return ReadTimelineCSV(data, "test")
	}
	return ReadTimelineJS(data, "test")
}

func export(t *testing.T, f Format, doc *timeline.Document) ([]byte, *Report) {
	t.Helper()
	var buf bytes.Buffer
	r, err := Export(&buf, f, doc, Options{Time: exportTime})
	if err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), r
}

// TestRoundTrip exports documents as TimelineJS JSON and CSV and reads
// them back: every dated event comes back with its ID, title, dates at
// their precision, lane and approximateness; periods stay periods; the
// undated are counted; and a second round changes nothing more.
func TestRoundTrip(t *testing.T) {
	for name, doc := range testDocs(t) {
		for _, f := range []Format{TimelineJS, TimelineCSV} {
			t.Run(name+"/"+string(f), func(t *testing.T) {
				data, rep := export(t, f, doc)
				got, back, err := read(f, data)
				if err != nil {
					t.Fatalf("reading the export back: %v", err)
				}
				if err := got.Validate(); err != nil {
					t.Fatal(err)
				}
				saved, err := timeline.Format(got)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := timeline.Parse(saved); err != nil {
					t.Fatalf("the imported document does not load once saved: %v", err)
				}
				if got.ID != doc.ID || got.Title != doc.Title {
					t.Errorf("document %s %q, want %s %q", got.ID, got.Title, doc.ID, doc.Title)
				}
				byID := map[string]*timeline.Event{}
				for i := range got.Events {
					byID[got.Events[i].ID.String()] = &got.Events[i]
				}
				dated := 0
				for i := range doc.Events {
					want := &doc.Events[i]
					if !want.Date.Dated() {
						continue
					}
					dated++
					ev := byID[want.ID.String()]
					if ev == nil {
						t.Errorf("event %s %q did not come back", want.ID, want.Title)
						continue
					}
					if ev.Title != want.Title {
						t.Errorf("title %q, want %q", ev.Title, want.Title)
					}
					if ev.Date.Start != want.Date.Start || ev.Date.End != want.Date.End {
						t.Errorf("%q: date %s – %s, want %s – %s", want.Title, ev.Date.Start, ev.Date.End, want.Date.Start, want.Date.End)
					}
					if ev.Date.Approximate != want.Date.Approximate {
						t.Errorf("%q: approximate %v, want %v", want.Title, ev.Date.Approximate, want.Date.Approximate)
					}
					if ev.Lane != want.Lane {
						t.Errorf("%q: lane %s, want %s", want.Title, ev.Lane, want.Lane)
					}
					if want.Summary != "" && ev.Summary == "" {
						t.Errorf("%q: the summary is lost", want.Title)
					}
				}
				if len(got.Events) != dated || rep.Events != dated || back.Events != dated {
					t.Errorf("%d events read, report says %d written and %d read; want %d", len(got.Events), rep.Events, back.Events, dated)
				}
				if rep.Undated != len(doc.Events)-dated {
					t.Errorf("report: %d undated, want %d", rep.Undated, len(doc.Events)-dated)
				}
				if len(back.Notices) > 0 {
					t.Errorf("notices on reading Newsline's own export: %q", back.Notices)
				}
				// A second round is a fixed point.
				second, _ := export(t, f, got)
				again, _, err := read(f, second)
				if err != nil {
					t.Fatal(err)
				}
				if third, _ := export(t, f, again); !bytes.Equal(second, third) {
					t.Errorf("a second round changed the export:\n%s", firstDiff(second, third))
				}
			})
		}
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-80)
	return fmt.Sprintf("…%s\nvs\n…%s", a[lo:min(len(a), i+80)], b[lo:min(len(b), i+80)])
}

// TestReadTwiceSameIDs: IDs derived from a file's content are stable, so
// notes written on an imported timeline stay on it when it is imported
// again.
func TestReadTwiceSameIDs(t *testing.T) {
	data := []byte(`{"title": {"text": {"headline": "T"}}, "events": [
		{"start_date": {"year": 2020}, "text": {"headline": "A"}},
		{"start_date": {"year": 2021}, "text": {"headline": "B"}, "unique_id": "b-slug"}]}`)
	a, _, err := ReadTimelineJS(data, "x")
	if err != nil {
		t.Fatal(err)
	}
	b, _, err := ReadTimelineJS(data, "x")
	if err != nil {
		t.Fatal(err)
	}
	for i := range a.Events {
		if a.Events[i].ID != b.Events[i].ID {
			t.Errorf("event %d: %s then %s", i, a.Events[i].ID, b.Events[i].ID)
		}
	}
	if a.ID != b.ID {
		t.Errorf("document %s then %s", a.ID, b.ID)
	}
}

func TestNothingDated(t *testing.T) {
	doc := interoptest.Document()
	for i := range doc.Events {
		doc.Events[i].Date = timeline.Date{}
	}
	for _, f := range []Format{TimelineJS, TimelineCSV} {
		if _, err := Export(&bytes.Buffer{}, f, doc, Options{}); !errors.Is(err, errNothingDated) {
			t.Errorf("%s: %v, want errNothingDated", f, err)
		}
	}
	r, err := Export(&bytes.Buffer{}, ICalendar, doc, Options{})
	if err != nil || r.Events != 0 || r.Undated != len(doc.Events) {
		t.Errorf("ics of undated events: %+v, %v", r, err)
	}
}
