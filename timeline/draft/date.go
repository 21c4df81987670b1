package draft

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"newsline/timeline"
	"newsline/timeline/timex"
)

// dateOf turns the date expressions of a clause into an event date. It
// takes the first expression that gives a calendar date; two joined as a
// range ("from Jan. 3 to Jan. 5", "between Monday and Wednesday", "from
// 2019 until 2022") make a period. text is the article; published the
// publication day.
//
// Values map to dates so:
//
//	2026-01-03, 2026-01-06T20:00   a day, a minute; parts of a day ("this morning") the day
//	2025-11, 2026                  a month, a year
//	2026-W01                       a week ("last week"): the period Monday to Sunday, approximate,
//	                               since the event lies somewhere in it
//	2026-W01-WE                    a weekend: Saturday to Sunday
//	2025-Q2, 2026-H1, 2025-SP      a quarter, half or season: its months (seasons approximate)
//	199, 20                        a decade, a century: its years
//	PRESENT_REF ("now")            the publication day, approximate
//
// Mods: ON_OR_AFTER ("since November") makes a period from the date to
// publication; BEFORE and AFTER leave the event undated with that bound;
// START, MID, END and APPROX make the date approximate.
func dateOf(text string, xs []timex.Timex, published timeline.Point) (timeline.Date, bool) {
	for i, x := range xs {
		if date, ok := periodEnded(text, xs, i, published); ok {
			return date, true
		}
		d, ok := pointsOf(x.Value, published)
		if !ok {
			continue
		}
		expr := expressionOf(text, x)
		if date, ok := countedFromDate(text, x, d); ok {
			return date, true
		}
		if start, unit, ok := spanToPublication(text, x, published); ok {
			// "over the past week": the days up to publication, not the
			// calendar week before.
			return timeline.Date{Start: start, End: published, Approximate: true, Expression: text[startOfSpan(text, x):x.End],
				Resolution: "the " + unit + " up to publication (" + published.Human() + ")"}, true
		}
		date := timeline.Date{Start: d.start, End: d.end, Approximate: d.approximate, Expression: expr, Resolution: resolutionOf(x.Explanation)}
		// A range: "from X to Y", "between X and Y".
		if i+1 < len(xs) && xs[i+1].Start >= x.End {
			y := xs[i+1]
			if between := strings.TrimSpace(text[x.End:y.Start]); rangeJoiner(text, x, between) {
				if e, ok := pointsOf(y.Value, published); ok {
					end := e.end
					if end.IsZero() {
						end = e.start
					}
					if end.Finish().After(d.start.Begin()) && end.Begin().After(d.start.Begin()) {
						date.End = end
						date.Expression = text[startOfExpression(text, x):y.End]
						date.Resolution = resolutionOf(x.Explanation) + "; until " + resolutionOf(y.Explanation)
						return date, true
					}
				}
			}
		}
		switch x.Mod {
		case "ON_OR_AFTER":
			// "since November": a period that lasts until publication.
			if date.End.IsZero() && d.start.Finish().Before(published.Finish()) && d.start.Begin().Before(published.Begin()) {
				date.End = published
			}
		case "BEFORE", "ON_OR_BEFORE":
			if notUntil(text, x) {
				// "It was not until Tuesday that Castro revealed …": on Tuesday.
				date.Resolution = strings.TrimPrefix(date.Resolution, "until ") + ", when “not … until” says it happened"
				return date, true
			}
			bound := d.start
			if !d.end.IsZero() {
				bound = d.end
			}
			if x.Mod == "ON_OR_BEFORE" {
				bound = next(bound)
			}
			return timeline.Date{Before: bound, Expression: expr, Resolution: resolutionOf(x.Explanation)}, true
		case "AFTER":
			bound := d.start
			if !d.end.IsZero() {
				bound = d.end
			}
			return timeline.Date{After: bound, Expression: expr, Resolution: resolutionOf(x.Explanation)}, true
		case "START", "MID", "END", "APPROX":
			date.Approximate = true
		}
		return date, true
	}
	return timeline.Date{}, false
}

