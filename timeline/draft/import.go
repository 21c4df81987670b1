package draft

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/google/uuid"

	"newsline/timeline"
	"newsline/timeline/timex"
)

// ErrNoPublished is returned (wrapped) by Import when neither the Source
// nor the article's metadata gives a publication date. The window can ask
// for one and import again.
var ErrNoPublished = errors.New("no publication date: relative dates such as “Saturday” need one")

// Import drafts a timeline document from the article in src. progress, if
// not nil, is called from Import's goroutine with the work done so far and
// the total (in abstract units; done grows to total, and the last call has
// done == total). Import stops early with ctx's error when ctx is done.
//
// The document holds one article (the extracted text, which every span
// points into), its entities, events and quotes. It always passes
// timeline's validation. The same text, publication date and options give
// the same document, byte for byte. Import is safe for concurrent use.
func Import(ctx context.Context, src Source, progress func(done, total int)) (*timeline.Document, error) {
	art, gaz, err := prepare(src)
	if err != nil {
		return nil, err
	}
	doc, _, err := build(ctx, src.name(), art, gaz, progress, false)
	return doc, err
}

// prepare reads src into the article to draft, with the gazetteer to draft
// it with.
func prepare(src Source) (timeline.Article, *Gazetteer, error) {
	ex, err := Extract(src)
	if err != nil {
		return timeline.Article{}, nil, err
	}
	published := ex.Published
	if !src.Published.IsZero() {
		published = src.Published
	}
	if published.IsZero() {
		return timeline.Article{}, nil, fmt.Errorf("%s: %w", src.name(), ErrNoPublished)
	}
	if published.Precision < timeline.Day {
		return timeline.Article{}, nil, fmt.Errorf("%s: publication date %s needs a day", src.name(), published)
	}
	gaz := src.Gazetteer
	if gaz == nil {
		if gaz, err = DefaultGazetteer(); err != nil {
			return timeline.Article{}, nil, err
		}
	}
	article := timeline.Article{
		Title:     firstNonEmpty(src.Title, ex.Title),
		Publisher: firstNonEmpty(src.Publisher, ex.Publisher),
		URL:       firstNonEmpty(src.URL, ex.URL),
		Published: published,
		Text:      ex.Text,
	}
	return article, gaz, nil
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}

// progressMeter reports progress at most every progressStep units and
// checks for cancellation when it does.
type progressMeter struct {
	ctx        context.Context
	fn         func(done, total int)
	total      int
	lastReport int
}

const progressStep = 32 << 10

// at reports that work is done up to unit done.
func (p *progressMeter) at(done int) error {
	if done < p.lastReport+progressStep && done < p.total {
		return nil
	}
	if err := p.ctx.Err(); err != nil {
		return err
	}
	if done > p.lastReport || done == p.total {
		p.lastReport = done
		if p.fn != nil {
			p.fn(min(done, p.total), p.total)
		}
	}
	return nil
}

// tagChunk is how much text the date tagger reads between cancellation
// checks; chunks end at paragraph breaks.
const tagChunk = 256 << 10

// taggedDates is what tagDates found, or why it stopped.
type taggedDates struct {
	timexes []timex.Timex
	err     error
}

// tagDates tags the dates of text, published on pub, a chunk of
// paragraphs at a time, and stops early when ctx is done.
func tagDates(ctx context.Context, text string, pub time.Time) ([]timex.Timex, error) {
	var out []timex.Timex
	for start := 0; start < len(text); {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		end := len(text)
		if end-start > tagChunk {
			end = start + tagChunk
			if i := strings.LastIndex(text[start:end], "\n"); i > 0 {
				end = start + i + 1
			} else {
				for end > start && !isBoundary(text, end) {
					end--
				}
			}
		}
		for _, x := range timex.Tag(text[start:end], pub) {
			x.Start += start
			x.End += start
			out = append(out, x)
		}
		start = end
	}
	return out, nil
}

