package draft

import (
	"fmt"
	"strings"

	"newsline/timeline"
	"newsline/timeline/timex"
)

// An eventRec is an event as the importer builds it: one clause or
// sentence, and any that go on from it.
type eventRec struct {
	spans     [][2]int // evidence, main first; contiguous passages are joined
	sentence  int      // the first sentence
	paragraph int
	date      timeline.Date
	dated     bool
	lane      timeline.Lane
	title     string
	short     string
	statement bool
	speaker   *entityRec
	audience  *entityRec
	entities  []*entityRec
	quotes    []quoteRec
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
}

// buildEvents makes the events of the article (the third pass): one per
// sentence, or per clause when a sentence gives two different dates in
// separate clauses; a sentence that only continues a quotation, or that
// adds to what the same speaker just said ("He added …"), joins the event
// before. Headings, bylines and captions make no events.
func (a *analysis) buildEvents(published timeline.Point) ([]*eventRec, error) {
	var events []*eventRec
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
		for _, cl := range a.clauses(toks, xs, published) {
			ev := &eventRec{sentence: si, paragraph: s.paragraph}
			ev.date, ev.dated = dateOf(a.text, cl.dates, published)
			if !ev.dated && pastPerfect(toks[cl.tok:cl.tokEnd], around) {
				ev.date = timeline.Date{Before: published, Expression: pastPerfectWords(a.text, toks[cl.tok:cl.tokEnd]),
					Resolution: "not dated in the article; told in the past perfect, so before the news of " + published.Human()}
			}
			ev.statement = at.speaker != nil && (at.verb < 0 || at.verb >= cl.tok && at.verb < cl.tokEnd)
			if ev.statement {
				ev.speaker, ev.audience = at.speaker, at.audience
				for _, q := range at.quotes {
					if q.speaker == ev.speaker && q.audience != nil && ev.audience == nil {
						ev.audience = q.audience
					}
				}
			}
			// Continuations join the event before.
			if prev := lastEvent(events); prev != nil && !ev.dated && a.continues(prev, at, si, toks) {
				prev.addSpan(a.text, cl.start, cl.end)
				prev.quotes = append(prev.quotes, at.quotes...)
				for _, m := range ms {
					if m.kind != pronounMention && m.kind != descriptionMention {
						prev.addEntity(m.entity())
					}
				}
				continue
			}
			ev.addSpan(a.text, cl.start, cl.end)
			if ev.speaker != nil {
				ev.addEntity(ev.speaker)
			}
			if ev.audience != nil {
				ev.addEntity(ev.audience)
			}
			for _, m := range ms {
				if m.start >= cl.start && m.end <= cl.end && m.kind != pronounMention && m.kind != descriptionMention {
					ev.addEntity(m.entity())
				}
			}
			for _, q := range at.quotes {
				if q.start >= cl.start && q.end <= cl.end {
					ev.quotes = append(ev.quotes, q)
				}
			}
			if len(events) >= MaxEvents {
				return nil, fmt.Errorf("sentence %d (byte offset %d): %w", si+1, cl.start, ErrTooMany)
			}
			ev.lane = a.laneOf(toks, cl, ev.statement)
			ev.title, ev.short = a.titleOf(toks, ms, cl, ev, at)
			events = append(events, ev)
		}
	}
	return events, nil
}

func lastEvent(events []*eventRec) *eventRec {
	if len(events) == 0 {
		return nil
	}
	return events[len(events)-1]
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
	if at.speaker.resolve() != prev.speaker.resolve() || at.verb < 0 {
		return false
	}
	v := toks[at.verb].lower()
	return v == "added" || v == "adding" || v == "continued"
}

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
		}
		if cut < 0 {
			continue
		}
		first := cur
		first.end, first.tokEnd = toks[cut-1].end, cut
		first.dates = cur.dates[:i]
		out = append(out, first)
		cur.tok = cut + 1
		if cur.tok < len(toks) && toks[cur.tok].isAny("and", "but", "while", "whereas", "then") {
			cur.tok++
		}
		if cur.tok >= cur.tokEnd {
			return []clause{whole}
		}
		cur.start = toks[cur.tok].start
		cur.dates = cur.dates[i:]
		i = 0
	}
	return append(out, cur)
}

// pastPerfect reports whether a clause tells its action in the past
// perfect ("had said"), outside quotations.
func pastPerfect(toks []token, quotes []quoteSpan) bool {
	return pastPerfectAt(toks, quotes) >= 0
}

func pastPerfectAt(toks []token, quotes []quoteSpan) int {
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].is("had") || inQuotes(quotes, toks[i].start) {
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
// "negotiations").
var laneKeywords = []struct {
	lane  timeline.Lane
	stems []string
}{
	{timeline.LaneDiplomacy, strings.Fields("meet met$ talks summit negotiat diplomac diplomat envoy ceasefire truce peace treaty accord mediat visit")},
	{timeline.LaneSecurity, strings.Fields("attack strike troops militar war$ wars$ army missile drone bomb shell killed soldier forces invasion invad offensive weapon airstrike fighting captur seiz raid")},
	{timeline.LanePolitics, strings.Fields("election elect parliament law$ laws$ legislat vote voted court ruling congress senate party campaign referendum constitution impeach protest")},
	{timeline.LaneEconomy, strings.Fields("market econom trade tariff stock price inflation bank gdp invest oil$ budget tax export import currency revenue profit jobs unemployment")},
}

// laneOf decides a clause's lane: statement when it reports someone
// speaking; else the lane whose keywords it uses most, the main clause
// (before the first clause break) counting double; context when none.
func (a *analysis) laneOf(toks []token, cl clause, statement bool) timeline.Lane {
	if statement {
		return timeline.LaneStatement
	}
	mainEnd := mainClauseEnd(toks, cl.tok, cl.tokEnd, nil, nil)
	var scores [4]int
	for k := cl.tok; k < cl.tokEnd; k++ {
		if toks[k].kind != wordToken {
			continue
		}
		for li := range laneKeywords {
			if a.laneWord(toks[k].low, li) {
				scores[li]++
				if k < mainEnd {
					scores[li]++
				}
			}
		}
	}
	best, bestScore := timeline.LaneContext, 0
	for li, score := range scores {
		if score > bestScore {
			best, bestScore = laneKeywords[li].lane, score
		}
	}
	return best
}

// laneWord reports whether word is a keyword of laneKeywords[li],
// remembering the answers for the article's words.
func (a *analysis) laneWord(word string, li int) bool {
	lanes, ok := a.laneWords[word]
	if !ok {
		for i, lk := range laneKeywords {
			if hasStem(word, lk.stems) {
				lanes |= 1 << i
			}
		}
		a.laneWords[word] = lanes
	}
	return lanes&(1<<li) != 0
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
		if toks[i].kind == wordToken {
			return true
		}
	}
	return false
}
