package timeline

import (
	"testing"
	"time"
)

func TestPointRoundTrip(t *testing.T) {
	tests := []struct {
		in    string
		prec  Precision
		human string
	}{
		{"", Undated, "undated"},
		{"2026", Year, "2026"},
		{"2025-11", Month, "Nov 2025"},
		{"2026-01-03", Day, "Sat 3 Jan 2026"},
		{"2026-05-17T20:00", Minute, "Sun 17 May 2026, 20:00"},
		{"0001-01-01", Day, "Mon 1 Jan 0001"},
		{"2024-02-29", Day, "Thu 29 Feb 2024"},
	}
	for _, tt := range tests {
		p, err := ParsePoint(tt.in)
		if err != nil {
			t.Errorf("ParsePoint(%q): %v", tt.in, err)
			continue
		}
		if p.Precision != tt.prec {
			t.Errorf("ParsePoint(%q).Precision = %v, want %v", tt.in, p.Precision, tt.prec)
		}
		if got := p.String(); got != tt.in {
			t.Errorf("ParsePoint(%q).String() = %q", tt.in, got)
		}
		if got := p.Human(); got != tt.human {
			t.Errorf("ParsePoint(%q).Human() = %q, want %q", tt.in, got, tt.human)
		}
	}
}

func TestParsePointErrors(t *testing.T) {
	for _, in := range []string{
		"26", "2026-1", "2026-13", "2026-00", "2025-02-29", "2026-04-31", "0000",
		"2026/01/03", "2026-01-03T24:00", "2026-01-03T12:60", "2026-01-03 12:00",
		"２０２６", "-2026", "2026-01-03T1:00", "abcd", "2026-01-0x",
	} {
		if p, err := ParsePoint(in); err == nil {
			t.Errorf("ParsePoint(%q) = %v, want an error", in, p)
		}
	}
}

func TestPointFinishAndCompare(t *testing.T) {
	nov := MonthPoint(2025, time.November)
	if got := nov.Finish(); !got.Equal(time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Nov 2025 finishes %v", got)
	}
	if got := YearPoint(2026).Finish(); got.Year() != 2027 {
		t.Errorf("2026 finishes %v", got)
	}
	// Ascending, as the documented order wants.
	ordered := []Point{YearPoint(2025), MonthPoint(2025, time.November), YearPoint(2026), MonthPoint(2026, 1), DayPoint(2026, 1, 1), MinutePoint(2026, 1, 1, 0, 0), DayPoint(2026, 1, 3), {}}
	for i := range ordered {
		for j := range ordered {
			got := sign(ordered[i].Compare(ordered[j]))
			want := sign(i - j)
			if got != want {
				t.Errorf("Compare(%q, %q) = %d, want %d", ordered[i], ordered[j], got, want)
			}
		}
	}
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

func TestDateCheckAndHuman(t *testing.T) {
	jan6 := DayPoint(2026, 1, 6)
	tests := []struct {
		name  string
		d     Date
		ok    bool
		human string
	}{
		{"instant", Date{Start: DayPoint(2026, 1, 3)}, true, "Sat 3 Jan 2026"},
		{"since November", Date{Start: MonthPoint(2025, 11), End: jan6}, true, "Nov 2025 – Tue 6 Jan 2026"},
		{"approximate", Date{Start: MonthPoint(2025, 12), Approximate: true}, true, "c. Dec 2025"},
		{"before", Date{Before: jan6}, true, "undated (before Tue 6 Jan 2026)"},
		{"after", Date{After: jan6}, true, "undated (after Tue 6 Jan 2026)"},
		{"between", Date{After: YearPoint(2025), Before: jan6}, true, "undated (between 2025 and Tue 6 Jan 2026)"},
		{"undated", Date{}, true, "undated"},
		{"end without start", Date{End: jan6}, false, ""},
		{"end before start", Date{Start: jan6, End: DayPoint(2026, 1, 5)}, false, ""},
		{"same-day period", Date{Start: jan6, End: jan6}, true, "Tue 6 Jan 2026 – Tue 6 Jan 2026"},
		{"bounds on a dated event", Date{Start: jan6, Before: DayPoint(2026, 2, 1)}, false, ""},
		{"empty between", Date{After: jan6, Before: DayPoint(2026, 1, 7)}, false, ""},
	}
	for _, tt := range tests {
		err := tt.d.check()
		if (err == nil) != tt.ok {
			t.Errorf("%s: check() = %v, want ok=%v", tt.name, err, tt.ok)
		}
		if tt.ok && tt.d.Human() != tt.human {
			t.Errorf("%s: Human() = %q, want %q", tt.name, tt.d.Human(), tt.human)
		}
	}
}
