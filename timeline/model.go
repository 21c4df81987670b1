package timeline

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"
)

// A Document is a timeline: the articles it was drawn from, the events they
// report, the entities and quotes in them, and the links between these.
//
// The struct tags give the file format (docs/format.md); fields are
// written in their order here.
type Document struct {
	ID       uuid.UUID `json:"id"`
	Title    string    `json:"title"`
	Articles []Article `json:"articles"`
	Entities []Entity  `json:"entities"`
	Events   []Event   `json:"events"`
	Quotes   []Quote   `json:"quotes"`
}

// An Article is a source text.
type Article struct {
	ID        uuid.UUID `json:"id"`
	Title     string    `json:"title"`
	Publisher string    `json:"publisher,omitempty"` // "" when unknown
	URL       string    `json:"url,omitempty"`       // "" when unknown
	// Published is the publication date (day or minute precision), the
	// anchor for relative expressions such as "Saturday". Zero when unknown.
	Published Point `json:"published,omitzero"`
	// Text is the full article, UTF-8. Spans are byte offsets into it.
	Text string `json:"text"`
}

// A Lane is the kind of an event, and the row it sits in on the timeline.
// The known lanes are below; a document may use others (lower-case words
// joined by '-'), which are shown after the known ones.
type Lane string

const (
	LaneStatement Lane = "statement" // something somebody said
	LaneDiplomacy Lane = "diplomacy" // meetings, talks, negotiations
	LaneSecurity  Lane = "security"  // military action, attacks, defence
	LanePolitics  Lane = "politics"  // domestic politics, elections, law
	LaneEconomy   Lane = "economy"   // markets, trade, money
	LaneContext   Lane = "context"   // background and analysis
)

// KnownLanes lists the known lanes in display order.
var KnownLanes = []Lane{LaneStatement, LaneDiplomacy, LaneSecurity, LanePolitics, LaneEconomy, LaneContext}

// Title names a lane for people: "Statement", "Human rights".
func (l Lane) Title() string {
	s := strings.ReplaceAll(string(l), "-", " ")
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

// CompareLanes orders lanes for display: the known ones in their order,
// then the others alphabetically. It suits slices.SortFunc.
func CompareLanes(a, b Lane) int {
	ia, ib := slices.Index(KnownLanes, a), slices.Index(KnownLanes, b)
	switch {
	case ia >= 0 && ib >= 0:
		return ia - ib
	case ia >= 0:
		return -1
	case ib >= 0:
		return 1
	}
	return strings.Compare(string(a), string(b))
}

// An Event is something that happened, or was said, as an article reports it.
type Event struct {
	ID      uuid.UUID `json:"id"`                // stable: notes attach to it
	Title   string    `json:"title"`             // one line
	Short   string    `json:"short,omitempty"`   // a label of a few words for the timeline; "" to use Title
	Summary string    `json:"summary,omitempty"` // one paragraph
	Date    Date      `json:"date,omitzero"`
	Lane    Lane      `json:"lane"`
	// Entities are the people, places, organisations and groups involved,
	// most important first.
	Entities []uuid.UUID `json:"entities,omitempty"`
	// Quotes are the quotes said in this event, in article order. Each
	// quote names this event back.
	Quotes []uuid.UUID `json:"quotes,omitempty"`
	// Evidence are the passages of the articles that report the event,
	// the main one first. The earliest of them sets the event's place in
	// article order.
	Evidence []Span `json:"evidence,omitempty"`
	// Related links to other events.
	Related []Relation `json:"related,omitempty"`
	// Background marks a passage that reports nothing that happened (an
	// explanation, an assessment, context) kept with the document but off
	// the timeline unless the reader asks for it.
	Background bool `json:"background,omitzero"`
}

// A Relation links an event to another.
type Relation struct {
	Event uuid.UUID `json:"event"`
	Label string    `json:"label"` // how the other event relates to this one: "response to", "part of", "same day"
}

// A Span is a passage of an article: bytes [Start, End) of its text.
type Span struct {
	Article uuid.UUID `json:"article"`
	Start   int       `json:"start"`
	End     int       `json:"end"`
	// Text is the passage itself, kept so that a span can be checked
	// against its article (and read without it).
	Text string `json:"text"`
}

// EntityKind is what an entity is.
type EntityKind string

const (
	Person       EntityKind = "person"
	Place        EntityKind = "place"
	Organisation EntityKind = "organisation"
	Group        EntityKind = "group" // an informal group: "coalition of the willing"
)

// EntityKinds lists the kinds in display order.
var EntityKinds = []EntityKind{Person, Place, Organisation, Group}

// An Entity is a person, place, organisation or group named in the articles.
type Entity struct {
	ID      uuid.UUID  `json:"id"`
	Kind    EntityKind `json:"kind"`
	Name    string     `json:"name"`              // canonical: "Volodymyr Zelenskyy"
	Aliases []string   `json:"aliases,omitempty"` // other names it goes by, for search: "Zelensky", "Ukraine's president"
	Role    string     `json:"role,omitempty"`    // role or description: "Prime Minister of Denmark"
}

// A Quote is something said, verbatim as an article prints it.
type Quote struct {
	ID      uuid.UUID `json:"id"`
	Text    string    `json:"text"`             // verbatim; equal to the span's text
	Speaker uuid.UUID `json:"speaker,omitzero"` // the entity who said it; uuid.Nil when unknown
	// Audience is the outlet or listener it was said to ("TV2"); uuid.Nil
	// when none is named.
	Audience uuid.UUID `json:"audience,omitzero"`
	Event    uuid.UUID `json:"event"` // the event in which it was said
	Span     Span      `json:"span"`  // where the article prints it
}

// Label returns the event's short label, or its title when it has none.
func (ev *Event) Label() string {
	if ev.Short != "" {
		return ev.Short
	}
	return ev.Title
}

// Snapshot returns a copy of doc whose slices of articles, entities,
// events and quotes are its own, for reading on another goroutine while
// doc is edited (edits replace whole elements; they never change the
// slices an element holds).
func (doc *Document) Snapshot() *Document {
	c := *doc
	c.Articles = slices.Clone(doc.Articles)
	c.Entities = slices.Clone(doc.Entities)
	c.Events = slices.Clone(doc.Events)
	c.Quotes = slices.Clone(doc.Quotes)
	return &c
}
