package draft

import (
	"sort"
	"strings"

	"newsline/timeline"
)

// speechKind says how a speech verb finds its speaker.
type speechKind uint8

const (
	finiteSpeech     speechKind = iota + 1 // "said": the subject before it, or the name after it
	participleSpeech                       // "telling": the subject of the sentence
)

// speechVerbs are the verbs that report speech.
var speechVerbs = func() map[string]speechKind {
	m := map[string]speechKind{}
	for _, w := range strings.Fields(`said says say told tells added adds stated states warned warns declared declares
		insisted insists argued argues noted notes wrote writes posted announced announces claimed claims explained
		explains asked asks replied replies responded urged urges vowed vows promised acknowledged admitted stressed
		stresses emphasised emphasized called calls described describes tweeted recalled continued concluded
		predicted cautioned conceded confirmed confirms denied denies`) {
		m[w] = finiteSpeech
	}
	for _, w := range strings.Fields(`saying telling adding warning calling noting insisting arguing writing stressing
		describing declaring explaining urging`) {
		m[w] = participleSpeech
	}
	return m
}()

// telling verbs name their audience next: "told NBC News", "telling her
// country’s TV2 broadcaster".
var tellingVerbs = wordSet("told tells telling tell")

// Words before a quotation that make it a name or a term rather than
// something said: "the so-called “coalition of the willing”".
var termMarkers = wordSet("so-called dubbed termed labelled labeled branded nicknamed titled entitled")

// A quoteRec is a quotation the importer keeps.
type quoteRec struct {
	start, end int // the quoted words, verbatim: inside the marks, a final comma dropped
	speaker    *entityRec
	audience   *entityRec
	verb       int // token index of the verb attributing it in its sentence, or -1
	sentence   int
}

// minUnattributedWords is how long an unattributed quotation must be to be
// kept as a quote: shorter ones are terms or scare quotes ("security
// guarantees").
const minUnattributedWords = 6

// attribution is what the quotations of a sentence and its speech verbs
// say about who spoke.
type attribution struct {
	quotes   []quoteRec
	speaker  *entityRec // who the sentence reports speaking, if anyone
	audience *entityRec
	verb     int  // the speech verb's token index, or -1
	pure     bool // the sentence is nothing but quotation
	sent     int  // the sentence's index
}

// attribute finds the quotations of sentence si and who said them. last is
// the attribution of the sentence before, for quotes that go on from it.
func (a *analysis) attribute(si int, toks []token, ms []mention, last *attribution) attribution {
	s := &a.sentences[si]
	quotes := a.sentenceQuotes(si)
	around := a.quotesAround(si)
	outside := func(i int) bool { return !inQuotes(around, toks[i].start) && !isMark(around, toks[i].start) }
	at := attribution{verb: -1, sent: si}

	// The sentence's own speech verb, outside quotations: a statement.
	for i := range toks {
		kind := speechVerbs[toks[i].lower()]
		if kind == 0 || !outside(i) {
			continue
		}
		if toks[i].is("according") {
			continue
		}
		sp := a.subjectOf(toks, ms, i, kind, around)
		if sp == nil {
			continue
		}
		if at.speaker == nil {
			at.speaker, at.verb = sp, i
			if tellingVerbs[toks[i].lower()] {
				at.audience = a.audienceAfter(toks, ms, i)
			}
		}
	}
	interview := a.interviewWith(toks, ms) // "in an interview with CNN"
	at.audience = firstNonNil(at.audience, interview)

	allQuoted := true
	for i := range toks {
		if toks[i].kind == wordToken && outside(i) {
			allQuoted = false
			break
		}
	}
	at.pure = allQuoted && len(quotes) > 0

	for _, q := range quotes {
		start, end := q.inner()
		start, end = trimSpace(a.text, start, end)
		if strings.HasSuffix(a.text[start:end], ",") {
			end--
		}
		if start >= end {
			continue
		}
		words := strings.Fields(a.text[start:end])
		if qi := tokenAt(toks, q.open); qi > 0 && termMarkers[toks[qi-1].lower()] {
			continue
		}
		rec := quoteRec{start: start, end: end, verb: -1, sentence: si}
		sp, aud, verb := a.quoteSpeaker(toks, ms, q, around)
		switch {
		case sp != nil:
			rec.speaker, rec.audience, rec.verb = sp, aud, verb
		case at.speaker != nil:
			rec.speaker, rec.audience, rec.verb = at.speaker, at.audience, at.verb
		case at.pure && last != nil && last.speaker != nil && a.sentences[last.sent].paragraph >= s.paragraph-1:
			rec.speaker = last.speaker // a quote that goes on from the sentence before
		case len(words) < minUnattributedWords:
			continue
		}
		if rec.speaker == nil {
			rec.speaker = a.accordingTo(toks, ms, around)
		}
		if rec.audience == nil && rec.speaker != nil {
			rec.audience = interview
		}
		at.quotes = append(at.quotes, rec)
		if at.speaker == nil && rec.speaker != nil {
			at.speaker, at.audience, at.verb = rec.speaker, rec.audience, rec.verb
		}
	}
	return at
}

