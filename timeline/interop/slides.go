package interop

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"

	"newsline/timeline"
)

// A tlFile is a TimelineJS timeline as both of its forms, JSON and the
// spreadsheet, hold it: a title slide, event slides and eras.
type tlFile struct {
	Title  *slide  // nil when the file has no title slide
	Events []slide // in file order
	Eras   []slide // eras use Start, End, Headline and ID only
}

// A slide is one event (or the title, or an era) of a TimelineJS timeline.
type slide struct {
	Where       string // its place in the file, for messages: "events[3]", "line 12"
	Sheet       bool   // it is a row of a spreadsheet, whose places are columns
	Start, End  *tlDate
	DisplayDate string // the slide's display_date, or its start date's
	Headline    string // HTML
	Text        string // HTML
	Group       string
	ID          string // unique_id
	Media       bool   // it had media, which Newsline does not keep
	Background  bool   // it had a background, which Newsline does not keep
}

// A tlDate is a TimelineJS date: the parts it gives. Months are 1-based.
type tlDate struct {
	Year        part `json:"year"`
	Month       part `json:"month,omitzero"`
	Day         part `json:"day,omitzero"`
	Hour        part `json:"hour,omitzero"`
	Minute      part `json:"minute,omitzero"`
	Second      part `json:"second,omitzero"`
	Millisecond part `json:"millisecond,omitzero"`
	DisplayDate str  `json:"display_date,omitzero"`
}

// A part is one number of a date, which TimelineJS takes as a JSON number
// or a string of digits, and which may be absent.
type part struct {
	N   int64
	Set bool
}

func num(n int) part { return part{int64(n), true} }

// parsePart reads a date part as TimelineJS does: surrounding space
// trimmed, an empty string the same as absent, otherwise an optional '-'
// and digits. Thousands separators (spaces and commas, "2,026") are
// dropped, as TimelineJS's spreadsheet reader drops them.
func parsePart(s string) (part, error) {
	s = strings.Map(func(r rune) rune {
		if r == ',' || r == ' ' || r == '\u00a0' {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
	if s == "" {
		return part{}, nil
	}
	digits := strings.TrimPrefix(s, "-")
	if digits == "" || len(digits) > 12 || strings.Trim(digits, "0123456789") != "" {
		return part{}, fmt.Errorf("%q is not a whole number", clip(s))
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return part{}, fmt.Errorf("%q is not a whole number", clip(s))
	}
	return part{n, true}, nil
}

// UnmarshalJSON reads a number, a string of digits, or null.
func (p *part) UnmarshalJSON(b []byte) error {
	s := string(b)
	switch {
	case s == "null":
		*p = part{}
		return nil
	case strings.HasPrefix(s, `"`):
		uq, err := strconv.Unquote(s)
		if err != nil {
			return fmt.Errorf("%s is not a whole number", clip(s))
		}
		v, err := parsePart(uq)
		if err != nil {
			return err
		}
		*p = v
		return nil
	}
	// A JSON number: whole, possibly written 2026.0.
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != float64(int64(f)) || f > 1e12 || f < -1e12 {
		return fmt.Errorf("%s is not a whole number", clip(s))
	}
	*p = part{int64(f), true}
	return nil
}

func clip(s string) string { return timeline.Clip(s) }

// IsZero reports whether p is absent, so that absent parts are left out.
func (p part) IsZero() bool { return !p.Set }

// MarshalJSON writes p as a JSON number.
func (p part) MarshalJSON() ([]byte, error) { return strconv.AppendInt(nil, p.N, 10), nil }

// A str is a text field of a TimelineJS file. TimelineJS reads whatever
// it is given as text, so a number or true is read as its JSON literal
// and null as "".
type str string

// UnmarshalJSON reads a string, number, boolean or null.
func (s *str) UnmarshalJSON(b []byte) error {
	switch {
	case len(b) > 0 && b[0] == '"':
		var v string
		if err := json.Unmarshal(b, &v); err != nil {
			return err
		}
		*s = str(v)
	case string(b) == "null":
		*s = ""
	case len(b) > 0 && (b[0] == '{' || b[0] == '['):
		return fmt.Errorf("expected text, found an %s", map[byte]string{'{': "object", '[': "array"}[b[0]])
	default:
		*s = str(b)
	}
	return nil
}

// at names the place of one of s's fields, given as TimelineJS JSON names
// it ("start_date.year"): "events[3].start_date.year", or in a
// spreadsheet "line 12, column Year".
func (s *slide) at(field string) string {
	if !s.Sheet {
		return s.Where + "." + field
	}
	if col, ok := columnOf[field]; ok {
		return s.Where + ", column " + col
	}
	return s.Where
}
