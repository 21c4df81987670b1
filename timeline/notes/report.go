package notes

import (
	"bytes"
	"cmp"
	"net/url"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"newsline/timeline"
)

// Options say what an export covers.
type Options struct {
	// Doc is the timeline the notes are about. It gives the order of
	// events, their quotes and evidence. May be nil: the notes' copies of
	// titles and dates stand in, for the document and for events no longer
	// in it.
	Doc *timeline.Document
	// All exports every event of Doc, with or without notes; otherwise
	// only annotated ones (with notes or a star).
	All bool
	// Time is the export time written in the file; zero means now.
	Time time.Time
	// Location is the time zone in which the human-readable formats
	// (Markdown, HTML) show times to people; nil means the computer's
	// (time.Local). Machine-readable times are always UTC.
	Location *time.Location
}

// A report is what every exporter writes: the annotated (or all) targets
// in order, each with its notes.
type report struct {
	Location *time.Location // where times are shown to people
	Title    string         // the document's title
	DocID    uuid.UUID      // uuid.Nil when unknown
	Exported time.Time
	Tags     []string // every tag, in order of first use
	Sections []*section
}

// A section is one target with its notes.
type section struct {
	Target   Target
	InDoc    bool             // found in Options.Doc (else Target is a note's copy)
	Quotes   []quoteLine      // the event's quotes, from the document
	Evidence *selector        // the event's main evidence, from the document
	Star     *Star            // nil unless starred
	Tags     []string         // its notes' tags, without duplicates
	Notes    []Note           // oldest first
	event    *timeline.Event  // nil unless InDoc and an event
	entity   *timeline.Entity // nil unless InDoc and an entity
}

// A quoteLine is a quote and who said it.
type quoteLine struct {
	Text    string
	Speaker string // "" when unknown
}

// A selector is a W3C TextQuoteSelector: the exact passage with some
// context either side, to find it again in the article.
type selector struct {
	Exact, Prefix, Suffix string
	// Source is the web address of the article the passage is from, ""
	// when it has none.
	Source string
}

// selectorContext is how much article text a selector keeps either side of
// the passage, in bytes (cut back to a character boundary).
const selectorContext = 32

// buildReport groups set by target and orders the sections: events in
// timeline order (events no longer in the document by their copied date
// among them), then entities by name.
func buildReport(set *Set, opt Options) *report {
	r := &report{Exported: opt.Time, Location: opt.Location}
	if r.Location == nil {
		r.Location = time.Local
	}
	if r.Exported.IsZero() {
		r.Exported = time.Now()
	}
	r.Exported = r.Exported.UTC().Truncate(time.Second)

	byTarget := map[uuid.UUID]*section{}
	get := func(t Target) *section {
		sec := byTarget[t.ID]
		if sec == nil {
			sec = &section{Target: t}
			byTarget[t.ID] = sec
		}
		return sec
	}
	for i := range set.Notes {
		n := set.Notes[i]
		sec := get(n.Target)
		if n.Updated.After(latest(sec)) {
			sec.Target = n.Target // the newest copy reads best
		}
		sec.Notes = append(sec.Notes, n)
	}
	for i := range set.Stars {
		st := set.Stars[i]
		sec := get(st.Target)
		if st.Updated.After(latest(sec)) {
			sec.Target = st.Target
		}
		sec.Star = &st
	}
	seenTag := map[string]bool{}
	for _, sec := range byTarget {
		slices.SortStableFunc(sec.Notes, func(a, b Note) int {
			if c := a.Created.Compare(b.Created); c != 0 {
				return c
			}
			return bytes.Compare(a.ID[:], b.ID[:])
		})
		seen := map[string]bool{}
		for _, n := range sec.Notes {
			for _, t := range n.Tags {
				if f := timeline.Fold(t); !seen[f] {
					seen[f] = true
					sec.Tags = append(sec.Tags, t)
				}
			}
		}
	}

	var docEvents, goneEvents, entities []*section
	if doc := opt.Doc; doc != nil {
		r.Title, r.DocID = doc.Title, doc.ID
		x := timeline.NewIndex(doc)
		for _, i := range x.Order {
			ev := &doc.Events[i]
			sec := byTarget[ev.ID]
			if sec == nil && !opt.All {
				continue
			}
			if sec == nil {
				sec = &section{}
			}
			delete(byTarget, ev.ID)
			sec.Target, sec.InDoc, sec.event = EventTarget(doc, ev), true, ev
			sec.Quotes = quotesOf(x, ev)
			sec.Evidence = evidenceOf(x, ev)
			docEvents = append(docEvents, sec)
		}
		for i := range doc.Entities {
			e := &doc.Entities[i]
			if sec := byTarget[e.ID]; sec != nil {
				delete(byTarget, e.ID)
				sec.Target, sec.InDoc, sec.entity = EntityTarget(doc, e), true, e
				entities = append(entities, sec)
			}
		}
	}
	for _, sec := range byTarget {
		if sec.Target.Kind == KindEntity {
			entities = append(entities, sec)
		} else {
			goneEvents = append(goneEvents, sec)
		}
		if r.Title == "" && sec.Target.DocTitle != "" {
			r.Title, r.DocID = sec.Target.DocTitle, sec.Target.DocID
		}
	}
	slices.SortFunc(goneEvents, func(a, b *section) int {
		if c := a.Target.Date.compare(b.Target.Date); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Target.Title, b.Target.Title); c != 0 {
			return c
		}
		return bytes.Compare(a.Target.ID[:], b.Target.ID[:])
	})
	collator := timeline.NewCollator()
	slices.SortFunc(entities, func(a, b *section) int {
		if c := collator.CompareString(a.Target.Title, b.Target.Title); c != 0 {
			return c
		}
		return bytes.Compare(a.Target.ID[:], b.Target.ID[:])
	})
	// Merge by date: the document's order agrees with dates for dated
	// events, and on a tie the document's event comes first.
	for len(docEvents) > 0 || len(goneEvents) > 0 {
		if len(goneEvents) > 0 && (len(docEvents) == 0 || goneEvents[0].Target.Date.compare(docEvents[0].Target.Date) < 0) {
			r.Sections, goneEvents = append(r.Sections, goneEvents[0]), goneEvents[1:]
		} else {
			r.Sections, docEvents = append(r.Sections, docEvents[0]), docEvents[1:]
		}
	}
	r.Sections = append(r.Sections, entities...)
	for _, sec := range r.Sections {
		for _, t := range sec.Tags {
			if f := timeline.Fold(t); !seenTag[f] {
				seenTag[f] = true
				r.Tags = append(r.Tags, t)
			}
		}
	}
	return r
}

