// Package synth makes synthetic timeline documents for tests, benchmarks
// and demos: many events spread over years, clustered the way news is
// (bursts around some days, quiet stretches between), in every known lane,
// with periods, undated and coarse-precision events, entities, quotes and
// evidence spans that point into generated article text. The same options
// always give the same document.
package synth

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/google/uuid"

	"newsline/timeline"
)

// Options say what to generate. The zero value of a field picks its
// default.
type Options struct {
	Events int    // number of events; default 1000
	Seed   uint64 // the same seed gives the same document
	// End is the day the dated events lead up to, and the publication
	// day of the first article; default 6 January 2026.
	End time.Time
	// Years is how far back from End the dated events spread; default 10.
	Years int
}

// Shares of the events, in per mille, chosen to look like a real
// multi-article timeline.
const (
	undatedPerMille  = 70 // no date at all (some with a "before" bound)
	periodPerMille   = 40 // spans of days to months: bars
	yearPerMille     = 30 // dated to a year only
	monthPerMille    = 70 // dated to a month only
	minutePerMille   = 100
	burstPerMille    = 750 // dated events that fall in a burst of news
	eventsPerArticle = 250
)

var laneWeights = []struct {
	lane   timeline.Lane
	weight int
}{
	{timeline.LaneStatement, 30},
	{timeline.LaneDiplomacy, 20},
	{timeline.LaneSecurity, 15},
	{timeline.LanePolitics, 15},
	{timeline.LaneEconomy, 12},
	{timeline.LaneContext, 8},
}

// Generate returns a valid document made as opt says.
func Generate(opt Options) *timeline.Document {
	if opt.Events <= 0 {
		opt.Events = 1000
	}
	if opt.End.IsZero() {
		opt.End = time.Date(2026, 1, 6, 0, 0, 0, 0, time.UTC)
	}
	if opt.Years <= 0 {
		opt.Years = 10
	}
	g := &generator{
		rng:   rand.New(rand.NewPCG(opt.Seed, 0x6e6577736c696e65)),
		end:   time.Date(opt.End.Year(), opt.End.Month(), opt.End.Day(), 0, 0, 0, 0, time.UTC),
		years: opt.Years,
	}
	g.start = g.end.AddDate(-opt.Years, 0, 0)
	return g.document(opt.Events)
}

type generator struct {
	rng        *rand.Rand
	start, end time.Time
	years      int

	people, places, orgs, groups []int // indexes into doc.Entities
	bursts                       []burst
	burstCDF                     []float64
}

// A burst is a stretch of intense news around one instant.
type burst struct {
	center time.Time
	spread float64 // days: the standard deviation of events around center
}

// draft is an event before it is written into an article.
type draft struct {
	ev       timeline.Event
	speaker  int    // entity index of a statement's speaker, or -1
	quote    string // what the speaker said, "" for none
	sentence string
}

func (g *generator) document(n int) *timeline.Document {
	doc := &timeline.Document{
		ID:    g.id(),
		Title: fmt.Sprintf("Synthetic timeline of %d events", n),
	}
	g.entities(doc, n)
	g.makeBursts(n)

	drafts := make([]draft, n)
	for i := range drafts {
		drafts[i] = g.event(doc)
	}
	// Articles tell their stories in date order; undated events are
	// mentioned somewhere along the way.
	var dated, undated []int
	for i := range drafts {
		if drafts[i].ev.Date.Dated() {
			dated = append(dated, i)
		} else {
			undated = append(undated, i)
		}
	}
	slices.SortStableFunc(dated, func(a, b int) int {
		return drafts[a].ev.Date.Begin().Compare(drafts[b].ev.Date.Begin())
	})
	order := dated
	for _, u := range undated {
		at := g.rng.IntN(len(order) + 1)
		order = slices.Insert(order, at, u)
	}
	g.articles(doc, drafts, order)
	g.relate(doc)
	return doc
}

func (g *generator) id() uuid.UUID {
	var id uuid.UUID
	hi, lo := g.rng.Uint64(), g.rng.Uint64()
	for i := 0; i < 8; i++ {
		id[i] = byte(hi >> (8 * i))
		id[8+i] = byte(lo >> (8 * i))
	}
	id[6] = id[6]&0x0f | 0x40 // version 4
	id[8] = id[8]&0x3f | 0x80 // RFC 4122 variant
	return id
}

func (g *generator) pick(list []string) string { return list[g.rng.IntN(len(list))] }

