package timeline

import (
	"bytes"
	"slices"
)

// The timeline order of events is total and depends only on the events'
// contents, never on where they sit in the file:
//
//  1. Dated events come before undated ones.
//  2. Dated events by the first instant of their start: 2025-11 begins on
//     1 November 2025, so "since November" comes before 3 January 2026.
//  3. At the same instant, coarser before finer: the year 2026 before
//     January 2026 before 1 January 2026.
//  4. Then the longer period first (a period before an instant).
//  5. Then article order: the position of the event's first evidence span
//     (articles in the document's order, then byte offset). Events without
//     evidence come after those with.
//  6. Finally the event ID, byte-wise, so that no two events tie.
//
// Undated events use rules 5 and 6 only: they keep their article order.

// CompareEvents orders a and b by the rules above; doc gives article order.
func (doc *Document) CompareEvents(a, b *Event) int {
	return compareEvents(a, b, doc.articlePos(a), doc.articlePos(b))
}

func compareEvents(a, b *Event, pa, pb articlePos) int {
	ad, bd := a.Date.Dated(), b.Date.Dated()
	if ad != bd {
		if ad {
			return -1
		}
		return 1
	}
	if ad {
		if c := a.Date.Start.Compare(b.Date.Start); c != 0 {
			return c
		}
		// Longer first: later finish first.
		if c := b.Date.Finish().Compare(a.Date.Finish()); c != 0 {
			return c
		}
	}
	if c := compareArticlePos(pa, pb); c != 0 {
		return c
	}
	return bytes.Compare(a.ID[:], b.ID[:])
}

// articlePos is where an event first appears: article index and byte offset,
// or article -1 when it has no evidence.
type articlePos struct{ article, offset int }

func (doc *Document) articlePos(ev *Event) articlePos {
	if len(ev.Evidence) == 0 {
		return articlePos{-1, 0}
	}
	best := articlePos{-1, 0}
	for _, s := range ev.Evidence {
		i := doc.articleIndex(s.Article)
		if i < 0 {
			continue
		}
		pos := articlePos{i, s.Start}
		if best.article < 0 || compareArticlePos(pos, best) < 0 {
			best = pos
		}
	}
	return best
}

func compareArticlePos(a, b articlePos) int {
	switch {
	case a.article == b.article:
		return a.offset - b.offset
	case a.article < 0: // no evidence: after everything with some
		return 1
	case b.article < 0:
		return -1
	}
	return a.article - b.article
}

func (doc *Document) articleIndex(id [16]byte) int {
	for i := range doc.Articles {
		if doc.Articles[i].ID == id {
			return i
		}
	}
	return -1
}

// Ordered returns the indexes of doc.Events in timeline order.
func (doc *Document) Ordered() []int {
	order := make([]int, len(doc.Events))
	for i := range order {
		order[i] = i
	}
	// Precompute article positions: comparing by them is the hot part.
	pos := make([]articlePos, len(doc.Events))
	for i := range doc.Events {
		pos[i] = doc.articlePos(&doc.Events[i])
	}
	slices.SortFunc(order, func(i, j int) int {
		return compareEvents(&doc.Events[i], &doc.Events[j], pos[i], pos[j])
	})
	return order
}
