package draft

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"newsline/timeline"
	"newsline/timeline/timex"
)

// An eventRec is an event as the importer builds it: one clause or
// sentence, and any that go on from it.
type eventRec struct {
	spans [][2]int // evidence, main first; contiguous passages are joined
	// mentions are passages further on that name the event again without
	// its date ("the murder"): evidence, not its summary.
	mentions  [][2]int
	sentence  int // the first sentence
	paragraph int
	date      timeline.Date
	dated     bool
	// inherited is the event whose date this one takes, the text saying
	// that it goes on from it; nil when dated by its own words.
	inherited *eventRec
	// newsDay is set when the date inherited is the day of the news just
	// before, not of the same occasion (see newsDay).
	newsDay bool
	// speech is set when the clause has a speech verb ("officials said
	// Wednesday"), with or without a speaker found.
	speech bool
	// detail is set for the event of a restrictive relative clause (see
	// clause.restrictive) or of what a statement told (clause.told), which
	// newsDay and backstory pass over; aside for that of any clause set off
	// from its sentence's main one.
	detail, aside bool
	// told: the event is what a statement dated to another day told
	// (clause.told); a sentence going on from the one before goes on from
	// the statement, not from it (lastEvent).
	told bool
	// countedFrom is the occasion a count of days dates this event from
	// ("10 days before the murder"); inherited is then that occasion too.
	countedFrom *eventRec
	// toldPast is set on a clause in the past tense whose sentence names no
	// date, which the day of the news may date (newsDay, leadNews).
	toldPast bool
	// For the review: the expression the date came from, its role, and how
	// many other dates the clause names; how the speaker is named.
	dateFrom   timex.Timex
	dateRole   dateRole
	otherDates int
	speakerRef mentionKind
	// background says why the clause reports nothing that happened, or "".
	background string
	lane       timeline.Lane
	title      string
	short      string
	statement  bool
	speaker    *entityRec
	audience   *entityRec
	entities   []*entityRec
	quotes     []quoteRec
}

// addSpan adds a passage of evidence, joining it to the last when only
// space lies between.
func (ev *eventRec) addSpan(text string, start, end int) {
	if n := len(ev.spans); n > 0 {
		last := &ev.spans[n-1]
		if strings.TrimSpace(text[last[1]:start]) == "" && start >= last[1] {
			last[1] = end
			return
		}
	}
	ev.spans = append(ev.spans, [2]int{start, end})
}

func (ev *eventRec) addEntity(e *entityRec) {
	if e = e.resolve(); e == nil {
		return
	}
	for _, x := range ev.entities {
		if x == e {
			return
		}
	}
	ev.entities = append(ev.entities, e)
}

// A clause is a sentence, or part of one that carries its own date.
type clause struct {
	start, end  int // bytes
	tok, tokEnd int // tokens within the sentence
	dates       []timex.Timex
	// hole is a range of tokens inside [tok, tokEnd) that is not part of
	// the clause: an aside with a date of its own, made a clause of its
	// own ("Ogden Projects, whose shares began trading in August, closed
	// yesterday"). hole[0] == hole[1] when there is none.
	hole [2]int
	// aside: the clause is a relative or subordinate clause split off its
	// sentence; its title needs what it hangs on.
	aside bool
	// restrictive: the aside is a relative clause without commas ("the
	// revolution that brought Castro to power 41 years ago"), a detail of
	// its sentence that sets no scene for the sentences after it.
	restrictive bool
	// planned: the sentence's dates, but for those in dates, are of a
	// plan split off the clause (splitPlans), not of its statement.
	planned bool
	// plan: the clause is a plan split off a statement (splitPlans), whose
	// "he" or "it" is often the speaker.
	plan bool
	// told: the plan is what happened before, told by a statement dated
	// to another day ("Police said Thursday that the suspect was arrested
	// last week"): a detail of the sentence, the statement being the scene
	// the story goes on from.
	told bool
	// subject, for a clause that is the second predicate of the one
	// before ("and returned to Cuba later that year"), is the tokens of
	// that clause's subject, which its title needs; [0, 0) otherwise.
	subject [2]int
}

// has reports whether token k belongs to the clause.
func (cl *clause) has(k int) bool {
	return k >= cl.tok && k < cl.tokEnd && !(k >= cl.hole[0] && k < cl.hole[1])
}

// covers reports whether bytes [start, end) lie in the clause.
func (cl *clause) covers(toks []token, start, end int) bool {
	if start < cl.start || end > cl.end {
		return false
	}
	if cl.hole[0] < cl.hole[1] {
		hs, he := toks[cl.hole[0]].start, toks[cl.hole[1]-1].end
		return end <= hs || start >= he
	}
	return true
}

// spans returns the clause's passages: one, or two around its hole.
func (cl *clause) spans(toks []token) [][2]int {
	if cl.hole[0] >= cl.hole[1] {
		return [][2]int{{cl.start, cl.end}}
	}
	var out [][2]int
	if cl.hole[0] > cl.tok {
		out = append(out, [2]int{cl.start, toks[cl.hole[0]-1].end})
	}
	if cl.hole[1] < cl.tokEnd {
		out = append(out, [2]int{toks[cl.hole[1]].start, cl.end})
	}
	return out
}

// buildEvents makes the events of the article (the third pass): one per
// sentence, or per clause when a sentence gives two different dates in
// separate clauses; a sentence that only continues a quotation, or that
// adds to what the same speaker just said ("He added …"), joins the event
// before. Headings, bylines and captions make no events. A clause that
// reports nothing that happened is a background event (its background
// says why), in all but not in the timeline's events that later clauses
// go on from or take their dates from. all is in article order.
func (a *analysis) buildEvents(published timeline.Point) (all []*eventRec, err error) {
	var events []*eventRec              // on the timeline
	seenNamed := map[string]*eventRec{} // noun events by date and noun
	occ := occasions{}                  // of the sentences before
	var toks []token
	xi := 0 // next timex
	for si := range a.sentences {
		s := &a.sentences[si]
		if err := a.progress.at(3*len(a.text) + s.start); err != nil {
			return nil, err
		}
		toks = a.sentenceTokens(toks, s)
		ms := a.sentenceMentions(si)
		for xi < len(a.timexes) && a.timexes[xi].Start < s.start {
			xi++
		}
		var xs []timex.Timex
		around := a.quotesAround(si)
		for xj := xi; xj < len(a.timexes) && a.timexes[xj].Start < s.end; xj++ {
			// The speaker's own words are dated from when they spoke, which
			// the article may not say: dates inside quotations are left out.
			if x := a.timexes[xj]; !inQuotes(around, x.Start) && !notEventDate(a.text, s.start, x) {
				xs = append(xs, x)
			}
		}
		at := &a.attrs[si]
		if s.heading || !hasWordToken(toks) {
			continue
		}
		sentenceDates := xs
		firstOfSentence := len(all)
		xs = a.dropElsewhere(toks, xs)
		clauses := a.splitPlans(toks, a.clauses(toks, xs, published), at, around, published)
		for _, cl := range clauses {
			ev := &eventRec{sentence: si, paragraph: s.paragraph}
			ordered := a.orderDates(toks, cl.dates)
			ev.date, ev.dated = dateOf(a.text, ordered, published)
			ev.noteDateSource(a, toks, ordered, published)
			a.timeOnNewsDay(events, ev)
			if !ev.dated && pastPerfect(toks[cl.tok:cl.tokEnd], around) {
				ev.date = timeline.Date{Before: published, Expression: pastPerfectWords(a.text, toks[cl.tok:cl.tokEnd]),
					Resolution: "not dated in the article; told in the past perfect, so before the news of " + published.Human()}
			}
			ev.statement = at.speaker != nil && (at.verb < 0 || cl.has(at.verb))
			ev.speech = ev.statement || at.verb >= 0 && cl.has(at.verb) || hasSpeechVerb(toks, cl)
			ev.detail, ev.aside, ev.told = cl.restrictive || cl.told, cl.aside, cl.told
			if ev.statement {
				ev.speaker, ev.audience, ev.speakerRef = at.speaker, at.audience, at.ref
				for _, q := range at.quotes {
					if q.speaker == ev.speaker && q.audience != nil && ev.audience == nil {
						ev.audience = q.audience
					}
				}
			}
			// Continuations join the event before.
			if prev := lastEvent(events); prev != nil && prev.background == "" && !ev.dated && a.continues(prev, at, si, toks) {
				for _, sp := range cl.spans(toks) {
					prev.addSpan(a.text, sp[0], sp[1])
				}
				// The speaker's "today" further on in their words dates
				// what they said: "“Security is tight,” said Marilynn
				// Buckham. “But it's not tonight we're worried about.”"
				if !prev.dated && prev.date.IsZero() && prev.statement {
					prev.date, prev.dateFrom, prev.dated = a.speechDay(around, cl, published)
				}
				for _, q := range at.quotes {
					if cl.covers(toks, q.start, q.end) {
						prev.quotes = append(prev.quotes, q)
					}
				}
				for _, m := range ms {
					if m.kind != pronounMention && m.kind != descriptionMention {
						prev.addEntity(m.entity())
					}
				}
				continue
			}
			for _, sp := range cl.spans(toks) {
				ev.addSpan(a.text, sp[0], sp[1])
			}
			if !ev.dated && ev.date.IsZero() {
				ev.date, ev.dateFrom, ev.dated = a.speechDay(around, cl, published)
			}
			if !ev.dated && ev.date.IsZero() {
				if d, from, ok := a.relativeDate(occ, toks, cl); ok {
					ev.date, ev.dated, ev.inherited, ev.countedFrom = d, true, from, from
				}
			}
			if !ev.dated && ev.date.IsZero() {
				ev.date, ev.dated = a.inheritDate(events, ev, toks, cl, at)
			}
			if ev.speaker != nil {
				ev.addEntity(ev.speaker)
			}
			if ev.audience != nil {
				ev.addEntity(ev.audience)
			}
			for _, m := range ms {
				if cl.covers(toks, m.start, m.end) && m.kind != pronounMention && m.kind != descriptionMention {
					ev.addEntity(m.entity())
				}
			}
			for _, q := range at.quotes {
				if cl.covers(toks, q.start, q.end) {
					ev.quotes = append(ev.quotes, q)
				}
			}
			if len(all) >= MaxEvents {
				return nil, fmt.Errorf("sentence %d (byte offset %d): %w", si+1, cl.start, ErrTooMany)
			}
			ev.lane = a.laneOf(toks, cl, ev.statement)
			ev.title, ev.short = a.titleOf(toks, ms, cl, ev, at)
			if s.titleCased && len(clauses) == 1 {
				ev.title = headlineTitle(tidyTitle(a.text[s.start:s.end]), ev.title)
			}
			if ev.short != "" && !ev.statement && !titleHasWord(ev.title, ev.short) {
				// The label's word is one the title left out, of another
				// event the sentence names: not "Primary in New Hampshire"
				// for "Both campaigns are advertising in Nevada …, the next
				// two contests after Tuesday's primary in New Hampshire".
				ev.short = ""
			}
			all = append(all, ev)
			if why := a.backgroundOf(toks, cl, ev); why != "" {
				ev.background = why
				ev.lane = timeline.LaneContext
				if why != questionBackground {
					continue
				}
				// A question stays among the events a later clause looks
				// back on, undated: "Was this the Twilight Zone?" ends a
				// scene as it did when it was an event, and what follows it
				// takes no earlier day across it.
			}
			events = append(events, ev)
		}
		named := a.nounEvents(si, toks, ms, sentenceDates, published, all[firstOfSentence:], seenNamed)
		if len(all)+len(named) > MaxEvents {
			return nil, fmt.Errorf("sentence %d (byte offset %d): %w", si+1, s.start, ErrTooMany)
		}
		all = append(all, named...) // on the timeline, not a scene for what follows
		for _, ev := range all[firstOfSentence:] {
			occ.add(a, ev)
		}
	}
	leadNews(events, a.published)
	a.occasionMentions(all)
	a.uniqueShorts(all)
	return all, nil
}