func (g *generator) entities(doc *timeline.Document, n int) {
	count := min(max(n/20, 24), 5000)
	for i := 0; i < count; i++ {
		var e timeline.Entity
		e.ID = g.id()
		switch r := g.rng.IntN(10); {
		case r < 5:
			first, last := g.pick(firstNames), g.pick(lastNames)
			e.Kind, e.Name, e.Role = timeline.Person, first+" "+last, g.pick(roles)
			e.Aliases = []string{last}
			g.people = append(g.people, len(doc.Entities))
		case r < 7:
			e.Kind, e.Name = timeline.Place, g.placeName()
			g.places = append(g.places, len(doc.Entities))
		case r < 9:
			e.Kind, e.Name = timeline.Organisation, g.pick(orgPrefixes)+" "+g.pick(orgNouns)
			g.orgs = append(g.orgs, len(doc.Entities))
		default:
			e.Kind, e.Name = timeline.Group, g.pick(groupNames)+" of "+g.placeName()
			g.groups = append(g.groups, len(doc.Entities))
		}
		doc.Entities = append(doc.Entities, e)
	}
	// Every kind needs at least one member for the templates below.
	ensure := func(list *[]int, kind timeline.EntityKind, name string) {
		if len(*list) == 0 {
			*list = append(*list, len(doc.Entities))
			doc.Entities = append(doc.Entities, timeline.Entity{ID: g.id(), Kind: kind, Name: name})
		}
	}
	ensure(&g.people, timeline.Person, "Ada Varga")
	ensure(&g.places, timeline.Place, "Norhaven")
	ensure(&g.orgs, timeline.Organisation, "Northern Council")
	ensure(&g.groups, timeline.Group, "Friends of Norhaven")
}

func (g *generator) placeName() string { return g.pick(placeStarts) + g.pick(placeEnds) }

// makeBursts scatters news bursts over the span. Their sizes follow a
// heavy-tailed law, as attention does: a few huge stories, many small ones.
func (g *generator) makeBursts(n int) {
	count := max(3, n/150)
	span := g.end.Sub(g.start)
	total := 0.0
	for i := 0; i < count; i++ {
		center := g.start.Add(time.Duration(g.rng.Float64() * float64(span)))
		g.bursts = append(g.bursts, burst{center: center, spread: 0.3 + g.rng.ExpFloat64()*2})
		total += math.Pow(1-g.rng.Float64(), -1/1.3) // Pareto weights
		g.burstCDF = append(g.burstCDF, total)
	}
	for i := range g.burstCDF {
		g.burstCDF[i] /= total
	}
}

// instant draws when a dated event happened.
func (g *generator) instant() time.Time {
	if g.rng.IntN(1000) >= burstPerMille {
		return g.start.Add(time.Duration(g.rng.Float64() * float64(g.end.Sub(g.start))))
	}
	i, _ := slices.BinarySearch(g.burstCDF, g.rng.Float64())
	b := g.bursts[min(i, len(g.bursts)-1)]
	days := g.rng.NormFloat64() * b.spread
	t := b.center.Add(time.Duration(days * 24 * float64(time.Hour)))
	if t.Before(g.start) || !t.Before(g.end) {
		t = b.center
	}
	return t
}

func (g *generator) lane() timeline.Lane {
	total := 0
	for _, l := range laneWeights {
		total += l.weight
	}
	r := g.rng.IntN(total)
	for _, l := range laneWeights {
		if r < l.weight {
			return l.lane
		}
		r -= l.weight
	}
	return timeline.LaneContext
}

