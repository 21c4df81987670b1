package timex

import (
	"testing"
	"time"
)

func TestDurationValue(t *testing.T) {
	tests := []struct {
		n           int
		u           unit
		half, vague bool
		want        string
	}{
		{3, uMonth, false, false, "P3M"},
		{2, uWeek, false, false, "P2W"},
		{1, uDecade, false, false, "P10Y"},
		{5, uHour, true, false, "PT5H30M"},
		{0, uHour, true, false, "PT30M"},
		{2, uYear, true, false, "P2Y6M"},
		{1, uDay, true, false, "P1DT12H"},
		{0, uYear, false, true, "PXY"},
		{0, uMinute, false, true, "PTXM"},
		{0, uCentury, false, true, "PXC"},
		{2, uQuarter, false, false, "P2Q"},
	}
	for _, tt := range tests {
		if got := durationValue(tt.n, tt.u, tt.half, tt.vague); got != tt.want {
			t.Errorf("durationValue(%d, %s, half %v, vague %v) = %q, want %q", tt.n, unitName(tt.u), tt.half, tt.vague, got, tt.want)
		}
	}
}

func TestWeekValue(t *testing.T) {
	for day, want := range map[string]string{
		"2026-01-06": "2026-W02",
		"2026-01-01": "2026-W01", // a Thursday: week 1 of 2026
		"2027-01-01": "2026-W53", // a Friday: still 2026's last week
		"2024-12-30": "2025-W01", // a Monday: 2025's first week
	} {
		d, _ := time.Parse("2006-01-02", day)
		if got := weekValue(d); got != want {
			t.Errorf("weekValue(%s) = %s, want %s", day, got, want)
		}
	}
}

func TestHolidays(t *testing.T) {
	for _, tt := range []struct {
		name string
		year int
		want string
	}{
		{"Thanksgiving", 2025, "2025-11-27"},
		{"Easter", 2026, "2026-04-05"},
		{"Memorial Day", 2026, "2026-05-25"},
		{"Election Day", 2026, "2026-11-03"},
		{"Labor Day", 2026, "2026-09-07"},
	} {
		found := false
		for _, h := range holidays {
			if h.name == tt.name {
				found = true
				if got := dayValue(h.date(tt.year)); got != tt.want {
					t.Errorf("%s %d = %s, want %s", tt.name, tt.year, got, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("no holiday %q", tt.name)
		}
	}
}