// leadNews dates the clauses in the past tense that open a story before
// its first date from that date, when it is the day of the news and comes
// in the same paragraph or the next: "The grandmother of Elian Gonzalez
// said she is willing to go to Miami … ¶ Castro on Friday …". A story
// leads with its news and gives the day just after.
//
// On TimeBank and AQUAINT this dates 6 more annotated events, 5 of them
// right.
func leadNews(events []*eventRec, published time.Time) {
	first := -1
	for i, ev := range events {
		if ev.dated {
			first = i
			break
		}
	}
	if first <= 0 {
		return
	}
	p := events[first]
	if p.inherited != nil || !isNewsDay(p.date, published) {
		return
	}
	for _, ev := range events[:first] {
		if !ev.toldPast || !ev.date.IsZero() || ev.background != "" || p.paragraph-ev.paragraph > 1 {
			continue
		}
		ev.inherited, ev.newsDay, ev.dated = p, true, true
		ev.date = p.date
		ev.date.Resolution = "not dated in its own words: the story's lead, told in the past tense, of the day of the news the story gives just after, “" + p.date.Expression + "” (" + p.date.Human() + ")"
	}
}

// isNewsDay reports whether d is a day of the week up to publication, as
// a news story gives the day of its news: "on Wednesday".
func isNewsDay(d timeline.Date, published time.Time) bool {
	const week = 6 * 24 * time.Hour
	if d.Start.Precision < timeline.Day || !d.End.IsZero() || d.Approximate {
		return false
	}
	t := d.Start.Time
	return !t.After(published) && !t.Before(published.Add(-week))
}

func lastEvent(events []*eventRec) *eventRec {
	for i := len(events) - 1; i >= 0; i-- {
		if !events[i].told {
			return events[i]
		}
	}
	return nil
}

// continues reports whether sentence si, with attribution at, goes on from
// the event prev: a quotation alone that the speaker of prev goes on
// with, or the same speaker adding to it ("He added …").
func (a *analysis) continues(prev *eventRec, at *attribution, si int, toks []token) bool {
	if !prev.statement || prev.speaker == nil || a.sentences[si].paragraph > prev.paragraph+1 {
		return false
	}
	if at.pure && len(at.quotes) > 0 && at.quotes[0].speaker.resolve() == prev.speaker.resolve() {
		return true
	}
	// A sentence inside a quotation that opened in a sentence before:
	// "“Mr. Trump, do you really think …? What's your scientific basis
	// for that? …,” Sanders said" is one statement.
	if q := a.quoteAround(si); q != nil && q.sentence < si && q.speaker != nil && q.speaker.resolve() == prev.speaker.resolve() {
		return true
	}
	if at.speaker.resolve() != prev.speaker.resolve() || at.verb < 0 {
		return false
	}
	v := toks[at.verb].lower()
	return v == "added" || v == "adding" || v == "continued"
}

// quoteAround returns the quotation, opened in an earlier sentence, that
// holds all of sentence si, or nil.
func (a *analysis) quoteAround(si int) *quoteRec {
	s := &a.sentences[si]
	for sj := si - 1; sj >= 0 && sj >= si-maxQuoteSentences; sj-- {
		for k := range a.attrs[sj].quotes {
			if q := &a.attrs[sj].quotes[k]; q.start < s.start && s.end <= q.end+1 {
				return q
			}
		}
	}
	return nil
}

// maxQuoteSentences bounds how many sentences back quoteAround looks for
// the quotation a sentence lies in.
const maxQuoteSentences = 12

// clauses splits a sentence where it gives two different dates in separate
// clauses ("X happened on Monday, and Y on Tuesday"); otherwise the
// sentence is one clause.
func (a *analysis) clauses(toks []token, xs []timex.Timex, published timeline.Point) []clause {
	whole := clause{start: toks[0].start, end: toks[len(toks)-1].end, tokEnd: len(toks), dates: xs}
	var out []clause
	cur := whole
	const maxClauses = 8
	for i := 1; i < len(cur.dates) && len(out) < maxClauses-1; i++ {
		x, y := cur.dates[i-1], cur.dates[i]
		if x.Value == y.Value || rangeJoiner(a.text, x, strings.TrimSpace(a.text[x.End:y.Start])) {
			continue
		}
		if _, ok := pointsOf(y.Value, published); !ok {
			continue
		}
		// A clause break between the two.
		cut := -1
		for k := cur.tok; k < cur.tokEnd; k++ {
			if toks[k].start < x.End || toks[k].start >= y.Start {
				continue
			}
			if toks[k].text == ";" || (toks[k].text == "," && k+1 < len(toks) && toks[k+1].isAny("and", "but", "while", "whereas", "before", "after", "then")) {
				cut = k
			}
			if toks[k].isAny("and", "but") && k+1 < len(toks) && coordinatedVerb(toks, k+1) && secondPredicate(toks, cur.tok, k) {
				cut = k
			}
		}
		if cut < 0 {
			continue
		}
		first := cur
		first.end, first.tokEnd = toks[cut-1].end, cut
		first.dates = cur.dates[:i]
		out = append(out, first)
		cur.tok = cut + 1
		if toks[cut].isAny("and", "but") {
			cur.tok = cut
		}
		if cur.tok < len(toks) && toks[cur.tok].isAny("and", "but", "while", "whereas", "then") {
			cur.tok++
		}
		if cur.tok >= cur.tokEnd {
			return []clause{whole}
		}
		cur.subject = [2]int{}
		if coordinatedVerb(toks, cur.tok) {
			cur.subject = subjectOf(toks, first.tok, first.tokEnd)
		}
		cur.start = toks[cur.tok].start
		cur.dates = cur.dates[i:]
		i = 0
	}
	out = append(out, cur)
	// Asides with dates of their own are clauses of their own.
	var split []clause
	for _, cl := range out {
		split = append(split, a.splitAside(toks, cl)...)
	}
	return split
}

