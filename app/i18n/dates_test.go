package i18n

import (
	"testing"
	"time"

	"newsline/timeline"
)

func TestFormatIn(t *testing.T) {
	sat := time.Date(2026, time.January, 3, 20, 0, 0, 0, time.UTC)
	mon := time.Date(2025, time.November, 10, 9, 5, 0, 0, time.UTC)
	fri := time.Date(2026, time.May, 1, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		code   string
		t      time.Time
		layout Layout
		want   string
	}{
		// English stays as Newsline always wrote it (time.Format's).
		{"en", sat, DayDate, sat.Format("Mon 2 Jan 2006")},
		{"en", sat, MinuteDate, sat.Format("Mon 2 Jan 2006, 15:04")},
		{"en", mon, MonthYear, mon.Format("Jan 2006")},
		{"en", mon, FullDate, mon.Format("Monday 2 January 2006")},
		{"en", mon, FullMonthYear, mon.Format("January 2006")},
		{"en", mon, WeekdayDay, mon.Format("Mon 2")},
		{"en", mon, WeekdayDayMonth, mon.Format("Mon 2 Jan")},
		{"en", mon, DayMonth, mon.Format("2 Jan")},
		{"en", mon, MonthAlone, mon.Format("Jan")},
		{"en", mon, Clock, mon.Format("15:04")},
		{"en", mon, DayMonthYear, mon.Format("2 Jan 2006")},
		{"xx", sat, DayDate, "Sat 3 Jan 2026"}, // no locale: English

		{"uk", sat, DayDate, "сб, 3 січ. 2026"},
		{"uk", sat, MinuteDate, "сб, 3 січ. 2026 о 20:00"},
		{"uk", mon, MonthYear, "лист. 2025"},
		{"uk", mon, FullDate, "понеділок, 10 листопада 2025"},
		{"uk", mon, FullMonthYear, "листопад 2025"},
		{"uk", mon, WeekdayDay, "пн, 10"},
		{"uk", mon, DayMonth, "10 лист."},
		{"uk", fri, FullDate, "пʼятниця, 1 травня 2026"},
		{"uk", mon, Clock, "09:05"},

		{"fr", sat, DayDate, "sam. 3 janv. 2026"},
		{"fr", sat, MinuteDate, "sam. 3 janv. 2026 à 20:00"},
		{"fr", mon, MonthYear, "nov. 2025"},
		{"fr", mon, FullDate, "lundi 10 novembre 2025"},
		{"fr", mon, FullMonthYear, "novembre 2025"},
		{"fr", mon, WeekdayDayMonth, "lun. 10 nov."},
		{"fr", fri, DayMonthYear, "1 mai 2026"},
		{"fr", fri, MonthAlone, "mai"},
	}
	for _, tt := range tests {
		if got := FormatIn(tt.code, tt.t, tt.layout); got != tt.want {
			t.Errorf("FormatIn(%s, %s, %d) = %q, want %q", tt.code, tt.t.Format(time.DateTime), tt.layout, got, tt.want)
		}
	}
}

// Every locale names every weekday and month: an empty name would print
// nothing in a date.
func TestLocalesFull(t *testing.T) {
	for code, l := range locales {
		for _, names := range [][]string{l.weekdays[:], l.weekdaysShort[:], l.months[:], l.monthsShort[:], l.monthsAlone[:], l.monthsAloneShort[:], l.patterns[:]} {
			for i, n := range names {
				if n == "" {
					t.Errorf("%s: name or pattern %d empty", code, i)
				}
			}
		}
	}
	for _, l := range Languages {
		if locales[l.Code] == nil {
			t.Errorf("no date locale for %s", l.Code)
		}
	}
}

func day(y int, m time.Month, d int) timeline.Point { return timeline.DayPoint(y, m, d) }

// TestDatePhrases: in English the card says what timeline.Date.Human and
// Known say; in Ukrainian and French, the same in their words.
func TestDatePhrases(t *testing.T) {
	sat := day(2026, time.January, 3)
	nov := timeline.Point{Time: time.Date(2025, time.November, 1, 0, 0, 0, 0, time.UTC), Precision: timeline.Month}
	tue := day(2026, time.January, 6)
	dates := []timeline.Date{
		{Start: sat},
		{Start: nov, End: tue},
		{Start: nov, Approximate: true},
		{Start: sat, End: tue},
		{Start: nov, End: tue, Approximate: true},
		{Before: tue},
		{After: nov, Before: tue},
		{},
	}
	t.Cleanup(func() { Use("en") })
	Use("en")
	for _, d := range dates {
		if got, want := Date(d), d.Human(); got != want {
			t.Errorf("en: Date(%+v) = %q, want %q", d, got, want)
		}
		if got, want := Precision(d), d.Known(); got != want {
			t.Errorf("en: Precision(%+v) = %q, want %q", d, got, want)
		}
	}
	tests := []struct {
		code string
		d    timeline.Date
		date string
		how  string
	}{
		{"uk", dates[0], "сб, 3 січ. 2026", "з точністю до дня"},
		{"uk", dates[1], "лист. 2025 – вт, 6 січ. 2026", "від місяця до дня"},
		{"uk", dates[2], "бл. лист. 2025", "приблизно, до місяця"},
		{"uk", dates[5], "без дати (до вт, 6 січ. 2026)", ""},
		{"fr", dates[0], "sam. 3 janv. 2026", "connue au jour près"},
		{"fr", dates[1], "nov. 2025 – mar. 6 janv. 2026", "du mois au jour près"},
		{"fr", dates[3], "sam. 3 janv. 2026 – mar. 6 janv. 2026", "début et fin au jour près"},
		{"fr", dates[6], "non daté (entre le nov. 2025 et le mar. 6 janv. 2026)", ""},
	}
	for _, tt := range tests {
		Use(tt.code)
		if got := Current(); got != tt.code {
			t.Fatalf("Use(%q): Current() = %q", tt.code, got)
		}
		if got := Date(tt.d); got != tt.date {
			t.Errorf("%s: Date(%+v) = %q, want %q", tt.code, tt.d, got, tt.date)
		}
		if got := Precision(tt.d); got != tt.how {
			t.Errorf("%s: Precision(%+v) = %q, want %q", tt.code, tt.d, got, tt.how)
		}
	}
}

func TestNumbers(t *testing.T) {
	t.Cleanup(func() { Use("en") })
	for _, tt := range []struct{ code, n, pct string }{
		{"en", "12,345", "42%"},
		{"uk", "12\u00a0345", "42%"},
		{"fr", "12\u00a0345", "42\u00a0%"},
	} {
		Use(tt.code)
		if got := Int(12345); got != tt.n {
			t.Errorf("%s: Int(12345) = %q, want %q", tt.code, got, tt.n)
		}
		if got := Percent(0.42); got != tt.pct {
			t.Errorf("%s: Percent(0.42) = %q, want %q", tt.code, got, tt.pct)
		}
	}
}
