// Package timex finds the temporal expressions of an English news text and
// resolves them against the article's publication date, the way TimeML's
// TIMEX3 annotation and the TempEval-3 evaluation write them.
//
// # What it recognises
//
// Tag reads text as a sequence of tokens (words, numbers, punctuation) and
// matches rules over those tokens, not over characters. It recognises
//
//   - calendar dates with and without a year: "Jan. 20, 2026", "15 June",
//     "Oct. 14", "October 1998", "1990", "the 1990s", "the 20th century",
//     "2026-01-06", "1/6/2026";
//   - weekdays, alone or qualified: "Saturday", "last Friday", "this coming
//     Sunday", "Monday, Oct. 26", "Friday morning";
//   - days relative to publication: "today", "yesterday", "tomorrow",
//     "tonight", "two days ago", "a week or so ago";
//   - calendar units relative to publication: "last week", "this month",
//     "next year", "earlier this year", "three months ago", "a year earlier";
//   - parts of the year: "the second quarter", "third-quarter", "the first
//     half of next year", "the spring", "last fall", "the end of the year",
//     "early December", "mid-1996";
//   - clock times and parts of the day: "8 p.m. on Sunday", "noon Thursday",
//     "this morning", "last night";
//   - durations: "two days", "the past two months", "a decade", "months",
//     "5 1/2 hours", "two-year", "the first nine months";
//   - sets (recurrences): "every week", "daily", "each Thursday", "annually";
//   - holidays: "Thanksgiving", "Christmas Eve", "Election Day";
//   - vague references: "now", "currently", "recently", "the past",
//     "the future", "the near term".
//
// Rates ("$2 million a year", "8.5% annually"), ages ("52 years old") and
// time words inside names and titles ("VOA Today", "This Week With David
// Brinkley") are not expressions, as TimeBank mostly leaves them.
//
// Spans follow TimeML: determiners and modifiers that belong to the
// expression are inside ("the past two days", "early next year", "about two
// years ago"), prepositions are not ("since November" tags "November").
//
// # Values
//
// Value is a TIMEX3 value string as TimeML and TempEval-3 write it:
//
//	2026-01-03          a day            2026-W02     an ISO week
//	2025-11             a month          2026-W01-WE  a weekend
//	2026                a year           2026-Q2      a quarter
//	202                 a decade (2020s) 2026-H1      a half year
//	20                  a century        2025-SP      a season (SP SU FA WI)
//	2026-01-06TMO       part of a day (TMO TAF TEV TNI)
//	2026-05-17T20:00    a clock time
//	P3M, P2W, P10Y, PT5H30M, PXY        durations (X: unknown number;
//	                                    PXE, PXC: decades, centuries)
//	P1W, XXXX-WXX-4     sets ("every week", "each Thursday")
//	PRESENT_REF, PAST_REF, FUTURE_REF   "now", "recently", "the future"
//
// Parts of a value that cannot be resolved are written X: "XXXX-XX-XX".
//
// Types follow TimeBank's practice: clock times and parts of today or
// yesterday ("this morning", "last night") are TIME; a weekday with a part
// of the day ("Friday night", 2026-01-02TNI) is a DATE.
//
// # Anchoring
//
// Relative expressions are resolved against the publication date with the
// conventions of news writing:
//
//   - A bare weekday is the nearest one on or before publication ("said in
//     a statement Saturday") unless its clause looks ahead ("will meet on
//     Thursday", "is expected Friday", "the trial begins Monday", "as early
//     as Tuesday", "postponed until Tuesday"), then the coming one. A
//     weekday that owns an event ("Wednesday's ruling") and a past
//     expectation ("was due to expire Friday") lie back, as does a plan
//     that modifies a noun in a past clause ("a service planned for
//     Saturday was canceled"). An expression that opens the sentence ("On
//     Friday, when …, the department lifted") takes the tense of the main
//     clause, past a "when" or "which" clause set off by commas.
//   - A bare month is the latest one on or before publication ("since
//     November") unless that lies more than seven months back (nine in a
//     clause in the past tense: "stepped down in March"; any distance in one
//     that tells a deed: "changed … in December"), or the clause
//     looks ahead and the coming one is at most eight months off; then it is
//     the coming one. A month and day without a year follow the same rule.
//   - A quarter without a year is the latest one begun by publication ("the
//     fourth quarter" in January is last year's); "the quarter", "the year-
//     ago quarter" and "a year earlier" in a company report refer to the
//     quarter the report is about: the latest begun one the text named
//     (one still running only if not named in a clause that looks ahead).
//     "The year ended Sept. 30" is a year's length; "for the year" is the
//     year of publication.
//   - "That year", "the following day" and "two days earlier" count from the
//     date the text named last; where there is none, the value is X-filled.
//
// An expression right after "since" gets the mod ON_OR_AFTER ("since
// November": from 2025-11 up to publication), one after "until" the mod
// ON_OR_BEFORE; the span stays without the preposition, as in TimeML.
package timex