// coordinatedVerb reports whether token k, after "and" or "but", is the
// verb of a second predicate of the same subject: "had fled to Florida in
// June 1998 and returned to Cuba later that year".
func coordinatedVerb(toks []token, k int) bool {
	t := &toks[k]
	if !t.isLower() {
		return false
	}
	if finiteAuxiliaries[t.low] {
		return true
	}
	return pastForm(t.low) && !strings.HasSuffix(t.low, "ed") || strings.HasSuffix(t.low, "ed") && len(t.low) > 4
}

// finiteAuxiliaries are the auxiliaries that make a verb finite, a
// clause's own: "was", "had", "will".
var finiteAuxiliaries = wordSet("was were has had have is are will would")

// secondPredicate reports whether the "and" at k, before a verb, joins a
// second predicate to the clause that begins at from: the verb is no verb
// of speech, whose date would be that of what was said; the clause has a
// subject and a verb of its own, the "and" does not join two participles
// ("a British expert kidnapped and presumed killed") and is not inside a
// passage set off by dashes ("its new strategy -- started in some markets
// last month and expected to be applied soon -- will mean").
func secondPredicate(toks []token, from, k int) bool {
	if k == 0 || coordinatedVerb(toks, k-1) || speechVerbs[toks[k+1].low].kind != 0 {
		return false // "and said a curfew would continue through the weekend": the date is what was said
	}
	dashes := 0
	for j := from; j < k; j++ {
		if isDash(toks[j].text) && !(j > from && isDash(toks[j-1].text)) { // "--" is one
			dashes++
		}
	}
	if dashes%2 == 1 {
		return false
	}
	sub := subjectOf(toks, from, k)
	return sub[0] < sub[1]
}

// subjectOf returns the tokens of the subject of the clause toks[from:to]:
// what comes before its first verb, after the last comma before it ("According
// to sources quoted by the Miami Herald, Munero had fled" → "Munero"); [0, 0)
// when that is no noun phrase.
func subjectOf(toks []token, from, to int) [2]int {
	s := from
	quoted := false // a quotation's words are no subject: "“Now is the time …,” said Fowler"
	for k := from; k < to; k++ {
		t := &toks[k]
		if t.kind == punctToken && strings.ContainsAny(t.text, "\"“”") {
			quoted = t.text == "“" || t.text == "\"" && !quoted
		}
		if t.text == "," || t.kind == punctToken && strings.ContainsAny(t.text, "\"“”") {
			s = k + 1
			continue
		}
		if k == s || quoted || !coordinatedVerb(toks, k) {
			continue
		}
		if k-s > maxSubject || prepositionWords[toks[s].low] || toks[s].isAny("according", "that") ||
			toks[k-1].kind != wordToken && toks[k-1].kind != possessiveToken {
			continue
		}
		return [2]int{s, k}
	}
	return [2]int{}
}

// maxSubject bounds the tokens of a subject that a second predicate's title
// repeats.
const maxSubject = 10

// insideDate reports whether byte offset off lies inside one of xs.
func insideDate(xs []timex.Timex, off int) bool {
	for _, x := range xs {
		if x.Start <= off && off < x.End {
			return true
		}
	}
	return false
}

// leadOpeners open a subordinate clause a sentence may begin with.
var leadOpeners = wordSet("although though while when after before because since once")

// splitLeadingClause splits off cl a subordinate clause it opens with, up
// to its comma, when that clause and the rest each have a date of their
// own, and different ones: "Although profits were squeezed in 1989, …,
// the company said it is confident about … 1990" is of 1989 and 1990.
func (a *analysis) splitLeadingClause(toks []token, cl clause) (lead, main clause, ok bool) {
	k := cl.tok
	if k+1 < cl.tokEnd && toks[k].isAny("and", "but") {
		k++ // "And while there was no profit this year …, last year they contributed"
	}
	if k+2 >= cl.tokEnd || !leadOpeners[toks[k].low] {
		return clause{}, clause{}, false
	}
	comma, next := -1, -1
	for j := k + 1; j < cl.tokEnd; j++ {
		if toks[j].text == "," && !insideDate(cl.dates, toks[j].start) {
			comma, next = j, j+1
			if next < cl.tokEnd && strings.ContainsAny(toks[next].text, "\"”’'") {
				next++ // the comma inside a closing mark: "called market conditions “highly competitive,” LaMothe"
			}
			break
		}
	}
	// A clause has a verb before its comma: not "Since 1949, it has been
	// expanded".
	if comma < 0 || next >= cl.tokEnd || !verbSoon(toks[:comma], k) {
		return clause{}, clause{}, false
	}
	var in, rest []timex.Timex
	for _, x := range cl.dates {
		if x.End <= toks[comma].start {
			in = append(in, x)
		} else {
			rest = append(rest, x)
		}
	}
	if len(in) == 0 || len(rest) == 0 || in[0].Value == rest[0].Value {
		return clause{}, clause{}, false
	}
	lead = clause{start: toks[k].start, end: toks[comma-1].end, tok: k, tokEnd: comma, dates: in, aside: true}
	main = cl
	main.start, main.tok, main.dates = toks[next].start, next, rest
	return lead, main, true
}

// outerVerb reports whether a verb among toks[from:to], after a relative
// clause's own, belongs to the clause around it: "a suspect who was
// returned from Pakistan had not admitted any role". One after a
// conjunction or subordinator ("since he was rescued") or in a chain of
// auxiliaries ("have been caring") is the relative clause's.
func outerVerb(toks []token, from, to int) bool {
	joined := false
	for j := from; j < to; j++ {
		t := &toks[j]
		if t.isAny("and", "or", "but", "that", "which", "who", "when", "since", "after", "before", "because", "as", "if", "while", "until", "to") {
			joined = true
			continue
		}
		// Only a finite auxiliary tells: a past form may be a participle
		// ("two Libyans suspected of blowing up a jet").
		if joined || !t.isLower() || !finiteAuxiliaries[t.low] || auxiliaries[toks[j-1].low] || pastForm(toks[j-1].low) {
			continue
		}
		return true
	}
	return false
}

// asideOpeners open a relative or subordinate clause whose date is its
// own, not the main clause's: ", which added 92,000 jobs in January,",
// "after the Fed cut rates on Wednesday".
var asideOpeners = wordSet("which who whose where after before because although though since until once")

