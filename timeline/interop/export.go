package interop

import (
	"errors"
	"html"
	"net/url"
	"strings"

	"newsline/timeline"
)

// errNothingDated is the error of a TimelineJS export with no dated event.
var errNothingDated = errors.New("no dated event to export: TimelineJS shows only dated events, and an empty timeline is an error to it")

// slidesOf lays doc out as TimelineJS slides: the title slide, one slide
// per dated event in timeline order (periods with an end date), and the
// periods of lane era as eras.
func slidesOf(doc *timeline.Document) (*tlFile, *Report, error) {
	x := timeline.NewIndex(doc)
	r := &Report{}
	tl := &tlFile{Title: &slide{Headline: escapeText(doc.Title), Text: sourcesText(doc), ID: doc.ID.String()}}
	for _, i := range x.Order {
		ev := &doc.Events[i]
		if !ev.Date.Dated() {
			r.Undated++
			continue
		}
		s := slide{
			Start: tlDateOf(ev.Date.Start), DisplayDate: displayDate(ev.Date),
			Headline: escapeText(ev.Title), Text: eventText(x, ev), ID: ev.ID.String(),
		}
		if ev.Date.IsPeriod() {
			s.End = tlDateOf(ev.Date.End)
		}
		if ev.Lane == LaneEra && ev.Date.IsPeriod() {
			s.Text, s.DisplayDate = "", ""
			tl.Eras = append(tl.Eras, s)
			continue
		}
		if ev.Lane != LaneUngrouped {
			s.Group = ev.Lane.Title()
		}
		tl.Events = append(tl.Events, s)
	}
	if len(tl.Events) == 0 {
		return nil, nil, errNothingDated
	}
	r.Events = len(tl.Events) + len(tl.Eras)
	return tl, r, nil
}

// eventText is a slide's text: the event's summary, then its quotes with
// who said them, as HTML.
func eventText(x *timeline.Index, ev *timeline.Event) string {
	var b strings.Builder
	if ev.Summary != "" && ev.Summary != ev.Title {
		b.WriteString("<p>" + escapeText(ev.Summary) + "</p>")
	}
	for _, id := range ev.Quotes {
		q, ok := x.Quote(id)
		if !ok {
			continue
		}
		b.WriteString("<blockquote>“" + escapeText(q.Text) + "”")
		if sp, ok := x.Entity(q.Speaker); ok {
			b.WriteString("<br>— " + escapeText(sp.Name))
		}
		b.WriteString("</blockquote>")
	}
	return b.String()
}

// sourcesText is the title slide's text: the articles the timeline is
// drawn from.
func sourcesText(doc *timeline.Document) string {
	var b strings.Builder
	for _, a := range doc.Articles {
		title := escapeText(strings.Join(strings.Fields(a.Title), " "))
		if title == "" {
			continue
		}
		if u, err := url.Parse(a.URL); err == nil && (u.Scheme == "https" || u.Scheme == "http") {
			title = `<a href="` + html.EscapeString(a.URL) + `">` + title + `</a>`
		}
		var about []string
		if a.Publisher != "" {
			about = append(about, escapeText(a.Publisher))
		}
		if !a.Published.IsZero() {
			about = append(about, spelled(a.Published))
		}
		b.WriteString("<p>From “" + title + "”")
		if len(about) > 0 {
			b.WriteString(", " + strings.Join(about, ", "))
		}
		b.WriteString(".</p>")
	}
	return b.String()
}
