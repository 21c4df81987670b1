package timeline

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
)

// A Problem is one thing wrong with a document, at a place given as a path
// into its file: "events[3].entities[1]".
type Problem struct {
	Path    string
	Message string
}

func (p Problem) String() string { return p.Path + ": " + p.Message }

// A ValidationError lists everything wrong with a document.
type ValidationError struct {
	Problems []Problem
}

func (e *ValidationError) Error() string {
	var b strings.Builder
	n := min(len(e.Problems), maxProblems)
	for i, p := range e.Problems[:n] {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(p.String())
	}
	if more := len(e.Problems) - n; more > 0 {
		fmt.Fprintf(&b, "; and %d more problems", more)
	}
	return b.String()
}

// problems collects what is wrong with a document, each with its place.
type problems struct {
	list []Problem
}

// maxProblems bounds the message: past it, a broken file says "and more".
const maxProblems = 50

func (p *problems) add(path, format string, args ...any) {
	p.list = append(p.list, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

func (p *problems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	return &ValidationError{Problems: p.list}
}

// Validate checks that doc hangs together: IDs unique, every reference
// resolves, every span lies inside its article and matches its text, every
// date is coherent. It returns a *ValidationError listing the problems.
func (doc *Document) Validate() error {
	var p problems
	doc.validate(&p)
	return p.err()
}

// owner says which object of a document holds an ID.
type owner struct {
	kind  ownerKind
	index int // in the document's slice of that kind
}

type ownerKind uint8

const (
	ownsDocument ownerKind = iota
	ownsArticle
	ownsEntity
	ownsEvent
	ownsQuote
)

var ownerNames = [...]string{"the document", "article", "entity", "event", "quote"}
var ownerSlices = [...]string{"", "articles", "entities", "events", "quotes"}

func (o owner) path() string {
	if o.kind == ownsDocument {
		return "id"
	}
	return fmt.Sprintf("%s[%d].id", ownerSlices[o.kind], o.index)
}

func (doc *Document) validate(p *problems) {
	// One map of every ID in the document and what holds it: for clashes,
	// and for resolving references to each kind.
	n := 1 + len(doc.Articles) + len(doc.Entities) + len(doc.Events) + len(doc.Quotes)
	owners := make(map[uuid.UUID]owner, n)
	lookup := func(id uuid.UUID, kind ownerKind) (int, bool) {
		o, ok := owners[id]
		return o.index, ok && o.kind == kind
	}
	articles := func(id uuid.UUID) *Article {
		if i, ok := lookup(id, ownsArticle); ok {
			return &doc.Articles[i]
		}
		return nil
	}
	entities := func(id uuid.UUID) *Entity {
		if i, ok := lookup(id, ownsEntity); ok {
			return &doc.Entities[i]
		}
		return nil
	}
	events := func(id uuid.UUID) *Event {
		if i, ok := lookup(id, ownsEvent); ok {
			return &doc.Events[i]
		}
		return nil
	}
	quotes := func(id uuid.UUID) *Quote {
		if i, ok := lookup(id, ownsQuote); ok {
			return &doc.Quotes[i]
		}
		return nil
	}
	// claim records who holds id; paths are only built for problems.
	claim := func(id uuid.UUID, o owner) {
		if id == uuid.Nil {
			p.add(o.path(), "missing ID")
			return
		}
		if prev, dup := owners[id]; dup {
			p.add(o.path(), "ID %s is already used by %s %s", id, ownerNames[prev.kind], prev.path())
			return
		}
		owners[id] = o
	}

	claim(doc.ID, owner{ownsDocument, 0})
	if strings.TrimSpace(doc.Title) == "" {
		p.add("title", "empty")
	}
	for i := range doc.Articles {
		a := &doc.Articles[i]
		claim(a.ID, owner{ownsArticle, i})
		if a.Published.Precision != Undated && a.Published.Precision < Day {
			p.add(fmt.Sprintf("articles[%d].published", i), "a publication date needs a day (got %s)", a.Published)
		}
		if !utf8.ValidString(a.Text) {
			p.add(fmt.Sprintf("articles[%d].text", i), "invalid UTF-8")
		}
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		claim(e.ID, owner{ownsEntity, i})
		if !validKind(e.Kind) {
			p.add(fmt.Sprintf("entities[%d].kind", i), "unknown kind %q (want person, place, organisation or group)", Clip(string(e.Kind)))
		}
		if strings.TrimSpace(e.Name) == "" {
			p.add(fmt.Sprintf("entities[%d].name", i), "empty")
		}
		for j, alias := range e.Aliases {
			switch {
			case strings.TrimSpace(alias) == "":
				p.add(fmt.Sprintf("entities[%d].aliases[%d]", i, j), "empty")
			case slices.Contains(e.Aliases[:j], alias):
				p.add(fmt.Sprintf("entities[%d].aliases[%d]", i, j), "duplicate alias %q", Clip(alias))
			}
		}
	}
	for i := range doc.Events {
		claim(doc.Events[i].ID, owner{ownsEvent, i})
	}
	for i := range doc.Quotes {
		claim(doc.Quotes[i].ID, owner{ownsQuote, i})
	}

	// checkSpan checks s; path is called only to report a problem.
	checkSpan := func(path func() string, s Span) {
		a := articles(s.Article)
		if a == nil {
			p.add(path()+".article", "unknown article %q", s.Article)
			return
		}
		switch {
		case s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End:
			p.add(path(), "bytes [%d, %d) are not a passage of the article's %d bytes", s.Start, s.End, len(a.Text))
		case !utf8.RuneStart(a.Text[s.Start]) || (s.End < len(a.Text) && !utf8.RuneStart(a.Text[s.End])):
			p.add(path(), "bytes [%d, %d) cut a character in two", s.Start, s.End)
		case a.Text[s.Start:s.End] != s.Text:
			p.add(path(), "text %q does not match the article there: %q", Clip(s.Text), Clip(a.Text[s.Start:s.End]))
		}
	}

	for i := range doc.Events {
		ev := &doc.Events[i]
		at := func() string { return fmt.Sprintf("events[%d]", i) }
		if strings.TrimSpace(ev.Title) == "" {
			p.add(at()+".title", "empty")
		}
		if !validLane(ev.Lane) {
			p.add(at()+".lane", "invalid lane %q (want lower-case words joined by '-', such as statement or diplomacy)", Clip(string(ev.Lane)))
		}
		if err := ev.Date.check(); err != nil {
			p.add(at()+".date", "%v", err)
		}
		for j, id := range ev.Entities {
			switch {
			case entities(id) == nil:
				p.add(fmt.Sprintf("%s.entities[%d]", at(), j), "unknown entity %q", id)
			case slices.Contains(ev.Entities[:j], id):
				p.add(fmt.Sprintf("%s.entities[%d]", at(), j), "entity %s listed twice", id)
			}
		}
		for j, id := range ev.Quotes {
			q := quotes(id)
			switch {
			case q == nil:
				p.add(fmt.Sprintf("%s.quotes[%d]", at(), j), "unknown quote %q", id)
			case slices.Contains(ev.Quotes[:j], id):
				p.add(fmt.Sprintf("%s.quotes[%d]", at(), j), "quote %s listed twice", id)
			case q.Event != ev.ID:
				p.add(fmt.Sprintf("%s.quotes[%d]", at(), j), "quote %s belongs to event %s", id, q.Event)
			}
		}
		for j, s := range ev.Evidence {
			checkSpan(func() string { return fmt.Sprintf("%s.evidence[%d]", at(), j) }, s)
		}
		for j, r := range ev.Related {
			path := func() string { return fmt.Sprintf("%s.related[%d]", at(), j) }
			switch {
			case events(r.Event) == nil:
				p.add(path()+".event", "unknown event %q", r.Event)
			case r.Event == ev.ID:
				p.add(path()+".event", "an event cannot relate to itself")
			}
			if strings.TrimSpace(r.Label) == "" {
				p.add(path()+".label", "empty")
			}
		}
	}
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		at := func() string { return fmt.Sprintf("quotes[%d]", i) }
		if strings.TrimSpace(q.Text) == "" {
			p.add(at()+".text", "empty")
		}
		if q.Speaker != uuid.Nil && entities(q.Speaker) == nil {
			p.add(at()+".speaker", "unknown entity %q", q.Speaker)
		}
		if q.Audience != uuid.Nil && entities(q.Audience) == nil {
			p.add(at()+".audience", "unknown entity %q", q.Audience)
		}
		if ev := events(q.Event); ev == nil {
			p.add(at()+".event", "unknown event %q", q.Event)
		} else if !slices.Contains(ev.Quotes, q.ID) {
			p.add(at()+".event", "event %s does not list this quote", q.Event)
		}
		checkSpan(func() string { return at() + ".span" }, q.Span)
		if q.Span.Text != q.Text {
			p.add(at()+".text", "differs from its span's text %q", Clip(q.Span.Text))
		}
	}
}

func validKind(k EntityKind) bool {
	for _, known := range EntityKinds {
		if k == known {
			return true
		}
	}
	return false
}

// validLane accepts lower-case ASCII words joined by single hyphens.
func validLane(l Lane) bool {
	if l == "" || len(l) > 40 || l[0] == '-' || l[len(l)-1] == '-' || strings.Contains(string(l), "--") {
		return false
	}
	for _, c := range []byte(l) {
		if (c < 'a' || c > 'z') && c != '-' {
			return false
		}
	}
	return true
}