// splitAside splits off cl an aside, set off by commas or ending the
// clause, that has a date of its own while the rest has another or none:
// "Ogden Projects, whose shares began trading in August, closed yesterday
// at $26.875" is two clauses, dated August and the day before publication.
func (a *analysis) splitAside(toks []token, cl clause) []clause {
	if len(cl.dates) == 0 {
		return []clause{cl}
	}
	if lead, main, ok := a.splitLeadingClause(toks, cl); ok {
		return []clause{lead, main}
	}
	for k := cl.tok + 1; k+1 < cl.tokEnd; k++ {
		restrictive := toks[k].isAny("which", "who", "that") && toks[k-1].kind == wordToken && toks[k-1].isLower() && speechVerbs[toks[k-1].low].kind == 0 && coordinatedVerb(toks, k+1)
		// A phrase after the main verb with a date of its own: "Spitzer
		// attacked him for failing to enforce a court order in 1992", "…
		// to keep him when the case is heard in May".
		dependent := toks[k].isAny("for", "with", "by", "after", "before", "since") && gerundWord(&toks[k+1]) ||
			toks[k].is("when") && toks[k-1].kind == wordToken && toks[k-1].isLower()
		// "6.8% from Oct. 13, when Wall Street's plunge helped spark the
		// current weakness": the clause tells what happened at that date.
		var when *timex.Timex
		if toks[k].text == "," && toks[k+1].is("when") {
			for i := range cl.dates {
				if _, ok := pointsOf(cl.dates[i].Value, timeline.Point{}); ok && cl.dates[i].End == toks[k-1].end {
					when = &cl.dates[i]
				}
			}
		}
		if !restrictive && !dependent && when == nil && (toks[k].text != "," || !asideOpeners[toks[k+1].low]) {
			continue
		}
		from := k + 1
		if dependent {
			from = k
			if !slices.ContainsFunc(cl.dates, func(x timex.Timex) bool { return x.Start > toks[k].start }) {
				continue // no date of its own after it: the common case, decided before looking for a verb
			}
			if sub := subjectOf(toks, cl.tok, k); sub[0] >= sub[1] {
				continue // no main verb before it: "By refusing to testify in 2014, he …"
			}
		}
		if restrictive {
			// Only after the main verb, between the same commas: "the man
			// who hurled a grenade … was identified Thursday", "as we saw
			// in 2009, banks that are loose now … can change their minds"
			// are one clause each.
			seg := cl.tok
			for j := k - 1; j > cl.tok; j-- {
				if toks[j].text == "," {
					seg = j + 1
					break
				}
			}
			// A verb after an appositive is the main one, and the
			// clause is in its object: "Kopp, an opponent of abortion,
			// fired the shots that killed a doctor last October".
			afterAppositive := seg > cl.tok && toks[seg].isLower() && pastForm(toks[seg].low)
			if sub := subjectOf(toks, seg, k); sub[0] >= sub[1] && !afterAppositive {
				continue
			}
			from = k
		}
		if !dependent && (subordinators[toks[from].low] || toks[from].isAny("since", "until")) {
			if !a.inSubordinateClause(toks, min(from+2, cl.tokEnd-1)) {
				continue // a phrase, not a clause: "after months of talks"
			}
		}
		to := cl.tokEnd
		for j := from + 1; j < cl.tokEnd; j++ {
			if toks[j].text == "," && insideDate(cl.dates, toks[j].start) {
				continue // "on March 5, 1946"
			}
			if toks[j].text == "," && (placeComma(toks, j) || listComma(toks, j)) {
				continue // "a Buffalo, N.Y., doctor", "as chairman, president and chief executive in March"
			}
			if toks[j].text == "," || toks[j].text == ";" || isDash(toks[j].text) {
				to = j
				break
			}
		}
		if restrictive && outerVerb(toks, from+2, to) {
			continue
		}
		var in, rest []timex.Timex
		if when != nil {
			in = append(in, *when) // and the main clause keeps it: "won the state in 2008, when she ran"
		}
		for _, x := range cl.dates {
			if x.Start >= toks[from].start && x.End <= toks[to-1].end {
				in = append(in, x)
			} else {
				rest = append(rest, x)
			}
		}
		// "…, when Clinton feasted on whiter states, like the critical
		// battleground state of Ohio": an example is the clause's too.
		for when != nil && to+1 < cl.tokEnd && toks[to].text == "," && toks[to+1].isAny("like", "including", "such", "especially", "particularly", "notably") {
			next := cl.tokEnd
			for j := to + 2; j < cl.tokEnd; j++ {
				if toks[j].text == "," || toks[j].text == ";" || isDash(toks[j].text) {
					next = j
					break
				}
			}
			to = next
		}
		// Not when what is left is no clause: "…, and across the South on
		// Super Tuesday, when 15 states will hold elections".
		if when != nil && len(rest) > 0 && finiteVerbIn(toks, from+1, to) && (!toks[cl.tok].isLower() || finiteVerbIn(toks, cl.tok, k)) {
			main, aside, ok := cutAside(toks, cl, k, from, to, in, rest, false)
			if !ok {
				return []clause{cl}
			}
			// The clause may have an aside of its own: "…, when hundreds of
			// thousands rallied in gatherings since the revolution that
			// brought Castro to power 41 years ago".
			return append([]clause{main}, a.splitAside(toks, aside)...)
		}
		if dependent && len(in) > 0 {
			if nestedDate(toks, from+1, tokenAt(toks, in[0].Start)) {
				continue // "for continuing his vacation … after the floods of the previous weekend": the floods'
			}
			if _, ok := pointsOf(in[0].Value, timeline.Point{}); !ok {
				continue // a duration: "by issuing an ultimatum demanding that Iraq withdraw within a week"
			}
			if toks[k].is("when") && !finiteVerbIn(toks, from+1, to) {
				continue
			}
		}
		if len(in) == 0 || len(rest) > 0 && rest[0].Value == in[0].Value || (restrictive || dependent) && len(rest) == 0 {
			continue
		}
		main, aside, ok := cutAside(toks, cl, k, from, to, in, rest, restrictive)
		if !ok {
			return []clause{cl}
		}
		return []clause{main, aside}
	}
	return []clause{cl}
}

// cutAside cuts the aside toks[from:to] out of cl from token k on (a comma
// or the aside's first word), leaving a hole in the main clause, or its end
// when the aside ends the clause. in are the aside's dates, rest the main
// clause's. ok is false when no main clause is left.
func cutAside(toks []token, cl clause, k, from, to int, in, rest []timex.Timex, restrictive bool) (main, aside clause, ok bool) {
	aside = clause{start: toks[from].start, end: toks[to-1].end, tok: from, tokEnd: to, dates: in, aside: true, restrictive: restrictive}
	main = cl
	main.dates = rest
	main.hole = [2]int{k, to}
	if to == cl.tokEnd {
		main.end, main.tokEnd = toks[k-1].end, k
		main.hole = [2]int{}
	}
	return main, aside, main.tokEnd > main.tok
}

// finiteVerbIn reports whether toks[from:to] has a verb of its own: an
// auxiliary or a past form ("when Tsege was arrested"), not only a name
// ("when Tsege, …").
func finiteVerbIn(toks []token, from, to int) bool {
	for j := from; j < to && j < len(toks); j++ {
		if toks[j].isLower() && (finiteAuxiliaries[toks[j].low] || pastForm(toks[j].low)) {
			return true
		}
	}
	return false
}

// nestedDate reports whether a word between toks[from] and the date at
// toks[at] opens a phrase of its own that the date belongs to: "after",
// "before", "since", "until", "following", "than", "of", "about" ("when
// he told the tale of Pershing halting attacks in the early 1900s").
func nestedDate(toks []token, from, at int) bool {
	for j := from; j < at && j < len(toks); j++ {
		if toks[j].isAny("after", "before", "since", "until", "following", "than", "of", "about") {
			return true
		}
	}
	return false
}

// gerundWord reports whether t is a verb's -ing form: "failing", not
// "during", "morning" or "thing".
func gerundWord(t *token) bool {
	return t.isLower() && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && !nonGerunds[t.low]
}

// nonGerunds end in -ing without being a verb's.
var nonGerunds = wordSet(`during morning evening something nothing anything everything building
	meeting meetings hearing wedding ceiling funding spring string bring`)

// placeComma reports whether the comma at toks[j] opens or closes the
// state of a place in a noun phrase: "a Buffalo, N.Y., abortion-clinic
// doctor". The state is a capitalised word or two, abbreviated or not,
// and a lower-case word follows the closing comma.
func placeComma(toks []token, j int) bool {
	closing := func(j int) int { // the comma that closes a state opened at j, or -1
		if j == 0 || j+1 >= len(toks) || !toks[j-1].isCap() || !toks[j+1].isCap() {
			return -1
		}
		for p := j + 2; p < len(toks) && p <= j+5; p++ {
			switch {
			case toks[p].text == ",":
				if p+1 < len(toks) && toks[p+1].isLower() {
					return p
				}
				return -1
			case toks[p].text != "." && !toks[p].isCap():
				return -1
			}
		}
		return -1
	}
	if closing(j) > 0 {
		return true
	}
	for p := j - 1; p > 0 && p >= j-5; p-- {
		if toks[p].text == "," {
			return closing(p) == j
		}
	}
	return false
}

// listComma reports whether the comma at toks[j] separates the items of
// a short list that "and" or "or" closes: "as chairman, president and
// chief executive".
func listComma(toks []token, j int) bool {
	for p := j + 1; p < len(toks) && p <= j+4; p++ {
		t := &toks[p]
		switch {
		case t.isAny("and", "or"):
			return p > j+1 && p+1 < len(toks) && toks[p+1].kind == wordToken
		case t.kind != wordToken || verbLike(t) || auxiliaries[t.low]:
			return false
		}
	}
	return false
}

// pastPerfect reports whether a clause tells its action in the past
// perfect ("had said"), outside quotations.
func pastPerfect(toks []token, quotes []quoteSpan) bool {
	return pastPerfectAt(toks, quotes) >= 0
}

func pastPerfectAt(toks []token, quotes []quoteSpan) int {
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].is("had") || inQuotes(quotes, toks[i].start) || subordinateAt(toks, i) {
			continue
		}
		j := i + 1
		for j < len(toks) && j < i+3 && toks[j].isAny("already", "also", "previously", "earlier", "not", "never", "just", "long") {
			j++
		}
		if j < len(toks) && participle(toks[j].lower()) {
			return i
		}
	}
	return -1
}

// subordinateAt reports whether toks[i] lies in what a verb of speech
// reports ("The Cuban leader said Elian had been especially loved") or in
// a clause a relative or subordinating word opens ("a ruffian on whom
// Cuban police had amassed 100 pages"), not in the main clause.
func subordinateAt(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-maxClauseWords; j-- {
		t := &toks[j]
		if t.isLower() && (reportsClause[speechVerbs[t.low].base] && speechVerbs[t.low].kind == finiteSpeech || t.isAny("who", "whom", "whose", "which", "that", "where", "when", "because", "after", "before", "since", "if", "while", "although", "though")) {
			return true
		}
	}
	return false
}

// maxClauseWords bounds how far back a clause's opener is looked for.
const maxClauseWords = 40

// reportsClause are the verbs of speech that report a clause after them
// ("said Elian had been loved"), not "a box labeled …".
var reportsClause = wordSet(`say tell add report claim note write explain insist argue announce state acknowledge
	admit confirm deny allege suggest warn recall reveal disclose testify contend concede assert maintain`)

func pastPerfectWords(text string, toks []token) string {
	i := pastPerfectAt(toks, nil)
	if i < 0 {
		return ""
	}
	j := i + 1
	for j < len(toks) && !participle(toks[j].lower()) {
		j++
	}
	return text[toks[i].start:toks[min(j, len(toks)-1)].end]
}