// periodEnded reads a period given by its last day: "the fourth quarter
// ended Aug. 26", "the six months ending Oct. 1", "the year ended Sept.
// 30". A company's fiscal quarter or year is no calendar one, so the
// period is the days up to that last day. xs[i] is the period or its last
// day; the other must be next to it, joined by "ended" or "ending".
func periodEnded(text string, xs []timex.Timex, i int, published timeline.Point) (timeline.Date, bool) {
	period, last := -1, -1
	for j := range xs {
		switch {
		case j < i && endedBetween(text, xs[j], xs[i]):
			period, last = j, i
		case j > i && endedBetween(text, xs[i], xs[j]):
			period, last = i, j
		}
	}
	if period < 0 {
		return timeline.Date{}, false
	}
	p, d := xs[period], xs[last]
	end, ok := pointsOf(d.Value, published)
	if !ok || !end.end.IsZero() || end.start.Precision != timeline.Day {
		return timeline.Date{}, false
	}
	years, months, days, length := periodLength(p)
	if length == "" {
		return timeline.Date{}, false
	}
	// Back from the day after, so that the six months ended Aug. 31 begin
	// on March 1.
	start := end.start.Time.AddDate(0, 0, 1).AddDate(-years, -months, -days)
	return timeline.Date{
		Start: dayPoint(start), End: end.start,
		// Fiscal periods often end on a weekday, not a month's end: the
		// first day is an estimate.
		Approximate: true,
		Expression:  text[p.Start:d.End],
		Resolution:  length + " up to its last day, " + d.Text + ": " + resolutionOf(d.Explanation),
	}, true
}

// endedBetween reports whether "ended" or "ending" alone joins x to the
// date after it, y.
func endedBetween(text string, x, y timex.Timex) bool {
	if y.Start < x.End {
		return false
	}
	switch strings.TrimSpace(text[x.End:y.Start]) {
	case "ended", "ending":
		return true
	}
	return false
}

// periodLength returns how long the period x names ("the fourth quarter",
// "the six months", "fiscal 1989", "the week") and says so in words; length
// is empty when x names no such period.
func periodLength(x timex.Timex) (years, months, days int, length string) {
	v := x.Value
	if x.Type == timex.Duration && len(v) >= 3 && v[0] == 'P' {
		n, err := strconv.Atoi(v[1 : len(v)-1])
		if err != nil || n < 1 || n > 100 {
			return 0, 0, 0, ""
		}
		count := func(unit string) string {
			if n == 1 {
				return "the " + unit
			}
			return "the " + strconv.Itoa(n) + " " + unit + "s"
		}
		switch v[len(v)-1] {
		case 'Y':
			return n, 0, 0, count("year")
		case 'M':
			return 0, n, 0, count("month")
		case 'W':
			return 0, 0, 7 * n, count("week")
		}
		return 0, 0, 0, ""
	}
	switch {
	case len(v) == 4 && strings.Trim(v, "0123456789") == "":
		return 1, 0, 0, "the year"
	case len(v) == 7 && v[4] == '-' && v[5] == 'Q':
		return 0, 3, 0, "the quarter"
	case len(v) == 7 && v[4] == '-' && v[5] == 'H':
		return 0, 6, 0, "the half-year"
	case len(v) == 7 && v[4] == '-' && isDigit(v[5]):
		return 0, 1, 0, "the month"
	}
	return 0, 0, 0, ""
}