func firstNonNil(es ...*entityRec) *entityRec {
	for _, e := range es {
		if e != nil {
			return e
		}
	}
	return nil
}

// tokenAt returns the index of the token that starts at offset, or -1.
func tokenAt(toks []token, offset int) int {
	i := sort.Search(len(toks), func(i int) bool { return toks[i].start >= offset })
	if i < len(toks) && toks[i].start == offset {
		return i
	}
	return -1
}

// quoteSpeaker finds the speaker of quotation q from the words right
// around it: "“…,” Tusk said", "“…,” said Jakobsen", "Frederiksen: “…”",
// or a speech verb before it ("telling NBC News that “…”").
func (a *analysis) quoteSpeaker(toks []token, ms []mention, q quoteSpan, around []quoteSpan) (speaker, audience *entityRec, verb int) {
	// After the closing mark.
	if q.closed {
		k := tokenAt(toks, q.close) + 1
		if k > 0 {
			for k < len(toks) && toks[k].text == "," {
				k++
			}
			if k < len(toks) && speechVerbs[toks[k].lower()] == finiteSpeech {
				if m := mentionAt(ms, k+1); m != nil && speakerKind(m) {
					return m.entity(), nil, k
				}
			}
			if m := mentionAt(ms, k); m != nil && speakerKind(m) {
				v := m.tokEnd
				for v < len(toks) && toks[v].isAny("has", "had", "also", "later", "then", "have") {
					v++
				}
				if v < len(toks) && speechVerbs[toks[v].lower()] != 0 {
					return m.entity(), a.audienceAfter(toks, ms, v), v
				}
			}
		}
	}
	// A colon after a name before the opening mark.
	if qi := tokenAt(toks, q.open); qi >= 2 && toks[qi-1].text == ":" {
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].tokEnd == qi-1 && speakerKind(&ms[i]) {
				return ms[i].entity(), nil, -1
			}
		}
	}
	// The nearest speech verb before the opening mark.
	// Near enough to speak it: "telling her country’s TV2 broadcaster that “…".
	const reach = 30
	qi := tokenAt(toks, q.open)
	for v := qi - 1; v >= 0 && v >= qi-reach; v-- {
		kind := speechVerbs[toks[v].lower()]
		if kind == 0 || inQuotes(around, toks[v].start) {
			continue
		}
		if sp := a.subjectOf(toks, ms, v, kind, around); sp != nil {
			var aud *entityRec
			if tellingVerbs[toks[v].lower()] {
				aud = a.audienceAfter(toks, ms, v)
			}
			return sp, aud, v
		}
		break
	}
	return nil, nil, -1
}

// speakerKind reports whether m can speak: a person, a role, a pronoun, or
// an organisation ("the Kremlin said").
func speakerKind(m *mention) bool {
	e := m.entity()
	if e == nil {
		return false
	}
	return m.kind == nameMention || m.kind == roleMention || m.kind == pronounMention
}

// mentionAt returns the mention that begins at token i, or nil.
func mentionAt(ms []mention, i int) *mention {
	for k := range ms {
		if ms[k].tok == i && ms[k].kind != adjectiveMention {
			return &ms[k]
		}
	}
	return nil
}

