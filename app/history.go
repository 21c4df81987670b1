package app

import "github.com/google/uuid"

// placeKind is what a place in the history shows.
type placeKind int

const (
	placeNone   placeKind = iota
	placeEvent            // an event's card
	placeEntity           // an entity's card
	placeSearch           // search results
)

// A place is one stop in the browsing history: a card or a search.
type place struct {
	kind  placeKind
	id    uuid.UUID // the event or entity
	query string    // for placeSearch
}

// history is a browser-like back/forward list of places.
type history struct {
	places []place
	at     int // index of the current place; -1 when empty
}

// maxHistory bounds the list; the oldest places fall off.
const maxHistory = 500

func newHistory() *history { return &history{at: -1} }

// visit makes p the current place, dropping any forward places. Visiting
// the current place again changes nothing.
func (h *history) visit(p place) {
	if h.at >= 0 && h.places[h.at] == p {
		return
	}
	h.places = append(h.places[:h.at+1], p)
	if len(h.places) > maxHistory {
		h.places = h.places[len(h.places)-maxHistory:]
	}
	h.at = len(h.places) - 1
}

// replace changes the current place without adding one (a search being
// typed is one place, not one per letter).
func (h *history) replace(p place) {
	if h.at < 0 {
		h.visit(p)
		return
	}
	h.places[h.at] = p
}

func (h *history) current() (place, bool) {
	if h.at < 0 {
		return place{}, false
	}
	return h.places[h.at], true
}

func (h *history) canBack() bool    { return h.at > 0 }
func (h *history) canForward() bool { return h.at+1 < len(h.places) }

// back moves to the previous place and returns it.
func (h *history) back() (place, bool) {
	if !h.canBack() {
		return place{}, false
	}
	h.at--
	return h.places[h.at], true
}

// forward moves to the next place and returns it.
func (h *history) forward() (place, bool) {
	if !h.canForward() {
		return place{}, false
	}
	h.at++
	return h.places[h.at], true
}
