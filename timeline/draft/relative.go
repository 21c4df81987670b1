package draft

import (
	"fmt"
	"sort"
	"strconv"
	"strings"

	"newsline/timeline"
)

// An event-relative date counts days from another event of the article
// that has a day of its own: "A jogger observed Kopp's car 10 days before
// the murder" after "Dr. Slepian was killed on Oct. 23" is of 13 October;
// "showed up the day after his death" of 24 October. Only days are
// counted: "in the weeks before the shooting" says no day and no month.
//
// On TimeBank and AQUAINT this dates 6 more annotated events, 5 of them
// right (the sixth is "the murder" itself, in the sentence dated 10 days
// before it).

// maxRelativeDays bounds the days counted, beyond which an article that
// counts in days means a season, not a day.
const maxRelativeDays = 31

// relatedNouns are the words that name the same kind of occasion: a
// clause's "the murder" is the event "Dr. Slepian was killed", "the blast"
// the event "A bomb exploded".
var relatedNouns = func() map[string]string {
	groups := map[string]string{
		"death": `death died killed killing murder murdered slaying slain shooting shot assassination assassinated`,
		"bomb":  `bombing bombings bombed bomb blast blasts explosion explosions exploded attack attacks attacked`,
		"crash": `crash crashed crashes`,
	}
	m := map[string]string{}
	for g, words := range groups {
		for _, w := range strings.Fields(words) {
			m[w] = g
		}
	}
	return m
}()

// relativeNoun reports the group of an event noun a relative date counts
// from, or "". Only occasions that the events naming them come after: a
// story mentions "the shooting" after it, but "the election" before it
// as well.
func relativeNoun(w string) string {
	return relatedNouns[w]
}

// countWords are the counts of days an article writes out.
var countWords = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}

// relativeDate dates clause cl of tokens toks by a count of days before or
// after an event the article dated to a day earlier: "10 days before the
// murder", "the day after his death", "two days after the bombing".
func (a *analysis) relativeDate(occ occasions, toks []token, cl clause) (timeline.Date, *eventRec, bool) {
	for k := cl.tok; k+3 < cl.tokEnd; k++ {
		if !cl.has(k) || !toks[k+1].isAny("day", "days") || !toks[k+2].isAny("before", "after") {
			continue
		}
		n, ok := unitCount(toks[k].low, toks[k+1].low)
		if !ok {
			continue
		}
		// "the murder", "his death", "the Oct. 23 killing": the noun within
		// a few words.
		noun, at := "", 0
		for j := k + 3; j < cl.tokEnd && j <= k+6; j++ {
			if toks[j].kind != wordToken {
				break
			}
			if g := relativeNoun(toks[j].low); g != "" {
				noun, at = g, j
				break
			}
		}
		if noun == "" {
			continue
		}
		from := occ[noun]
		if from == nil {
			continue
		}
		if toks[k+2].low == "before" {
			n = -n
		}
		day := from.date.Start.Time.AddDate(0, 0, n)
		d := timeline.Date{
			Start:      timeline.DayPoint(day.Year(), day.Month(), day.Day()),
			Expression: a.text[toks[k].start:toks[at].end],
		}
		d.Resolution = fmt.Sprintf("%s “%s”, which the article dates “%s” (%s)", countDays(n), a.text[toks[k+3].start:toks[at].end], from.date.Expression, from.date.Start.Human())
		return d, from, true
	}
	return timeline.Date{}, nil, false
}

// occasions indexes, by group of nouns, the earliest event seen so far
// that is dated by its own words to a day and names an occasion of the
// group: the occasion a later "the murder" or "10 days before the
// murder" is of. Of several, the earliest, since the others come after it
// ("searched the site of the shooting once more" on April 8, after "the
// Oct. 23 shooting"). Events are added in article order, so a lookup
// costs nothing however long the article.
type occasions map[string]*eventRec

// add indexes ev, if it may be an occasion.
func (o occasions) add(a *analysis, ev *eventRec) {
	// Someone speaking of it is not the occasion: "officials said
	// Wednesday that Kopp fired the shots that killed a doctor".
	if !ev.dated || ev.inherited != nil || ev.speech || ev.date.Start.Precision != timeline.Day || !ev.date.End.IsZero() ||
		ev.date.Approximate || len(ev.spans) == 0 {
		return
	}
	sp := ev.spans[0]
	for _, w := range strings.FieldsFunc(strings.ToLower(a.text[sp[0]:sp[1]]), notWordRune) {
		g := relatedNouns[w]
		if g == "" {
			continue
		}
		if cur := o[g]; cur == nil || ev.date.Start.Time.Before(cur.date.Start.Time) {
			o[g] = ev
		}
	}
}

func notWordRune(r rune) bool {
	return !(r >= 'a' && r <= 'z' || r == '-')
}

