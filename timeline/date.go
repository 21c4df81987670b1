package timeline

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision is how finely a Point is known.
type Precision uint8

const (
	Undated Precision = iota // no date at all
	Year                     // "2026"
	Month                    // "2025-11"
	Day                      // "2026-01-03"
	Minute                   // "2026-01-03T20:00"
)

var precisionNames = [...]string{"undated", "year", "month", "day", "minute"}

// String returns the name used in JSON output: "undated", "year", "month",
// "day" or "minute".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return fmt.Sprintf("Precision(%d)", p)
}

// A Point is a calendar date known to some precision: a year, a month, a
// day or a minute. The zero Point is undated. Points carry no time zone:
// they are the local dates a news article speaks of.
type Point struct {
	// Time is the first instant of the point, in UTC: 2025-11 is
	// 2025-11-01T00:00Z. Finer fields below the precision are zero.
	Time time.Time
	// Precision says how much of Time is known.
	Precision Precision
}

// YearPoint, MonthPoint, DayPoint and MinutePoint make Points.
func YearPoint(y int) Point { return Point{time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), Year} }
func MonthPoint(y int, m time.Month) Point {
	return Point{time.Date(y, m, 1, 0, 0, 0, 0, time.UTC), Month}
}
func DayPoint(y int, m time.Month, d int) Point {
	return Point{time.Date(y, m, d, 0, 0, 0, 0, time.UTC), Day}
}
func MinutePoint(y int, m time.Month, d, hour, min int) Point {
	return Point{time.Date(y, m, d, hour, min, 0, 0, time.UTC), Minute}
}

// IsZero reports whether p is undated.
func (p Point) IsZero() bool { return p.Precision == Undated }

// Begin is the first instant of p.
func (p Point) Begin() time.Time { return p.Time }

// Finish is the first instant after p: 2025-11 finishes at 2025-12-01T00:00Z.
func (p Point) Finish() time.Time {
	switch p.Precision {
	case Year:
		return p.Time.AddDate(1, 0, 0)
	case Month:
		return p.Time.AddDate(0, 1, 0)
	case Day:
		return p.Time.AddDate(0, 0, 1)
	case Minute:
		return p.Time.Add(time.Minute)
	}
	return p.Time
}

// String formats p as the file format writes it: "2026", "2025-11",
// "2026-01-03", "2026-01-03T20:00", or "" when undated.
func (p Point) String() string {
	t := p.Time
	switch p.Precision {
	case Year:
		return fmt.Sprintf("%04d", t.Year())
	case Month:
		return fmt.Sprintf("%04d-%02d", t.Year(), int(t.Month()))
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", t.Year(), int(t.Month()), t.Day())
	case Minute:
		return fmt.Sprintf("%04d-%02d-%02dT%02d:%02d", t.Year(), int(t.Month()), t.Day(), t.Hour(), t.Minute())
	}
	return ""
}

// MarshalText writes the form String gives.
func (p Point) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText reads the forms ParsePoint accepts.
func (p *Point) UnmarshalText(b []byte) error {
	pt, err := ParsePoint(string(b))
	if err != nil {
		return err
	}
	*p = pt
	return nil
}

