package tempeval

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

const sampleTML = `<?xml version="1.0" ?>
<TimeML>
<DOCID>sample</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08T10:30" temporalFunction="false" functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT>
<TEXT>
Prices fell <TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> &amp; rose <EVENT eid="e1">again</EVENT> in <TIMEX3 tid="t2" type="DATE" value="1997-Q4">the fourth quarter</TIMEX3>.
Café <TIMEX3 tid="t3" type="DURATION" value="P2Y">two years</TIMEX3><!-- note --> on<TIMEX3 tid="t4" type="DATE" value="1998"/>.
</TEXT>
</TimeML>
`

func TestParse(t *testing.T) {
	doc, err := Parse([]byte(sampleTML))
	if err != nil {
		t.Fatal(err)
	}
	wantText := "\nPrices fell yesterday & rose again in the fourth quarter.\nCafé two years on.\n"
	if doc.Text != wantText {
		t.Errorf("Text = %q, want %q", doc.Text, wantText)
	}
	if doc.DCT != "1998-01-08T10:30" {
		t.Errorf("DCT = %q", doc.DCT)
	}
	pub, err := doc.Published()
	if err != nil || !pub.Equal(time.Date(1998, 1, 8, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("Published() = %v, %v", pub, err)
	}
	want := []Timex{
		{13, 22, "yesterday", "DATE", "1998-01-07"},
		{39, 57, "the fourth quarter", "DATE", "1997-Q4"},
		{65, 74, "two years", "DURATION", "P2Y"}, // "é" is two bytes; offsets as tml2txt.py gives them
	}
	if len(doc.Gold) != len(want) {
		t.Fatalf("Gold = %+v, want %+v", doc.Gold, want)
	}
	for i := range want {
		if doc.Gold[i] != want[i] {
			t.Errorf("Gold[%d] = %+v, want %+v", i, doc.Gold[i], want[i])
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, src := range []string{
		"<TimeML>no text</TimeML>",
		"<TEXT>unclosed",
		"<TEXT><TIMEX3 tid='t1'>open</TEXT>",
		"<TEXT>bad &nbsp; entity</TEXT>",
		"<TEXT>x</TIMEX3></TEXT>",
		"<TEXT>\xff</TEXT>",
	} {
		if _, err := Parse([]byte(src)); err == nil {
			t.Errorf("Parse(%q) succeeded, want an error", src)
		}
	}
}

func span(start, end int, typ, value string) Timex {
	return Timex{Start: start, End: end, Text: strings.Repeat("x", end-start), Type: typ, Value: value}
}

func TestMatch(t *testing.T) {
	tests := []struct {
		name         string
		gold, system []Timex
		want         []Pair
	}{
		{"exact", []Timex{span(0, 5, "DATE", "a")}, []Timex{span(0, 5, "DATE", "a")}, []Pair{{0, 0}}},
		{"overlap", []Timex{span(0, 5, "DATE", "a")}, []Timex{span(3, 9, "DATE", "a")}, []Pair{{0, 0}}},
		{"touching is not overlapping", []Timex{span(0, 5, "DATE", "a")}, []Timex{span(5, 9, "DATE", "a")}, nil},
		{"one to one", []Timex{span(0, 10, "DATE", "a")}, []Timex{span(0, 4, "DATE", "a"), span(5, 10, "DATE", "a")}, []Pair{{0, 0}}},
		// The first system span could take either gold span; taking the
		// second leaves the first for the other system span (augmenting path).
		{"augmenting", []Timex{span(0, 5, "DATE", "a"), span(6, 10, "DATE", "b")},
			[]Timex{span(4, 8, "DATE", "a"), span(2, 3, "DATE", "b")}, []Pair{{0, 1}, {1, 0}}},
		// Exact pairs are never broken for overlaps.
		{"exact first", []Timex{span(0, 5, "DATE", "a"), span(6, 9, "DATE", "b")},
			[]Timex{span(0, 8, "DATE", "a"), span(0, 5, "DATE", "a")}, []Pair{{0, 1}, {1, 0}}},
		{"blank never matches", []Timex{{Start: 0, End: 1, Text: " "}}, []Timex{{Start: 0, End: 1, Text: " "}}, nil},
	}
	for _, tt := range tests {
		got := Match(tt.gold, tt.system)
		if len(got) != len(tt.want) {
			t.Errorf("%s: Match = %v, want %v", tt.name, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: Match = %v, want %v", tt.name, got, tt.want)
				break
			}
		}
	}
}

func TestScore(t *testing.T) {
	gold := []Timex{span(0, 5, "DATE", "2026-01-03"), span(10, 20, "DURATION", "P2D"), span(30, 35, "DATE", "2025-11")}
	system := []Timex{
		span(0, 5, "DATE", "2026-01-03"),     // strict, right value and type
		span(12, 20, "DATE", "P2D"),          // relaxed, right value, wrong type
		span(40, 45, "DATE", "PRESENT_REF"),  // false positive
		span(100, 200, "DATE", "2026-01-01"), // outside the text: dropped
	}
	c, pairs, kept := Score(gold, system, 50)
	want := Counts{Files: 1, Gold: 3, System: 3, Strict: 1, Relaxed: 2, Value: 2, Type: 1}
	if c != want {
		t.Errorf("Score counts = %+v, want %+v", c, want)
	}
	if len(pairs) != 2 || len(kept) != 3 {
		t.Errorf("Score pairs = %v, kept %d expressions", pairs, len(kept))
	}
	s := c.Scores()
	near := func(got, want float64) bool { return math.Abs(got-want) < 1e-9 }
	if !near(s.StrictP, 1.0/3) || !near(s.RelaxedF1, 2.0/3) || !near(s.ValueF1, 2.0/3) || !near(s.TypeF1, 1.0/3) {
		t.Errorf("Scores = %+v", s)
	}
	if got, want := s.Summary(), "relaxedF1=66.67 strictF1=33.33 valueF1=66.67 typeF1=33.33"; got != want {
		t.Errorf("Summary = %q, want %q", got, want)
	}
	var empty Counts
	if s := empty.Scores(); s.ValueF1 != 1 || s.StrictF1 != 1 {
		t.Errorf("no gold, no system: Scores = %+v, want all 1", s)
	}

	var out bytes.Buffer
	WriteErrors(&out, "doc", gold, kept, pairs)
	for _, line := range []string{
		`DIFF(span,type) doc gold "xxxxxxxxxx" DURATION P2D | sys "xxxxxxxx" DATE P2D`,
		`MISS doc 30-35 "xxxxx" DATE 2025-11`,
		`FP   doc 40-45 "xxxxx" DATE PRESENT_REF`,
	} {
		if !strings.Contains(out.String(), line) {
			t.Errorf("errors lack %q:\n%s", line, out.String())
		}
	}
}

func TestEvaluateDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "sample.tml"), []byte(sampleTML), 0o644); err != nil {
		t.Fatal(err)
	}
	// A tagger that finds "yesterday" right and "two years" with a wrong value.
	tagger := func(text string, published time.Time) []Timex {
		var out []Timex
		for _, w := range []struct{ text, typ, value string }{
			{"yesterday", "DATE", published.AddDate(0, 0, -1).Format("2006-01-02")},
			{"two years", "DURATION", "P3Y"},
		} {
			i := strings.Index(text, w.text)
			out = append(out, Timex{Start: i, End: i + len(w.text), Text: w.text, Type: w.typ, Value: w.value})
		}
		return out
	}
	var errs bytes.Buffer
	r, err := EvaluateDir(dir, tagger, &errs)
	if err != nil {
		t.Fatal(err)
	}
	want := Counts{Files: 1, Gold: 3, System: 2, Strict: 2, Relaxed: 2, Value: 1, Type: 2}
	if r.Counts != want {
		t.Errorf("Counts = %+v, want %+v", r.Counts, want)
	}
	if !strings.Contains(errs.String(), `MISS sample 39-57 "the fourth quarter"`) {
		t.Errorf("errors = %q", errs.String())
	}
	if _, err := EvaluateDir(t.TempDir(), tagger, nil); err == nil {
		t.Error("EvaluateDir of an empty directory succeeded")
	}
}