// notUntil reports whether the date expression x follows "not until" or
// "not till", which says when something happened, not a bound: "it was not
// until Tuesday that Castro revealed".
func notUntil(text string, x timex.Timex) bool {
	start := startOfExpression(text, x)
	if start == x.Start {
		return false
	}
	switch strings.ToLower(lastWord(text[:x.Start])) {
	case "until", "till":
	default:
		return false
	}
	if strings.EqualFold(lastWord(text[:start]), "not") {
		return true
	}
	// A negated verb earlier in the clause: "did not show the letter to
	// police until Tuesday", "wasn't to begin turning out product until
	// 1993" happened then.
	from := max(0, start-maxNegatedUntil)
	clause := text[from:start]
	if i := strings.LastIndexAny(clause, ",;:.!?\n"); i >= 0 {
		clause = clause[i+1:]
	}
	for _, w := range strings.Fields(strings.ToLower(clause)) {
		w = strings.Trim(w, "\"“”‘’'()")
		if w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// maxNegatedUntil bounds the bytes before "until" searched for a negation.
const maxNegatedUntil = 100

// spanToPublication reads "for the past week", "over the last month": a
// span that ends at publication, which package timex gives as the
// calendar week or month before. It returns where the span begins and its
// unit.
func spanToPublication(text string, x timex.Timex, published timeline.Point) (timeline.Point, string, bool) {
	words := strings.Fields(strings.ToLower(x.Text))
	if len(words) != 3 || words[0] != "the" || words[1] != "past" && words[1] != "last" {
		return timeline.Point{}, "", false
	}
	switch strings.ToLower(lastWord(text[:x.Start])) {
	case "for", "over", "in", "during", "within", "throughout":
	default:
		return timeline.Point{}, "", false
	}
	t := published.Time
	switch words[2] {
	case "week":
		t = t.AddDate(0, 0, -7)
	case "month":
		t = t.AddDate(0, -1, 0)
	default:
		// "over the past year" stays the calendar year before, as
		// TimeBank's annotators read it (2 of 2).
		return timeline.Point{}, "", false
	}
	return timeline.DayPoint(t.Year(), t.Month(), t.Day()), words[2], true
}

// startOfSpan is where "over the past week" begins: at its preposition.
func startOfSpan(text string, x timex.Timex) int {
	before := strings.TrimRight(text[:x.Start], " ")
	return len(before) - len(lastWord(before))
}

// rangeJoiner reports whether the words between two date expressions join
// them into a range.
func rangeJoiner(text string, x timex.Timex, between string) bool {
	switch strings.ToLower(between) {
	case "to", "until", "till", "through", "-", "–", "—", "and":
	default:
		return false
	}
	before := strings.ToLower(lastWord(text[:x.Start]))
	if strings.EqualFold(between, "and") {
		return before == "between"
	}
	return before == "from" || between != "to" || before == "between"
}

// expressionOf returns the article's words for a date, with the
// preposition that gives its mod: "since November", "before Christmas".
func expressionOf(text string, x timex.Timex) string {
	return text[startOfExpression(text, x):x.End]
}

func startOfExpression(text string, x timex.Timex) int {
	before := strings.TrimRight(text[:x.Start], " ")
	switch w := lastWord(before); strings.ToLower(w) {
	case "since", "until", "till", "before", "after", "from", "between", "by":
		return len(before) - len(w)
	}
	return x.Start
}

// lastWord returns the last space-separated word of s.
func lastWord(s string) string {
	s = strings.TrimRight(s, " ")
	if i := strings.LastIndexAny(s, " \n\t(“\""); i >= 0 {
		return s[i+1:]
	}
	return s
}

// points is what a TIMEX3 value says of when.
type points struct {
	start, end  timeline.Point
	approximate bool
}

// pointsOf reads a TIMEX3 value as points; ok is false for values that
// give no calendar date (durations, sets, "the past", X-filled values).
func pointsOf(value string, published timeline.Point) (points, bool) {
	if value == "PRESENT_REF" {
		return points{start: timeline.DayPoint(published.Time.Year(), published.Time.Month(), published.Time.Day()), approximate: true}, true
	}
	if strings.Contains(value, "X") || value == "" || value[0] == 'P' || !isDigit(value[0]) {
		return points{}, false
	}
	if t := strings.IndexByte(value, 'T'); t > 0 && len(value) >= t+6 && value[t+3] == ':' {
		// A clock time: "2026-01-06T20:00", possibly with a zone after.
		if p, err := timeline.ParsePoint(value[:t+6]); err == nil {
			return points{start: p}, true
		}
		return points{}, false
	} else if t > 0 {
		value = value[:t] // a part of a day: its day
	}
	if p, err := timeline.ParsePoint(value); err == nil {
		return points{start: p}, true
	}
	year, err := strconv.Atoi(value[:min(4, len(value))])
	switch {
	case len(value) == 3 && err == nil: // a decade: "199"
		return points{start: timeline.YearPoint(year * 10), end: timeline.YearPoint(year*10 + 9)}, year > 0
	case len(value) == 2 && err == nil: // a century: "19" is the 1900s
		return points{start: timeline.YearPoint(max(1, year*100)), end: timeline.YearPoint(year*100 + 99)}, true
	case err != nil || len(value) < 7 || value[4] != '-' || year < 1:
		return points{}, false
	}
	rest := value[5:]
	month := func(m int) timeline.Point { return timeline.MonthPoint(year, time.Month(m)) }
	switch {
	case strings.HasPrefix(rest, "W"):
		week, err := strconv.Atoi(strings.TrimSuffix(rest[1:], "-WE"))
		if err != nil || week < 1 || week > 53 {
			return points{}, false
		}
		monday := isoWeekMonday(year, week)
		if strings.HasSuffix(rest, "-WE") {
			sat, sun := monday.AddDate(0, 0, 5), monday.AddDate(0, 0, 6)
			return points{start: dayPoint(sat), end: dayPoint(sun)}, true
		}
		return points{start: dayPoint(monday), end: dayPoint(monday.AddDate(0, 0, 6)), approximate: true}, true
	case len(rest) == 2 && rest[0] == 'Q' && rest[1] >= '1' && rest[1] <= '4':
		q := int(rest[1] - '0')
		return points{start: month(3*q - 2), end: month(3 * q)}, true
	case rest == "H1":
		return points{start: month(1), end: month(6)}, true
	case rest == "H2":
		return points{start: month(7), end: month(12)}, true
	case rest == "SP":
		return points{start: month(3), end: month(5), approximate: true}, true
	case rest == "SU":
		return points{start: month(6), end: month(8), approximate: true}, true
	case rest == "FA":
		return points{start: month(9), end: month(11), approximate: true}, true
	case rest == "WI":
		return points{start: month(12), end: timeline.MonthPoint(year+1, time.February), approximate: true}, year < 9999
	}
	return points{}, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func dayPoint(t time.Time) timeline.Point { return timeline.DayPoint(t.Year(), t.Month(), t.Day()) }

// isoWeekMonday returns the Monday of ISO week w of year y.
func isoWeekMonday(y, w int) time.Time {
	jan4 := time.Date(y, time.January, 4, 0, 0, 0, 0, time.UTC)
	offset := (int(jan4.Weekday()) + 6) % 7 // days since Monday
	return jan4.AddDate(0, 0, -offset+7*(w-1))
}

// next returns the point right after p at its precision: 2024 → 2025.
func next(p timeline.Point) timeline.Point {
	f := p.Finish()
	switch p.Precision {
	case timeline.Year:
		return timeline.YearPoint(f.Year())
	case timeline.Month:
		return timeline.MonthPoint(f.Year(), f.Month())
	case timeline.Minute:
		return timeline.MinutePoint(f.Year(), f.Month(), f.Day(), f.Hour(), f.Minute())
	}
	return timeline.DayPoint(f.Year(), f.Month(), f.Day())
}

// resolutionOf is how a date was resolved, from the tagger's explanation
// without the "Saturday → Sat 3 Jan 2026, " it may begin with: the event's
// date and expression already say that.
func resolutionOf(explanation string) string {
	if i := strings.Index(explanation, " → "); i >= 0 {
		if j := strings.Index(explanation[i:], ", "); j >= 0 {
			return explanation[i+j+2:]
		}
	}
	return explanation
}

// countedFromDate dates an event by a count of days or weeks from a day
// the text names: "the day before last Tuesday's hearing" is the Monday,
// "two days after the Jan. 5 ruling" Jan. 7. A span of time rather than a
// point ("for two days before the vote", "the last two days before it",
// "the week before Christmas") is left to the date itself.
func countedFromDate(text string, x timex.Timex, d points) (timeline.Date, bool) {
	if !d.end.IsZero() || d.start.Precision != timeline.Day {
		return timeline.Date{}, false
	}
	// The words before the date, last first: ["the"], "before" or
	// "after", "day(s)" or "week(s)", the count.
	var words [4]string
	at, n := x.Start, 0
	for n < len(words) && at > 0 && x.Start-at < 48 {
		before := strings.TrimRight(text[:at], " ")
		w := lastWord(before)
		if w == "" || len(before) == at {
			break // no space before: not a word of its own
		}
		at = len(before) - len(w)
		words[n] = strings.ToLower(w)
		n++
		if n == 1 && words[0] != "the" {
			words[1], words[0], n = words[0], "", 2 // no "the" before the date
		}
	}
	rel, unit, count := words[1], words[2], words[3]
	if n < 4 || rel != "before" && rel != "after" {
		return timeline.Date{}, false
	}
	days := 1
	switch unit {
	case "day", "days":
	case "week", "weeks":
		days = 7
	default:
		return timeline.Date{}, false
	}
	k, ok := unitCount(count, unit)
	if !ok {
		return timeline.Date{}, false
	}
	// A span of time, not a point: "for two days before the vote", "the
	// last two days before it".
	switch strings.ToLower(lastWord(strings.TrimRight(text[:at], " "))) {
	case "for", "over", "within", "during", "in", "last", "first", "past", "final", "next", "few", "several":
		return timeline.Date{}, false
	}
	if rel == "before" {
		k = -k
	}
	phrase := strings.Join([]string{count, unit, rel}, " ")
	return timeline.Date{
		Start:       dayPoint(d.start.Time.AddDate(0, 0, k*days)),
		Approximate: d.approximate,
		Expression:  text[at:x.End],
		Resolution:  fmt.Sprintf("%s “%s”: %s", phrase, x.Text, resolutionOf(x.Explanation)),
	}, true
}
