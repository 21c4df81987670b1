// Package interop moves timelines between Newsline and the tools people
// already use: TimelineJS (Knight Lab's timelines, as JSON or as its
// Google Sheets template saved as CSV), in both directions, and calendars
// (iCalendar, RFC 5545), out. Open reads any timeline file, told apart by
// its content. docs/format.md has the same mapping for people.
//
// # TimelineJS JSON
//
// A TimelineJS file is one JSON object:
//
//	{
//	  "title":  slide,            // optional; no dates
//	  "events": [slide, …],       // required
//	  "eras":   [{"start_date", "end_date", "text": {"headline"}}, …]
//	}
//	slide = {"start_date": date, "end_date"?: date, "display_date"?: string,
//	         "text": {"headline": HTML, "text": HTML}, "group"?: string,
//	         "unique_id"?: string, "media"?: {…}, "background"?: {…}}
//	date  = {"year": n, "month"?: n, "day"?: n, "hour"?: n, "minute"?: n,
//	         "second"?: n, "millisecond"?: n, "display_date"?: string}
//
// Months count from 1. Numbers may be JSON numbers or strings of digits,
// as TimelineJS takes them.
//
// Reading (ReadTimelineJS) makes a document that passes validation:
//
//   - the title slide's headline is the document's title, its text the
//     start of the article;
//   - each slide is an event, each era a period in lane "era" (LaneEra);
//   - a date's finest given part is its precision: a year alone is year
//     precision, a month month precision, a day day precision, an hour or
//     minute minute precision (seconds are dropped, noted); end_date makes
//     a period (an end equal to the start is dropped, as TimelineJS does);
//     a slide without start_date is undated (noted);
//   - display_date (the slide's, else its start date's) is the date's
//     expression; one starting "c.", "circa", "around", "about" or
//     "approximately" marks the date approximate;
//   - headline and text are HTML, reduced to plain text as a browser shows
//     it (tags dropped, entities decoded, scripts, styles and templates
//     left out; nothing is run or fetched); the headline is the event's
//     title (else the first line of the text), the text its summary;
//   - group is the lane: its words in lower-case Latin letters joined by
//     "-" ("Human Rights" is human-rights, "Économie" economie); slides
//     without a group are in lane "ungrouped" (LaneUngrouped); a group
//     without Latin letters becomes group-a, group-b, … (noted);
//   - unique_id, when it is a UUID, is the event's ID; otherwise the ID is
//     a version 5 UUID of the unique_id, or without one of the slide's
//     dates, headline and text, in a namespace of the title slide (or the
//     title slide's UUID unique_id, which is the document's ID), so that
//     reading the same file again gives the same IDs and notes stay on
//     their events; a repeated unique_id gets an ID of its own (noted);
//   - the document's one article is the timeline's text: the title
//     slide's text, then each slide's headline and text on lines of their
//     own; each event's evidence is its headline and text there, so that
//     the article pane and search work as for an imported article;
//   - media and backgrounds are not kept (noted).
//
// The Report lists what was noted, each with its place. Anything Newsline
// cannot read is an error naming the place of each problem,
// "events[3].start_date.year: 0 is outside the years Newsline reads (1 to
// 9999)", or "line 4, column 7: malformed JSON: …"; a year outside 1 to
// 9999, a month outside 1 to 12, a day the month lacks, an end before its
// start and an era without an end are errors. Files over MaxImportSize
// are refused unread.
//
// Writing (WriteTimelineJS) is the other way round: a title slide (the
// document's title, its sources, unique_id the document's ID), then one
// slide per dated event in timeline order: start_date and end_date (for
// periods) with the parts of their precision, so that TimelineJS shows
// them at that precision and a month comes back a month; display_date
// with the fuzzy wording a date's parts cannot carry ("since November
// 2025" for a period the article gives by its start, "c. December 2025"
// for an approximate date); headline the event's title as it is (HTML
// escaped, so that TimelineJS shows it as text); text the summary and the
// quotes with their speakers; group the lane's title (none for
// ungrouped); unique_id the event's UUID. Periods in lane era are eras.
// Undated events are left out, counted in the Report: TimelineJS rejects
// a slide without a year. Reading what WriteTimelineJS wrote gives back
// every dated event's ID, title, dates at their precision, lane and
// approximateness, and writing that again gives the same bytes.
//
// # TimelineJS spreadsheet (CSV)
//
// TimelineJS's Google Sheets template, saved as CSV: a header row naming
// the columns
//
//	Year, Month, Day, Time, End Year, End Month, End Day, End Time,
//	Display Date, Headline, Text, Media, Media Credit, Media Caption,
//	Media Thumbnail, Type, Group, Background, Unique ID
//
// then a row per slide: Type "title" for the title slide, "era" for an
// era, empty for an event. Time is "20:00" (also read: "8:00 PM", "2000",
// "20:00:30"). Unique ID is Newsline's addition, which TimelineJS ignores,
// so that IDs survive the spreadsheet. ReadTimelineCSV and
// WriteTimelineCSV map rows as the JSON functions map slides; columns are
// found by name (case ignored; Tag is read as Group), errors name the
// line and column ("line 5, column Month: 13 is not a month …"). The
// writer uses CRLF line ends, and puts an apostrophe before a text cell
// that starts with = + - @ or a tab, so that a spreadsheet never runs it
// as a formula; the reader takes it off.
//
// # iCalendar
//
// WriteICS writes a VCALENDAR (VERSION 2.0, PRODID, CALSCALE, NAME and
// X-WR-CALNAME the document's title) with a VEVENT per event a calendar
// can show: UID the event's UUID, DTSTAMP the export time (UTC), SUMMARY
// the title, DESCRIPTION the summary, the main passage with its article,
// and the date in the article's words, CATEGORIES the lane, URL the
// article's web address. A day is an all-day event (DTSTART;VALUE=DATE,
// DTEND the next day: DTEND is exclusive); a minute a floating local time
// (no time zone: the article's); a period all-day from the first day of
// its start to the day after the last of its end (2025-11 → 2026-01-06 is
// DTSTART;VALUE=DATE:20251101, DTEND;VALUE=DATE:20260107), or from time
// to time when both ends are minutes. Instants dated only to a month or
// a year, and undated events, are left out and counted. Text is escaped
// (\\ \; \, \n), control characters dropped, lines end with CRLF and are
// folded at 75 octets, never inside a UTF-8 sequence.
//
// # Opening files
//
// Open (and Sniff) tell a file's kind by its content, not its name: a
// JSON object with "format": "newsline-timeline" is a Newsline document
// (read by timeline.Load), one with "events" TimelineJS JSON, and text
// whose first row names Year and Headline columns TimelineJS's
// spreadsheet. Anything else is an error naming the file.
package interop