// dayCount reads a count of days written in digits: "10".
func dayCount(s string) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// unitCount reads the count of a count of time, word, before its unit,
// "day", "days", "week" or "weeks": "the day", "a week", "two days",
// "10 days"; the count agrees with the unit in number and is at most
// maxRelativeDays. "The" counts only a day: "the week before Christmas"
// is a week, not a point.
func unitCount(word, unit string) (int, bool) {
	n, ok := countWords[word]
	switch {
	case word == "the":
		n, ok = 1, unit == "day"
	case word == "an":
		n, ok = 1, true
	case !ok:
		n, ok = dayCount(word)
	}
	if !ok || n < 1 || n > maxRelativeDays || (n == 1) == strings.HasSuffix(unit, "s") {
		return 0, false
	}
	return n, true
}

// countDays writes n days before (n < 0) or after.
func countDays(n int) string {
	switch {
	case n == -1:
		return "the day before"
	case n == 1:
		return "the day after"
	case n < 0:
		return strconv.Itoa(-n) + " days before"
	}
	return strconv.Itoa(n) + " days after"
}

// occasionNouns name an occasion as a noun, which a passage may name again
// without its date: "the bombing", "his death".
var occasionNouns = wordSet(`death killing murder slaying shooting assassination bombing bombings blast blasts
	explosion explosions attack attacks crash`)

// maxMentions bounds the passages an occasion gathers: a story names its
// occasion again a few times, not hundreds.
const maxMentions = 50

// occasionMentions adds to an occasion that the article dated to a day the
// later passages that name it again without a date, as more of its
// evidence: after "Dr. Slepian was killed on Oct. 23", "the investigation
// into the murder" and "his death". A mention is the noun after a
// determiner or possessive ("the bombing", "Slepian's murder"), with the
// "of …" that follows it; one in the occasion's own passages is left.
func (a *analysis) occasionMentions(all []*eventRec) {
	var toks []token
	occ := occasions{}
	next := 0 // of all, the first event not yet in occ
	for si := range a.sentences {
		for ; next < len(all) && all[next].sentence < si; next++ {
			occ.add(a, all[next])
		}
		s := &a.sentences[si]
		if s.heading {
			continue
		}
		toks = a.sentenceTokens(toks, s)
		for k := 1; k < len(toks); k++ {
			t := &toks[k]
			if !occasionNouns[t.low] || !t.isLower() {
				continue
			}
			start := k - 1
			if k >= 2 && adjectiveBefore(&toks[k-1]) {
				start = k - 2 // "the unfortunate murder of Slepian"
			}
			switch det := &toks[start]; {
			case det.isAny("the", "this", "that", "his", "her", "their", "its"):
			case det.kind == possessiveToken && start >= 1:
				start--
			default:
				continue
			}
			occasion := occ[relatedNouns[t.low]]
			if occasion == nil {
				continue
			}
			end := ofPhraseEnd(toks, k+1)
			if a.datedWithin(s, toks[k].end, toks[min(end+2, len(toks)-1)].end) {
				continue // "the bombings on Aug. 7", "the bombing Friday": dated by its own words
			}
			if k+1 < end && toks[k+1].low == "of" && !namesSame(a.text, toks[k+2:end], occasion.spans[0]) {
				continue // "the shooting of Dr. Short" is another shooting than Slepian's
			}
			from, to := toks[start].start, toks[end-1].end
			// Mentions come in article order: only the last may hold this one.
			inside := len(occasion.mentions) >= maxMentions
			for _, sp := range occasion.spans {
				inside = inside || sp[0] <= from && to <= sp[1]
			}
			if n := len(occasion.mentions); n > 0 && occasion.mentions[n-1][0] <= from && to <= occasion.mentions[n-1][1] {
				inside = true
			}
			if !inside {
				occasion.mentions = append(occasion.mentions, [2]int{from, to})
			}
		}
	}
}

// adjectiveBefore reports whether t may be an adjective between a
// determiner and its noun: "unfortunate", "brutal"; not a verb, a
// function word or one that tells another occasion of the kind ("the
// first attack", "the latest bombing").
func adjectiveBefore(t *token) bool {
	return t.kind == wordToken && t.isLower() && !stopModifier[t.low] && !verbLike(t) && !adverbs[t.low] && !otherOccasion[t.low]
}

var otherOccasion = wordSet(`the a an first second third fourth last latest next previous earlier later new recent
	other another similar second-deadliest deadliest worst 1st 2nd 3rd`)

// datedWithin reports whether a date expression of sentence s begins
// between byte offsets from and to.
func (a *analysis) datedWithin(s *sentence, from, to int) bool {
	i := sort.Search(len(a.timexes), func(i int) bool { return a.timexes[i].Start >= from })
	return i < len(a.timexes) && a.timexes[i].Start < to && a.timexes[i].Start < s.end
}

// namesSame reports whether the names of whom or what a mention is ("the
// shooting of Dr. Barnett Slepian") occur in the occasion's passage, or
// there are none. Where it happened ("in western New York") may not.
func namesSame(text string, after []token, passage [2]int) bool {
	p := text[passage[0]:passage[1]]
	named := false
	for i := range after {
		t := &after[i]
		if t.kind != wordToken || !t.isCap() || titleAbbrevs[t.low] {
			continue
		}
		named = true
		if strings.Contains(p, t.text) {
			return true
		}
	}
	return !named
}
