package timex

import "time"

// A holiday is a named day whose date each year follows a rule.
type holiday struct {
	words []string // lower-case tokens: "new", "year", "'", "s", "day"
	name  string   // for explanations
	date  func(year int) time.Time
}

// fixed returns the rule of a holiday on the same day every year.
func fixed(m time.Month, d int) func(int) time.Time {
	return func(y int) time.Time { return civil(y, m, d) }
}

// nthWeekday returns the rule of a holiday on the n-th weekday of a month
// (n = -1: the last one).
func nthWeekday(m time.Month, wd time.Weekday, n int) func(int) time.Time {
	return func(y int) time.Time {
		if n < 0 {
			last := civil(y, m+1, 0)
			return last.AddDate(0, 0, -((int(last.Weekday()) - int(wd) + 7) % 7))
		}
		first := civil(y, m, 1)
		return first.AddDate(0, 0, (int(wd)-int(first.Weekday())+7)%7+7*(n-1))
	}
}

// easter returns Easter Sunday of year y (Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return civil(y, time.Month(month), day)
}

// holidays are the named days the tagger knows, longest names first so
// that "Christmas Eve" wins over "Christmas".
var holidays = []holiday{
	{[]string{"new", "year", "'", "s", "eve"}, "New Year's Eve", fixed(time.December, 31)},
	{[]string{"new", "year", "’", "s", "eve"}, "New Year's Eve", fixed(time.December, 31)},
	{[]string{"new", "year", "'", "s", "day"}, "New Year's Day", fixed(time.January, 1)},
	{[]string{"new", "year", "’", "s", "day"}, "New Year's Day", fixed(time.January, 1)},
	{[]string{"martin", "luther", "king", "day"}, "Martin Luther King Day", nthWeekday(time.January, time.Monday, 3)},
	{[]string{"valentine", "'", "s", "day"}, "Valentine's Day", fixed(time.February, 14)},
	{[]string{"valentine", "’", "s", "day"}, "Valentine's Day", fixed(time.February, 14)},
	{[]string{"mother", "'", "s", "day"}, "Mother's Day", nthWeekday(time.May, time.Sunday, 2)},
	{[]string{"mother", "’", "s", "day"}, "Mother's Day", nthWeekday(time.May, time.Sunday, 2)},
	{[]string{"father", "'", "s", "day"}, "Father's Day", nthWeekday(time.June, time.Sunday, 3)},
	{[]string{"father", "’", "s", "day"}, "Father's Day", nthWeekday(time.June, time.Sunday, 3)},
	{[]string{"christmas", "eve"}, "Christmas Eve", fixed(time.December, 24)},
	{[]string{"christmas", "day"}, "Christmas Day", fixed(time.December, 25)},
	{[]string{"christmas"}, "Christmas", fixed(time.December, 25)},
	{[]string{"boxing", "day"}, "Boxing Day", fixed(time.December, 26)},
	{[]string{"thanksgiving", "day"}, "Thanksgiving Day", nthWeekday(time.November, time.Thursday, 4)},
	{[]string{"thanksgiving"}, "Thanksgiving", nthWeekday(time.November, time.Thursday, 4)},
	{[]string{"independence", "day"}, "Independence Day", fixed(time.July, 4)},
	{[]string{"bastille", "day"}, "Bastille Day", fixed(time.July, 14)},
	{[]string{"halloween"}, "Halloween", fixed(time.October, 31)},
	{[]string{"veterans", "day"}, "Veterans Day", fixed(time.November, 11)},
	{[]string{"armistice", "day"}, "Armistice Day", fixed(time.November, 11)},
	{[]string{"labor", "day"}, "Labor Day", nthWeekday(time.September, time.Monday, 1)},
	{[]string{"memorial", "day"}, "Memorial Day", nthWeekday(time.May, time.Monday, -1)},
	{[]string{"columbus", "day"}, "Columbus Day", nthWeekday(time.October, time.Monday, 2)},
	{[]string{"presidents", "day"}, "Presidents Day", nthWeekday(time.February, time.Monday, 3)},
	{[]string{"election", "day"}, "Election Day", func(y int) time.Time {
		// The Tuesday after the first Monday of November.
		return nthWeekday(time.November, time.Monday, 1)(y).AddDate(0, 0, 1)
	}},
	{[]string{"easter", "sunday"}, "Easter Sunday", easter},
	{[]string{"easter", "monday"}, "Easter Monday", func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }},
	{[]string{"good", "friday"}, "Good Friday", func(y int) time.Time { return easter(y).AddDate(0, 0, -2) }},
	{[]string{"easter"}, "Easter", easter},
}

// holidayAt parses a holiday name, capitalised: "Thanksgiving Day",
// "Christmas Eve", "New Year's Day". It returns the index in holidays.
func (p *parser) holidayAt(i int) (h, end int, ok bool) {
	if t := p.tok(i); !t.upper || !t.content {
		return 0, 0, false // every holiday's first word is a content word
	}
next:
	for h, hd := range holidays {
		for k, w := range hd.words {
			if p.tok(i+k).low != w {
				continue next
			}
		}
		return h, i + len(hd.words), true
	}
	return 0, 0, false
}

// holidayPhrase parses "Thanksgiving", "last Christmas", "Christmas Day 1998".
func (p *parser) holidayPhrase(i int) (match, bool) {
	ph := phrase{kind: pHoliday}
	j := i
	if p.is(j, "last", "next", "this") {
		ph.dir = map[string]int{"last": -1, "next": 1, "this": 0}[p.w(j)]
		ph.thisDir = p.is(j, "this")
		j++
	}
	h, end, ok := p.holidayAt(j)
	if !ok {
		return match{}, false
	}
	ph.ordinal = h
	k := end
	if p.mark(k, ",") {
		k++
	}
	if y, e, ok := p.yearAt(k); ok && p.tok(k).kind == tNum {
		ph.year, end = y, e
	}
	return match{end, ph}, true
}
