// Package interoptest makes a timeline document that exercises every
// corner of the exchange formats, for tests and for checking exports in
// the tools that read them (scripts/check-interop.sh).
package interoptest

import (
	"strings"

	"github.com/google/uuid"

	"newsline/timeline"
)

// An Event of Tricky, and what an export does with it.
type Event struct {
	Title string
	Date  timeline.Date
	Lane  timeline.Lane
}

// ns derives the document's IDs.
var ns = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://newsline.app/ns/interoptest"))

func id(s string) uuid.UUID { return uuid.NewSHA1(ns, []byte(s)) }

// Events are Tricky's events, in its order. Each has a passage of the
// article: its title as a sentence.
var Events = []Event{
	{`Zelenskyy: “a new opportunity”; talks, at last \ again`, date(timeline.DayPoint(2026, 1, 3), timeline.Point{}, "Saturday", false), timeline.LaneStatement},
	{"Leaders meet in Paris at 20:00", date(timeline.MinutePoint(2026, 1, 6, 20, 0), timeline.Point{}, "Tuesday evening", false), timeline.LaneDiplomacy},
	{"Talks to end the war accelerate", date(timeline.MonthPoint(2025, 11), timeline.DayPoint(2026, 1, 6), "since November", false), timeline.LaneDiplomacy},
	{"Markets wobble in early December", date(timeline.MonthPoint(2025, 12), timeline.Point{}, "early December", true), timeline.LaneEconomy},
	{"An election year", date(timeline.YearPoint(2026), timeline.Point{}, "this year", false), timeline.LanePolitics},
	{"Night-long strikes on the capital", date(timeline.MinutePoint(2025, 12, 29, 22, 30), timeline.MinutePoint(2025, 12, 30, 5, 15), "overnight", false), timeline.LaneSecurity},
	{"The year of shuttle diplomacy", date(timeline.MonthPoint(2025, 1), timeline.MonthPoint(2025, 12), "", false), "era"},
	{"A slide without a group", date(timeline.DayPoint(2025, 6, 1), timeline.Point{}, "", false), "ungrouped"},
	{`<script>alert("x")</script> & <b>not bold</b> — a hostile title`, date(timeline.DayPoint(2025, 7, 14), timeline.Point{}, "", false), "human-rights"},
	{"Україна та Європа шукають гарантій безпеки, підтриманих США; переговори тривають уже кілька тижнів", date(timeline.DayPoint(2025, 9, 1), timeline.DayPoint(2025, 9, 3), "", false), timeline.LaneContext},
	{"🇺🇦 Flags and emoji 👍🏽 in a title, with “quotes” and a very long tail that must be folded somewhere", date(timeline.DayPoint(2025, 10, 10), timeline.Point{}, "", false), timeline.LaneStatement},
	{"An attack before the meeting, undated", timeline.Date{Before: timeline.DayPoint(2026, 1, 6)}, timeline.LaneSecurity},
	{"Russia holds to its demands, undated", timeline.Date{}, timeline.LaneContext},
	{"Leap day =SUM(A1) +1 @cmd", date(timeline.DayPoint(2024, 2, 29), timeline.Point{}, "", false), timeline.LaneEconomy},
	{"Year one", date(timeline.DayPoint(1, 1, 1), timeline.Point{}, "", false), timeline.LaneContext},
	{"The last day Newsline dates", date(timeline.DayPoint(9999, 12, 31), timeline.Point{}, "", false), timeline.LaneContext},
}

func date(start, end timeline.Point, expr string, approx bool) timeline.Date {
	return timeline.Date{Start: start, End: end, Expression: expr, Approximate: approx}
}

// Summary is the summary of every event with one: two lines, with
// characters that every format escapes.
const Summary = "First line, with a comma; a semicolon \\ a backslash & <tags>.\nSecond line “quoted”."

// URL is the article's address.
const URL = "https://example.org/news/paris-talks?id=1&lang=en"

// Document returns a new copy of the document: the events above, an
// article holding their passages, a speaker with a quote on the first
// event, and a summary on every other event.
func Document() *timeline.Document {
	art := timeline.Article{ID: id("article"), Title: "Paris talks, a tricky article", Publisher: "The Example Times", URL: URL, Published: timeline.DayPoint(2026, 1, 6)}
	doc := &timeline.Document{ID: id("document"), Title: "Tricky timeline: “quotes”, commas; and <tags>"}
	speaker := timeline.Entity{ID: id("speaker"), Kind: timeline.Person, Name: "Volodymyr Zelenskyy"}
	doc.Entities = []timeline.Entity{speaker}
	var text strings.Builder
	for i, e := range Events {
		ev := timeline.Event{ID: id("event/" + e.Title), Title: e.Title, Date: e.Date, Lane: e.Lane}
		if i%2 == 1 {
			ev.Summary = Summary
		}
		start := text.Len()
		text.WriteString(e.Title + ".")
		ev.Evidence = []timeline.Span{{Article: art.ID, Start: start, End: text.Len()}}
		text.WriteString("\n")
		if i == 0 {
			q := timeline.Quote{ID: id("quote"), Speaker: speaker.ID, Event: ev.ID}
			start := text.Len()
			text.WriteString("a new opportunity to end this war")
			q.Span = timeline.Span{Article: art.ID, Start: start, End: text.Len()}
			text.WriteString("\n")
			ev.Quotes = []uuid.UUID{q.ID}
			ev.Entities = []uuid.UUID{speaker.ID}
			doc.Quotes = append(doc.Quotes, q)
		}
		doc.Events = append(doc.Events, ev)
	}
	art.Text = text.String()
	for i := range doc.Events {
		for j := range doc.Events[i].Evidence {
			sp := &doc.Events[i].Evidence[j]
			sp.Text = art.Text[sp.Start:sp.End]
		}
	}
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		q.Span.Text = art.Text[q.Span.Start:q.Span.End]
		q.Text = q.Span.Text
	}
	doc.Articles = []timeline.Article{art}
	return doc
}