// participle reports whether w looks like a past participle: "said",
// "attacked", "been", "met".
func participle(w string) bool {
	if strings.HasSuffix(w, "ed") && len(w) > 3 || irregularParticiples[w] {
		return true
	}
	return false
}

var irregularParticiples = wordSet(`been said told met made taken given seen known gone done begun held left led
won lost sent spent built brought bought caught fought thought found heard kept paid put read run set shown
spoken struck stood understood written broken chosen driven fallen forgotten frozen hidden ridden risen shaken
stolen sworn thrown worn sold fled hit hurt cut shut split spread quit become come grown drawn flown withdrawn`)

// Lane keywords, matched at the start of words ("negotiat" finds
// "negotiations"; "war$" only "war"). A strong keyword is a clear cue by
// itself; a weak one ("talks", "law", "price") counts for less, and some
// count only where their sense is the lane's (weakCue).
var laneKeywords = []struct {
	lane         timeline.Lane
	strong, weak []string
}{
	{timeline.LaneDiplomacy,
		strings.Fields("summit negotiat diplomac diplomat envoy ceasefire truce peace treaty accord mediat ambassador"),
		strings.Fields("meet met$ talks visit")},
	{timeline.LaneSecurity,
		strings.Fields("attack troops militar army missile drone bomb shelling soldier invasion invad offensive weapon airstrike raid militant insurgen terroris gunmen"),
		strings.Fields("war$ wars$ strike killed forces fighting captur seiz")},
	{timeline.LanePolitics,
		strings.Fields("election parliament legislat congress senate referendum constitution impeach lawmaker ballot primary caucus"),
		strings.Fields("vote voted elect law$ laws$ court ruling party campaign protest")},
	{timeline.LaneEconomy,
		strings.Fields("market econom tariff stock inflation gdp currency revenue profit unemployment earnings shares dividend recession"),
		strings.Fields("trade price bank invest oil$ budget tax export import jobs sales")},
}

// laneOf decides a clause's lane: statement when it reports someone
// speaking; else the lane whose keywords the clause uses with a clear
// cue: a keyword in its main clause, or enough of them elsewhere (strong
// 2, weak 1, each tripled in the main clause; more than 2 in all).
// Without a clear cue the lane is context, the neutral one: better no
// lane than a wrong one.
func (a *analysis) laneOf(toks []token, cl clause, statement bool) timeline.Lane {
	if statement {
		return timeline.LaneStatement
	}
	mainEnd := mainClauseEnd(toks, cl.tok, cl.tokEnd, nil, nil)
	var scores [4]int
	for k := cl.tok; k < cl.tokEnd; k++ {
		if toks[k].kind != wordToken || !cl.has(k) {
			continue
		}
		for li := range laneKeywords {
			w := a.laneWord(toks[k].low, li)
			if w == weakKeyword && !weakCue(toks, k, laneKeywords[li].lane) {
				w = 0
			}
			if k < mainEnd {
				w *= 3
			}
			scores[li] += int(w)
		}
	}
	best, bestScore := timeline.LaneContext, 2
	for li, score := range scores {
		if score > bestScore {
			best, bestScore = laneKeywords[li].lane, score
		}
	}
	return best
}

// weakCue reports whether the weak keyword toks[k] is meant in its lane's
// sense: "fighting" as the noun ("fighting could resume", not "fighting
// the flu" nor "keep fighting in court"), "forces" armed ("Russian forces", not "market forces"), a
// "strike" from the air; "killed" only with another cue of violence.
func weakCue(toks []token, k int, lane timeline.Lane) bool {
	if lane != timeline.LaneSecurity {
		return true
	}
	w := toks[k].low
	prev, next := "", ""
	if k > 0 {
		prev = toks[k-1].low
	}
	if k+1 < len(toks) {
		next = toks[k+1].low
	}
	switch {
	case w == "fighting":
		// Not a verb with its object or aim, nor "keep fighting in court".
		return !(next == "the" || next == "a" || next == "for" || next == "to" || next == "against" || next == "back" ||
			prev == "keep" || prev == "keeps" || prev == "kept" || next == "in" && k+2 < len(toks) && toks[k+2].low == "court")
	case strings.HasPrefix(w, "forces"):
		return prev != "market" && prev != "economic" && prev != "political" && prev != "social"
	case strings.HasPrefix(w, "strike"):
		return prev == "air" || prev == "missile" || prev == "drone" || prev == "military" || prev == "rocket"
	case w == "killed":
		for _, t := range toks {
			if hasStem(t.low, laneKeywords[1].strong) || t.low == "shot" || t.low == "gunman" || t.low == "explosion" || t.low == "blast" {
				return true
			}
		}
		return false
	}
	return true
}

// Keyword strengths.
const (
	weakKeyword   = 1
	strongKeyword = 2
)

// laneWord returns how strongly word is a keyword of laneKeywords[li]
// (0, weakKeyword or strongKeyword), remembering the answers for the
// article's words.
func (a *analysis) laneWord(word string, li int) uint8 {
	lanes, ok := a.laneWords[word]
	if !ok {
		for i, lk := range laneKeywords {
			switch {
			case hasStem(word, lk.strong):
				lanes |= strongKeyword << (2 * i)
			case hasStem(word, lk.weak):
				lanes |= weakKeyword << (2 * i)
			}
		}
		a.laneWords[word] = lanes
	}
	return lanes >> (2 * li) & 3
}

// notEventDate reports whether a date expression says something other
// than when the clause's event happened: a deadline ("by the end of the
// year") or the reach of a superlative ("the highest since 1998").
func notEventDate(text string, sentenceStart int, x timex.Timex) bool {
	before := strings.Fields(strings.ToLower(text[sentenceStart:x.Start]))
	if len(before) == 0 {
		return false
	}
	switch before[len(before)-1] {
	case "by":
		return true
	case "since":
		for _, w := range before[max(0, len(before)-4) : len(before)-1] {
			w = strings.Trim(w, ",;")
			if strings.HasSuffix(w, "est") || w == "first" || w == "most" || w == "least" || w == "last" {
				return true
			}
		}
	}
	return false
}

// hasWordToken reports whether toks has a word: a sentence of punctuation
// alone ("–.") reports nothing.
func hasWordToken(toks []token) bool {
	for i := range toks {
		if toks[i].kind == wordToken && strings.IndexFunc(toks[i].text, unicode.IsLetter) >= 0 {
			return true
		}
	}
	return false
}

// inheritDate dates an event whose clause has no date of its own from an
// event before it, only where the text says they are one occasion: the
// same speaker speaking again in the past tense a few sentences on ("said
// Thursday … He said …"), or a clause that says "also" or "at the same
// time" in the past tense right after a dated one in its paragraph; or a
// statement or clause in the past tense whose sentence names no date,
// after the news of a day with no other time named between (newsDay), or
// right after an earlier month or year the story tells of (backstory).
func (a *analysis) inheritDate(events []*eventRec, ev *eventRec, toks []token, cl clause, at *attribution) (timeline.Date, bool) {
	const reach = 6 // sentences
	past := func(k int) bool { return pastForm(toks[k].low) }
	var from *eventRec
	var how string
	switch {
	case ev.statement && at.verb >= 0 && (past(at.verb) || pastBeforeParticiple(toks, cl, at.verb)):
		for i := len(events) - 1; ev.speaker != nil && i >= 0 && events[i].sentence >= ev.sentence-reach; i-- {
			p := events[i]
			if p.statement && p.speaker.resolve() == ev.speaker.resolve() {
				// The statement that dates theirs before: "Juanita Castro
				// said … Friday" dates each "she said" of the interview.
				for p.inherited != nil && p.inherited.statement && p.inherited.speaker != nil && p.inherited.speaker.resolve() == ev.speaker.resolve() {
					p = p.inherited
				}
				if p.dated && p.date.Start.Precision >= timeline.Day && p.inherited == nil && !p.date.Start.Time.After(a.published) {
					from, how = p, ev.speaker.short()+" speaking again"
				}
				break
			}
		}
		// Not when the sentence just before tells of another time: "…,
		// who refused to endorse Trump at the convention in July. Cruz
		// exhorted Republicans to “vote your conscience” and said …".
		wentBack := from != nil && a.storyWentBack(events, from)
		if wentBack {
			from = nil
		}
		if from == nil && (cl.planned || !a.hasDateWords(ev.sentence)) {
			ev.toldPast = true
			scene, stop := a.newsDay(events, ev, false)
			switch {
			case scene != nil:
				from, how = scene, "a statement in the past tense, after the news of a day and no other time,"
			case !wentBack:
				from, how = a.leadDay(events, ev, stop), "a statement in the past tense, in a story whose lead tells the news of one day,"
			}
			ev.newsDay = from != nil
		}
	default:
		also := -1
		for k := cl.tok; k < cl.tokEnd && k < cl.tok+8; k++ {
			if cl.has(k) && (toks[k].low == "also" || toks[k].low == "meanwhile" || toks[k].low == "simultaneously") {
				also = k
				break
			}
		}
		if also < 0 || also+1 >= len(toks) || !past(also+1) && !(also > 0 && past(also-1)) {
			break
		}
		if p := lastEvent(events); p != nil && p.dated && p.inherited == nil && p.paragraph == ev.paragraph && p.sentence >= ev.sentence-1 {
			from, how = p, "“"+toks[also].text+"”"
		}
	}
	if from == nil && !ev.statement && simplePast(toks, cl) && (cl.planned || !a.hasDateWords(ev.sentence)) {
		ev.toldPast = true
		if from, _ = a.newsDay(events, ev, false); from != nil {
			ev.newsDay = true
			how = "told in the past tense after the news of a day and no other time,"
		} else if from = a.backstory(events, ev, toks, cl); from != nil {
			how = "told in the past tense right after an earlier month or year,"
		}
	}
	if from == nil {
		return timeline.Date{}, false
	}
	ev.inherited = from
	d := from.date
	d.Resolution = "not dated in its own words: " + how + " goes on from “" + from.date.Expression + "” (" + from.date.Human() + ")"
	return d, true
}

