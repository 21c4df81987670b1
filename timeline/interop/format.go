package interop

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"newsline/timeline"
)

// A Format is an exchange format a document is exported to.
type Format string

const (
	TimelineJS  Format = "timelinejs" // TimelineJS JSON, .json
	TimelineCSV Format = "csv"        // TimelineJS's spreadsheet as CSV, .csv
	ICalendar   Format = "ics"        // iCalendar, .ics
)

// Formats lists the exchange formats in the order a dialog offers them.
var Formats = []Format{TimelineJS, TimelineCSV, ICalendar}

// Name names the format for people.
func (f Format) Name() string {
	switch f {
	case TimelineJS:
		return "TimelineJS (JSON)"
	case TimelineCSV:
		return "TimelineJS spreadsheet (CSV)"
	case ICalendar:
		return "Calendar (iCalendar .ics)"
	}
	return string(f)
}

// Ext returns the format's file extension, with its dot.
func (f Format) Ext() string {
	switch f {
	case TimelineJS:
		return ".json"
	case TimelineCSV:
		return ".csv"
	case ICalendar:
		return ".ics"
	}
	return ""
}

// ParseFormat reads a format's name as the command line takes it, case
// ignored: "timelinejs" (or "tljs"), "csv", "ics" (or "ical",
// "icalendar").
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimPrefix(s, ".")) {
	case "timelinejs", "tljs":
		return TimelineJS, nil
	case "csv":
		return TimelineCSV, nil
	case "ics", "ical", "icalendar":
		return ICalendar, nil
	}
	return "", fmt.Errorf("unknown format %q: want timelinejs, csv or ics", s)
}

// FormatOf infers the format from a file name: .json is TimelineJS, .csv
// the spreadsheet, .ics (or .ical) iCalendar.
func FormatOf(path string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return TimelineJS, true
	case ".csv":
		return TimelineCSV, true
	case ".ics", ".ical":
		return ICalendar, true
	}
	return "", false
}

// Options tune an export.
type Options struct {
	// Time is the export time: iCalendar's DTSTAMP. Zero means now.
	Time time.Time
}

// A Report says what an export wrote and left out, or what an import did
// not keep, for the caller's message.
type Report struct {
	Kind    Kind // what Open found the file to be
	Events  int  // events written (eras and periods included) or read
	Undated int  // undated events, which an export leaves out
	// Coarse counts the events left out of a calendar because they are
	// dated only to a month or a year, which a calendar cannot show.
	Coarse int
	// Notices say what an import did not keep or changed, each with its
	// place in the file: "media of 3 slides not kept, first events[2]".
	Notices []string
}

// String sums the report up in a sentence: "12 events; left out: 3
// undated, 2 dated only to a month or year".
func (r *Report) String() string {
	s := fmt.Sprintf("%d event%s", r.Events, plural(r.Events))
	var out []string
	if r.Undated > 0 {
		out = append(out, fmt.Sprintf("%d undated", r.Undated))
	}
	if r.Coarse > 0 {
		out = append(out, fmt.Sprintf("%d dated only to a month or year", r.Coarse))
	}
	if len(out) > 0 {
		s += "; left out: " + strings.Join(out, ", ")
	}
	for _, n := range r.Notices {
		s += "; " + n
	}
	return s
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// Export writes doc to w in format f.
func Export(w io.Writer, f Format, doc *timeline.Document, opt Options) (*Report, error) {
	switch f {
	case TimelineJS:
		return WriteTimelineJS(w, doc)
	case TimelineCSV:
		return WriteTimelineCSV(w, doc)
	case ICalendar:
		return WriteICS(w, doc, opt)
	}
	return nil, fmt.Errorf("unknown format %q: want timelinejs, csv or ics", f)
}

// ExportFile writes doc to the file at path atomically: path holds either
// what it held before or the whole export, never a part.
func ExportFile(path string, f Format, doc *timeline.Document, opt Options) (*Report, error) {
	var buf bytes.Buffer
	r, err := Export(&buf, f, doc, opt)
	if err != nil {
		return nil, fmt.Errorf("export %s: %w", path, err)
	}
	if err := timeline.WriteFileAtomic(path, buf.Bytes(), 0o644); err != nil {
		return nil, fmt.Errorf("export %s: %w", path, err)
	}
	return r, nil
}
