package timeline

import (
	"context"
	"strings"
)

// A SearchIndex finds events and entities by their words, ignoring case
// and accents: "zelensky" finds Zelenskyy, "FREDERIKSEN" finds Frederiksen.
// An event matches on its title, label, summary, quotes, the names and
// aliases of its entities and speakers, and any extra text (notes, tags)
// set for it. Build it once per document; it is safe for concurrent
// searches, but not concurrent with SetExtra.
type SearchIndex struct {
	x        *Index
	events   []string // folded text of Doc.Events[i]
	extra    []string // folded extra text of Doc.Events[i]
	entities []string // folded names and aliases of Doc.Entities[i]
	entExtra []string
}

// NewSearchIndex folds the searchable text of every event and entity.
func NewSearchIndex(x *Index) *SearchIndex {
	doc := x.Doc
	s := &SearchIndex{
		x:        x,
		events:   make([]string, len(doc.Events)),
		extra:    make([]string, len(doc.Events)),
		entities: make([]string, len(doc.Entities)),
		entExtra: make([]string, len(doc.Entities)),
	}
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
		b.Reset()
		for _, eid := range ev.Entities {
			if j, ok := x.entities[eid]; ok {
				b.WriteString(s.entities[j])
				b.WriteByte('\n')
			}
		}
		s.events[i] += "\n" + b.String()
	}
	return s
}

// SetExtra sets more text to search for the event or entity with the
// given ID, such as its notes and tags; "" clears it.
func (s *SearchIndex) SetExtra(id [16]byte, text string) {
	if i, ok := s.x.events[id]; ok {
		s.extra[i] = Fold(text)
	}
	if i, ok := s.x.entities[id]; ok {
		s.entExtra[i] = Fold(text)
	}
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
	res := SearchResult{Match: make([]bool, len(s.events))}
	for n, i := range s.x.Order {
		if n%4096 == 0 && ctx.Err() != nil {
			return SearchResult{}, ctx.Err()
		}
		if m.MatchFolded(s.events[i]) || (s.extra[i] != "" && m.MatchFolded(s.events[i]+"\n"+s.extra[i])) {
			res.Events = append(res.Events, i)
			res.Match[i] = true
		}
	}
	for i, text := range s.entities {
		if m.MatchFolded(text) || (s.entExtra[i] != "" && m.MatchFolded(text+"\n"+s.entExtra[i])) {
			res.Entities = append(res.Entities, i)
		}
	}
	return res, nil
}
