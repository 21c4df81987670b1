package timeline

import (
	"bytes"
	"cmp"
	"slices"

	"github.com/google/uuid"
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
	articles := doc.articleIndexes()
	return compareEvents(a, b, articlePosOf(a, articles), articlePosOf(b, articles))
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

func articlePosOf(ev *Event, articles map[uuid.UUID]int) articlePos {
	best := articlePos{-1, 0}
	for _, s := range ev.Evidence {
		i, ok := articles[s.Article]
		if !ok {
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

// articleIndexes maps each article's ID to its index.
func (doc *Document) articleIndexes() map[uuid.UUID]int {
	m := make(map[uuid.UUID]int, len(doc.Articles))
	for i := range doc.Articles {
		m[doc.Articles[i].ID] = i
	}
	return m
}

// Ordered returns the indexes of doc.Events in timeline order.
func (doc *Document) Ordered() []int {
	// Sort keys computed once per event: comparing dates through
	// time.Time (Finish normalises calendar dates) for every one of the
	// n·log n comparisons dominated opening a large document.
	type key struct {
		undated    bool
		begin      int64 // Unix seconds
		precision  Precision
		finish     int64
		pos        articlePos
		id         uuid.UUID
		eventIndex int
	}
	articles := doc.articleIndexes()
	keys := make([]key, len(doc.Events))
	for i := range doc.Events {
		ev := &doc.Events[i]
		k := key{undated: !ev.Date.Dated(), pos: articlePosOf(ev, articles), id: ev.ID, eventIndex: i}
		if !k.undated {
			k.begin = ev.Date.Start.Time.Unix()
			k.precision = ev.Date.Start.Precision
			k.finish = ev.Date.Finish().Unix()
		}
		keys[i] = k
	}
	slices.SortFunc(keys, func(a, b key) int {
		if a.undated != b.undated {
			if b.undated {
				return -1
			}
			return 1
		}
		if !a.undated {
			if c := cmp.Compare(a.begin, b.begin); c != 0 {
				return c
			}
			if c := cmp.Compare(a.precision, b.precision); c != 0 {
				return c
			}
			if c := cmp.Compare(b.finish, a.finish); c != 0 {
				return c
			}
		}
		if c := compareArticlePos(a.pos, b.pos); c != 0 {
			return c
		}
		return bytes.Compare(a.id[:], b.id[:])
	})
	order := make([]int, len(keys))
	for r, k := range keys {
		order[r] = k.eventIndex
	}
	return order
}
