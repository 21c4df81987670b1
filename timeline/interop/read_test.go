package interop

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/uuid"

	"newsline/timeline"
)

// TestReadTimelineJS reads small TimelineJS files and checks what each
// part of them becomes.
func TestReadTimelineJS(t *testing.T) {
	const id = "0194b2c4-1111-7000-8000-000000000001"
	tests := []struct {
		name string
		json string
		// check looks at the first event (or the document).
		check func(t *testing.T, doc *timeline.Document, r *Report)
	}{
		{"a year alone is year precision", `{"events": [{"start_date": {"year": 1989}, "text": {"headline": "Wall"}}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				wantDate(t, doc.Events[0].Date, timeline.YearPoint(1989), timeline.Point{})
			}},
		{"month, day and minute precision; strings and 2026.0 as numbers", `{"events": [
			{"start_date": {"year": "2025", "month": "11"}, "text": {"headline": "a"}},
			{"start_date": {"year": 2026, "month": 1, "day": " 3 "}, "text": {"headline": "b"}},
			{"start_date": {"year": 2026.0, "month": 1, "day": 6, "hour": 20, "minute": 5, "second": 30}, "text": {"headline": "c"}}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				wantDate(t, doc.Events[0].Date, timeline.MonthPoint(2025, 11), timeline.Point{})
				wantDate(t, doc.Events[1].Date, timeline.DayPoint(2026, 1, 3), timeline.Point{})
				wantDate(t, doc.Events[2].Date, timeline.MinutePoint(2026, 1, 6, 20, 5), timeline.Point{})
				wantNotice(t, r, "events[2].start_date: seconds dropped")
			}},
		{"an end date makes a period; an end equal to the start does not", `{"events": [
			{"start_date": {"year": 2025, "month": 11}, "end_date": {"year": 2026, "month": 1, "day": 6}, "display_date": "since November 2025", "text": {"headline": "p"}},
			{"start_date": {"year": 2025, "month": 3}, "end_date": {"year": 2025, "month": 3}, "text": {"headline": "q"}}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				wantDate(t, doc.Events[0].Date, timeline.MonthPoint(2025, 11), timeline.DayPoint(2026, 1, 6))
				if e := doc.Events[0].Date.Expression; e != "since November 2025" {
					t.Errorf("expression %q", e)
				}
				wantDate(t, doc.Events[1].Date, timeline.MonthPoint(2025, 3), timeline.Point{})
			}},
		{"groups become lanes; no group is ungrouped; a group without Latin letters is numbered", `{"events": [
			{"start_date": {"year": 2020}, "text": {"headline": "a"}, "group": " Human  Rights "},
			{"start_date": {"year": 2020}, "text": {"headline": "b"}, "group": "Économie"},
			{"start_date": {"year": 2020}, "text": {"headline": "c"}},
			{"start_date": {"year": 2020}, "text": {"headline": "d"}, "group": "Україна"},
			{"start_date": {"year": 2020}, "text": {"headline": "e"}, "group": "DIPLOMACY"}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				want := []timeline.Lane{"human-rights", "economie", LaneUngrouped, "group-a", timeline.LaneDiplomacy}
				for i, l := range want {
					if doc.Events[i].Lane != l {
						t.Errorf("event %d: lane %q, want %q", i, doc.Events[i].Lane, l)
					}
				}
				wantNotice(t, r, `events[3].group: group "Україна" became lane group-a`)
			}},
		{"eras become periods in lane era", `{"events": [{"start_date": {"year": 2020}, "text": {"headline": "a"}}],
			"eras": [{"start_date": {"year": 2019}, "end_date": {"year": 2021, "month": 6}, "text": {"headline": "The era"}}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				era := doc.Events[1]
				if era.Lane != LaneEra || era.Title != "The era" {
					t.Errorf("era %+v", era)
				}
				wantDate(t, era.Date, timeline.YearPoint(2019), timeline.MonthPoint(2021, 6))
			}},
		{"HTML is reduced to text; scripts and styles are dropped", `{"title": {"text": {"headline": "<b>My</b> &amp; timeline"}}, "events": [{"start_date": {"year": 2020},
			"text": {"headline": "<script>alert(1)</script>Big <i>news</i>", "text": "<p>One&nbsp;<a href='javascript:x'>link</a></p><style>p{}</style><p>Two<br>three</p><img src=x onerror=alert(1)>"}}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				ev := doc.Events[0]
				if doc.Title != "My & timeline" || ev.Title != "Big news" || ev.Summary != "One link\nTwo\nthree" {
					t.Errorf("title %q, event %q, summary %q", doc.Title, ev.Title, ev.Summary)
				}
			}},
		{"unique_id: a UUID is kept, anything else derives one; a repeat gets its own", `{"events": [
			{"start_date": {"year": 2020}, "text": {"headline": "a"}, "unique_id": "` + strings.ToUpper(id) + `"},
			{"start_date": {"year": 2020}, "text": {"headline": "b"}, "unique_id": "slug"},
			{"start_date": {"year": 2020}, "text": {"headline": "c"}, "unique_id": "slug"},
			{"start_date": {"year": 2020}, "text": {"headline": "d"}, "unique_id": 7}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				if doc.Events[0].ID != uuid.MustParse(id) {
					t.Errorf("ID %s, want %s", doc.Events[0].ID, id)
				}
				if doc.Events[1].ID == doc.Events[2].ID {
					t.Error("a repeated unique_id gave two events one ID")
				}
				wantNotice(t, r, "events[2].unique_id: unique_id repeats events[1].unique_id")
			}},
		{"no start date: undated, noted", `{"events": [{"text": {"headline": "When?"}}, {"start_date": {"year": 2020}, "text": {"headline": "x"}}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				if doc.Events[0].Date.Dated() {
					t.Errorf("date %v", doc.Events[0].Date)
				}
				wantNotice(t, r, "events[0]: no start_date: imported as undated")
			}},
		{"display dates: approximate, and the slide's over the date's", `{"events": [
			{"start_date": {"year": 2025, "month": 12, "display_date": "early December"}, "text": {"headline": "a"}},
			{"start_date": {"year": 2025, "month": 12}, "display_date": "c. December 2025", "text": {"headline": "b"}}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				if d := doc.Events[0].Date; d.Expression != "early December" || d.Approximate {
					t.Errorf("event 0: %+v", d)
				}
				if d := doc.Events[1].Date; d.Expression != "c. December 2025" || !d.Approximate {
					t.Errorf("event 1: %+v", d)
				}
			}},
		{"media and backgrounds are noted, not kept", `{"events": [
			{"start_date": {"year": 2020}, "text": {"headline": "a"}, "media": {"url": "https://example.org/a.jpg", "caption": "c"}, "background": {"color": "#f00"}},
			{"start_date": {"year": 2020}, "text": {"headline": "b"}, "media": {"url": "https://example.org/b.jpg"}}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				wantNotice(t, r, "events[0].media: media not kept (Newsline keeps no pictures or video) (and 1 more like it)")
				wantNotice(t, r, "events[0].background: background not kept")
			}},
		{"no headline: the text's first line, else a placeholder; no title: the file's name", `{"events": [
			{"start_date": {"year": 2020}, "text": {"text": "First line<br>second"}},
			{"start_date": {"year": 2021}}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				if doc.Events[0].Title != "First line" || doc.Events[1].Title != "Untitled event" || doc.Title != "name" {
					t.Errorf("titles %q, %q, document %q", doc.Events[0].Title, doc.Events[1].Title, doc.Title)
				}
			}},
		{"the article holds every slide's text, and events point into it", `{"title": {"text": {"headline": "T", "text": "Intro"}}, "events": [
			{"start_date": {"year": 2020}, "text": {"headline": "Head", "text": "Body"}}]}`,
			func(t *testing.T, doc *timeline.Document, r *Report) {
				a := doc.Articles[0]
				if a.Text != "Intro\nHead\nBody\n\n" {
					t.Errorf("article %q", a.Text)
				}
				ev := doc.Events[0]
				if len(ev.Evidence) != 2 || ev.Evidence[0].Text != "Head" || ev.Evidence[1].Text != "Body" {
					t.Errorf("evidence %+v", ev.Evidence)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, r, err := ReadTimelineJS([]byte(tt.json), "name")
			if err != nil {
				t.Fatal(err)
			}
			if err := doc.Validate(); err != nil {
				t.Fatal(err)
			}
			tt.check(t, doc, r)
		})
	}
}

func wantDate(t *testing.T, d timeline.Date, start, end timeline.Point) {
	t.Helper()
	if d.Start != start || d.End != end {
		t.Errorf("date %s – %s (%s), want %s – %s", d.Start, d.End, d.Start.Precision, start, end)
	}
}

func wantNotice(t *testing.T, r *Report, prefix string) {
	t.Helper()
	for _, n := range r.Notices {
		if strings.HasPrefix(n, prefix) {
			return
		}
	}
	t.Errorf("no notice %q in %q", prefix, r.Notices)
}

// TestReadErrors: bad input gives an error naming the place, never a
// panic or a document.
func TestReadErrors(t *testing.T) {
	ev := func(date string) string {
		return `{"events": [{"text": {"headline": "ok"}, "start_date": {"year": 2020}}, {"text": {"headline": "x"}, ` + date + `}]}`
	}
	tests := []struct {
		name, input, want string
		csv               bool
	}{
		{"not JSON", "hello", "line 1, column 1: malformed JSON", false},
		{"truncated", `{"events": [{"start_date": {"year": 20`, "truncated", false},
		{"an array", `[1, 2]`, "unexpected JSON array", false},
		{"no events", `{"title": {"text": {"headline": "x"}}}`, "events: none", false},
		{"events not an array", `{"events": {"a": 1}}`, "line 1, column 12: events: unexpected JSON object", false},
		{"year 0", ev(`"start_date": {"year": 0}`), "events[1].start_date.year: 0 is outside the years Newsline reads (1 to 9999)", false},
		{"year 100000", ev(`"start_date": {"year": 100000}`), "events[1].start_date.year: 100000 is outside", false},
		{"negative year", ev(`"start_date": {"year": -500}`), "events[1].start_date.year: -500 is outside", false},
		{"no year", ev(`"start_date": {"month": 3}`), "events[1].start_date.year: missing", false},
		{"a word for a year", ev(`"start_date": {"year": "soon"}`), `events[1].start_date.year: "soon" is not a whole number`, false},
		{"a fraction", ev(`"start_date": {"year": 2020.5}`), "events[1].start_date.year: 2020.5 is not a whole number", false},
		{"month 13", ev(`"start_date": {"year": 2020, "month": 13}`), "events[1].start_date.month: 13 is not a month", false},
		{"month 0 (counted from 0)", ev(`"start_date": {"year": 2020, "month": 0}`), "events[1].start_date.month: 0 is not a month (1 to 12; TimelineJS counts months from 1)", false},
		{"30 February", ev(`"start_date": {"year": 2020, "month": 2, "day": 30}`), "events[1].start_date.day: 30 is not a day of February 2020", false},
		{"day without month", ev(`"start_date": {"year": 2020, "day": 3}`), "events[1].start_date.day: given without a month", false},
		{"hour 24", ev(`"start_date": {"year": 2020, "month": 2, "day": 3, "hour": 24}`), "events[1].start_date.hour: 24 is not an hour", false},
		{"end before start", ev(`"start_date": {"year": 2020, "month": 5}, "end_date": {"year": 2020, "month": 4}`), "events[1].end_date: 2020-04 is before the start 2020-05", false},
		{"end without start", ev(`"end_date": {"year": 2020}`), "events[1].start_date: missing, but end_date is given", false},
		{"era without end", `{"events": [{"start_date": {"year": 2020}}], "eras": [{"start_date": {"year": 2019}}]}`, "eras[0].end_date: missing", false},
		{"text is an array", ev(`"start_date": {"year": 2020}, "display_date": ["x"]`), "events[1].display_date: expected text, found an array", false},
		{"a date is a string", ev(`"start_date": "2020-01-01"`), "events[1].start_date: unexpected JSON string", false},
		{"invalid UTF-8", "{\"events\": [{\"text\": {\"headline\": \"\xff\"}}]}", "invalid UTF-8", false},

		{"CSV: no Year column", "Date,Headline\n2020,x\n", "line 1: no Year column", true},
		{"CSV: a bare quote", "Year,Headline\n2020,ok\n2021,He said \"hi\" there\n", "line 3, column 14: malformed CSV: bare \"", true},
		{"CSV: an open quote", "Year,Headline\n2020,\"never closed\n", "malformed CSV", true},
		{"CSV: month 13", "Year,Month,Headline\n2020,1,ok\n2020,13,x\n", "line 3, column Month: 13 is not a month", true},
		{"CSV: a word for a year", "Year,Headline\n2020,ok\nsoon,x\n", `line 3, column Year: "soon" is not a whole number`, true},
		{"CSV: a bad time", "Year,Month,Day,Time,Headline\n2020,1,2,25:00,x\n", "line 2, column Time: 25 is not an hour", true},
		{"CSV: a word for a time", "Year,Month,Day,Time,Headline\n2020,1,2,noon,x\n", `line 2, column Time: "noon" is not a time of day`, true},
		{"CSV: end before start", "Year,End Year,Headline\n2020,2019,x\n", "line 2, column End Year: 2019 is before the start 2020", true},
		{"CSV: year 0", "Year,Headline\n0,x\n", "line 2, column Year: 0 is outside", true},
		{"CSV: invalid UTF-8", "Year,Headline\n2020,\xff\n", "invalid UTF-8 at byte offset 19 (line 2, column 6)", true},
		{"CSV: empty", "", "empty", true},
		{"CSV: only a header", "Year,Headline\n", "events: none", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var doc *timeline.Document
			var err error
			if tt.csv {
				doc, _, err = ReadTimelineCSV([]byte(tt.input), "x")
			} else {
				doc, _, err = ReadTimelineJS([]byte(tt.input), "x")
			}
			if err == nil || doc != nil {
				t.Fatalf("read without an error: %+v", doc)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q\nwant it to hold %q", err, tt.want)
			}
		})
	}
}

// TestReadTimelineCSV reads a spreadsheet as TimelineJS's template lays
// it out: the title row, times, eras, groups, and the apostrophe that
// keeps a formula from running.
func TestReadTimelineCSV(t *testing.T) {
	data := "\uFEFFYear,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background\r\n" +
		",,,,,,,,,My timeline,Intro,,,,,title,,\r\n" +
		"2026,1,6,8:30 PM,,,,,,Meeting,\"Text, with a comma\",https://example.org/x.jpg,,,,,Diplomacy,\r\n" +
		"2025,11,,,2026,1,6,,since November 2025,'=Talks,,,,,,,Diplomacy,\r\n" +
		",,,,,,,,,,,,,,,,,\r\n" +
		"2025,,,,2026,,,,,An era,,,,,,era,,\r\n" +
		"\"2,026\",1,7,0730,,,,,,Breakfast,,,,,,,,\r\n"
	doc, r, err := ReadTimelineCSV([]byte(data), "x")
	if err != nil {
		t.Fatal(err)
	}
	if doc.Title != "My timeline" || len(doc.Events) != 4 {
		t.Fatalf("title %q, %d events", doc.Title, len(doc.Events))
	}
	ev := doc.Events
	wantDate(t, ev[0].Date, timeline.MinutePoint(2026, 1, 6, 20, 30), timeline.Point{})
	wantDate(t, ev[1].Date, timeline.MonthPoint(2025, 11), timeline.DayPoint(2026, 1, 6))
	wantDate(t, ev[2].Date, timeline.MinutePoint(2026, 1, 7, 7, 30), timeline.Point{})
	wantDate(t, ev[3].Date, timeline.YearPoint(2025), timeline.YearPoint(2026))
	if ev[0].Summary != "Text, with a comma" || ev[0].Lane != timeline.LaneDiplomacy || ev[1].Title != "=Talks" || ev[3].Lane != LaneEra {
		t.Errorf("events %+v", ev)
	}
	wantNotice(t, r, "line 3, column Media: media not kept")
}

func TestPlainText(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain  text\n\n with   space ", "plain text\nwith space"},
		{"a &lt;b&gt; &amp; &#x1F600; &eacute;", "a <b> & 😀 é"},
		{"<p>one</p><p>two</p>", "one\ntwo"},
		{"<ul><li>a</li><li>b</li></ul>", "a\nb"},
		{"x<script>alert('<p>no</p>')</script>y", "xy"},
		{"x<style>p { color: red }</style>y", "xy"},
		{"x<template><b>no</b></template>y", "xy"},
		{"<a href=\"javascript:alert(1)\" onclick=\"x()\">link</a>", "link"},
		{"unclosed <b>bold", "unclosed bold"},
		{"<script>never closed", ""},
		{"a\x00b\x07c\u200bd\u200de", "abcd\u200de"},
		{"<<>>&&;", "<<>>&&;"},
	}
	for _, tt := range tests {
		if got := plainText(tt.in); got != tt.want {
			t.Errorf("plainText(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestOpen tells files apart by content, whatever their names.
func TestOpen(t *testing.T) {
	dir := t.TempDir()
	docs := testDocs(t)
	seed := docs["seed"]
	write := func(name string, data []byte) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	saved, err := timeline.Format(seed)
	if err != nil {
		t.Fatal(err)
	}
	tljs, _ := export(t, TimelineJS, seed)
	sheet, _ := export(t, TimelineCSV, seed)
	formatLast := []byte(`{"id": "` + seed.ID.String() + `", "title": "t", "articles": [], "entities": [], "events": [], "quotes": [], "version": 1, "format": "newsline-timeline"}`)
	tests := []struct {
		name string
		data []byte
		kind Kind
		want string // error
	}{
		{"doc.json", saved, Newsline, ""},
		{"format-last.txt", formatLast, Newsline, ""},
		{"export.txt", tljs, TimelineJSON, ""},
		{"sheet.json", sheet, TimelineSheet, ""},
		{"empty.json", nil, Unknown, "empty.json: empty: not a Newsline timeline"},
		{"blank.csv", []byte(" \n\n"), Unknown, "blank.csv: empty"},
		{"array.json", []byte("[]"), Unknown, "array.json: a JSON array: not a Newsline timeline"},
		{"other.json", []byte(`{"name": "x", "items": [1]}`), Unknown, `other.json: a JSON object without "format": "newsline-timeline" or "events"`},
		{"broken.json", []byte(`{"name": `), Unknown, "broken.json: malformed JSON"},
		{"notes.md", []byte("# Notes\n\nsome text"), Unknown, "notes.md: not a Newsline timeline, a TimelineJS JSON file or a TimelineJS spreadsheet"},
		{"image.png", []byte("\x89PNG\r\n\x1a\n\x00\x00"), Unknown, "image.png: binary data"},
		{"other.csv", []byte("a,b\n1,2\n"), Unknown, "other.csv: not a Newsline timeline"},
		{"bad-tljs.json", []byte(`{"events": [{"start_date": {"year": 0}}]}`), Unknown, "bad-tljs.json: TimelineJS timeline: events[0].start_date.year: 0 is outside"},
		{"bad-doc.json", []byte(`{"format": "newsline-timeline", "version": 1, "id": "x"}`), Unknown, "load " + filepath.Join(dir, "bad-doc.json") + ": "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(tt.name, tt.data)
			doc, r, err := Open(path)
			if tt.want != "" {
				if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), path) {
					t.Fatalf("error %v, want one naming %s and holding %q", err, path, tt.want)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if r.Kind != tt.kind || doc.Validate() != nil {
				t.Errorf("kind %s, want %s", r.Kind, tt.kind)
			}
		})
	}
	if _, _, err := Open(dir); err == nil || !strings.Contains(err.Error(), "a folder") {
		t.Errorf("opening a folder: %v", err)
	}
	if _, _, err := Open(filepath.Join(dir, "missing.json")); !os.IsNotExist(unwrapAll(err)) {
		t.Errorf("opening a missing file: %v", err)
	}
}

func unwrapAll(err error) error {
	for {
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return err
		}
		err = u.Unwrap()
	}
}

// TestOpenHuge: a 100 MB TimelineJS file is refused with a message, not
// read into memory.
func TestOpenHuge(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.json")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	head := `{"events": [` + strings.Repeat(`{"start_date": {"year": 2020}, "text": {"headline": "padding"}}, `, 2000)
	if _, err := f.WriteString(head); err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(100 << 20); err != nil { // the rest is sparse
		t.Fatal(err)
	}
	f.Close()
	_, _, err = Open(path)
	if err == nil || !strings.Contains(err.Error(), path+": larger than 64 MB") {
		t.Errorf("error %v", err)
	}
	big := make([]byte, MaxImportSize+1)
	for _, read := range []func([]byte, string) (*timeline.Document, *Report, error){ReadTimelineJS, ReadTimelineCSV} {
		if _, _, err := read(big, "x"); err == nil || !strings.Contains(err.Error(), "larger than 64 MB") {
			t.Errorf("error %v", err)
		}
	}
}

func TestFormats(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want Format
	}{{"timelinejs", TimelineJS}, {"TLJS", TimelineJS}, {"csv", TimelineCSV}, {".ics", ICalendar}, {"ical", ICalendar}, {"svg", ""}, {"", ""}} {
		got, err := ParseFormat(tt.in)
		if got != tt.want || (err != nil) != (tt.want == "") {
			t.Errorf("ParseFormat(%q) = %q, %v", tt.in, got, err)
		}
	}
	for path, want := range map[string]Format{"a/x.json": TimelineJS, "x.CSV": TimelineCSV, "x.ics": ICalendar, "x.txt": "", "x": ""} {
		if got, ok := FormatOf(path); got != want || ok != (want != "") {
			t.Errorf("FormatOf(%q) = %q, %v", path, got, ok)
		}
	}
	for _, f := range Formats {
		if got, ok := FormatOf("x" + f.Ext()); !ok || got != f {
			t.Errorf("FormatOf(x%s) = %q", f.Ext(), got)
		}
	}
	if _, err := Export(nil, "svg", nil, Options{}); err == nil || !strings.Contains(err.Error(), "timelinejs, csv or ics") {
		t.Errorf("unknown format: %v", err)
	}
}

func TestLetters(t *testing.T) {
	seen := map[string]bool{}
	for n := range 2000 {
		l := letters(n)
		if seen[l] || laneOf(l) != timeline.Lane(l) {
			t.Fatalf("letters(%d) = %q", n, l)
		}
		seen[l] = true
	}
	if letters(0) != "a" || letters(25) != "z" || letters(26) != "aa" || letters(27) != "ab" {
		t.Errorf("letters: %q %q %q %q", letters(0), letters(25), letters(26), letters(27))
	}
}

// TestDisplayDate: the wording written for a date reads back as the same
// approximateness, and says what the date's parts cannot.
func TestDisplayDate(t *testing.T) {
	nov, jan6 := timeline.MonthPoint(2025, 11), timeline.DayPoint(2026, 1, 6)
	tests := []struct {
		date timeline.Date
		want string
	}{
		{timeline.Date{Start: nov, End: jan6, Expression: "since November"}, "since November 2025"},
		{timeline.Date{Start: nov, End: jan6, Expression: "Since early November", Approximate: true}, "since c. November 2025"},
		{timeline.Date{Start: timeline.MonthPoint(2025, 12), Expression: "early December", Approximate: true}, "c. December 2025"},
		{timeline.Date{Start: timeline.DayPoint(2025, 12, 29), End: timeline.DayPoint(2026, 1, 4), Expression: "last week", Approximate: true}, "c. 29 December 2025 – 4 January 2026"},
		{timeline.Date{Start: timeline.MinutePoint(2026, 1, 6, 20, 0), Approximate: true}, "c. 6 January 2026, 20:00"},
		{timeline.Date{Start: timeline.DayPoint(2026, 1, 3), Expression: "Saturday"}, ""},
		{timeline.Date{Start: nov, End: jan6, Expression: "from November to January"}, ""},
		{timeline.Date{}, ""},
	}
	for _, tt := range tests {
		got := displayDate(tt.date)
		if got != tt.want {
			t.Errorf("displayDate(%s, %q) = %q, want %q", tt.date.Human(), tt.date.Expression, got, tt.want)
		}
		if got != "" && isApproximate(got) != tt.date.Approximate {
			t.Errorf("%q reads back as approximate %v", got, isApproximate(got))
		}
	}
}