// storyWentBack reports whether, since the statement from, the story told
// of an earlier month or year: in the sentence just before ("… at the
// convention in July. Cruz exhorted Republicans …"), or in a main clause
// ("In 2014, Mr. Obama unveiled …"), not only in an aside ("Juanita
// Castro, who arrived in Miami in 1961,").
func (a *analysis) storyWentBack(events []*eventRec, from *eventRec) bool {
	for i := len(events) - 1; i >= 0 && events[i] != from && events[i].sentence >= from.sentence; i-- {
		p := events[i]
		earlier := p.dated && p.inherited == nil && !p.statement && p.date.Start.Precision < timeline.Day && p.date.End.IsZero() && p.date.Start.Time.Before(from.date.Start.Time)
		if earlier && (i == len(events)-1 || !p.aside) {
			return true
		}
	}
	return false
}

// backstory is the event that sets the scene of a clause ev in the past
// tense without a date when the story tells of an earlier time: the latest
// event before it, in its paragraph or the one before, if dated by its own
// words to a month or year before that of publication ("Elian's mother
// set off in late November. ¶ His mother died trying to get Elian and
// herself to the United States."). A day is left to newsDay: a story goes
// on from the day of its news, not from an older day it recalls.
//
// On TimeBank and AQUAINT this dates 18 more annotated events, 16 of them
// right (the other 2 annotated June for "July last year").
func (a *analysis) backstory(events []*eventRec, ev *eventRec, toks []token, cl clause) *eventRec {
	// Someone saying something is news of the day, not of the earlier
	// time: "Committee sources who spoke on the condition of anonymity said".
	if hasSpeechVerb(toks, cl) {
		return nil
	}
	for i := len(events) - 1; i >= 0 && ev.paragraph-events[i].paragraph <= 1; i-- {
		p := events[i]
		if !p.dated || p.inherited != nil || p.detail {
			continue
		}
		d := p.date
		if d.Start.Precision != timeline.Year && d.Start.Precision != timeline.Month || !d.End.IsZero() ||
			d.Start.Finish().After(a.published) {
			return nil
		}
		return p
	}
	return nil
}

// splitPlans makes the plan a statement reports in the past its own
// clause, dated by its words, and leaves the statement without that date:
// "He added that a ceremonial accession would still be held at the NATO
// summit on April 24" is a statement of the day of the news and an event
// of April 24; so is a plan told before its speaker (planBefore). Only a
// date after publication: someone who spoke in the past did not speak on
// it.
//
// On TimeBank and AQUAINT this makes 1 wrong date right; 4 statements
// move from their plan's month to the day of the news, still wrong for
// annotators who give "Wednesday" the day before the Wednesday of
// publication (XIE19990210.0079).
func (a *analysis) splitPlans(toks []token, cls []clause, at *attribution, quotes []quoteSpan, published timeline.Point) []clause {
	var out []clause
	for _, cl := range cls {
		verb := at.verb
		if verb < 0 || !cl.has(verb) {
			if verb = finiteSpeechVerb(toks, cl); verb >= 0 && !cl.has(verb) {
				verb = -1
			}
		}
		// The plan told first: "The group would be ready to leave as soon
		// as Tuesday, Castro said."
		tellVerb := verb
		if tellVerb < 0 {
			tellVerb = closingReport(toks, cl)
		}
		if plan, ok := a.planBefore(toks, cl, tellVerb, quotes, published); ok {
			cl.dates, cl.planned = cl.dates[len(plan.dates):], true
			out = append(out, cl, plan)
			continue
		}
		// Not "“…,” said Maureen Connelly, a consultant … in next week's
		// election": what follows the verb there is the speaker.
		if cl.aside || verb <= cl.tok || !pastForm(toks[verb].low) || len(cl.dates) == 0 || toks[verb-1].kind == punctToken {
			out = append(out, cl)
			continue
		}
		if cl.dates[0].Start < toks[verb].end {
			out = append(out, cl)
			continue
		}
		// The plan: after "that" within a few words ("told reporters
		// that"), else right after the verb ("said he will begin").
		from := -1
		for k := verb + 1; k < cl.tokEnd && k <= verb+6; k++ {
			if toks[k].low == "that" {
				from = k + 1
				break
			}
		}
		if from < 0 && (clauseStart(toks, verb+1, cl.tokEnd) || verb+3 < cl.tokEnd && toks[verb+1].isAny("a", "an") && finiteAuxiliaries[toks[verb+3].low]) {
			from = verb + 1 // "said a curfew would continue through the weekend"
		}
		// The speaking dated by its own words before "that": "Hewlett
		// announced last week that it planned to ship a computer early
		// next year" is a statement of last week and a plan of next year.
		if from > 0 && from < cl.tokEnd && cl.dates[0].End <= toks[from].start {
			n := 0
			for n < len(cl.dates) && cl.dates[n].End <= toks[from].start {
				n++
			}
			if n < len(cl.dates) && !inQuotes(quotes, toks[from].start) && planClause(toks, from, cl.tokEnd, cl.dates[n:], quotes) {
				// What was said may be of the past too, when the speaking
				// has a date of its own: "Police said Thursday that the
				// suspect was arrested last week" is a statement of
				// Thursday and an arrest of last week.
				if d, ok := dateOf(a.text, a.orderDates(toks, cl.dates[n:]), published); ok && (!d.Start.Begin().Before(published.Finish()) || a.toldBefore(toks, clause{tok: from, tokEnd: cl.tokEnd}, cl.dates, n, len(cl.dates), d, published)) {
					plan := clause{start: toks[from].start, end: cl.end, tok: from, tokEnd: cl.tokEnd, dates: cl.dates[n:], plan: true,
						told: d.Start.Begin().Before(published.Finish())}
					cl.dates, cl.planned = cl.dates[:n], true
					out = append(out, cl, plan)
					continue
				}
			}
		}
		ordered := a.orderDates(toks, cl.dates)
		d, ok := dateOf(a.text, ordered, published)
		if !ok || ordered[0].Start < toks[verb].end || d.Start.Begin().Before(published.Finish()) {
			out = append(out, cl)
			continue
		}
		// Not a date of the speaking itself: "said in an editorial on
		// Saturday, April 25".
		if from < 0 || from >= cl.tokEnd || cl.dates[0].Start < toks[from].start || inQuotes(quotes, toks[from].start) || cl.hole[0] < cl.hole[1] && from <= cl.hole[1] ||
			!planClause(toks, from, cl.tokEnd, cl.dates, quotes) {
			out = append(out, cl)
			continue
		}
		plan := clause{start: toks[from].start, end: cl.end, tok: from, tokEnd: cl.tokEnd, dates: cl.dates, plan: true}
		cl.dates, cl.planned = nil, true
		out = append(out, cl, plan)
	}
	return out
}

// planBefore returns the plan a statement in the past tells before its
// speaker, up to the comma before them ("The group would be ready to
// leave as soon as Tuesday, Castro said"), when a date of the plan is
// after publication.
func (a *analysis) planBefore(toks []token, cl clause, verb int, quotes []quoteSpan, published timeline.Point) (clause, bool) {
	const maxSpeaker = 8 // tokens between the comma and the verb: "an official from the organization"
	if cl.aside || verb <= cl.tok+1 || verb >= cl.tokEnd || !pastForm(toks[verb].low) || len(cl.dates) == 0 || cl.hole[0] < cl.hole[1] {
		return clause{}, false
	}
	comma := -1
	for j := verb - 2; j > cl.tok && j >= verb-maxSpeaker; j-- {
		if toks[j].text == "," {
			comma = j
			break
		}
		if toks[j].kind == punctToken && toks[j].text != "." {
			break // a dash, a quotation mark: not a plain speaker phrase
		}
	}
	if comma < 0 {
		return clause{}, false
	}
	n := 0
	for n < len(cl.dates) && cl.dates[n].End <= toks[comma].start {
		n++
	}
	if n == 0 {
		return clause{}, false
	}
	d, ok := dateOf(a.text, a.orderDates(toks, cl.dates[:n]), published)
	// A past event told first is split off only when the speaking has a
	// date of its own: "The economy created jobs at a robust pace in
	// January, the government reported on Friday".
	if !ok || d.Start.Begin().Before(published.Finish()) && !(closingReport(toks, cl) == verb && a.toldBefore(toks, clause{tok: cl.tok, tokEnd: comma}, cl.dates, 0, n, d, published)) ||
		!clauseStart(toks, cl.tok, comma) || !planClause(toks, cl.tok, comma, cl.dates[:n], quotes) {
		return clause{}, false
	}
	return clause{start: cl.start, end: toks[comma-1].end, tok: cl.tok, tokEnd: comma, dates: cl.dates[:n], told: d.Start.Begin().Before(published.Finish())}, true
}

