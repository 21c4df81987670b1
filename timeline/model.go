package timeline

import (
	"github.com/google/uuid"
)

// A Document is a timeline: the articles it was drawn from, the events they
// report, the entities and quotes in them, and the links between these.
type Document struct {
	ID       uuid.UUID
	Title    string
	Articles []Article
	Events   []Event
	Entities []Entity
	Quotes   []Quote
}

// An Article is a source text.
type Article struct {
	ID        uuid.UUID
	Title     string
	Publisher string // "" when unknown
	URL       string // "" when unknown
	// Published is the publication date (day or minute precision), the
	// anchor for relative expressions such as "Saturday". Zero when unknown.
	Published Point
	// Text is the full article, UTF-8. Spans are byte offsets into it.
	Text string
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

// An Event is something that happened, or was said, as an article reports it.
type Event struct {
	ID      uuid.UUID // stable: notes attach to it
	Title   string    // one line
	Short   string    // a label of a few words for the timeline; "" to use Title
	Summary string    // one paragraph
	Date    Date
	Lane    Lane
	// Entities are the people, places, organisations and groups involved,
	// most important first.
	Entities []uuid.UUID
	// Quotes are the quotes said in this event, in article order. Each
	// quote names this event back.
	Quotes []uuid.UUID
	// Evidence are the passages of the articles that report the event,
	// the main one first. The earliest of them sets the event's place in
	// article order.
	Evidence []Span
	// Related links to other events.
	Related []Relation
}

// A Relation links an event to another.
type Relation struct {
	Event uuid.UUID
	Label string // how the other event relates to this one: "response to", "part of", "same day"
}

// A Span is a passage of an article: bytes [Start, End) of its text.
type Span struct {
	Article uuid.UUID
	Start   int
	End     int
	// Text is the passage itself, kept so that a span can be checked
	// against its article (and read without it).
	Text string
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
	ID      uuid.UUID
	Kind    EntityKind
	Name    string   // canonical: "Volodymyr Zelenskyy"
	Aliases []string // other names it goes by, for search: "Zelensky", "Ukraine's president"
	Role    string   // role or description: "Prime Minister of Denmark"
}

// A Quote is something said, verbatim as an article prints it.
type Quote struct {
	ID      uuid.UUID
	Text    string    // verbatim; equal to the span's text
	Speaker uuid.UUID // the entity who said it; uuid.Nil when unknown
	// Audience is the outlet or listener it was said to ("TV2"); uuid.Nil
	// when none is named.
	Audience uuid.UUID
	Event    uuid.UUID // the event in which it was said
	Span     Span      // where the article prints it
}

// Label returns the event's short label, or its title when it has none.
func (ev *Event) Label() string {
	if ev.Short != "" {
		return ev.Short
	}
	return ev.Title
}
