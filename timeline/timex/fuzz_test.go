package timex

import (
	"regexp"
	"testing"
	"time"
	"unicode/utf8"
)

// wellFormed matches the value shapes Tag may produce.
var wellFormed = regexp.MustCompile(`^(` +
	`[0-9X]{4}(-[0-9X]{2}(-[0-9X]{2})?)?(T([0-9]{2}:[0-9]{2}|MO|AF|EV|NI))?` + // 2026-01-03, 2025-11, 2026, 2026-01-06TMO, 2026-05-17T20:00
	`|[0-9X]{4}-W[0-9X]{2}(-WE)?` + // 2026-W02, 2026-W01-WE
	`|[0-9X]{4}-(Q[1-4]|H[12]|SP|SU|FA|WI)` + // 2026-Q2, 2026-H1, 2025-SP
	`|[0-9]{2,3}` + // centuries and decades: 19, 199
	`|P([0-9]+|X)(Y|M|W|D|Q|E|C|L)([0-9]+(M|D)|T[0-9]+H)?` + // P3M, P2Y6M, P1DT12H, PXE (decades)
	`|PT([0-9]+|X)(H|M|S)([0-9]+(M|S))?|PT[0-9]+\.5S` + // PT5H30M
	`|XXXX-WXX-[1-7](T(MO|AF|EV|NI))?|XXXX-(0[1-9]|1[0-2]|SP|SU|FA|WI)|XXXX-XX-XXT(MO|AF|EV|NI)` + // sets
	`|PRESENT_REF|PAST_REF|FUTURE_REF` +
	`)$`)

// checkInvariants fails t when the expressions found in text break the
// contract of Tag.
func checkInvariants(t *testing.T, text string, found []Timex) {
	t.Helper()
	// Character boundaries as decoding from the start finds them; in
	// invalid UTF-8 each bad byte is a character of its own.
	boundary := make([]bool, len(text)+1)
	for i := 0; i < len(text); {
		boundary[i] = true
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	boundary[len(text)] = true
	prevEnd := 0
	for i, x := range found {
		if x.Start < prevEnd || x.Start >= x.End || x.End > len(text) {
			t.Fatalf("expression %d: span [%d, %d) out of order or out of range (previous end %d, text %d bytes)", i, x.Start, x.End, prevEnd, len(text))
		}
		if !boundary[x.Start] || !boundary[x.End] {
			t.Fatalf("expression %d: span [%d, %d) splits a character", i, x.Start, x.End)
		}
		if x.Text != text[x.Start:x.End] {
			t.Fatalf("expression %d: Text %q != text[%d:%d] %q", i, x.Text, x.Start, x.End, text[x.Start:x.End])
		}
		switch x.Type {
		case Date, Time, Duration, Set:
		default:
			t.Fatalf("expression %d %q: invalid type %q", i, x.Text, x.Type)
		}
		if !wellFormed.MatchString(x.Value) {
			t.Fatalf("expression %d %q: malformed value %q", i, x.Text, x.Value)
		}
		if x.Explanation == "" {
			t.Fatalf("expression %d %q: no explanation", i, x.Text)
		}
		prevEnd = x.End
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"in a statement Saturday",
		"The leaders will meet on Thursday at 8 p.m. EST.",
		"Third-quarter net fell; a year earlier it rose 5 1/2 percent. The 1988 period was flat.",
		"since November, the first half of next year, the end of the year, early December",
		"Oct. 14, 15 June, January 20, 2026, 2026-01-06, 1/6/2026, the 1990s, the '80s",
		"every week, daily, each Thursday, $5 a year, the past two days, a decade, months",
		"nineteen ninety-six, two thousand and one, twenty-first century, Christmas Eve",
		"\xff\xfe invalid \xc3 UTF-8 Monday \x00 binary",
		"mid-", "the end of", "a", "'", "9999-99-99", "Feb. 29", "31 February 2026",
	} {
		f.Add(s, int64(0))
	}
	f.Fuzz(func(t *testing.T, text string, days int64) {
		published := time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(days%2000000))
		checkInvariants(t, text, Tag(text, published))
	})
}

// TestInvariants runs the fuzz invariants over the table tests' texts and
// a few edge cases, so that they hold without running the fuzzer.
func TestInvariants(t *testing.T) {
	texts := []string{
		"", " ", "\n\n\n", "\xff", "Monday\xff", "0000-00-00", "12/31/99 and 2/30/2001",
		"year-end, year's end, the year-ago quarter, the corresponding period last year",
		"Dec. 31, 9999 and the 99th century and the year 10000",
	}
	for _, text := range texts {
		for _, pub := range []time.Time{published, time.Date(1, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(9999, 12, 31, 0, 0, 0, 0, time.UTC)} {
			checkInvariants(t, text, Tag(text, pub))
		}
	}
}
