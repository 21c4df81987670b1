// Package timeline is Newsline's domain: timeline documents (articles, the
// events they report, the people, places, organisations and groups in them,
// their quotes), fuzzy dates, the order of events, and text matching.
//
// # The file format
//
// A document is one JSON object (docs/format.md has the full reference):
//
//	{
//	  "format": "newsline-timeline",   // always this
//	  "version": 1,                     // FormatVersion; newer files are refused
//	  "id": UUID, "title": string,
//	  "articles": [{"id", "title", "publisher"?, "url"?, "published"?, "text"}],
//	  "entities": [{"id", "kind", "name", "aliases"?, "role"?}],
//	  "events":   [{"id", "title", "short"?, "summary"?, "date"?, "lane",
//	                "entities"?, "quotes"?, "evidence"?, "related"?}],
//	  "quotes":   [{"id", "text", "speaker"?, "audience"?, "event", "span"}]
//	}
//
// IDs are lower-case UUIDs, unique across the document. Dates are strings
// of one of four precisions: "2026", "2025-11", "2026-01-03",
// "2026-01-03T20:00". An event's date is an object {"start"?, "end"?,
// "after"?, "before"?, "approximate"?, "expression"?, "resolution"?}:
// a start alone is an instant, start and end a period (end inclusive),
// no start an undated event (optionally bounded by after/before,
// exclusive). A span {"article", "start", "end", "text"} is the passage
// text[start:end] of an article, in bytes, and repeats that passage so that
// it can be checked.
//
// Parse and Format are symmetric: Format writes a canonical form (fields in
// a fixed order, two-space indentation, empty fields left out), and
// Format(Parse(b)) == b for any canonical b. Parse validates everything:
// every reference resolves, every span lies inside its article on character
// boundaries and matches its text, every date is coherent. Problems are
// reported with their place, as in
//
//	events[3].entities[1]: unknown entity "…"
//
// and malformed JSON with its line and column. No input makes Parse panic.
//
// # Order
//
// Events have one total order, documented on CompareEvents: dated events by
// date, then undated events in article order.
package timeline
