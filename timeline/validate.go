package timeline

import (
	"fmt"
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

// Validate checks that doc hangs together: IDs unique, every reference
// resolves, every span lies inside its article and matches its text, every
// date is coherent. It returns a *ValidationError listing the problems.
func (doc *Document) Validate() error {
	var p problems
	doc.validate(&p)
	return p.err()
}

func (doc *Document) validate(p *problems) {
	kinds := map[uuid.UUID]string{} // every ID in the document, and what it names
	articles := map[uuid.UUID]*Article{}
	entities := map[uuid.UUID]*Entity{}
	events := map[uuid.UUID]*Event{}
	quotes := map[uuid.UUID]*Quote{}
	claim := func(path string, id uuid.UUID, kind string) bool {
		if id == uuid.Nil {
			p.add(path, "missing ID")
			return false
		}
		if prev, dup := kinds[id]; dup {
			p.add(path, "ID %s is already used by %s", id, prev)
			return false
		}
		kinds[id] = kind + " " + path
		return true
	}

	claim("id", doc.ID, "the document")
	if strings.TrimSpace(doc.Title) == "" {
		p.add("title", "empty")
	}
	for i := range doc.Articles {
		a := &doc.Articles[i]
		at := fmt.Sprintf("articles[%d]", i)
		if claim(at+".id", a.ID, "article") {
			articles[a.ID] = a
		}
		if a.Published.Precision != Undated && a.Published.Precision < Day {
			p.add(at+".published", "a publication date needs a day (got %s)", a.Published)
		}
		if !utf8.ValidString(a.Text) {
			p.add(at+".text", "invalid UTF-8")
		}
	}
	for i := range doc.Entities {
		e := &doc.Entities[i]
		at := fmt.Sprintf("entities[%d]", i)
		if claim(at+".id", e.ID, "entity") {
			entities[e.ID] = e
		}
		if !validKind(e.Kind) {
			p.add(at+".kind", "unknown kind %q (want person, place, organisation or group)", clip(string(e.Kind)))
		}
		if strings.TrimSpace(e.Name) == "" {
			p.add(at+".name", "empty")
		}
		seen := map[string]bool{}
		for j, alias := range e.Aliases {
			switch {
			case strings.TrimSpace(alias) == "":
				p.add(fmt.Sprintf("%s.aliases[%d]", at, j), "empty")
			case seen[alias]:
				p.add(fmt.Sprintf("%s.aliases[%d]", at, j), "duplicate alias %q", clip(alias))
			}
			seen[alias] = true
		}
	}
	for i := range doc.Events {
		ev := &doc.Events[i]
		if claim(fmt.Sprintf("events[%d].id", i), ev.ID, "event") {
			events[ev.ID] = ev
		}
	}
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		if claim(fmt.Sprintf("quotes[%d].id", i), q.ID, "quote") {
			quotes[q.ID] = q
		}
	}

	checkSpan := func(path string, s Span) {
		a, ok := articles[s.Article]
		if !ok {
			p.add(path+".article", "unknown article %s", s.Article)
			return
		}
		switch {
		case s.Start < 0 || s.End > len(a.Text) || s.Start >= s.End:
			p.add(path, "bytes [%d, %d) are not a passage of the article's %d bytes", s.Start, s.End, len(a.Text))
		case !utf8.RuneStart(a.Text[s.Start]) || (s.End < len(a.Text) && !utf8.RuneStart(a.Text[s.End])):
			p.add(path, "bytes [%d, %d) cut a character in two", s.Start, s.End)
		case a.Text[s.Start:s.End] != s.Text:
			p.add(path, "text %q does not match the article there: %q", clip(s.Text), clip(a.Text[s.Start:s.End]))
		}
	}

	for i := range doc.Events {
		ev := &doc.Events[i]
		at := fmt.Sprintf("events[%d]", i)
		if strings.TrimSpace(ev.Title) == "" {
			p.add(at+".title", "empty")
		}
		if !validLane(ev.Lane) {
			p.add(at+".lane", "invalid lane %q (want lower-case words joined by '-', such as statement or diplomacy)", clip(string(ev.Lane)))
		}
		if err := ev.Date.check(); err != nil {
			p.add(at+".date", "%v", err)
		}
		seen := map[uuid.UUID]bool{}
		for j, id := range ev.Entities {
			path := fmt.Sprintf("%s.entities[%d]", at, j)
			switch {
			case id == uuid.Nil: // reported while decoding
			case entities[id] == nil:
				p.add(path, "unknown entity %q", id)
			case seen[id]:
				p.add(path, "entity %s listed twice", id)
			}
			seen[id] = true
		}
		for j, id := range ev.Quotes {
			path := fmt.Sprintf("%s.quotes[%d]", at, j)
			q := quotes[id]
			switch {
			case id == uuid.Nil:
			case q == nil:
				p.add(path, "unknown quote %q", id)
			case seen[id]:
				p.add(path, "quote %s listed twice", id)
			case q.Event != ev.ID:
				p.add(path, "quote %s belongs to event %s", id, q.Event)
			}
			seen[id] = true
		}
		for j, s := range ev.Evidence {
			checkSpan(fmt.Sprintf("%s.evidence[%d]", at, j), s)
		}
		for j, r := range ev.Related {
			path := fmt.Sprintf("%s.related[%d]", at, j)
			switch {
			case r.Event == uuid.Nil:
			case events[r.Event] == nil:
				p.add(path+".event", "unknown event %q", r.Event)
			case r.Event == ev.ID:
				p.add(path+".event", "an event cannot relate to itself")
			}
			if strings.TrimSpace(r.Label) == "" {
				p.add(path+".label", "empty")
			}
		}
	}
	for i := range doc.Quotes {
		q := &doc.Quotes[i]
		at := fmt.Sprintf("quotes[%d]", i)
		if strings.TrimSpace(q.Text) == "" {
			p.add(at+".text", "empty")
		}
		if q.Speaker != uuid.Nil && entities[q.Speaker] == nil {
			p.add(at+".speaker", "unknown entity %q", q.Speaker)
		}
		if q.Audience != uuid.Nil && entities[q.Audience] == nil {
			p.add(at+".audience", "unknown entity %q", q.Audience)
		}
		if ev := events[q.Event]; ev == nil {
			if q.Event != uuid.Nil {
				p.add(at+".event", "unknown event %q", q.Event)
			}
		} else if !containsID(ev.Quotes, q.ID) {
			p.add(at+".event", "event %s does not list this quote", q.Event)
		}
		checkSpan(at+".span", q.Span)
		if q.Span.Text != q.Text {
			p.add(at+".text", "differs from its span's text %q", clip(q.Span.Text))
		}
	}
}

func containsID(list []uuid.UUID, id uuid.UUID) bool {
	for _, x := range list {
		if x == id {
			return true
		}
	}
	return false
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
