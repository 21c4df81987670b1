package interop

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"newsline/timeline"
	"newsline/timeline/interop/interoptest"
)

// TestICS writes calendars and reads them back with an independent
// parser (github.com/arran4/golang-ical): every day-, minute- and
// period-dated event is there with its UID, SUMMARY, DESCRIPTION, DTSTAMP
// and the DTSTART and DTEND it should have; the rest are counted; and the
// text itself follows RFC 5545's line rules.
func TestICS(t *testing.T) {
	for name, doc := range testDocs(t) {
		t.Run(name, func(t *testing.T) {
			data, r := export(t, ICalendar, doc)
			checkICSLines(t, data)
			cal, err := ics.ParseCalendar(bytes.NewReader(data))
			if err != nil {
				t.Fatalf("golang-ical cannot parse the export: %v", err)
			}
			props := map[ics.Property]string{}
			for _, p := range cal.CalendarProperties {
				props[ics.Property(p.IANAToken)] = p.Value
			}
			if props[ics.PropertyVersion] != "2.0" || props[ics.PropertyProductId] != icsProductID {
				t.Errorf("calendar properties %v", props)
			}
			byUID := map[string]*ics.VEvent{}
			for _, ev := range cal.Events() {
				byUID[ev.Id()] = ev
			}
			var wantEvents, undated, coarse int
			for i := range doc.Events {
				ev := &doc.Events[i]
				start, end, ok := wantICSDates(ev.Date)
				switch {
				case !ev.Date.Dated():
					undated++
					continue
				case !ok:
					coarse++
					continue
				}
				wantEvents++
				got := byUID[ev.ID.String()]
				if got == nil {
					t.Errorf("no VEVENT for %s %q", ev.ID, ev.Title)
					continue
				}
				value := func(p ics.ComponentProperty) string {
					if prop := got.GetProperty(p); prop != nil {
						return prop.Value
					}
					return ""
				}
				if s := value(ics.ComponentPropertySummary); s != ev.Title {
					t.Errorf("SUMMARY %q, want %q", s, ev.Title)
				}
				if d := value(ics.ComponentPropertyDescription); ev.Summary != "" && !strings.HasPrefix(d, ev.Summary) {
					t.Errorf("%q: DESCRIPTION %q does not start with the summary", ev.Title, d)
				}
				if len(ev.Evidence) > 0 && !strings.Contains(value(ics.ComponentPropertyDescription), strings.Join(strings.Fields(ev.Evidence[0].Text), " ")) {
					t.Errorf("%q: DESCRIPTION %q lacks the source passage", ev.Title, value(ics.ComponentPropertyDescription))
				}
				if value(ics.ComponentPropertyDtstamp) != "20260107T103000Z" {
					t.Errorf("%q: DTSTAMP %q", ev.Title, value(ics.ComponentPropertyDtstamp))
				}
				if s, e := value(ics.ComponentPropertyDtStart), value(ics.ComponentPropertyDtEnd)+value(ics.ComponentPropertyDuration); s != start || e != end {
					t.Errorf("%q (%s): DTSTART %q DTEND %q, want %q %q", ev.Title, ev.Date.Human(), s, e, start, end)
				}
				if allDay := len(start) == 8; allDay {
					if p := got.GetProperty(ics.ComponentPropertyDtStart); p == nil || p.ICalParameters["VALUE"][0] != "DATE" {
						t.Errorf("%q: an all-day DTSTART without VALUE=DATE", ev.Title)
					}
				}
			}
			if len(byUID) != wantEvents || r.Events != wantEvents || r.Undated != undated || r.Coarse != coarse {
				t.Errorf("%d VEVENTs, report %+v; want %d events, %d undated, %d coarse", len(byUID), r, wantEvents, undated, coarse)
			}
		})
	}
}

