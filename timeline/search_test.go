package timeline

import (
	"context"
	"testing"

	"github.com/google/uuid"
)

func TestSearch(t *testing.T) {
	doc := sampleDocument()
	x := NewIndex(doc)
	s := NewSearchIndex(x)
	titles := func(r SearchResult) []string {
		var out []string
		for _, i := range r.Events {
			out = append(out, doc.Events[i].Title)
		}
		return out
	}
	tests := []struct {
		query    string
		events   []string
		entities int
	}{
		{"zelensky", []string{"Zelenskyy speaks"}, 1},          // entity alias and name
		{"ZELÉNSKYY", []string{"Zelenskyy speaks"}, 1},         // case and accents
		{"peace near", []string{"Zelenskyy speaks"}, 0},        // quote and summary words, any order
		{"president ukraine", []string{"Zelenskyy speaks"}, 1}, // entity role
		{"talks", []string{"Talks"}, 0},
		{"nothing like this", nil, 0},
	}
	for _, tt := range tests {
		r, err := s.Search(context.Background(), tt.query)
		if err != nil {
			t.Fatal(err)
		}
		got := titles(r)
		if len(got) != len(tt.events) || (len(got) > 0 && got[0] != tt.events[0]) {
			t.Errorf("Search(%q) events %v, want %v", tt.query, got, tt.events)
		}
		if len(r.Entities) != tt.entities {
			t.Errorf("Search(%q) found %d entities, want %d", tt.query, len(r.Entities), tt.entities)
		}
		for i := range doc.Events {
			want := false
			for _, j := range r.Events {
				want = want || i == j
			}
			if r.Match[i] != want {
				t.Errorf("Search(%q).Match[%d] = %v", tt.query, i, r.Match[i])
			}
		}
	}
	// Extra text (notes) is searched too, and can be cleared.
	s.SetExtras(map[uuid.UUID]string{doc.Events[2].ID: "Compare with the Tusk remark #nato"})
	if r, _ := s.Search(context.Background(), "#NATO tusk"); len(r.Events) != 1 || doc.Events[r.Events[0]].Title != "Undated" {
		t.Errorf("extra text not searched: %v", titles(r))
	}
	s.SetExtras(nil)
	if r, _ := s.Search(context.Background(), "tusk"); len(r.Events) != 0 {
		t.Error("cleared extra text still matches")
	}
	s.SetExtras(map[uuid.UUID]string{uuid.New(): "unknown IDs are ignored"})

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := s.Search(ctx, "talks"); err == nil {
		t.Error("a cancelled search should stop")
	}
}
