package draft

import (
	"strings"

	"newsline/timeline"
	"newsline/timeline/timex"
)

// A noun event is an event the article names by a noun with a date of its
// own inside another event's sentence: "the Aug. 7 bombings", "last
// Friday's bombings", "the 1995 shooting of Dr. Hugh Short". The sentence
// is one event, dated by its main clause ("The Canadian warrant issued
// Monday charged Kopp with attempted murder in the 1995 shooting"); the
// named event gets one of its own, at its date, with every passage that
// names it again at that date as its evidence.

// nounEventWords are the nouns of events a date before them dates.
var nounEventWords = func() map[string]bool {
	m := wordSet(`killing killings slaying slayings murder murders assassination explosion explosions
		kidnapping bomb-ings`)
	for w := range eventNouns {
		m[w] = true
	}
	return m
}()

// maxNounEventWords bounds the words an "of …" or "at …" after the noun
// adds to the event's evidence and title.
const maxNounEventWords = 7

// nounEvents finds the noun events of sentence si (tokens toks, date
// expressions xs, its own events own) and adds them to seen, keyed by date
// and noun; it returns those new to seen. A later mention of one at the
// same date becomes more of its evidence. A date that dates one of the
// sentence's own events makes none ("The Aug. 7 bombings killed 224
// people" is one event).
func (a *analysis) nounEvents(si int, toks []token, ms []mention, xs []timex.Timex, published timeline.Point, own []*eventRec, seen map[string]*eventRec) []*eventRec {
	var out []*eventRec
	s := &a.sentences[si]
	dating := map[int]bool{}
	for _, ev := range own {
		if ev.dated && ev.inherited == nil {
			dating[ev.dateFrom.Start] = true
		}
	}
	for _, x := range xs {
		if dating[x.Start] {
			continue
		}
		first := tokenAt(toks, x.Start)
		if first < 0 {
			continue // the expression starts inside a word: "3Pm" in a link
		}
		last := first
		for last < len(toks) && toks[last].start < x.End {
			last++
		}
		if last >= len(toks) {
			continue
		}
		noun := -1
		switch {
		case toks[last].kind == wordToken && toks[last].isLower() && nounEventWords[toks[last].low]:
			noun = last // the Aug. 7 bombings
		case toks[last].kind == possessiveToken:
			noun = eventNounFrom(toks, last+1) // last Friday's federal court hearing
		}
		// "the bombing of two U.S. embassies in East Africa last month":
		// the date ends the noun's phrase.
		after := noun < 0
		if after {
			noun = eventNounBefore(toks, first)
		}
		if noun < 0 {
			continue
		}
		date, ok := dateOf(a.text, []timex.Timex{x}, published)
		if !ok || !date.End.IsZero() {
			continue
		}
		start, end := first, ofPhraseEnd(toks, noun+1)
		if after {
			start, end = noun, last
			// "a special election in November", "the State of the
			// Union address at 9 p.m.": its adjectives and name too.
		walk:
			for k := noun - 1; k >= 0 && k >= noun-6; k-- {
				t := &toks[k]
				switch {
				case t.kind != wordToken:
					break walk
				case t.isCap():
				case insideName(toks, k): // "State of the Union"
				case t.isLower() && noun-k <= 3 && !stopModifier[t.low] && !t.isAny("the", "a", "an") && (!verbLike(t) || k > 0 && toks[k-1].isAny("the", "a", "an")): // "the contested primary"
				default:
					break walk
				}
				start = k
			}
		}
		if start > 0 && toks[start-1].isAny("the", "a", "an") {
			start--
		}
		if after && start == noun && strings.HasSuffix(toks[noun].low, "ing") {
			continue // a verb's gerund: "Republicans began meeting at 10 a.m."
		}
		from, to := toks[start].start, toks[end-1].end
		titleEnd := to
		if rel := relativeClauseEnd(toks, end); rel > end {
			to = toks[rel-1].end // "…, who was wounded in the elbow": that occasion's too
		}
		if after {
			k := first
			for k > noun+1 && (toks[k-1].isAny("in", "on", "at", "during", "of", "early", "late", "mid") || insideDate(xs, toks[k-1].start)) {
				k--
			}
			titleEnd = toks[k-1].end
		}
		key := date.Start.String() + " " + strings.TrimSuffix(toks[noun].low, "s")
		if ev := seen[key]; ev != nil {
			ev.addSpan(a.text, from, to)
			continue
		}
		ev := &eventRec{sentence: si, paragraph: s.paragraph, date: date, dated: true, dateFrom: x, dateRole: secondary}
		ev.addSpan(a.text, from, to)
		ev.title = capitalise(shortenTitle(a.text[from:titleEnd]))
		cl := clause{start: from, end: to, tok: start, tokEnd: end}
		ev.lane = a.laneOf(toks, cl, false)
		for _, m := range ms {
			if cl.covers(toks, m.start, m.end) && m.kind != pronounMention && m.kind != descriptionMention {
				ev.addEntity(m.entity())
			}
		}
		seen[key] = ev
		out = append(out, ev)
	}
	return out
}