// subjectOf finds who speaks through the speech verb at toks[v]: for a
// participle ("telling"), the first person of the sentence; for a finite
// verb, the nearest speaker-like mention before it in the same clause, or
// the name right after it ("said Jakobsen"). A verb in a relative clause
// ("which the United Nations said") reports no statement of the sentence.
func (a *analysis) subjectOf(toks []token, ms []mention, v int, kind speechKind, quotes []quoteSpan) *entityRec {
	if kind == participleSpeech {
		for k := range ms {
			m := &ms[k]
			if m.tok < v && !m.inQuote && (m.kind == pronounMention || m.kind == roleMention || m.entity() != nil && m.entity().kind == timeline.Person) && m.entity() != nil {
				return m.entity()
			}
		}
		return nil
	}
	// Inverted: "said Peter Viggo Jakobsen".
	if m := mentionAt(ms, v+1); m != nil && speakerKind(m) && v > 0 && (toks[v-1].text == "," || isCloser(a.text, &toks[v-1], quotes)) {
		return m.entity()
	}
	// The nearest mention before the verb, in the same clause.
	var best *mention
	for k := range ms {
		m := &ms[k]
		if m.tokEnd > v || m.inQuote || !speakerKind(m) {
			continue
		}
		if !adjacentSubject(toks, ms, m.tokEnd, v) {
			continue
		}
		if best == nil || m.kind == pronounMention || m.entity().kind == timeline.Person || best.entity().kind != timeline.Person {
			best = m
		}
	}
	if best == nil {
		return nil
	}
	before := best.tok - 1
	for before >= 0 && toks[before].isAny("the", "a", "an") {
		before--
	}
	if before >= 0 && toks[before].isAny("which", "that", "who", "whom", "as") {
		return nil
	}
	return best.entity()
}

// audienceAfter returns the outlet or person told: the first organisation
// or person named within a few words after the verb at toks[v]: "told NBC
// News", "telling her country’s TV2 broadcaster".
func (a *analysis) audienceAfter(toks []token, ms []mention, v int) *entityRec {
	for k := range ms {
		m := &ms[k]
		if m.tok <= v || m.tok > v+5 {
			continue
		}
		if e := m.entity(); e != nil && m.kind == nameMention && (e.kind == timeline.Organisation || e.kind == timeline.Person) {
			return e
		}
	}
	return nil
}

// interviewWith returns X of "in an interview with X".
func (a *analysis) interviewWith(toks []token, ms []mention) *entityRec {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].isAny("interview", "interviews") && toks[i+1].is("with") {
			if m := mentionAt(ms, i+2); m != nil && m.entity() != nil && m.entity().kind == timeline.Organisation {
				return m.entity()
			}
		}
	}
	return nil
}

// accordingTo returns X of "according to X", outside quotations.
func (a *analysis) accordingTo(toks []token, ms []mention, quotes []quoteSpan) *entityRec {
	for i := 0; i+1 < len(toks); i++ {
		if toks[i].is("according") && toks[i+1].is("to") && !inQuotes(quotes, toks[i].start) {
			for k := range ms {
				if m := &ms[k]; m.tok >= i+2 && m.tok <= i+4 && m.entity() != nil {
					return m.entity()
				}
			}
		}
	}
	return nil
}

// adjacentSubject reports whether the words between a mention (ending at
// token from) and a verb (at token to) let the mention be the verb's
// subject: a few words without punctuation or another name ("Macron had
// said", "Kyiv and its allies have consistently said"), unlike "in Gaza,
// mediators said".
func adjacentSubject(toks []token, ms []mention, from, to int) bool {
	if to-from > 5 {
		return false
	}
	// An appositive name closed by a comma: "Hungary’s prime minister,
	// Viktor Orbán, said".
	if from < to && toks[from].text == "," && from > 0 {
		for i := range ms {
			if ms[i].tokEnd == from && commaBefore(toks, ms[i].tok) {
				from++
				break
			}
		}
	}
	for k := from; k < to; k++ {
		if toks[k].kind == punctToken {
			return false
		}
	}
	for i := range ms {
		if ms[i].tok >= from && ms[i].tok < to {
			return false
		}
	}
	return true
}

// commaBefore reports whether a comma stands at most two words (a title:
// "…, Sheikh Mohammed …") before token i.
func commaBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}