func (g *generator) event(doc *timeline.Document) draft {
	d := draft{speaker: -1}
	ev := &d.ev
	ev.ID = g.id()
	ev.Lane = g.lane()
	ev.Date = g.date()

	person := g.people[g.rng.IntN(len(g.people))]
	other := g.people[g.rng.IntN(len(g.people))]
	place := g.places[g.rng.IntN(len(g.places))]
	org := g.orgs[g.rng.IntN(len(g.orgs))]
	group := g.groups[g.rng.IntN(len(g.groups))]
	name := func(i int) string { return doc.Entities[i].Name }
	last := func(i int) string {
		n := name(i)
		return n[strings.LastIndexByte(n, ' ')+1:]
	}
	topic := g.pick(topics)

	switch ev.Lane {
	case timeline.LaneStatement:
		d.speaker = person
		d.quote = g.pick(quoteOpenings) + " " + topic + g.pick(quoteEndings)
		ev.Title = fmt.Sprintf("%s speaks on %s", name(person), topic)
		ev.Short = last(person) + " on " + strings.TrimPrefix(topic, "the ")
		ev.Entities = []uuid.UUID{doc.Entities[person].ID}
		d.sentence = fmt.Sprintf("%s said “%s”.", name(person), d.quote)
	case timeline.LaneDiplomacy:
		ev.Title = fmt.Sprintf("%s meets %s in %s", name(person), name(other), name(place))
		ev.Short = "Talks in " + name(place)
		ev.Entities = uniqueIDs(doc, person, other, place)
		d.sentence = ev.Title + ", officials said."
	case timeline.LaneSecurity:
		ev.Title = fmt.Sprintf("%s %s near %s", name(group), g.pick(securityVerbs), name(place))
		ev.Short = name(place) + " incident"
		ev.Entities = uniqueIDs(doc, group, place)
		d.sentence = ev.Title + ", according to local reports."
	case timeline.LanePolitics:
		ev.Title = fmt.Sprintf("%s votes on %s", name(org), topic)
		ev.Short = firstWord(name(org)) + " vote"
		ev.Entities = uniqueIDs(doc, org, person)
		d.sentence = ev.Title + "."
	case timeline.LaneEconomy:
		ev.Title = fmt.Sprintf("%s %s as %s weighs on markets", name(place), g.pick(economyVerbs), topic)
		ev.Short = name(place) + " markets"
		ev.Entities = uniqueIDs(doc, place, org)
		d.sentence = ev.Title + "."
	default:
		ev.Title = fmt.Sprintf("Background: %s and %s", topic, name(place))
		ev.Short = "Background: " + strings.TrimPrefix(topic, "the ")
		ev.Entities = uniqueIDs(doc, place)
		d.sentence = "Analysts trace " + topic + " in " + name(place) + " back years."
	}
	// A few long labels, so that the viewer's shortening gets exercised.
	if g.rng.IntN(20) == 0 {
		ev.Short = ""
	}
	ev.Summary = d.sentence + " " + g.pick(summaryTails)
	if ev.Date.Expression == "" && ev.Date.Dated() {
		ev.Date.Expression = ev.Date.Start.Human()
	}
	return d
}

func (g *generator) date() timeline.Date {
	r := g.rng.IntN(1000)
	if r < undatedPerMille {
		var d timeline.Date
		if g.rng.IntN(3) == 0 {
			t := g.instant()
			d.Before = timeline.DayPoint(t.Year(), t.Month(), t.Day())
			d.Resolution = "not dated; reported as past on " + d.Before.Human()
		}
		return d
	}
	r -= undatedPerMille
	t := g.instant()
	day := timeline.DayPoint(t.Year(), t.Month(), t.Day())
	switch {
	case r < periodPerMille:
		days := 2 + int(g.rng.ExpFloat64()*30)
		e := t.AddDate(0, 0, days)
		if !e.Before(g.end) {
			e = g.end.AddDate(0, 0, -1)
		}
		end := timeline.DayPoint(e.Year(), e.Month(), e.Day())
		start := day
		if g.rng.IntN(4) == 0 {
			start = timeline.MonthPoint(t.Year(), t.Month())
		}
		if !end.Finish().After(start.Begin()) {
			end = timeline.Point{}
		}
		return timeline.Date{Start: start, End: end, Expression: "since " + start.Human()}
	case r < periodPerMille+yearPerMille:
		return timeline.Date{Start: timeline.YearPoint(t.Year()), Approximate: g.rng.IntN(3) == 0}
	case r < periodPerMille+yearPerMille+monthPerMille:
		return timeline.Date{Start: timeline.MonthPoint(t.Year(), t.Month()), Approximate: g.rng.IntN(3) == 0}
	case r < periodPerMille+yearPerMille+monthPerMille+minutePerMille:
		return timeline.Date{Start: timeline.MinutePoint(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute())}
	}
	return timeline.Date{Start: day}
}