// build drafts the document of art. The work comes in three passes over
// the text: tagging dates together with finding sentences, quotations and
// names (counted as 2*len(text) units of progress), attributing
// quotations, and building events (len(text) units each).
func build(ctx context.Context, name string, art timeline.Article, gaz *Gazetteer, progress func(done, total int), review bool) (*timeline.Document, *Review, error) {
	text := art.Text
	pm := &progressMeter{ctx: ctx, fn: progress, total: 4 * len(text), lastReport: -progressStep}
	if err := pm.at(0); err != nil {
		return nil, nil, err
	}
	pub := art.Published.Time
	pubDay := timeline.DayPoint(pub.Year(), pub.Month(), pub.Day())
	a := newAnalysis(ctx, text, pub, gaz, pm)

	// Dates are tagged on another goroutine while the text is segmented:
	// the two passes read the text and share nothing else, and tagging is
	// a third of the time segmenting takes.
	tagged := make(chan taggedDates, 1)
	go func() {
		xs, err := tagDates(ctx, text, pub)
		tagged <- taggedDates{xs, err}
	}()
	segErr := a.segment()
	dates := <-tagged // waited for even on error: no goroutine outlives build
	if segErr != nil {
		return nil, nil, segErr
	}
	if dates.err != nil {
		return nil, nil, dates.err
	}
	a.timexes = dates.timexes
	a.resolveMentions()
	if err := a.attributeAll(); err != nil {
		return nil, nil, err
	}
	events, err := a.buildEvents(pubDay)
	if errors.Is(err, ErrTooMany) {
		return nil, nil, fmt.Errorf("%s: %w", name, err)
	}
	if err != nil {
		return nil, nil, err
	}
	doc, entityID := assemble(art, a, events)
	if err := pm.at(pm.total); err != nil {
		return nil, nil, err
	}
	if err := doc.Validate(); err != nil {
		// A bug, not bad input: say so plainly rather than write a broken file.
		return nil, nil, fmt.Errorf("draft: internal error: the drafted document does not validate: %w", err)
	}
	if !review {
		return doc, nil, nil
	}
	return doc, a.review(doc, events, entityID), nil
}

// isBoundary reports whether offset i of text is at a character boundary.
func isBoundary(text string, i int) bool {
	return i >= len(text) || text[i]&0xC0 != 0x80
}

// namespace derives the IDs of a document from its text and publication
// date, so that importing the same text again gives the same IDs and notes
// stay attached.
func namespace(art timeline.Article) uuid.UUID {
	sum := sha256.Sum256([]byte(art.Text))
	return uuid.NewSHA1(uuid.NameSpaceURL, []byte("newsline:import:"+hex.EncodeToString(sum[:])+":"+art.Published.String()))
}