// ParsePoint parses the forms String writes. The empty string is the zero
// (undated) Point. Years run from 0001 to 9999.
func ParsePoint(s string) (Point, error) {
	if s == "" {
		return Point{}, nil
	}
	bad := func(why string) (Point, error) {
		return Point{}, fmt.Errorf("invalid date %q: %s (want YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDThh:mm)", s, why)
	}
	num := func(part string) (int, bool) {
		for i := 0; i < len(part); i++ {
			if part[i] < '0' || part[i] > '9' {
				return 0, false
			}
		}
		n, err := strconv.Atoi(part)
		return n, err == nil
	}
	if len(s) != 4 && len(s) != 7 && len(s) != 10 && len(s) != 16 {
		return bad("wrong length")
	}
	y, ok := num(s[0:4])
	if !ok || y < 1 {
		return bad("bad year")
	}
	if len(s) == 4 {
		return YearPoint(y), nil
	}
	if s[4] != '-' {
		return bad("expected '-' after the year")
	}
	m, ok := num(s[5:7])
	if !ok || m < 1 || m > 12 {
		return bad("month out of range")
	}
	if len(s) == 7 {
		return MonthPoint(y, time.Month(m)), nil
	}
	if s[7] != '-' {
		return bad("expected '-' after the month")
	}
	d, ok := num(s[8:10])
	if !ok || d < 1 || d > daysIn(y, time.Month(m)) {
		return bad("day out of range")
	}
	if len(s) == 10 {
		return DayPoint(y, time.Month(m), d), nil
	}
	if s[10] != 'T' || s[13] != ':' {
		return bad("expected THH:MM after the day")
	}
	hh, ok1 := num(s[11:13])
	mm, ok2 := num(s[14:16])
	if !ok1 || !ok2 || hh > 23 || mm > 59 {
		return bad("time out of range")
	}
	return MinutePoint(y, time.Month(m), d, hh, mm), nil
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// Compare orders points by their first instant, then coarser before finer
// (2026 before 2026-01 before 2026-01-01). Undated points come last.
func (p Point) Compare(q Point) int {
	if p.IsZero() || q.IsZero() {
		switch {
		case p.IsZero() && q.IsZero():
			return 0
		case p.IsZero():
			return 1
		default:
			return -1
		}
	}
	if c := p.Time.Compare(q.Time); c != 0 {
		return c
	}
	return int(p.Precision) - int(q.Precision)
}

// Human formats p for people: "2026", "Nov 2025", "Sat 3 Jan 2026",
// "Sat 3 Jan 2026, 20:00", or "undated".
func (p Point) Human() string {
	t := p.Time
	switch p.Precision {
	case Year:
		return strconv.Itoa(t.Year())
	case Month:
		return t.Format("Jan 2006")
	case Day:
		return t.Format("Mon 2 Jan 2006")
	case Minute:
		return t.Format("Mon 2 Jan 2006, 15:04")
	}
	return "undated"
}

// A Date is when an event happened, as well as the article lets us know:
// an instant or a period at some precision, possibly approximate; or
// undated, possibly with open bounds. It keeps the words it came from.
type Date struct {
	// Start is the instant of the event, or the beginning of a period.
	// Zero when undated.
	Start Point `json:"start,omitzero"`
	// End is the last point of a period, inclusive ("since November": Start
	// 2025-11, End 2026-01-06, the publication day). Zero for an instant.
	End Point `json:"end,omitzero"`
	// After and Before bound an undated event, exclusively: an attack
	// reported as past at a meeting on 6 January 2026 has Before
	// 2026-01-06. Either may be zero (open).
	After  Point `json:"after,omitzero"`
	Before Point `json:"before,omitzero"`
	// Approximate marks a date the article gives loosely ("around", "early
	// December").
	Approximate bool `json:"approximate,omitzero"`
	// Expression is the article's own words for the date: "Saturday".
	Expression string `json:"expression,omitempty"`
	// Resolution says how Expression became Start and End: "the Saturday
	// before publication (Tue 6 Jan 2026)".
	Resolution string `json:"resolution,omitempty"`
}

// IsZero reports whether d carries no date and no bounds.
func (d Date) IsZero() bool { return d == Date{} }

// Dated reports whether d has a Start.
func (d Date) Dated() bool { return !d.Start.IsZero() }

// IsPeriod reports whether d spans from Start to a separate End.
func (d Date) IsPeriod() bool { return !d.End.IsZero() }

// Precision is the precision of Start (Undated for undated events).
func (d Date) Precision() Precision { return d.Start.Precision }

// Begin and Finish give the half-open interval of time d covers:
// [Start.Begin, End.Finish) for periods, [Start.Begin, Start.Finish) for
// instants. Both are zero when undated.
func (d Date) Begin() time.Time { return d.Start.Begin() }
func (d Date) Finish() time.Time {
	if d.IsPeriod() {
		return d.End.Finish()
	}
	return d.Start.Finish()
}

// Human formats d for people: "Sat 3 Jan 2026", "Nov 2025 – Tue 6 Jan
// 2026", "c. Dec 2025", "undated (before Tue 6 Jan 2026)".
func (d Date) Human() string {
	var s string
	switch {
	case d.IsPeriod():
		s = d.Start.Human() + " – " + d.End.Human()
	case d.Dated():
		s = d.Start.Human()
	default:
		s = "undated"
		switch {
		case !d.After.IsZero() && !d.Before.IsZero():
			s += " (between " + d.After.Human() + " and " + d.Before.Human() + ")"
		case !d.Before.IsZero():
			s += " (before " + d.Before.Human() + ")"
		case !d.After.IsZero():
			s += " (after " + d.After.Human() + ")"
		}
		return s
	}
	if d.Approximate {
		s = "c. " + s
	}
	return s
}

// Known says in words how precisely d is known, for people: "known to
// the day", "approximately, to the month", "from the month to the day"
// for a period; "" when undated.
func (d Date) Known() string {
	if !d.Dated() {
		return ""
	}
	s := "known to the " + d.Start.Precision.String()
	if d.IsPeriod() {
		s = "from the " + d.Start.Precision.String() + " to the " + d.End.Precision.String()
		if d.Start.Precision == d.End.Precision {
			s = "from and to the " + d.Start.Precision.String()
		}
	}
	if d.Approximate {
		s = "approximately, " + strings.TrimPrefix(s, "known ")
	}
	return s
}

// check reports what is wrong with d, or nil.
func (d Date) check() error {
	switch {
	case d.IsPeriod() && !d.Dated():
		return fmt.Errorf("a period needs a start (end %s has none)", d.End)
	case d.IsPeriod() && !d.End.Finish().After(d.Start.Begin()):
		return fmt.Errorf("end %s is before start %s", d.End, d.Start)
	case d.Dated() && (!d.After.IsZero() || !d.Before.IsZero()):
		return fmt.Errorf("after/before bound undated events only; this one starts %s", d.Start)
	case !d.After.IsZero() && !d.Before.IsZero() && !d.Before.Begin().After(d.After.Finish()):
		return fmt.Errorf("nothing lies after %s and before %s", d.After, d.Before)
	}
	return nil
}
