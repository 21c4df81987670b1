package timelineview

import (
	"strconv"
	"time"

	"newsline/app/i18n"
)

// The time axis picks, for the current zoom, the finest calendar unit
// whose labels still fit: hours, days, weeks, months, quarters, years or
// decades. Each scale has a coarser "major" unit labelled on the upper row.

type tickUnit uint8

const (
	unitHour tickUnit = iota
	unitDay
	unitWeek
	unitMonth
	unitYear
	unitNone
)

type tickScale struct {
	unit  tickUnit
	step  int
	major tickUnit
	// minPx is the narrowest spacing at which the labels stay readable.
	minPx float32
}

var tickScales = []tickScale{
	// Hours only once a day is wide: at a week's zoom, days read better.
	{unitHour, 1, unitDay, 50},
	{unitHour, 3, unitDay, 100},
	{unitHour, 6, unitDay, 100},
	{unitDay, 1, unitMonth, 50},
	{unitWeek, 1, unitMonth, 50},
	{unitMonth, 1, unitYear, 34},
	{unitMonth, 3, unitYear, 60},
	{unitYear, 1, unitNone, 40},
	{unitYear, 2, unitNone, 40},
	{unitYear, 5, unitNone, 40},
	{unitYear, 10, unitNone, 40},
	{unitYear, 25, unitNone, 40},
	{unitYear, 50, unitNone, 40},
	{unitYear, 100, unitNone, 40},
}

// approxSeconds is the typical length of one step of a scale.
func (s tickScale) approxSeconds() float64 {
	return float64(s.step) * unitApproxSeconds(s.unit)
}

func unitApproxSeconds(u tickUnit) float64 {
	switch u {
	case unitHour:
		return 3600
	case unitDay:
		return 86400
	case unitWeek:
		return 7 * 86400
	case unitMonth:
		return 30.44 * 86400
	}
	return 365.25 * 86400
}

// chooseScale returns the index of the finest scale whose steps are at
// least minPx wide at secPerPx seconds per pixel.
func chooseScale(secPerPx float64) int {
	for i, s := range tickScales {
		if s.approxSeconds()/secPerPx >= float64(s.minPx) {
			return i
		}
	}
	return len(tickScales) - 1
}

// floorTick returns the last tick of unit u with the given step at or
// before t.
func floorTick(t time.Time, u tickUnit, step int) time.Time {
	y, m, d := t.Date()
	switch u {
	case unitHour:
		return time.Date(y, m, d, t.Hour()-t.Hour()%step, 0, 0, 0, time.UTC)
	case unitDay:
		day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if step > 1 {
			n := int(floorDiv(day.Unix(), 86400))
			day = day.AddDate(0, 0, -mod(n, step))
		}
		return day
	case unitWeek:
		day := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		back := (int(day.Weekday()) + 6) % 7 // Monday starts the week
		return day.AddDate(0, 0, -back)
	case unitMonth:
		mi := int(m) - 1
		return time.Date(y, time.Month(mi-mi%step+1), 1, 0, 0, 0, 0, time.UTC)
	}
	return time.Date(y-mod(y, step), 1, 1, 0, 0, 0, 0, time.UTC)
}

// nextTick returns the tick after t.
func nextTick(t time.Time, u tickUnit, step int) time.Time {
	switch u {
	case unitHour:
		return t.Add(time.Duration(step) * time.Hour)
	case unitDay:
		return t.AddDate(0, 0, step)
	case unitWeek:
		return t.AddDate(0, 0, 7*step)
	case unitMonth:
		return t.AddDate(0, step, 0)
	}
	return t.AddDate(step, 0, 0)
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

func mod(a, b int) int { return ((a % b) + b) % b }

// tickLabel formats a minor tick of the scale.
func tickLabel(t time.Time, s tickScale) string {
	switch s.unit {
	case unitHour:
		return i18n.Format(t, i18n.Clock)
	case unitDay:
		return i18n.Format(t, i18n.WeekdayDay)
	case unitWeek:
		return i18n.Format(t, i18n.DayMonth)
	case unitMonth:
		return i18n.Format(t, i18n.MonthAlone)
	}
	return strconv.Itoa(t.Year())
}

// majorLabel formats a tick of a major unit, in full or short.
func majorLabel(t time.Time, u tickUnit, short bool) string {
	switch {
	case u == unitDay && short:
		return i18n.Format(t, i18n.WeekdayDayMonth)
	case u == unitDay:
		return i18n.Format(t, i18n.FullDate)
	case u == unitMonth && short:
		return i18n.Format(t, i18n.MonthYear)
	case u == unitMonth:
		return i18n.Format(t, i18n.FullMonthYear)
	}
	return strconv.Itoa(t.Year())
}

// labelCentred reports whether a scale's labels name the whole cell
// between two ticks (a day, a month, a year) rather than the tick.
func (s tickScale) labelCentred() bool {
	return s.step == 1 && (s.unit == unitDay || s.unit == unitMonth || s.unit == unitYear)
}