// assemble turns the analysis into a document.
func assemble(art timeline.Article, a *analysis, events []*eventRec) (*timeline.Document, func(*entityRec) uuid.UUID) {
	ns := namespace(art)
	id := func(parts ...string) uuid.UUID { return uuid.NewSHA1(ns, []byte(strings.Join(parts, "/"))) }
	art.ID = id("article")
	doc := &timeline.Document{ID: id("document"), Articles: []timeline.Article{art}}
	span := func(start, end int) timeline.Span {
		return timeline.Span{Article: art.ID, Start: start, End: end, Text: art.Text[start:end]}
	}

	// Entities that events or quotes use, by kind then name.
	used := map[*entityRec]bool{}
	for _, ev := range events {
		for _, e := range ev.entities {
			used[e.resolve()] = true
		}
		for _, q := range ev.quotes {
			if q.speaker != nil {
				used[q.speaker.resolve()] = true
			}
			if q.audience != nil {
				used[q.audience.resolve()] = true
			}
		}
	}
	var ents []*entityRec
	for _, e := range a.entities {
		if e.merged == nil && used[e] {
			ents = append(ents, e)
		}
	}
	coll := timeline.NewCollator()
	kindOrder := func(k timeline.EntityKind) int { return slices.Index(timeline.EntityKinds, k) }
	slices.SortStableFunc(ents, func(x, y *entityRec) int {
		if c := kindOrder(x.kind) - kindOrder(y.kind); c != 0 {
			return c
		}
		if c := coll.CompareString(x.name, y.name); c != 0 {
			return c
		}
		return strings.Compare(x.name, y.name)
	})
	entityID := map[*entityRec]uuid.UUID{}
	byID := map[uuid.UUID]int{} // entity ID → its index in doc.Entities
	for _, e := range ents {
		eid := id("entity", string(e.kind), a.fold(e.name))
		if i, dup := byID[eid]; dup {
			// Two records of one name and kind are one entity: the
			// document's IDs must be unique, and the name says they are
			// the same.
			first := &doc.Entities[i]
			for _, alias := range e.aliases {
				if !slices.Contains(first.Aliases, alias) && alias != first.Name {
					first.Aliases = append(first.Aliases, alias)
				}
			}
			if first.Role == "" {
				first.Role = e.role
			}
			entityID[e] = eid
			continue
		}
		entityID[e] = eid
		byID[eid] = len(doc.Entities)
		doc.Entities = append(doc.Entities, timeline.Entity{ID: eid, Kind: e.kind, Name: e.name, Aliases: e.aliases, Role: e.role})
	}
	ref := func(e *entityRec) uuid.UUID {
		if e == nil {
			return uuid.Nil
		}
		return entityID[e.resolve()]
	}

	quoteIDs := map[uuid.UUID]bool{}
	doc.Events = make([]timeline.Event, 0, len(events))
	for _, ev := range events {
		main := ev.spans[0]
		eid := id("event", strconv.Itoa(main[0]), art.Text[main[0]:main[1]])
		out := timeline.Event{ID: eid, Title: ev.title, Short: ev.short, Date: ev.date, Lane: ev.lane, Background: ev.background != ""}
		if !hasWord(out.Title) {
			out.Title = shortenTitle(art.Text[main[0]:main[1]])
		}
		if strings.TrimSpace(out.Title) == "" {
			out.Title = strings.TrimSpace(art.Text[main[0]:main[1]])
		}
		if out.Short == "" {
			out.Short = shortFromTitle(out.Title)
		}
		if out.Short == out.Title {
			out.Short = ""
		}
		var summary []string
		for _, s := range ev.spans {
			out.Evidence = append(out.Evidence, span(s[0], s[1]))
			summary = append(summary, art.Text[s[0]:s[1]])
		}
		out.Summary = strings.Join(summary, " ")
		for _, s := range ev.mentions {
			out.Evidence = append(out.Evidence, span(s[0], s[1]))
		}
		for _, e := range ev.entities {
			if x := ref(e); x != uuid.Nil && !slices.Contains(out.Entities, x) {
				out.Entities = append(out.Entities, x)
			}
		}
		for _, q := range ev.quotes {
			qid := id("quote", strconv.Itoa(q.start), art.Text[q.start:q.end])
			if quoteIDs[qid] {
				continue // a quotation is one event's, once
			}
			quoteIDs[qid] = true
			doc.Quotes = append(doc.Quotes, timeline.Quote{
				ID: qid, Text: art.Text[q.start:q.end], Speaker: ref(q.speaker), Audience: ref(q.audience),
				Event: eid, Span: span(q.start, q.end),
			})
			out.Quotes = append(out.Quotes, qid)
		}
		doc.Events = append(doc.Events, out)
	}
	doc.Title = firstNonEmpty(art.Title)
	if doc.Title == "" {
		doc.Title = "Imported article"
		for _, ev := range doc.Events {
			doc.Title = ev.Title
			break
		}
	}
	return doc, ref
}

// hasWord reports whether s has a letter or digit.
func hasWord(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}
