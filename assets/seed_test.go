package assets

import (
	"bytes"
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/google/uuid"

	"newsline/timeline"
)

var update = flag.Bool("update", false, "rewrite seed.json from the curation in seed_source_test.go")

func TestSeedIsCurrent(t *testing.T) {
	doc, err := curatedSeed(ArticleText)
	if err != nil {
		t.Fatalf("curation: %v", err)
	}
	want, err := timeline.Format(doc)
	if err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile("seed.json", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if !bytes.Equal(SeedJSON, want) {
		t.Fatal("seed.json is out of date with seed_source_test.go; run: go test ./assets -run TestSeed -update")
	}
}

// The embedded article must be the seed article itself. CI lays the shared
// folder beside the repository; elsewhere the comparison is skipped.
func TestArticleIsTheSharedSeed(t *testing.T) {
	shared, err := os.ReadFile("../../shared/seed/article.txt")
	if err != nil {
		t.Skipf("shared seed article not available: %v", err)
	}
	if string(shared) != ArticleText {
		t.Fatal("assets/article.txt differs from ../shared/seed/article.txt")
	}
}

func TestSeedLoadsAndMatchesArticle(t *testing.T) {
	doc, err := Seed()
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Articles) != 1 || doc.Articles[0].Text != ArticleText {
		t.Fatal("the seed's article text is not the embedded article")
	}
	text := doc.Articles[0].Text
	check := func(what string, s timeline.Span) {
		t.Helper()
		if s.Start < 0 || s.End > len(text) || text[s.Start:s.End] != s.Text {
			t.Errorf("%s: span [%d,%d) does not match the article", what, s.Start, s.End)
		}
	}
	for _, ev := range doc.Events {
		if len(ev.Evidence) == 0 {
			t.Errorf("event %q has no evidence", ev.Title)
		}
		for _, s := range ev.Evidence {
			check("event "+ev.Title, s)
		}
	}
	for _, q := range doc.Quotes {
		check("quote "+q.Text, q.Span)
		// Verbatim: the quote is printed inside quotation marks.
		before := text[:q.Span.Start]
		if !strings.HasSuffix(before, "“") && !strings.HasSuffix(before, "\"") {
			t.Errorf("quote %q does not follow an opening quotation mark", q.Text)
		}
	}
}