// closingReport returns the verb of a report that closes clause cl, or
// -1: "…, the government reported on Friday." A verb that attributes no
// quotation by itself ("reported", "confirmed") says who told what went
// before when it ends the sentence after its subject.
func closingReport(toks []token, cl clause) int {
	for k := cl.tokEnd - 1; k > cl.tok+2 && k >= cl.tokEnd-5; k-- {
		c, n := speechAt(toks, k)
		if n == 0 || c.kind != finiteSpeech || !toks[k].isLower() || !pastForm(toks[k].low) {
			continue
		}
		for j := k + 1; j < cl.tokEnd; j++ {
			t := &toks[j]
			if t.kind == wordToken && !t.is("on") && !slices.ContainsFunc(cl.dates, func(x timex.Timex) bool { return x.Start <= t.start && t.end <= x.End }) {
				return -1 // "…, the agency reported on its website"
			}
		}
		return k
	}
	return -1
}

// toldBefore reports whether told, what a statement says (its dates
// xs[from:to], dated d), happened on another day than the statement,
// which its other dates date: a deed in the simple past, dated by a date
// that governs it, at least to the month.
func (a *analysis) toldBefore(toks []token, told clause, xs []timex.Timex, from, to int, d timeline.Date, published timeline.Point) bool {
	said := slices.Concat(xs[:from], xs[to:])
	return simplePast(toks, told) && a.otherDay(toks, said, d, published) && a.governedBy(toks, xs, from, to)
}

// otherDay reports whether the date expressions xs of a statement date
// the speaking to a day other than that of what was said, dated d.
func (a *analysis) otherDay(toks []token, xs []timex.Timex, d timeline.Date, published timeline.Point) bool {
	if len(xs) == 0 {
		return false
	}
	said, ok := dateOf(a.text, a.orderDates(toks, xs), published)
	// A year is more often a setting than a deed's date ("cut polling
	// places from 400 in the primary of 2008 to 60 this year, officials
	// said Monday"): only a month, a week or a day makes what was said an
	// event of its own.
	if !ok || !said.End.IsZero() || said.Start.Precision < timeline.Day || d.Start.Precision < timeline.Month {
		return false
	}
	day := dayPoint(said.Start.Time)
	first := dayPoint(d.Start.Time) // a time of day ("at 10 a.m.") is of its day
	return day.Begin().Before(first.Begin()) || !day.Begin().Before(d.Finish())
}

// governedBy reports whether one of the date expressions xs[from:to] of a
// sentence governs the clause it is in, rather than describing a thing or
// another event ("heartened by cooperation in probing last Friday's
// bombings", "higher than in the primary of 2008"): only such a date makes
// what was said an event of its own.
func (a *analysis) governedBy(toks []token, xs []timex.Timex, from, to int) bool {
	for i := from; i < to; i++ {
		if a.dateRoleOf(toks, xs, i) == governs {
			return true
		}
	}
	return false
}

// planClause reports whether toks[from:to] reads as a plan of its own: a
// verb and at least four words besides its dates, no quotation ("This
// weekend, Trump said" is not one).
func planClause(toks []token, from, to int, dates []timex.Timex, quotes []quoteSpan) bool {
	words, verb := 0, false
	for k := from; k < to; k++ {
		t := &toks[k]
		if inQuotes(quotes, t.start) || isMark(quotes, t.start) || t.text == "\"" || t.text == "''" || t.text == "“" || t.text == "”" {
			return false
		}
		if t.kind != wordToken || slices.ContainsFunc(dates, func(x timex.Timex) bool { return x.Start <= t.start && t.end <= x.End }) {
			continue
		}
		words++
		verb = verb || t.isLower() && (auxiliaries[t.low] || pastForm(t.low))
	}
	return verb && words >= 4
}

// finiteSpeechVerb returns the first finite verb of speaking ("said",
// "told") in the tokens of clause cl, or -1.
func finiteSpeechVerb(toks []token, cl clause) int {
	for k := cl.tok; k < cl.tokEnd; k++ {
		if c, n := speechAt(toks, k); n > 0 && c.kind == finiteSpeech && !c.weak && toks[k].isLower() {
			return k
		}
	}
	return -1
}

// hasSpeechVerb reports whether clause cl has a finite verb of speaking.
func hasSpeechVerb(toks []token, cl clause) bool { return finiteSpeechVerb(toks, cl) >= 0 }

// speechDay dates a clause that has no date of its own by a "today" or
// "tonight" in the speaker's words, the day they spoke: a statement
// ("“Today, I'm here to tell you we have our suspect,” said Bernard
// Tolbert") or a sentence of a quotation alone ("“I know about the stories
// today.”"). Other dates in a quotation say when what the speaker speaks
// of happens, not when they spoke, and are left out.
//
// On TimeBank and AQUAINT, the sentences of a quotation alone and the
// quotations that go on after the speech verb date 4 more annotated
// events, all right.
func (a *analysis) speechDay(quotes []quoteSpan, cl clause, published timeline.Point) (timeline.Date, timex.Timex, bool) {
	i := sort.Search(len(a.timexes), func(i int) bool { return a.timexes[i].Start >= cl.start })
	for ; i < len(a.timexes) && a.timexes[i].End <= cl.end; i++ {
		x := a.timexes[i]
		if !inQuotes(quotes, x.Start) || !speechDayWords[strings.ToLower(x.Text)] {
			continue
		}
		d, ok := dateOf(a.text, []timex.Timex{x}, published)
		if !ok || d.Start.Precision != timeline.Day {
			continue
		}
		d.Resolution = "“" + x.Text + "” in the speaker's words, the day they spoke: " + d.Resolution
		return d, x, true
	}
	return timeline.Date{}, timex.Timex{}, false
}

var speechDayWords = map[string]bool{"today": true, "tonight": true, "this morning": true, "this afternoon": true, "this evening": true}

// newsDay is the event that sets the scene of a statement or clause ev in
// the past tense without a date: the latest event before it dated by its
// own words, if to a day of the week up to publication, as a news story
// gives the day of its news and goes on telling it ("Israel and Hamas
// agreed on Wednesday to a ceasefire … Qatar’s prime minister announced
// the deal at a news conference"). After an event of another time the
// clause is left undated: it may have been made any day ("Zelenskyy said
// that a peace deal is “90%” there" after talks "since November"). With
// near, only an event of ev's paragraph or the one before sets the scene.
// Without a scene, stop is the event the walk stopped at, if any.
//
// On TimeBank and AQUAINT, going on past the paragraph before through
// clauses of the same day dates 14 more annotated events, 13 of them
// right, and passing over plans of a later day 6 more, all right. Going
// on past any undated clause instead dated 43, only 34 right: a paragraph
// of no particular time often leaves the news.
func (a *analysis) newsDay(events []*eventRec, ev *eventRec, near bool) (scene, stop *eventRec) {
	// A story tells its day in far fewer clauses than this; the bound keeps
	// the import of a long text linear.
	const maxScene = 200
	for i := len(events) - 1; i >= 0 && i >= len(events)-maxScene && (!near || ev.paragraph-events[i].paragraph <= 1); i-- {
		p := events[i]
		if p.inherited != nil || p.detail {
			continue
		}
		if !p.dated {
			if p.paragraph == ev.paragraph || near && ev.paragraph-p.paragraph <= 1 {
				continue
			}
			return nil, p
		}
		// A plan of a later day is not a scene the story moves to: "The
		// group would be ready to leave as soon as Tuesday, Castro said."
		if p.date.Start.Begin().After(a.published) {
			continue
		}
		if !isNewsDay(p.date, a.published) {
			return nil, p
		}
		return p, nil
	}
	return nil, nil
}

