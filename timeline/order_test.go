package timeline

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/google/uuid"
)

// TestOrderRules checks each rule of the documented order with a pair of
// events that differ only in what that rule looks at.
func TestOrderRules(t *testing.T) {
	art := uuid.MustParse("a0000000-0000-4000-8000-000000000000")
	art2 := uuid.MustParse("b0000000-0000-4000-8000-000000000000")
	doc := &Document{Articles: []Article{{ID: art, Text: "0123456789"}, {ID: art2, Text: "0123456789"}}}
	at := func(a uuid.UUID, off int) []Span { return []Span{{Article: a, Start: off, End: off + 1}} }
	id := func(b byte) uuid.UUID { return uuid.UUID{b} }
	day := func(d int) Date { return Date{Start: DayPoint(2026, 1, d)} }
	tests := []struct {
		rule          string
		first, second Event
	}{
		{"dated before undated", Event{ID: id(9), Date: day(31)}, Event{ID: id(1), Evidence: at(art, 0)}},
		{"earlier start first", Event{ID: id(9), Date: day(3), Evidence: at(art, 9)}, Event{ID: id(1), Date: day(5), Evidence: at(art, 0)}},
		{"month begins on the 1st", Event{ID: id(9), Date: Date{Start: MonthPoint(2025, 11), End: DayPoint(2026, 1, 6)}}, Event{ID: id(1), Date: day(3)}},
		{"coarser first at the same instant", Event{ID: id(9), Date: Date{Start: MonthPoint(2026, 1)}}, Event{ID: id(1), Date: day(1)}},
		{"longer period first", Event{ID: id(9), Date: Date{Start: DayPoint(2026, 1, 1), End: DayPoint(2026, 1, 9)}}, Event{ID: id(1), Date: day(1)}},
		{"article order on the same day", Event{ID: id(9), Date: day(5), Evidence: at(art, 2)}, Event{ID: id(1), Date: day(5), Evidence: at(art, 7)}},
		{"earliest evidence counts", Event{ID: id(9), Evidence: append(at(art, 8), at(art, 1)...)}, Event{ID: id(1), Evidence: at(art, 5)}},
		{"articles in document order", Event{ID: id(9), Evidence: at(art, 9)}, Event{ID: id(1), Evidence: at(art2, 0)}},
		{"evidence before none", Event{ID: id(9), Evidence: at(art2, 9)}, Event{ID: id(1)}},
		{"ID breaks ties", Event{ID: id(1), Date: day(5)}, Event{ID: id(2), Date: day(5)}},
	}
	for _, tt := range tests {
		if c := doc.CompareEvents(&tt.first, &tt.second); c >= 0 {
			t.Errorf("%s: CompareEvents = %d, want < 0", tt.rule, c)
		}
		if c := doc.CompareEvents(&tt.second, &tt.first); c <= 0 {
			t.Errorf("%s: reversed CompareEvents = %d, want > 0", tt.rule, c)
		}
	}
}

// TestOrderedIgnoresFileOrder: the same events in any order sort alike.
func TestOrderedIgnoresFileOrder(t *testing.T) {
	doc := sampleDocument()
	for i := 0; i < 30; i++ {
		doc.Events = append(doc.Events, Event{ID: uuid.New(), Title: "x", Lane: LaneContext, Date: Date{Start: DayPoint(2026, 1, 1+i%5)}})
	}
	want := orderedIDs(doc)
	r := rand.New(rand.NewPCG(1, 2))
	for trial := 0; trial < 20; trial++ {
		r.Shuffle(len(doc.Events), func(i, j int) { doc.Events[i], doc.Events[j] = doc.Events[j], doc.Events[i] })
		if got := orderedIDs(doc); !slices.Equal(got, want) {
			t.Fatalf("order depends on file order")
		}
	}
}

func orderedIDs(doc *Document) []uuid.UUID {
	var ids []uuid.UUID
	for _, i := range doc.Ordered() {
		ids = append(ids, doc.Events[i].ID)
	}
	return ids
}

