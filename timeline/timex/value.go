package timex

// TIMEX3 values, and the calendar arithmetic behind them.

import (
	"fmt"
	"strconv"
	"time"
)

// timeSuffix is the time-of-day part of a day value: "T20:00", "TMO".
func timeSuffix(ph *phrase) string {
	switch {
	case ph.hasClock:
		return fmt.Sprintf("T%02d:%02d", ph.hour, ph.minute)
	case ph.dayPart != "":
		return "T" + ph.dayPart
	}
	return ""
}

// durationValue writes a TIMEX3 duration: P3M, PT5H30M, PXY.
func durationValue(n int, u unit, half, vague bool) string {
	if vague {
		switch u {
		case uSecond:
			return "PTXS"
		case uMinute:
			return "PTXM"
		case uHour:
			return "PTXH"
		case uDecade: // TimeBank's letters: E decade, C century, L millennium
			return "PXE"
		case uCentury:
			return "PXC"
		case uMillennium:
			return "PXL"
		}
		return "PX" + unitLetter(u)
	}
	switch u {
	case uDecade:
		n, u = n*10, uYear
		if half {
			n, half = n+5, false
		}
	case uCentury:
		n, u = n*100, uYear
		if half {
			n, half = n+50, false
		}
	case uMillennium:
		n, u = n*1000, uYear
	case uWeekend:
		n, u = n*2, uDay
	}
	s := strconv.Itoa(n)
	if !half {
		switch u {
		case uSecond, uMinute, uHour:
			return "PT" + s + unitLetter(u)
		}
		return "P" + s + unitLetter(u)
	}
	// n and a half units: write the half in the next smaller unit.
	switch u {
	case uSecond:
		return "PT" + s + ".5S"
	case uMinute:
		return joinDuration("PT", n, "M", 30, "S")
	case uHour:
		return joinDuration("PT", n, "H", 30, "M")
	case uDay:
		return joinDuration("P", n, "DT", 12, "H")
	case uWeek:
		return "P" + strconv.Itoa(n*7+3) + "DT12H"
	case uMonth:
		return joinDuration("P", n, "M", 15, "D")
	case uQuarter:
		return "P" + strconv.Itoa(n*3+1) + "M15D"
	case uYear:
		return joinDuration("P", n, "Y", 6, "M")
	}
	return "P" + s + unitLetter(u)
}

// joinDuration writes "PT5H30M", or "PT30M" when n is 0 ("half an hour").
func joinDuration(prefix string, n int, big string, m int, small string) string {
	if n == 0 {
		if big == "DT" {
			return "PT12H"
		}
		return prefix + strconv.Itoa(m) + small
	}
	return prefix + strconv.Itoa(n) + big + strconv.Itoa(m) + small
}

func unitLetter(u unit) string {
	switch u {
	case uSecond:
		return "S"
	case uMinute:
		return "M"
	case uHour:
		return "H"
	case uDay:
		return "D"
	case uWeek:
		return "W"
	case uWeekend:
		return "WE"
	case uMonth:
		return "M"
	case uQuarter:
		return "Q"
	case uHalf:
		return "H"
	case uYear:
		return "Y"
	}
	return "X"
}

func unitName(u unit) string {
	return [...]string{"", "second", "minute", "hour", "day", "week", "weekend", "month",
		"quarter", "half year", "season", "year", "decade", "century", "millennium"}[u]
}

func ordinalWord(n int) string {
	if n >= 1 && n <= 4 {
		return [...]string{"first", "second", "third", "fourth"}[n-1]
	}
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}

// civil returns midnight UTC of a calendar day.
func civil(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func daysIn(y int, m time.Month) int { return civil(y, m+1, 0).Day() }

func quarterOf(t time.Time) int { return (int(t.Month())-1)/3 + 1 }

func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && (a < 0) != (b < 0) {
		q--
	}
	return q
}

// yearValue writes a year as four digits, or XXXX outside 0–9999.
func yearValue(y int) string {
	if y < 0 || y > 9999 {
		return "XXXX"
	}
	return fmt.Sprintf("%04d", y)
}

func monthValue(y int, m time.Month) string { return fmt.Sprintf("%s-%02d", yearValue(y), m) }

func quarterValue(y, q int) string { return fmt.Sprintf("%s-Q%d", yearValue(y), q) }

func dayValue(t time.Time) string {
	if t.Year() < 0 || t.Year() > 9999 {
		return "XXXX-XX-XX"
	}
	return t.Format("2006-01-02")
}

// weekValue writes the ISO week of t: "2026-W02".
func weekValue(t time.Time) string {
	y, w := t.ISOWeek()
	return fmt.Sprintf("%s-W%02d", yearValue(y), w)
}