// DocIDString returns the document's ID, or "" when unknown.
func (r *report) DocIDString() string { return docIDString(r.DocID) }

// latest returns when the section's copy of its target was last written.
func latest(sec *section) time.Time {
	var t time.Time
	for _, n := range sec.Notes {
		if n.Updated.After(t) {
			t = n.Updated
		}
	}
	if sec.Star != nil && sec.Star.Updated.After(t) {
		t = sec.Star.Updated
	}
	return t
}

func quotesOf(x *timeline.Index, ev *timeline.Event) []quoteLine {
	var out []quoteLine
	for _, id := range ev.Quotes {
		q, ok := x.Quote(id)
		if !ok {
			continue
		}
		line := quoteLine{Text: q.Text}
		if sp, ok := x.Entity(q.Speaker); ok {
			line.Speaker = sp.Name
		}
		out = append(out, line)
	}
	return out
}

// evidenceOf returns the selector of the event's main evidence span, with
// context from its article when the document has it.
func evidenceOf(x *timeline.Index, ev *timeline.Event) *selector {
	if len(ev.Evidence) == 0 {
		return nil
	}
	sp := ev.Evidence[0]
	sel := &selector{Exact: sp.Text}
	if a, ok := x.Article(sp.Article); ok && 0 <= sp.Start && sp.Start <= sp.End && sp.End <= len(a.Text) {
		from := sp.Start - selectorContext
		for from > 0 && !utf8.RuneStart(a.Text[from]) {
			from++
		}
		to := sp.End + selectorContext
		for to < len(a.Text) && !utf8.RuneStart(a.Text[to]) {
			to--
		}
		sel.Prefix = a.Text[max(from, 0):sp.Start]
		sel.Suffix = a.Text[sp.End:min(to, len(a.Text))]
		sel.Source = webAddress(a.URL)
	}
	return sel
}

// webAddress returns u when it is an absolute http(s) URL, else "".
func webAddress(u string) string {
	parsed, err := url.Parse(u)
	if err != nil || (parsed.Scheme != "http" && parsed.Scheme != "https") || parsed.Host == "" {
		return ""
	}
	return u
}

// plain makes user text safe to show in the human-readable formats: NUL
// becomes U+FFFD (as HTML and CommonMark readers do) and line endings
// become "\n".
func plain(s string) string {
	if !strings.ContainsAny(s, "\x00\r") {
		return s
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.NewReplacer("\x00", "\uFFFD", "\r", "\n").Replace(s)
}

// oneLine makes user text fit on one line: plain, with line breaks as spaces.
func oneLine(s string) string {
	return strings.ReplaceAll(plain(s), "\n", " ")
}

// isoTime formats t for every export: RFC 3339 in UTC, milliseconds when
// there are any.
func isoTime(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.999Z07:00")
}

// Human formats t for people, in the report's time zone: "Tue 6 Jan
// 2026, 09:30 CET".
func (r *report) Human(t time.Time) string {
	return t.In(r.Location).Format("Mon 2 Jan 2006, 15:04 MST")
}

// A Group is a target with its notes and star, as exports arrange them.
type Group struct {
	Target Target   // from the document when InDoc, else the newest copy
	InDoc  bool     // the target is in Options.Doc
	Star   *Star    // nil unless starred
	Tags   []string // its notes' tags, without duplicates
	Notes  []Note   // oldest first
}

// Arrange groups set by target in the order the exports use: events in
// timeline order of opt.Doc (with opt.All, every event), events no longer
// in it by their copied date among them, then entities by name.
func Arrange(set *Set, opt Options) []Group {
	r := buildReport(set, opt)
	out := make([]Group, len(r.Sections))
	for i, sec := range r.Sections {
		out[i] = Group{Target: sec.Target, InDoc: sec.InDoc, Star: sec.Star, Tags: sec.Tags, Notes: sec.Notes}
	}
	return out
}