// leadDay dates a statement ev in the past tense that newsDay left without
// a scene, where it stopped at a paragraph of no particular time, at an
// earlier time told more than a sentence before or at a state up to
// publication ("independent since 1901"), from the day of the
// story's lead: the first event dated by its own words, in the first two
// paragraphs, if to a day of the week up to publication and the only such
// day the story has told of. A news story quotes people on the day of its
// news after any background it gives ("… since he was found on an inner
// tube on Nov. 25. ¶ … “Juan Miguel must not have written the letter
// himself,” said Armando Gutierrez"). Right after another time, or in a
// story of several days ("on Monday … in Paris on Tuesday"), the
// statement stays undated.
//
// On TimeBank and AQUAINT this dates 9 more annotated events, all right.
// Without the one day, 15, all right, but the seed's comment of an expert
// after Monday's and Tuesday's news would take Tuesday; clauses without a
// speech verb, dated the same way, were 7 of 12 right.
func (a *analysis) leadDay(events []*eventRec, ev, stop *eventRec) *eventRec {
	if stop == nil {
		return nil
	}
	// A period up to publication just before is a state, not the story
	// gone back: "Australia has been independent since 1901. Howard said
	// …".
	upToNow := !stop.date.End.IsZero() && !stop.date.End.Time.Before(a.published)
	if stop.dated && stop.sentence >= ev.sentence-1 && !upToNow {
		return nil
	}
	// events only grows: each is looked at once, so a long text stays linear.
	l := &a.lead
	for ; l.seen < len(events) && !l.none; l.seen++ {
		p := events[l.seen]
		if p.inherited != nil || p.detail || !p.dated || p.date.Start.Begin().After(a.published) {
			continue
		}
		switch {
		case l.day == nil:
			l.day = p
			l.none = p.paragraph >= leadParagraphs || !isNewsDay(p.date, a.published)
		case isNewsDay(p.date, a.published) && !p.date.Start.Time.Equal(l.day.date.Start.Time):
			l.none = true
		}
	}
	if l.none {
		return nil
	}
	return l.day
}

// leadParagraphs is how many paragraphs a story's lead may take.
const leadParagraphs = 2

// storyLead is what leadDay has learnt of the events so far.
type storyLead struct {
	seen int       // events looked at
	day  *eventRec // the first event dated by its own words
	none bool      // day is no news day of the lead, or another news day followed
}

// timeOnNewsDay dates a time of day that names no day ("occurred at about
// 10:35 a.m.", which package timex places on the day of publication) on
// the day of the news just before it (newsDay, near): "A bomb exploded outside
// the embassy on Friday. The blast occurred at about 10:35 a.m." is
// Friday's. Without such a day the event is left undated: a news story's
// bare times are seldom of its day of publication (none of 6 in TimeBank
// and AQUAINT).
func (a *analysis) timeOnNewsDay(events []*eventRec, ev *eventRec) {
	d := &ev.date
	if !ev.dated || d.Start.Precision != timeline.Minute || !d.End.IsZero() ||
		!strings.Contains(d.Resolution, " on the day of publication") || strings.Contains(strings.ToLower(d.Expression), "today") {
		return
	}
	p, _ := a.newsDay(events, ev, true)
	if p == nil {
		*d, ev.dated = timeline.Date{}, false
		return
	}
	day, at := p.date.Start.Time, d.Start.Time
	d.Start = timeline.MinutePoint(day.Year(), day.Month(), day.Day(), at.Hour(), at.Minute())
	d.Resolution = fmt.Sprintf("%02d:%02d on the day the text spoke of just before, “%s” (%s)", at.Hour(), at.Minute(), p.date.Expression, p.date.Start.Human())
}

// simplePast reports whether clause cl has a verb in the simple past: a
// past form ("was", "shook", "exploded") not in a perfect ("have made it
// clear"), which speaks of no particular time, nor a participle after a
// present or future form ("ties that are already strained", "will be
// held", "is owned and governed") or an article ("the planned visit"), nor
// in a relative clause set off by commas or dashes ("complicated by the
// attack — which the United Nations said undermined international law —"),
// nor a participle before "by" ("the fears held by Ukraine").
func simplePast(toks []token, cl clause) bool {
	aside := false
	for k := cl.tok; k < cl.tokEnd; k++ {
		w := toks[k].low
		switch {
		case (toks[k].text == "," || isDash(toks[k].text)) && k+1 < cl.tokEnd && relativeOpeners[toks[k+1].low]:
			aside = true
			continue
		case toks[k].text == "," || isDash(toks[k].text):
			aside = false
			continue
		}
		if aside || !cl.has(k) || !toks[k].isLower() {
			continue
		}
		if w == "was" || w == "were" {
			return true
		}
		if w == "say" || w == "says" || reportingPerfect(toks, k) {
			return false // "Cuban exiles in Miami say the boy’s mother died", "Reports have said the bombs were transferred"
		}
		// "the fears held by Ukraine": a participle after its noun.
		if pastForm(w) && !afterNonPast(toks, k) && !(k+1 < cl.tokEnd && toks[k+1].is("by")) {
			return true
		}
	}
	return false
}

// reportingPerfect reports whether toks[k] is a verb of saying in the
// present perfect, which tells of reports over some time, not of a day:
// "Media reports in Tanzania have said …" (but "has pleaded innocent" is
// a day's news).
func reportingPerfect(toks []token, k int) bool {
	switch speechVerbs[toks[k].low].base {
	case "say", "report", "write", "claim", "allege", "suggest":
		return k > 0 && toks[k-1].isAny("have", "has", "'ve")
	}
	return false
}

// relativeOpeners open a relative clause.
var relativeOpeners = wordSet("which who whom whose")

// pastForm reports whether w may be a past form; a compound ("alcohol-
// related", "state-owned") is an adjective.
func pastForm(w string) bool {
	return (strings.HasSuffix(w, "ed") || irregularPast[w]) && !strings.Contains(w, "-")
}

// afterNonPast reports whether the past form at k is a perfect, a
// participle or an adjective: after a present or future form or an
// article, past adverbs, or a past form so placed that "and" or "or" joins
// it to.
func afterNonPast(toks []token, k int) bool {
	b := k - 1
	for b > 0 && (adverbs[toks[b].low] || toks[b].low == "already" || strings.HasSuffix(toks[b].low, "ly")) {
		b--
	}
	if b < 0 {
		return false
	}
	if toks[b].isAny("and", "or") && b > 0 && pastForm(toks[b-1].low) {
		return afterNonPast(toks, b-1)
	}
	return nonPastBefore[toks[b].low]
}

// pastBeforeParticiple reports whether a speech verb at verb in the
// participle follows a verb in the simple past: "Martonyi called the
// admission “returning to her natural habitat,” saying: “…”".
func pastBeforeParticiple(toks []token, cl clause, verb int) bool {
	if !strings.HasSuffix(toks[verb].low, "ing") || verb <= cl.tok {
		return false
	}
	before := cl
	before.tokEnd = verb
	return simplePast(toks, before)
}

// nonPastBefore make a past form after them a perfect, a participle or an
// adjective.
var nonPastBefore = wordSet(`had has have having 've is are am be been being 's 're will would shall should can could
	may might must the a an`)

// hasDateWords reports whether sentence si names a time, in a quotation
// or not: a statement about another time ("said the company expects to
// achieve record earnings in 1990") is left undated rather than given the
// day it was made, which the reader would take for its subject's. A
// duration, a frequency, "now" or "the foreseeable future" names no other
// time ("“We are going to maintain our forces in the region for the
// foreseeable future,” said spokesman Kenneth Bacon").
func (a *analysis) hasDateWords(si int) bool {
	s := &a.sentences[si]
	i := sort.Search(len(a.timexes), func(i int) bool { return a.timexes[i].End > s.start })
	for ; i < len(a.timexes) && a.timexes[i].Start < s.end; i++ {
		if v := a.timexes[i].Value; v != "PRESENT_REF" {
			if _, ok := pointsOf(v, timeline.Point{}); ok { // the publication date only resolves PRESENT_REF
				return true
			}
		}
	}
	return false
}

// irregularPast are past forms that do not end in -ed.
var irregularPast = wordSet(`said told wrote spoke met left went came took gave made held began fell rose won lost
	saw found got ran sent paid sold bought brought thought knew felt kept led stood struck shot flew fled fought
	broke chose drove grew heard meant spent swore taught threw became did shook sought built caught withdrew
	understood forgave froze hid hung bore tore wore wept slept swept bent lent fed dealt dug stuck swung
	sank sang rang drank shrank bit slid sat laid overtook undertook`)

// noteDateSource records, for the review, which of the clause's ordered
// date expressions dated the event and how many others it names.
func (ev *eventRec) noteDateSource(a *analysis, toks []token, ordered []timex.Timex, published timeline.Point) {
	used := -1
	for i, x := range ordered {
		if _, ok := pointsOf(x.Value, published); ok {
			if used < 0 {
				used = i
				ev.dateFrom = x
				ev.dateRole = a.dateRoleOf(toks, ordered, i)
			} else if x.Value != ordered[used].Value {
				ev.otherDates++
			}
		}
	}
	if used > 0 && ev.dated && strings.Contains(ev.date.Expression, ordered[used].Text) && used+1 < len(ordered) && strings.Contains(ev.date.Expression, ordered[used+1].Text) {
		ev.otherDates-- // a range: "from Jan. 3 to Jan. 5"
	}
	if !ev.dated {
		ev.otherDates = 0
		for _, x := range ordered {
			if _, ok := pointsOf(x.Value, published); ok {
				ev.otherDates++
			}
		}
	}
}