// TestSeedContent checks what the issue asks of the curated seed.
func TestSeedContent(t *testing.T) {
	doc, err := Seed()
	if err != nil {
		t.Fatal(err)
	}
	x := timeline.NewIndex(doc)
	entityByName := map[string]*timeline.Entity{}
	for i := range doc.Entities {
		entityByName[doc.Entities[i].Name] = &doc.Entities[i]
	}
	quoteBy := func(text string) (*timeline.Quote, *timeline.Event) {
		t.Helper()
		for i := range doc.Quotes {
			if doc.Quotes[i].Text == text {
				ev, _ := x.Event(doc.Quotes[i].Event)
				return &doc.Quotes[i], ev
			}
		}
		t.Fatalf("no quote %q", text)
		return nil, nil
	}
	speaker := func(q *timeline.Quote) string {
		e, ok := x.Entity(q.Speaker)
		if !ok {
			return ""
		}
		return e.Name
	}
	tests := []struct {
		quote, speaker, date, expression string
	}{
		{"a new opportunity to end this war", "Volodymyr Zelenskyy", "2026-01-03", "Saturday"},
		{"very serious", "Donald Trump", "2026-01-05", "Monday"},
		{"if the United States chooses to attack another NATO country militarily, then everything stops.", "Mette Frederiksen", "2026-01-05", "Monday"},
		{"No member of should attack or threaten another member of the North Atlantic Treaty", "Donald Tusk", "2026-01-06", "Tuesday"},
		{"make concrete commitments", "Emmanuel Macron", "", "had said"},
		{"90%", "Volodymyr Zelenskyy", "", ""},
	}
	for _, tt := range tests {
		q, ev := quoteBy(tt.quote)
		if got := speaker(q); got != tt.speaker {
			t.Errorf("quote %q: speaker %q, want %q", tt.quote, got, tt.speaker)
		}
		if got := ev.Date.Start.String(); got != tt.date {
			t.Errorf("quote %q: event date %q, want %q", tt.quote, got, tt.date)
		}
		if ev.Date.Expression != tt.expression {
			t.Errorf("quote %q: expression %q, want %q", tt.quote, ev.Date.Expression, tt.expression)
		}
	}
	_, trump := quoteBy("very serious")
	if a, ok := x.Entity(doc.Quotes[indexOfQuote(doc, "very serious")].Audience); !ok || a.Name != "NBC News" {
		t.Errorf("Trump's quote should be to NBC News")
	}
	if trump.Lane != timeline.LaneStatement {
		t.Errorf("Trump's interview lane %q", trump.Lane)
	}

	// The Paris meeting: Macron, Zelenskyy, Kushner, Witkoff, on Tuesday.
	var paris *timeline.Event
	for i := range doc.Events {
		if strings.Contains(doc.Events[i].Title, "meets in Paris") {
			paris = &doc.Events[i]
		}
	}
	if paris == nil || paris.Date.Start.String() != "2026-01-06" {
		t.Fatal("no Paris meeting on 2026-01-06")
	}
	for _, name := range []string{"Emmanuel Macron", "Volodymyr Zelenskyy", "Jared Kushner", "Steve Witkoff", "White House", "Paris"} {
		e := entityByName[name]
		if e == nil || !hasID(paris.Entities, e.ID) {
			t.Errorf("Paris meeting lacks entity %q", name)
		}
	}

	// "since November": a period from Nov 2025 to publication.
	found := false
	for _, ev := range doc.Events {
		if ev.Date.Expression == "since November" {
			found = true
			if ev.Date.Start.String() != "2025-11" || ev.Date.End.String() != "2026-01-06" {
				t.Errorf("since November: %s to %s", ev.Date.Start, ev.Date.End)
			}
		}
	}
	if !found {
		t.Error("no since-November period")
	}

	// Venezuela: undated, before the meeting, with the UN's criticism.
	for _, ev := range doc.Events {
		if strings.Contains(ev.Title, "Venezuela") {
			if ev.Date.Dated() || ev.Date.Before.String() != "2026-01-06" {
				t.Errorf("Venezuela attack date %+v", ev.Date)
			}
			if !hasID(ev.Entities, entityByName["United Nations"].ID) || !hasID(ev.Entities, entityByName["Nicolas Maduro"].ID) {
				t.Error("Venezuela attack lacks the UN or Maduro")
			}
		}
	}

	// Every named person has a role; aliases make Zelensky findable.
	for _, e := range doc.Entities {
		if e.Role == "" {
			t.Errorf("entity %q has no role", e.Name)
		}
	}
	if z := entityByName["Volodymyr Zelenskyy"]; z == nil || !contains(z.Aliases, "Zelensky") {
		t.Error("Zelenskyy lacks the alias Zelensky")
	}
	if f := entityByName["Mette Frederiksen"]; f == nil || f.Role != "Prime Minister of Denmark" {
		t.Error("Frederiksen's role")
	}
}

func TestSeedOrder(t *testing.T) {
	doc, err := Seed()
	if err != nil {
		t.Fatal(err)
	}
	x := timeline.NewIndex(doc)
	var dates []string
	for _, i := range x.Order {
		dates = append(dates, doc.Events[i].Date.Start.String())
	}
	want := "2025-11 2026-01-03 2026-01-05 2026-01-05 2026-01-06 2026-01-06"
	got := strings.Join(dates, " ")
	if !strings.HasPrefix(got, want+" ") {
		t.Fatalf("timeline order %q, want it to start %q then the undated events", got, want)
	}
	first := doc.Events[x.Order[0]]
	_ = first
	// Monday: Trump before Frederiksen (article order); Tuesday: the
	// meeting before Tusk.
	titles := func(r int) string { return doc.Events[x.Order[r]].Title }
	if !strings.Contains(titles(2), "Trump") || !strings.Contains(titles(3), "Frederiksen") {
		t.Errorf("Monday order: %q, %q", titles(2), titles(3))
	}
	if !strings.Contains(titles(4), "Paris") || !strings.Contains(titles(5), "Tusk") {
		t.Errorf("Tuesday order: %q, %q", titles(4), titles(5))
	}
	// Undated events keep article order.
	last := -1
	for _, i := range x.Order[6:] {
		ev := doc.Events[i]
		if ev.Date.Dated() {
			t.Fatalf("dated event %q among the undated", ev.Title)
		}
		first := ev.Evidence[0].Start
		for _, s := range ev.Evidence {
			first = min(first, s.Start)
		}
		if first < last {
			t.Errorf("undated %q out of article order", ev.Title)
		}
		last = first
	}
}

func indexOfQuote(doc *timeline.Document, text string) int {
	for i, q := range doc.Quotes {
		if q.Text == text {
			return i
		}
	}
	return -1
}

func hasID(list []uuid.UUID, id uuid.UUID) bool {
	for _, x := range list {
		if x == id {
			return true
		}
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
