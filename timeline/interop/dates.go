package interop

import (
	"fmt"
	"strings"
	"time"

	"newsline/timeline"
)

// pointOf reads a TimelineJS date as a Point: the finest part it gives
// sets the precision (a year alone is a year, a month a month, a day a
// day, an hour or minute a minute). Seconds and milliseconds are finer
// than Newsline keeps: lost reports whether a non-zero one was dropped.
// Errors start with the part at fault: "year: 0 is outside …".
func pointOf(d *tlDate) (p timeline.Point, lost bool, err error) {
	if !d.Year.Set {
		return p, false, partErr("year", "missing (a date needs at least a year)")
	}
	y := d.Year.N
	if y < 1 || y > 9999 {
		return p, false, partErr("year", "%d is outside the years Newsline reads (1 to 9999)", y)
	}
	if !d.Month.Set {
		for _, x := range []struct {
			name string
			p    part
		}{{"day", d.Day}, {"hour", d.Hour}, {"minute", d.Minute}} {
			if x.p.Set {
				return p, false, partErr(x.name, "given without a month")
			}
		}
		return timeline.YearPoint(int(y)), false, nil
	}
	m := d.Month.N
	if m < 1 || m > 12 {
		return p, false, partErr("month", "%d is not a month (1 to 12; TimelineJS counts months from 1)", m)
	}
	if !d.Day.Set {
		for _, x := range []struct {
			name string
			p    part
		}{{"hour", d.Hour}, {"minute", d.Minute}} {
			if x.p.Set {
				return p, false, partErr(x.name, "given without a day")
			}
		}
		return timeline.MonthPoint(int(y), time.Month(m)), false, nil
	}
	day := d.Day.N
	if n := daysIn(int(y), time.Month(m)); day < 1 || day > int64(n) {
		return p, false, partErr("day", "%d is not a day of %s %d (1 to %d)", day, time.Month(m), y, n)
	}
	if !d.Hour.Set {
		if d.Minute.Set {
			return p, false, partErr("minute", "given without an hour")
		}
		return timeline.DayPoint(int(y), time.Month(m), int(day)), false, nil
	}
	h, mi := d.Hour.N, d.Minute.N
	switch {
	case h < 0 || h > 23:
		return p, false, partErr("hour", "%d is not an hour (0 to 23)", h)
	case mi < 0 || mi > 59:
		return p, false, partErr("minute", "%d is not a minute (0 to 59)", mi)
	case d.Second.Set && (d.Second.N < 0 || d.Second.N > 59):
		return p, false, partErr("second", "%d is not a second (0 to 59)", d.Second.N)
	case d.Millisecond.Set && (d.Millisecond.N < 0 || d.Millisecond.N > 999):
		return p, false, partErr("millisecond", "%d is not a millisecond (0 to 999)", d.Millisecond.N)
	}
	lost = d.Second.N != 0 || d.Millisecond.N != 0
	return timeline.MinutePoint(int(y), time.Month(m), int(day), int(h), int(mi)), lost, nil
}

// A partError says what is wrong with one part of a date.
type partError struct {
	Part    string // "year", "month", …
	Message string
}

func (e *partError) Error() string { return e.Part + ": " + e.Message }

func partErr(part, format string, args ...any) error {
	return &partError{part, fmt.Sprintf(format, args...)}
}

func daysIn(y int, m time.Month) int {
	return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// tlDateOf writes p as a TimelineJS date with the parts its precision
// gives, so that TimelineJS shows it at that precision and reading it
// back gives p.
func tlDateOf(p timeline.Point) *tlDate {
	t := p.Time
	d := &tlDate{Year: num(t.Year())}
	if p.Precision >= timeline.Month {
		d.Month = num(int(t.Month()))
	}
	if p.Precision >= timeline.Day {
		d.Day = num(t.Day())
	}
	if p.Precision >= timeline.Minute {
		d.Hour, d.Minute = num(t.Hour()), num(t.Minute())
	}
	return d
}

// spelled writes p in words as a display date: "2025", "November 2025",
// "6 January 2026", "6 January 2026, 20:00".
func spelled(p timeline.Point) string {
	t := p.Time
	switch p.Precision {
	case timeline.Year:
		return fmt.Sprint(t.Year())
	case timeline.Month:
		return t.Format("January 2006")
	case timeline.Day:
		return t.Format("2 January 2006")
	case timeline.Minute:
		return t.Format("2 January 2006, 15:04")
	}
	return ""
}

// displayDate is the wording TimelineJS shows for d in place of the dates
// it would format itself, when those alone would say more than the
// article does: "since November 2025" for a period the article gives by
// its start, "c. December 2025" for an approximate date. "" otherwise.
func displayDate(d timeline.Date) string {
	switch {
	case !d.Dated():
		return ""
	case d.IsPeriod() && hasPrefixFold(d.Expression, "since ") && d.Approximate:
		return "since " + approxPrefix + spelled(d.Start)
	case d.IsPeriod() && hasPrefixFold(d.Expression, "since "):
		return "since " + spelled(d.Start)
	case d.Approximate && d.IsPeriod():
		return approxPrefix + spelled(d.Start) + " – " + spelled(d.End)
	case d.Approximate:
		return approxPrefix + spelled(d.Start)
	}
	return ""
}

// approxPrefix marks an approximate date in a display date, as
// timeline.Date.Human does.
const approxPrefix = "c. "

// approximateWords start display dates that give a date loosely.
var approximateWords = []string{"c. ", "c.", "ca. ", "circa ", "around ", "about ", "approximately ", "approx. "}

// isApproximate reports whether a display date gives its date loosely:
// "c. December 2025", "since about 1990".
func isApproximate(display string) bool {
	if hasPrefixFold(display, "since ") {
		display = display[len("since "):]
	}
	for _, w := range approximateWords {
		if hasPrefixFold(display, w) {
			return true
		}
	}
	return false
}

func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}