// articles writes the drafts, in the given order, into articles of about
// eventsPerArticle sentences each, and points the events' evidence and the
// quotes' spans at them. The first article is the latest one, the story
// the timeline is about; the others are its background.
func (g *generator) articles(doc *timeline.Document, drafts []draft, order []int) {
	chunks := max(1, (len(order)+eventsPerArticle-1)/eventsPerArticle)
	doc.Articles = make([]timeline.Article, chunks)
	doc.Events = make([]timeline.Event, 0, len(drafts))
	for c := 0; c < chunks; c++ {
		lo, hi := c*len(order)/chunks, (c+1)*len(order)/chunks
		// Chunk c (oldest first) becomes article chunks-1-c.
		a := &doc.Articles[chunks-1-c]
		a.ID = g.id()
		a.Publisher = g.pick(publishers)
		var text strings.Builder
		latest := g.start
		for _, i := range order[lo:hi] {
			d := &drafts[i]
			if d.ev.Date.Dated() && d.ev.Date.Begin().After(latest) {
				latest = d.ev.Date.Begin()
			}
			if text.Len() > 0 {
				text.WriteString(" ")
				if g.rng.IntN(6) == 0 {
					text.WriteString("\n\n")
				}
			}
			start := text.Len()
			text.WriteString(d.sentence)
			ev := d.ev
			ev.Evidence = []timeline.Span{{Article: a.ID, Start: start, End: text.Len(), Text: d.sentence}}
			if d.quote != "" {
				q := timeline.Quote{ID: g.id(), Text: d.quote, Speaker: doc.Entities[d.speaker].ID, Event: ev.ID}
				qs := start + strings.Index(d.sentence, d.quote)
				q.Span = timeline.Span{Article: a.ID, Start: qs, End: qs + len(d.quote), Text: d.quote}
				ev.Quotes = []uuid.UUID{q.ID}
				doc.Quotes = append(doc.Quotes, q)
			}
			doc.Events = append(doc.Events, ev)
		}
		a.Text = text.String()
		published := latest.AddDate(0, 0, 1)
		if c == chunks-1 || published.After(g.end) {
			published = g.end
		}
		a.Published = timeline.DayPoint(published.Year(), published.Month(), published.Day())
		a.Title = fmt.Sprintf("%s: the story up to %s", a.Publisher, a.Published.Human())
	}
}

// relate links some events to an earlier one in the same lane.
func (g *generator) relate(doc *timeline.Document) {
	last := map[timeline.Lane]int{}
	for i := range doc.Events {
		ev := &doc.Events[i]
		if j, ok := last[ev.Lane]; ok && g.rng.IntN(10) == 0 {
			ev.Related = []timeline.Relation{{Event: doc.Events[j].ID, Label: g.pick(relationLabels)}}
		}
		last[ev.Lane] = i
	}
}

func uniqueIDs(doc *timeline.Document, idx ...int) []uuid.UUID {
	var out []uuid.UUID
	for _, i := range idx {
		id := doc.Entities[i].ID
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

var (
	firstNames     = []string{"Anna", "Boris", "Chiara", "Dmytro", "Elif", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kasia", "Lars", "Maya", "Nikos", "Olga", "Pavel", "Rosa", "Sven", "Tomás", "Ulla", "Viktor", "Wen", "Yusuf", "Zofia"}
	lastNames      = []string{"Andersen", "Berg", "Costa", "Duval", "Eriksen", "Fischer", "García", "Horvat", "Ivanova", "Jensen", "Kowalski", "Lindqvist", "Moreau", "Novak", "Olsen", "Petrov", "Quist", "Rossi", "Schmidt", "Tanaka", "Ulrich", "Varga", "Weber", "Zelenko"}
	roles          = []string{"Foreign Minister", "Prime Minister", "President", "Defence Minister", "Central bank governor", "Opposition leader", "Special envoy", "Spokesperson"}
	placeStarts    = []string{"Nor", "Ost", "Vel", "Kar", "Bel", "Mar", "Tor", "Sal", "Dun", "Ar", "Lin", "Gra"}
	placeEnds      = []string{"haven", "grad", "mark", "ova", "ia", "stad", "burg", "port", "lund", "ora", "vik", "stan"}
	orgPrefixes    = []string{"Northern", "United", "National", "Federal", "Coastal", "Eastern", "Western", "Allied"}
	orgNouns       = []string{"Council", "Assembly", "Parliament", "Bank", "Alliance", "Commission", "Union", "Ministry"}
	groupNames     = []string{"Friends", "Coalition", "Defenders", "Guardians", "Volunteers", "Partners"}
	topics         = []string{"security guarantees", "energy prices", "border control", "the ceasefire", "sanctions", "grain exports", "election reform", "the trade deal", "reconstruction funds", "air defence", "refugee support", "the peace plan"}
	quoteOpenings  = []string{"We are ready to discuss", "There can be no compromise on", "It is time to act on", "Nobody should underestimate", "We will not accept delays on"}
	quoteEndings   = []string{"", " now", " with our partners", " this year"}
	securityVerbs  = []string{"reports an attack", "holds exercises", "moves troops", "intercepts drones", "closes a checkpoint"}
	economyVerbs   = []string{"raises rates", "cuts its forecast", "signs a supply deal", "sees shares fall", "reports record exports"}
	publishers     = []string{"The Northern Ledger", "Harbour Post", "Daily Meridian", "Continental Wire"}
	summaryTails   = []string{"Details remain scarce.", "Officials declined to comment further.", "The move drew mixed reactions.", "Observers expect more to follow."}
	relationLabels = []string{"response to", "follow-up to", "part of", "reaction to"}
)
