package interop

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"newsline/timeline"
)

// icsProductID names Newsline as the maker of a calendar (PRODID).
const icsProductID = "-//Newsline//Newsline timeline//EN"

// WriteICS writes doc as an iCalendar file (RFC 5545; see the package
// comment for how). Events dated to a day are all-day events, to a minute
// events at that (floating, local) time, periods all-day events over
// their days; undated events and instants dated only to a month or a year
// are left out, and counted in the report. opt.Time is the DTSTAMP.
func WriteICS(w io.Writer, doc *timeline.Document, opt Options) (*Report, error) {
	stamp := opt.Time
	if stamp.IsZero() {
		stamp = time.Now()
	}
	x := timeline.NewIndex(doc)
	r := &Report{}
	var c icsWriter
	c.prop("BEGIN", "VCALENDAR")
	c.prop("VERSION", "2.0")
	c.prop("PRODID", icsProductID)
	c.prop("CALSCALE", "GREGORIAN")
	c.prop("NAME", icsText(doc.Title))
	c.prop("X-WR-CALNAME", icsText(doc.Title))
	for _, i := range x.Order {
		ev := &doc.Events[i]
		d := ev.Date
		var start, end string // the DTSTART line without its name, and the DTEND (or DURATION) line
		switch {
		case !d.Dated():
			r.Undated++
			continue
		case d.IsPeriod() && d.Start.Precision == timeline.Minute && d.End.Precision == timeline.Minute:
			start = ":" + icsDateTime(d.Start.Time)
			if d.End.Time.After(d.Start.Time) {
				end = "DTEND:" + icsDateTime(d.End.Time)
			}
		case d.IsPeriod():
			// All-day over the days the period covers; DTEND is the day
			// after its last (RFC 5545 3.6.1: DTEND is exclusive).
			start = ";VALUE=DATE:" + icsDate(d.Start.Begin())
			end = allDayEnd(d.Start.Begin(), dayAfter(d.End))
		case d.Start.Precision == timeline.Day:
			start = ";VALUE=DATE:" + icsDate(d.Start.Begin())
			end = allDayEnd(d.Start.Begin(), d.Start.Finish())
		case d.Start.Precision == timeline.Minute:
			start = ":" + icsDateTime(d.Start.Time)
		default: // a month or a year: a calendar has no way to say so
			r.Coarse++
			continue
		}
		r.Events++
		c.prop("BEGIN", "VEVENT")
		c.prop("UID", ev.ID.String())
		c.prop("DTSTAMP", stamp.UTC().Format("20060102T150405Z"))
		c.line("DTSTART" + start)
		if end != "" {
			c.line(end)
		}
		c.prop("SUMMARY", icsText(ev.Title))
		if desc := description(x, ev); desc != "" {
			c.prop("DESCRIPTION", icsText(desc))
		}
		c.prop("CATEGORIES", icsText(ev.Lane.Title()))
		if u := sourceURL(x, ev); u != "" {
			c.prop("URL", u)
		}
		c.prop("END", "VEVENT")
	}
	c.prop("END", "VCALENDAR")
	if _, err := w.Write(c.buf.Bytes()); err != nil {
		return nil, err
	}
	return r, nil
}

// allDayEnd is the DTEND line of an all-day event from start to the day
// before end; past the year 9999, which a DATE cannot write, a DURATION
// in days says the same.
func allDayEnd(start, end time.Time) string {
	if end.Year() > 9999 {
		return fmt.Sprintf("DURATION:P%dD", int(end.Sub(start).Hours()/24))
	}
	return "DTEND;VALUE=DATE:" + icsDate(end)
}

// dayAfter returns the first day after the last day of p.
func dayAfter(p timeline.Point) time.Time {
	if p.Precision == timeline.Minute {
		y, m, d := p.Time.Date()
		return time.Date(y, m, d+1, 0, 0, 0, 0, time.UTC)
	}
	return p.Finish()
}

// description is an event's DESCRIPTION: its summary, the passage that
// reports it and where from, and its date in the article's words.
func description(x *timeline.Index, ev *timeline.Event) string {
	var parts []string
	if ev.Summary != "" && ev.Summary != ev.Title {
		parts = append(parts, ev.Summary)
	}
	if len(ev.Evidence) > 0 {
		sp := ev.Evidence[0]
		passage := "“" + strings.Join(strings.Fields(sp.Text), " ") + "”"
		if a, ok := x.Article(sp.Article); ok && strings.TrimSpace(a.Title) != "" {
			passage += "\n— " + strings.Join(strings.Fields(a.Title), " ")
			if a.Publisher != "" {
				passage += ", " + a.Publisher
			}
		}
		if passage != "“"+ev.Summary+"”" {
			parts = append(parts, passage)
		}
	}
	if ev.Date.Expression != "" || ev.Date.Approximate {
		when := "When: " + ev.Date.Human()
		if ev.Date.Expression != "" {
			when += " (“" + ev.Date.Expression + "”)"
		}
		parts = append(parts, when)
	}
	return strings.Join(parts, "\n\n")
}

// sourceURL is the web address of the article of the event's main
// evidence, when it has a plain http(s) one.
func sourceURL(x *timeline.Index, ev *timeline.Event) string {
	if len(ev.Evidence) == 0 {
		return ""
	}
	a, ok := x.Article(ev.Evidence[0].Article)
	if !ok {
		return ""
	}
	u, err := url.Parse(a.URL)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || strings.ContainsFunc(a.URL, func(r rune) bool { return r <= ' ' || r == 0x7f }) {
		return ""
	}
	return a.URL
}

func icsDate(t time.Time) string     { return t.Format("20060102") }
func icsDateTime(t time.Time) string { return t.Format("20060102T150405") }

// icsText escapes a TEXT value (RFC 5545 3.3.11): backslash, semicolon,
// comma and line breaks escaped, other control characters (which TEXT
// may not hold) dropped.
func icsText(s string) string {
	var b strings.Builder
	s = strings.ReplaceAll(s, "\r\n", "\n")
	for _, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\n' || r == '\r':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// An icsWriter writes content lines, folded and ended with CRLF.
type icsWriter struct{ buf bytes.Buffer }

func (c *icsWriter) prop(name, value string) { c.line(name + ":" + value) }

// maxLine is the longest a content line may be, in octets, without its
// CRLF (RFC 5545 3.1).
const maxLine = 75

// line writes a content line folded into lines of at most maxLine octets:
// each continuation starts with a space, and no fold falls inside a
// UTF-8 sequence.
func (c *icsWriter) line(s string) {
	limit := maxLine
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		c.buf.WriteString(s[:cut])
		c.buf.WriteString("\r\n ")
		s = s[cut:]
		limit = maxLine - 1 // the leading space counts
	}
	c.buf.WriteString(s)
	c.buf.WriteString("\r\n")
}