// wantICSDates says, independently of the writer, what DTSTART and DTEND
// (or DURATION) an event gets; ok is false for events left out.
func wantICSDates(d timeline.Date) (start, end string, ok bool) {
	day := func(p timeline.Point) string { return p.Time.Format("20060102") }
	clock := func(p timeline.Point) string { return p.Time.Format("20060102T150405") }
	next := func(p timeline.Point) string { // the day after p's last day
		last := p.Finish().AddDate(0, 0, -1)
		if p.Precision == timeline.Minute {
			last = p.Time
		}
		n := last.AddDate(0, 0, 1)
		if n.Year() > 9999 {
			return "P" + strconv.Itoa(int(n.Sub(d.Start.Time).Hours()/24)) + "D"
		}
		return n.Format("20060102")
	}
	switch {
	case !d.Dated():
		return "", "", false
	case d.IsPeriod() && d.Start.Precision == timeline.Minute && d.End.Precision == timeline.Minute:
		return clock(d.Start), clock(d.End), true
	case d.IsPeriod():
		return day(d.Start), next(d.End), true
	case d.Start.Precision == timeline.Day:
		return day(d.Start), next(d.Start), true
	case d.Start.Precision == timeline.Minute:
		return clock(d.Start), "", true
	}
	return "", "", false
}

// checkICSLines checks RFC 5545's rules for the text: CRLF line ends, no
// line over 75 octets, folds only between characters, and a DTSTAMP in
// every VEVENT.
func checkICSLines(t *testing.T, data []byte) {
	t.Helper()
	if !bytes.HasSuffix(data, []byte("\r\n")) {
		t.Error("does not end with CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(data), "\r\n"), "\r\n")
	stamps, events := 0, 0
	for i, line := range lines {
		if strings.ContainsAny(line, "\r\n") {
			t.Errorf("line %d: a bare CR or LF", i+1)
		}
		if len(line) > 75 {
			t.Errorf("line %d: %d octets: %q", i+1, len(line), line)
		}
		if !utf8.ValidString(line) {
			t.Errorf("line %d: folded inside a character: %q", i+1, line)
		}
		switch {
		case line == "BEGIN:VEVENT":
			events++
		case strings.HasPrefix(line, "DTSTAMP:"):
			stamps++
		}
	}
	if stamps != events {
		t.Errorf("%d VEVENTs, %d DTSTAMPs", events, stamps)
	}
}

// TestICSExamples pins the cases the issue names.
func TestICSExamples(t *testing.T) {
	doc := interoptest.Document()
	data, _ := export(t, ICalendar, doc)
	text := strings.ReplaceAll(string(data), "\r\n ", "") // unfolded
	for _, want := range []string{
		// The period "since November" to publication day: DTEND exclusive.
		"DTSTART;VALUE=DATE:20251101\r\nDTEND;VALUE=DATE:20260107\r\n",
		// A single day ends the next day.
		"DTSTART;VALUE=DATE:20260103\r\nDTEND;VALUE=DATE:20260104\r\n",
		// A time of day is floating, local time.
		"DTSTART:20260106T200000\r\n",
		// A leap day, and the last day a DATE can end.
		"DTSTART;VALUE=DATE:20240229\r\nDTEND;VALUE=DATE:20240301\r\n",
		"DTSTART;VALUE=DATE:99991231\r\nDURATION:P1D\r\n",
		// Text escaped.
		`SUMMARY:Zelenskyy: “a new opportunity”\; talks\, at last \\ again` + "\r\n",
		`DESCRIPTION:First line\, with a comma\; a semicolon \\ a backslash & <tags>.\nSecond line “quoted”.`,
		"URL:" + interoptest.URL + "\r\n",
		"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:" + icsProductID + "\r\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("no %q in\n%s", want, timeline.Clip(text))
		}
	}
}

func TestFold(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("a", 200),
		strings.Repeat("é", 100),       // 2 octets each
		strings.Repeat("€", 80),        // 3 octets
		"x" + strings.Repeat("🇺🇦", 40), // 4 octets
		strings.Repeat("ab€", 30) + "tail",
	} {
		var c icsWriter
		c.prop("SUMMARY", s)
		out := c.buf.String()
		checkICSLines(t, []byte(out))
		if unfolded := strings.ReplaceAll(strings.TrimSuffix(out, "\r\n"), "\r\n ", ""); unfolded != "SUMMARY:"+s {
			t.Errorf("unfolds to %q", unfolded)
		}
	}
}
