package timeline

import (
	"context"
	"strings"
	"sync/atomic"

	"github.com/google/uuid"
)

// A SearchIndex finds events and entities by their words, ignoring case
// and accents: "zelensky" finds Zelenskyy, "FREDERIKSEN" finds Frederiksen.
// An event matches on its title, label, summary, quotes, the names and
// aliases of its entities and speakers, and any extra text (notes, tags)
// set for it. Build it once per document; it is safe for concurrent use,
// SetExtras included.
type SearchIndex struct {
	x        *Index
	events   []string // folded text of Doc.Events[i]: title, label, summary, quotes
	entities []string // folded names, aliases and role of Doc.Entities[i]
	// The entities of Doc.Events[i] are entityOf[entityAt[i]:entityAt[i+1]],
	// indexes into entities: an event matches on its entities' text without
	// a copy of it.
	entityAt []int32
	entityOf []int32
	// extra is replaced whole by SetExtras, so that a search running
	// meanwhile sees the old or the new text, never half of each.
	extra atomic.Pointer[extraText]
}

// extraText is folded extra text by event and entity index ("" for none).
type extraText struct {
	events, entities []string
}

// NewSearchIndex folds the searchable text of every event and entity.
func NewSearchIndex(x *Index) *SearchIndex {
	doc := x.Doc
	s := &SearchIndex{
		x:        x,
		events:   make([]string, len(doc.Events)),
		entities: make([]string, len(doc.Entities)),
		entityAt: make([]int32, len(doc.Events)+1),
	}
	s.extra.Store(&extraText{events: make([]string, len(doc.Events)), entities: make([]string, len(doc.Entities))})
	for i := range doc.Entities {
		e := &doc.Entities[i]
		s.entities[i] = Fold(e.Name + "\n" + strings.Join(e.Aliases, "\n") + "\n" + e.Role)
	}
	var b strings.Builder
	for i := range doc.Events {
		ev := &doc.Events[i]
		b.Reset()
		b.WriteString(ev.Title)
		b.WriteByte('\n')
		b.WriteString(ev.Short)
		b.WriteByte('\n')
		b.WriteString(ev.Summary)
		for _, qid := range ev.Quotes {
			if q, ok := x.Quote(qid); ok {
				b.WriteByte('\n')
				b.WriteString(q.Text)
			}
		}
		s.events[i] = Fold(b.String())
		for _, eid := range ev.Entities {
			if j, ok := x.entities[eid]; ok {
				s.entityOf = append(s.entityOf, int32(j))
			}
		}
		s.entityAt[i+1] = int32(len(s.entityOf))
	}
	return s
}

// SetExtras replaces the extra text searched for events and entities, by
// their IDs, such as their notes and tags; IDs not in the map have none.
// Text that is already folded (Fold(t) == t) is kept as it is.
func (s *SearchIndex) SetExtras(texts map[uuid.UUID]string) {
	e := &extraText{events: make([]string, len(s.events)), entities: make([]string, len(s.entities))}
	for id, text := range texts {
		if i, ok := s.x.events[id]; ok {
			e.events[i] = Fold(text)
		}
		if i, ok := s.x.entities[id]; ok {
			e.entities[i] = Fold(text)
		}
	}
	s.extra.Store(e)
}

// SearchResult lists what matched, events in timeline order and entities
// in document order, as indexes into the document's slices.
type SearchResult struct {
	Events   []int
	Entities []int
	// Match[i] reports whether Doc.Events[i] matched.
	Match []bool
}

// Search returns what matches every word of query. It stops early, with
// ctx's error, when ctx is cancelled: a newer keystroke makes an older
// search moot.
func (s *SearchIndex) Search(ctx context.Context, query string) (SearchResult, error) {
	m := NewMatcher(query)
	extra := s.extra.Load()
	res := SearchResult{Match: make([]bool, len(s.events))}
	for n, i := range s.x.Order {
		if n%4096 == 0 && ctx.Err() != nil {
			return SearchResult{}, ctx.Err()
		}
		if s.matchEvent(m, i, extra.events[i]) {
			res.Events = append(res.Events, i)
			res.Match[i] = true
		}
	}
	for i, text := range s.entities {
		if matchAll(m, func(term string) bool {
			return strings.Contains(text, term) || strings.Contains(extra.entities[i], term)
		}) {
			res.Entities = append(res.Entities, i)
		}
	}
	return res, nil
}

// matchEvent reports whether every word of the query occurs somewhere in
// event i's text, its entities' text or its extra text.
func (s *SearchIndex) matchEvent(m Matcher, i int, extra string) bool {
	own := s.events[i]
	ents := s.entityOf[s.entityAt[i]:s.entityAt[i+1]]
	return matchAll(m, func(term string) bool {
		if strings.Contains(own, term) {
			return true
		}
		for _, j := range ents {
			if strings.Contains(s.entities[j], term) {
				return true
			}
		}
		return extra != "" && strings.Contains(extra, term)
	})
}

// matchAll reports whether found holds for every word of the query.
func matchAll(m Matcher, found func(term string) bool) bool {
	for _, t := range m.terms {
		if !found(t) {
			return false
		}
	}
	return true
}
