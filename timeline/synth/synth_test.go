package synth

import (
	"bytes"
	"testing"

	"newsline/timeline"
)

func TestGenerateIsValidAndDeterministic(t *testing.T) {
	a := Generate(Options{Events: 3000, Seed: 7})
	if err := a.Validate(); err != nil {
		t.Fatalf("generated document is invalid: %v", err)
	}
	if len(a.Events) != 3000 {
		t.Fatalf("got %d events, want 3000", len(a.Events))
	}
	fa, err := timeline.Format(a)
	if err != nil {
		t.Fatal(err)
	}
	fb, _ := timeline.Format(Generate(Options{Events: 3000, Seed: 7}))
	if !bytes.Equal(fa, fb) {
		t.Error("the same options gave different documents")
	}
	fc, _ := timeline.Format(Generate(Options{Events: 3000, Seed: 8}))
	if bytes.Equal(fa, fc) {
		t.Error("different seeds gave the same document")
	}
	if _, err := timeline.Parse(fa); err != nil {
		t.Errorf("formatted document does not parse back: %v", err)
	}
}

func TestGenerateHasTheVarietyTheViewerNeeds(t *testing.T) {
	doc := Generate(Options{Events: 5000, Seed: 1})
	lanes := map[timeline.Lane]int{}
	var undated, periods, months, years, minutes, quoted int
	first, last := doc.Events[0].Date.Begin(), doc.Events[0].Date.Begin()
	for i := range doc.Events {
		ev := &doc.Events[i]
		lanes[ev.Lane]++
		d := ev.Date
		switch {
		case !d.Dated():
			undated++
			continue
		case d.IsPeriod():
			periods++
		case d.Precision() == timeline.Month:
			months++
		case d.Precision() == timeline.Year:
			years++
		case d.Precision() == timeline.Minute:
			minutes++
		}
		if len(ev.Quotes) > 0 {
			quoted++
		}
		if first.IsZero() || d.Begin().Before(first) {
			first = d.Begin()
		}
		if d.Begin().After(last) {
			last = d.Begin()
		}
	}
	for _, l := range timeline.KnownLanes {
		if lanes[l] == 0 {
			t.Errorf("no event in lane %s", l)
		}
	}
	share := func(n int) float64 { return float64(n) / float64(len(doc.Events)) }
	if s := share(undated); s < 0.05 || s > 0.10 {
		t.Errorf("undated share %.3f, want 5–10%%", s)
	}
	for name, n := range map[string]int{"periods": periods, "month": months, "year": years, "minute": minutes, "quoted": quoted} {
		if n == 0 {
			t.Errorf("no %s events", name)
		}
	}
	if years := last.Sub(first).Hours() / 24 / 365; years < 9 || years > 10.1 {
		t.Errorf("dated events span %.1f years, want about ten", years)
	}
	if len(doc.Articles) < 2 || doc.Articles[0].Published.Human() != "Tue 6 Jan 2026" {
		t.Errorf("want several articles, the first published on Tue 6 Jan 2026; got %d, %s", len(doc.Articles), doc.Articles[0].Published.Human())
	}
}

// TestGenerateClusters checks that news comes in bursts: the busiest day
// holds far more events than an even spread would put there.
func TestGenerateClusters(t *testing.T) {
	doc := Generate(Options{Events: 20000, Seed: 3})
	perDay := map[string]int{}
	dated := 0
	for i := range doc.Events {
		if d := doc.Events[i].Date; d.Dated() && d.Precision() >= timeline.Day {
			perDay[d.Begin().Format("2006-01-02")]++
			dated++
		}
	}
	busiest := 0
	for _, n := range perDay {
		busiest = max(busiest, n)
	}
	even := float64(dated) / 3652
	if float64(busiest) < 10*even {
		t.Errorf("busiest day has %d events, an even spread %.1f: no bursts", busiest, even)
	}
}

func BenchmarkGenerate100k(b *testing.B) {
	for b.Loop() {
		Generate(Options{Events: 100000, Seed: 1})
	}
}
