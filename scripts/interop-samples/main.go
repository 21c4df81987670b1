// Command interop-samples writes the exports that scripts/check-interop.sh
// opens in the real tools (TimelineJS in a browser, ical.js): the seed
// timeline, interoptest's tricky document and a synthetic one, each as
// TimelineJS JSON, TimelineJS CSV and iCalendar, and expect.json, which
// says what each tool should find in them.
//
//	go run ./scripts/interop-samples DIR
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"newsline/assets"
	"newsline/timeline"
	"newsline/timeline/interop"
	"newsline/timeline/interop/interoptest"
	"newsline/timeline/synth"
)

// An expected event: what a tool should show of it.
type expected struct {
	UID   string `json:"uid"`
	Title string `json:"title"`
	// Start and End as ical.js writes them: "2025-11-01" for a day,
	// "2026-01-06T20:00:00" for a floating time; End "" when none.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	// Display is the display date TimelineJS should show, when set.
	Display string `json:"display,omitempty"`
}

type expectations struct {
	Slides []expected `json:"slides"` // TimelineJS events (not eras)
	Eras   int        `json:"eras"`
	ICS    []expected `json:"ics"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: interop-samples DIR")
		os.Exit(2)
	}
	dir := os.Args[1]
	seed, err := assets.Seed()
	if err != nil {
		fail(err)
	}
	docs := map[string]*timeline.Document{
		"seed":   seed,
		"tricky": interoptest.Document(),
		"synth":  synth.Generate(synth.Options{Events: 300, Seed: 7}),
	}
	stamp := time.Date(2026, 1, 7, 10, 30, 0, 0, time.UTC)
	all := map[string]expectations{}
	for name, doc := range docs {
		for _, f := range interop.Formats {
			if _, err := interop.ExportFile(filepath.Join(dir, name+f.Ext()), f, doc, interop.Options{Time: stamp}); err != nil {
				fail(err)
			}
		}
		all[name] = expect(doc)
	}
	data, err := json.MarshalIndent(all, "", "  ")
	if err != nil {
		fail(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "expect.json"), data, 0o644); err != nil {
		fail(err)
	}
}

// expect works out, from the document rather than the exports, what the
// tools should find.
func expect(doc *timeline.Document) expectations {
	var e expectations
	day := func(t time.Time) string { return t.Format("2006-01-02") }
	clock := func(t time.Time) string { return t.Format("2006-01-02T15:04:05") }
	for _, ev := range doc.Events {
		d := ev.Date
		if !d.Dated() {
			continue
		}
		if ev.Lane == interop.LaneEra && d.IsPeriod() {
			e.Eras++
		} else {
			x := expected{UID: ev.ID.String(), Title: ev.Title}
			if d.IsPeriod() && len(d.Expression) >= 6 && d.Expression[:6] == "since " {
				layout := "2 January 2006"
				if d.Start.Precision == timeline.Month {
					layout = "January 2006"
				}
				x.Display = "since " + d.Start.Time.Format(layout)
			}
			e.Slides = append(e.Slides, x)
		}
		x := expected{UID: ev.ID.String(), Title: ev.Title}
		switch {
		case d.IsPeriod() && d.Start.Precision == timeline.Minute && d.End.Precision == timeline.Minute:
			x.Start, x.End = clock(d.Start.Time), clock(d.End.Time)
		case d.IsPeriod():
			last := d.End.Finish().Add(-time.Nanosecond)
			x.Start, x.End = day(d.Start.Time), day(last.AddDate(0, 0, 1))
		case d.Start.Precision == timeline.Day:
			x.Start, x.End = day(d.Start.Time), day(d.Start.Time.AddDate(0, 0, 1))
		case d.Start.Precision == timeline.Minute:
			x.Start = clock(d.Start.Time)
		default:
			continue
		}
		e.ICS = append(e.ICS, x)
	}
	return e
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "interop-samples:", err)
	os.Exit(1)
}