func TestIndex(t *testing.T) {
	doc := sampleDocument()
	x := NewIndex(doc)
	zel := doc.Entities[0].ID
	if evs := x.EventsOf(zel); len(evs) != 1 || evs[0].Title != "Zelenskyy speaks" {
		t.Errorf("EventsOf(Zelenskyy) = %v", evs)
	}
	if qs := x.QuotesBy(zel); len(qs) != 1 || qs[0].Text != "peace is near" {
		t.Errorf("QuotesBy(Zelenskyy) = %v", qs)
	}
	// Talks (Nov 2025) before the speech (3 Jan), the undated one last.
	var titles []string
	for _, i := range x.Order {
		titles = append(titles, doc.Events[i].Title)
	}
	if !slices.Equal(titles, []string{"Talks", "Zelenskyy speaks", "Undated"}) {
		t.Errorf("order %v", titles)
	}
	for r, i := range x.Order {
		if x.Rank(i) != r {
			t.Errorf("Rank(%d) = %d, want %d", i, x.Rank(i), r)
		}
	}
	if _, ok := x.Event(uuid.New()); ok {
		t.Error("Event found an unknown ID")
	}
}

// TestOrderedAgreesWithCompareEvents: the fast sort and the documented
// comparison give the same order on varied events.
func TestOrderedAgreesWithCompareEvents(t *testing.T) {
	doc := sampleDocument()
	r := rand.New(rand.NewPCG(3, 4))
	art := doc.Articles[0].ID
	for i := 0; i < 500; i++ {
		ev := Event{ID: uuid.New(), Title: "x", Lane: LaneContext}
		y, m, d := 2024+r.IntN(3), time.Month(1+r.IntN(12)), 1+r.IntN(28)
		switch r.IntN(6) {
		case 0:
			ev.Date = Date{Start: YearPoint(y)}
		case 1:
			ev.Date = Date{Start: MonthPoint(y, m)}
		case 2:
			ev.Date = Date{Start: DayPoint(y, m, d), End: DayPoint(y+1, m, d)}
		case 3:
			ev.Date = Date{Start: MinutePoint(y, m, d, r.IntN(24), r.IntN(60))}
		case 4:
			ev.Date = Date{Start: DayPoint(y, m, d)}
		}
		if r.IntN(3) > 0 {
			off := r.IntN(40)
			ev.Evidence = []Span{{Article: art, Start: off, End: off + 1}}
		}
		doc.Events = append(doc.Events, ev)
	}
	order := doc.Ordered()
	for k := 1; k < len(order); k++ {
		a, b := &doc.Events[order[k-1]], &doc.Events[order[k]]
		if doc.CompareEvents(a, b) >= 0 {
			t.Fatalf("Ordered puts %v (%s) before %v (%s)", a.Date, a.ID, b.Date, b.ID)
		}
	}
}

func TestLanes(t *testing.T) {
	lanes := []Lane{"zoology", LaneContext, "human-rights", LaneStatement, LaneSecurity}
	slices.SortFunc(lanes, CompareLanes)
	want := []Lane{LaneStatement, LaneSecurity, LaneContext, "human-rights", "zoology"}
	if !slices.Equal(lanes, want) {
		t.Errorf("sorted lanes = %v, want %v", lanes, want)
	}
	for l, title := range map[Lane]string{LaneStatement: "Statement", "human-rights": "Human rights", "élections": "Élections", "": ""} {
		if got := l.Title(); got != title {
			t.Errorf("Lane(%q).Title() = %q, want %q", l, got, title)
		}
	}
}

func TestDateKnown(t *testing.T) {
	tests := []struct {
		d    Date
		want string
	}{
		{Date{Start: DayPoint(2026, 1, 3)}, "known to the day"},
		{Date{Start: MonthPoint(2025, 11), End: DayPoint(2026, 1, 6)}, "from the month to the day"},
		{Date{Start: YearPoint(1953), Approximate: true}, "approximately, to the year"},
		{Date{Start: MinutePoint(2026, 1, 3, 20, 0)}, "known to the minute"},
		{Date{}, ""},
	}
	for _, tt := range tests {
		if got := tt.d.Known(); got != tt.want {
			t.Errorf("%s: Known() = %q, want %q", tt.d.Human(), got, tt.want)
		}
	}
}