// insideName reports whether the "of" or "the" at toks[k] joins the
// capitalised words of one name: "State of the Union", "Bank of America".
func insideName(toks []token, k int) bool {
	capAt := func(j int) bool { return j >= 0 && j < len(toks) && toks[j].isCap() }
	switch {
	case toks[k].low == "of":
		return capAt(k-1) && (capAt(k+1) || k+2 < len(toks) && toks[k+1].low == "the" && capAt(k+2))
	case toks[k].low == "the":
		return k > 0 && toks[k-1].low == "of" && capAt(k-2) && capAt(k+1)
	}
	return false
}

// ofPhraseEnd returns where the "of …", "at …" or "against …" that
// begins at toks[end] after an event noun ends, or end when none does:
// "the bombing of the U.S. Embassy in Nairobi".
func ofPhraseEnd(toks []token, end int) int {
	if end >= len(toks) || !toks[end].isAny("of", "at", "in", "on", "against", "near", "outside") {
		return end
	}
	k := end + 1
	abbrev := func(k int) bool { return toks[k].text == "." && titleAbbrevs[toks[k-1].low] } // Dr. Hugh Short
	for k < len(toks) && k <= end+maxNounEventWords && (toks[k].kind != punctToken || abbrev(k)) && !verbLike(&toks[k]) {
		k++
	}
	// Not cut inside a name: "the January 1998 bombing of a Birmingham,
	// Ala., clinic".
	cutName := k < len(toks) && toks[k].text == "," && toks[k-1].isCap() && k+1 < len(toks) && toks[k+1].isCap()
	if k > end+1 && k <= end+maxNounEventWords && !cutName {
		return k
	}
	return end
}

// relativeClauseEnd returns where the ", who …" or ", which …" clause
// that begins at toks[k] ends (at a semicolon, a dash, a bracket, a comma
// before a lower-case word, or the sentence's end), or k when none begins
// there: "the 1995 shooting of Dr. Hugh Short, who was wounded in the
// elbow but survived the attack at his home in Ancaster, Ontario".
func relativeClauseEnd(toks []token, k int) int {
	if k+1 >= len(toks) || toks[k].text != "," || !toks[k+1].isAny("who", "which") {
		return k
	}
	j := k + 2
	for ; j < len(toks); j++ {
		t := &toks[j]
		if t.text == ";" || t.text == "(" || t.text == ")" || isDash(t.text) || t.text == "," && j+1 < len(toks) && !toks[j+1].isCap() {
			break
		}
	}
	for j > k+2 && toks[j-1].kind == punctToken {
		j-- // not the sentence's full stop
	}
	return j
}

// verbLike reports whether t may be a verb, ending the noun phrase before
// it: "the Aug. 7 bombings at U.S. embassies killed 224 people".
func verbLike(t *token) bool {
	w := t.low
	return auxiliaries[w] || irregularPast[w] || strings.HasSuffix(w, "ed") || functionWordsEndingPhrase[w]
}

var functionWordsEndingPhrase = wordSet("that which who whom whose and but or when where while as")