import (
	"strings"
	"time"
	"unicode/utf8"
)

// Type is the TIMEX3 type of an expression.
type Type string

const (
	Date     Type = "DATE"     // a calendar date or period: "Monday", "2025-11", "last week"
	Time     Type = "TIME"     // a time of day: "8 p.m.", "this morning"
	Duration Type = "DURATION" // a length of time: "two days", "months"
	Set      Type = "SET"      // a recurrence: "every week", "daily"
)

// A Timex is one temporal expression found in a text.
type Timex struct {
	Start, End int    // byte offsets into the text, [Start, End)
	Text       string // text[Start:End]
	Type       Type
	// Value is the TIMEX3 value: "2026-01-03", "2025-11", "P3M",
	// "PRESENT_REF", … (see the package comment).
	Value string
	// Mod is the optional TIMEX3 mod: "START", "MID", "END", "APPROX",
	// "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE", or ""
	// when the expression has none.
	Mod string
	// Explanation tells a person how the value was resolved: "the Saturday
	// before publication (Tue 6 Jan 2026)".
	Explanation string
}

// Tag finds the temporal expressions in text, resolved against the
// publication date published (only its year, month and day are used). The
// expressions are returned in text order and never overlap. Tag accepts
// any input, including invalid UTF-8, and never panics. It is safe for
// concurrent use.
func Tag(text string, published time.Time) []Timex {
	dct := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
	r := newResolver(dct)
	var out []Timex
	sentences := 0
	tz := tokenizers.Get().(*tokenizer)
	defer tz.release()
	// Paragraph by paragraph, so that the tokens of a huge text need not
	// all be in memory at once; the resolver carries context across.
	for start := 0; start < len(text); {
		end := segmentEnd(text, start)
		p := &parser{text: text, toks: tz.tokenize(text, start, end), sentBase: sentences}
		for i := 0; i < len(p.toks); {
			m, ok := p.parseAt(i)
			if !ok {
				i++
				continue
			}
			from, to := p.toks[i].start, p.toks[m.end-1].end
			m.phrase.sentence = p.sentenceOf(i)
			v := r.resolve(&m.phrase, p, i)
			if v.value != "" {
				out = append(out, Timex{
					Start: from, End: to, Text: text[from:to],
					Type: v.typ, Value: v.value, Mod: v.mod, Explanation: v.explanation,
				})
			}
			i = m.end
		}
		if len(p.toks) > 0 {
			sentences = p.sentenceOf(len(p.toks)-1) + 1
		}
		start = end
	}
	return out
}

// Segments are at least minSegment bytes long and end at a paragraph break,
// or at a line break or space when a text has no paragraphs.
const (
	minSegment = 32 << 10
	maxSegment = 256 << 10
)

// segmentEnd returns where the segment of text that begins at start ends.
func segmentEnd(text string, start int) int {
	if len(text)-start <= maxSegment {
		return len(text)
	}
	window := text[start+minSegment : start+maxSegment]
	if i := strings.Index(window, "\n\n"); i >= 0 {
		return start + minSegment + i + 1
	}
	for _, sep := range []string{"\n", " "} {
		if i := strings.LastIndex(window, sep); i >= 0 {
			return start + minSegment + i + 1
		}
	}
	// No space at all: cut at a rune boundary.
	end := start + maxSegment
	for end > start+minSegment && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}
