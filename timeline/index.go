package timeline

import (
	"slices"

	"github.com/google/uuid"
)

// An Index answers the questions the viewer asks of a document: what has
// this ID, which events and quotes involve this entity, in what order do
// events come. Build it once per document version; it does not follow
// later changes to the document.
type Index struct {
	Doc *Document
	// Order lists indexes into Doc.Events in timeline order.
	Order []int
	// Lanes lists the lanes the events use, each once, in display order
	// (CompareLanes).
	Lanes []Lane
	// rank[i] is the position of Doc.Events[i] in Order.
	rank      []int
	events    map[uuid.UUID]int
	entities  map[uuid.UUID]int
	quotes    map[uuid.UUID]int
	articles  map[uuid.UUID]int
	entityEvs map[uuid.UUID][]int // entity → event indexes in timeline order
	entityQs  map[uuid.UUID][]int // speaker → quote indexes in timeline order of their events
}

// NewIndex indexes doc, which should be valid.
func NewIndex(doc *Document) *Index {
	x := &Index{
		Doc:       doc,
		Order:     doc.Ordered(),
		rank:      make([]int, len(doc.Events)),
		events:    make(map[uuid.UUID]int, len(doc.Events)),
		entities:  make(map[uuid.UUID]int, len(doc.Entities)),
		quotes:    make(map[uuid.UUID]int, len(doc.Quotes)),
		articles:  make(map[uuid.UUID]int, len(doc.Articles)),
		entityEvs: map[uuid.UUID][]int{},
		entityQs:  map[uuid.UUID][]int{},
	}
	for r, i := range x.Order {
		x.rank[i] = r
	}
	seen := map[Lane]bool{}
	for i := range doc.Events {
		x.events[doc.Events[i].ID] = i
		if l := doc.Events[i].Lane; !seen[l] {
			seen[l] = true
			x.Lanes = append(x.Lanes, l)
		}
	}
	slices.SortFunc(x.Lanes, CompareLanes)
	for i := range doc.Entities {
		x.entities[doc.Entities[i].ID] = i
	}
	for i := range doc.Quotes {
		x.quotes[doc.Quotes[i].ID] = i
	}
	for i := range doc.Articles {
		x.articles[doc.Articles[i].ID] = i
	}
	for _, i := range x.Order {
		for _, id := range doc.Events[i].Entities {
			x.entityEvs[id] = append(x.entityEvs[id], i)
		}
		for _, qid := range doc.Events[i].Quotes {
			if q, ok := x.Quote(qid); ok && q.Speaker != uuid.Nil {
				x.entityQs[q.Speaker] = append(x.entityQs[q.Speaker], x.quotes[qid])
			}
		}
	}
	return x
}

// Event returns the event with the given ID.
func (x *Index) Event(id uuid.UUID) (*Event, bool) {
	i, ok := x.events[id]
	if !ok {
		return nil, false
	}
	return &x.Doc.Events[i], true
}

// EventIndex returns the index in Doc.Events of the event with the given ID.
func (x *Index) EventIndex(id uuid.UUID) (int, bool) {
	i, ok := x.events[id]
	return i, ok
}

// Rank returns the position of Doc.Events[i] in timeline order.
func (x *Index) Rank(i int) int { return x.rank[i] }

// Entity returns the entity with the given ID.
func (x *Index) Entity(id uuid.UUID) (*Entity, bool) {
	i, ok := x.entities[id]
	if !ok {
		return nil, false
	}
	return &x.Doc.Entities[i], true
}

// Quote returns the quote with the given ID.
func (x *Index) Quote(id uuid.UUID) (*Quote, bool) {
	i, ok := x.quotes[id]
	if !ok {
		return nil, false
	}
	return &x.Doc.Quotes[i], true
}

// Article returns the article with the given ID.
func (x *Index) Article(id uuid.UUID) (*Article, bool) {
	i, ok := x.articles[id]
	if !ok {
		return nil, false
	}
	return &x.Doc.Articles[i], true
}

// EventsOf returns the events that involve the entity, in timeline order.
func (x *Index) EventsOf(entity uuid.UUID) []*Event {
	var out []*Event
	for _, i := range x.entityEvs[entity] {
		out = append(out, &x.Doc.Events[i])
	}
	return out
}

// QuotesBy returns the quotes the entity said, in timeline order of their
// events.
func (x *Index) QuotesBy(entity uuid.UUID) []*Quote {
	var out []*Quote
	for _, i := range x.entityQs[entity] {
		out = append(out, &x.Doc.Quotes[i])
	}
	return out
}

// EntitiesSorted returns the document's entities of one kind sorted by name
// with the English collation.
func (x *Index) EntitiesSorted(kind EntityKind) []*Entity {
	var out []*Entity
	for i := range x.Doc.Entities {
		if e := &x.Doc.Entities[i]; e.Kind == kind {
			out = append(out, e)
		}
	}
	c := NewCollator()
	slices.SortStableFunc(out, func(a, b *Entity) int { return c.CompareString(a.Name, b.Name) })
	return out
}
