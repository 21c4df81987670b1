package app

import (
	"testing"

	"github.com/google/uuid"
)

func TestHistory(t *testing.T) {
	a, b, c := place{placeEvent, uuid.New(), ""}, place{placeEntity, uuid.New(), ""}, place{placeEvent, uuid.New(), ""}
	h := newHistory()
	if _, ok := h.back(); ok || h.canForward() {
		t.Fatal("empty history moved")
	}
	h.visit(a)
	h.visit(b)
	h.visit(b) // again: no new place
	h.visit(c)
	if p, _ := h.back(); p != b {
		t.Fatalf("back = %v, want b", p)
	}
	if p, _ := h.back(); p != a {
		t.Fatalf("back = %v, want a", p)
	}
	if _, ok := h.back(); ok {
		t.Fatal("back past the start")
	}
	if p, _ := h.forward(); p != b {
		t.Fatalf("forward = %v, want b", p)
	}
	// A new visit drops the forward places.
	d := place{placeSearch, uuid.Nil, "tusk"}
	h.visit(d)
	if h.canForward() {
		t.Fatal("forward places survived a visit")
	}
	h.replace(place{placeSearch, uuid.Nil, "tusk said"})
	if p, _ := h.current(); p.query != "tusk said" {
		t.Fatalf("replace: current %v", p)
	}
	if p, _ := h.back(); p != b {
		t.Fatalf("back after replace = %v, want b", p)
	}
}

func TestHistoryIsBounded(t *testing.T) {
	h := newHistory()
	for i := 0; i < maxHistory+50; i++ {
		h.visit(place{placeEvent, uuid.New(), ""})
	}
	if len(h.places) != maxHistory || h.at != maxHistory-1 {
		t.Fatalf("history holds %d places, at %d", len(h.places), h.at)
	}
}
