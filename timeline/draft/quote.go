package draft

import (
	"sort"
	"strings"

	"newsline/timeline"
)

// A quoteRec is a quotation the importer keeps.
type quoteRec struct {
	start, end int // the quoted words, verbatim: inside the marks, a final comma dropped
	speaker    *entityRec
	audience   *entityRec
	verb       int // token index of the cue attributing it in its sentence, or -1
	sentence   int
	via        speakerVia  // how the speaker was found
	ref        mentionKind // the kind of mention that names the speaker: a name, "he", "the senator"
}

// speakerVia says how a quotation's speaker was found, from the most
// direct to the least.
type speakerVia uint8

const (
	viaNone         speakerVia = iota
	viaAdjacent                // a cue right at the quotation: "“…,” Tusk said", "Tusk said: “…”", "Tusk: “…”"
	viaSentence                // a speech verb elsewhere in its sentence: "Clinton said the goal was “…”"
	viaAccording               // "according to X"
	viaContinuation            // the same speaker goes on: a quotation alone after theirs, or after "He said:"
	viaSubject                 // a fragment quoted in a sentence about someone, without a speech verb: "Trump described the country as “…”"
)

// minFragmentWords is how long a quotation inside a sentence without a
// speech verb must be to be taken for its subject's words: shorter ones
// are terms ("the “professional left”" is one, "a “dead heat”" another).
const minFragmentWords = 3

// minQuoteWords is how long a quotation must be to be kept whatever its
// grammar; a shorter one is a quote only when saidFragment says someone
// said it.
const minQuoteWords = 3

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
	verb     int         // the speech verb's token index, or -1
	ref      mentionKind // how the speaker is named
	pure     bool        // the sentence is nothing but quotation
	sent     int         // the sentence's index
}

// discourse is what the attribution of a sentence learns from those
// before it.
type discourse struct {
	last        *entityRec // the speaker of the last quotation or statement
	lastPara    int
	lastSent    int
	subject     *entityRec // the person the last sentence with one was about: its subject
	subjectSent int
	// center is the subject of the sentence before when it opens that
	// sentence and no one else speaks in it: who a "he" that opens the
	// next sentence most likely is.
	center     *entityRec
	centerSent int
	lead       *entityRec // a speaker announcing quotation to come: "He said:"
	leadSent   int
	open       *entityRec // the speaker of a quotation left open at its paragraph's end
	openPara   int
	// unattributed are the quotations of the last paragraph without a
	// speaker, for a line that names them after: "- Clinton."
	unattributed []*quoteRec
}

// attributeAll resolves pronouns and descriptions and attributes every
// quotation and statement, sentence by sentence (the third pass).
func (a *analysis) attributeAll() error {
	a.attrs = make([]attribution, len(a.sentences))
	sal := newSalience()
	var toks []token
	d := &discourse{lastPara: -2, lastSent: -2, openPara: -2, leadSent: -2, subjectSent: -2}
	for si := range a.sentences {
		s := &a.sentences[si]
		if err := a.progress.at(2*len(a.text) + s.start); err != nil {
			return err
		}
		sal.nextSentence()
		toks = a.sentenceTokens(toks, s)
		ms := a.sentenceMentions(si)
		around := a.quotesAround(si)
		quoted := func(i int) bool { return inQuotes(around, toks[i].start) || isMark(around, toks[i].start) }
		subj := a.subjectMention(toks, ms, quoted)
		for k := range ms {
			m := &ms[k]
			if m.inQuote {
				continue
			}
			switch {
			case m.kind == pronounMention && k == subj && opensClause(toks, m, quoted) && a.continuesSubject(m, d, si):
				// "Murphy … has made federal funding his priority. ¶ He
				// said …": a pronoun that is its sentence's subject goes on
				// with the subject of the sentence before, even when
				// someone else has spoken more (after centering theory's
				// preference for continuing the center; Grosz, Joshi and
				// Weinstein, 1995).
				m.ent = d.center
			case m.kind == pronounMention && k > subj && a.speaksAsSubject(toks, ms, subj, m, quoted):
				// "Vice President Joe Biden weighed in as well, telling Mic
				// …, “…,” he said": the speaker of the subject's sentence.
				m.ent = ms[subj].entity()
			case m.kind == pronounMention || m.kind == descriptionMention:
				m.ent = a.resolveReference(m, sal)
			}
			sal.add(m.entity(), salMention)
			if k == subj {
				sal.add(m.entity(), salSubject)
			}
		}
		a.attrs[si] = a.attribute(si, toks, ms, quoted, d)
		d.center = nil
		if subj >= 0 {
			if e := ms[subj].entity(); e != nil && e.kind == timeline.Person {
				d.subject, d.subjectSent = e, si
				if opensClause(toks, &ms[subj], quoted) && a.attrs[si].onlySpeaker(e) {
					d.center, d.centerSent = e, si
				}
			}
		} else if at := &a.attrs[si]; at.speaker != nil && at.verb >= 0 && at.onlySpeaker(at.speaker) && namedBefore(ms, at.speaker, at.verb) {
			// "Trump's attorney, Alan Garten, said Nunberg was …": the
			// subject is the attorney, whom the name in apposition names.
			d.center, d.centerSent = at.speaker, si
		}
		a.lastSubject = d.subject
		at := &a.attrs[si]
		for _, q := range at.quotes {
			sal.add(q.speaker, salSpeaker)
		}
		if at.speaker != nil && len(at.quotes) == 0 {
			sal.add(at.speaker, salSpeaker)
		}
		a.updateDiscourse(d, si, toks, ms, quoted)
	}
	return nil
}

// continuesSubject reports whether the pronoun m, the subject of sentence
// si, may stand for the center of the sentence before.
func (a *analysis) continuesSubject(m *mention, d *discourse, si int) bool {
	if d.center == nil || d.centerSent != si-1 {
		return false
	}
	g := a.genderOf(d.center)
	return g == unknownGender || g == m.gender
}

// speaksAsSubject reports whether the pronoun m is the subject of a
// speech verb in a sentence whose own subject, ms[subj], is a person the
// pronoun may stand for and who opens the sentence's clause.
func (a *analysis) speaksAsSubject(toks []token, ms []mention, subj int, m *mention, quoted func(int) bool) bool {
	if subj < 0 || m.tokEnd >= len(toks) {
		return false
	}
	if c, n := speechAt(toks, m.tokEnd); n == 0 || c.kind != finiteSpeech {
		return false
	}
	s := &ms[subj]
	e := s.entity()
	if e == nil || e.kind != timeline.Person || s.kind != nameMention || !opensClause(toks, s, quoted) {
		return false
	}
	g := a.genderOf(e)
	return g == unknownGender || g == m.gender
}

// namedBefore reports whether a name of e comes before token verb.
func namedBefore(ms []mention, e *entityRec, verb int) bool {
	for k := range ms {
		if m := &ms[k]; m.tok < verb && m.kind == nameMention && m.entity() != nil && m.entity().resolve() == e.resolve() {
			return true
		}
	}
	return false
}

// onlySpeaker reports whether no one but e speaks in the sentence of at:
// in "Cruz electrified the crowds, Stovall said" Cruz is not the one a
// "he" in the next sentence goes on with.
func (at *attribution) onlySpeaker(e *entityRec) bool {
	if at.speaker != nil && at.speaker.resolve() != e.resolve() {
		return false
	}
	for _, q := range at.quotes {
		if q.speaker != nil && q.speaker.resolve() != e.resolve() {
			return false
		}
	}
	return true
}

// updateDiscourse records what sentence si tells the sentences after it.
func (a *analysis) updateDiscourse(d *discourse, si int, toks []token, ms []mention, quoted func(int) bool) {
	s := &a.sentences[si]
	at := &a.attrs[si]
	if s.first && (len(d.unattributed) > 0 && a.sentences[d.unattributed[0].sentence].paragraph < s.paragraph-1) {
		d.unattributed = nil
	}
	var spk *entityRec
	for k := range at.quotes {
		q := &at.quotes[k]
		if q.speaker != nil {
			spk = q.speaker
		} else {
			d.unattributed = append(d.unattributed, q)
		}
	}
	if spk == nil {
		spk = at.speaker
	}
	if spk != nil {
		d.last, d.lastPara, d.lastSent = spk, s.paragraph, si
	}
	// "He said:" or "Trump added," with nothing quoted after: what follows
	// is theirs.
	if n := len(toks); n > 0 && at.speaker != nil && at.verb >= 0 && (toks[n-1].text == ":" || toks[n-1].text == ",") && !quoted(n-1) {
		after := false
		for _, q := range at.quotes {
			after = after || q.start > toks[at.verb].start
		}
		if !after {
			d.lead, d.leadSent = at.speaker, si
		}
	}
	// A sentence that ends on whom it is according to, quoting nothing,
	// leads into their words: "…, according to a post from Arianna
	// Huffington. ¶ “We’ll not only be covering …”".
	if n := len(toks); n > 0 && at.speaker == nil && len(at.quotes) == 0 && toks[n-1].text == "." {
		if m := a.accordingTo(toks, ms, quoted); m != nil && m.tokEnd == n-1 && m.kind == nameMention {
			if e := m.entity(); e != nil && e.kind == timeline.Person {
				d.lead, d.leadSent = e, si
			}
		}
	}
	// A quotation left open at the paragraph's end goes on in the next.
	if r := a.paraQuote[s.paragraph]; r[1] > r[0] {
		if q := a.quotes[r[1]-1]; !q.closed && q.open >= s.start && q.open < s.end {
			d.open, d.openPara = nil, s.paragraph
			if len(at.quotes) > 0 {
				d.open = at.quotes[len(at.quotes)-1].speaker
			}
		}
	}
}

// attribute finds the quotations of sentence si and who said them, and
// whether the sentence reports someone speaking.
func (a *analysis) attribute(si int, toks []token, ms []mention, quoted func(int) bool, d *discourse) attribution {
	s := &a.sentences[si]
	quotes := a.sentenceQuotes(si)
	at := attribution{verb: -1, sent: si}

	// The sentence's own speech verb, outside quotations: a statement,
	// unless it is in a relative clause ("which the United Nations said").
	// Nor inside what wire copy quotes between two pairs of apostrophes
	// ("''Juan Miguel must not have written the letter himself,'' said
	// Armando Gutierrez"), which the draft does not take for quotations.
	wireEnd := wireQuoteEnd(toks)
	leadEnd := leadingClauseEnd(toks, quoted)
	if leadEnd > 0 && !a.namedCueAfter(toks, ms, leadEnd, quoted) {
		leadEnd = 0 // "Although in September she said …, she said": keep the first
	}
	for i := 0; i < len(toks); i++ {
		c, n := speechAt(toks, i)
		if n == 0 || quoted(i) || toks[i].is("according") || i < wireEnd {
			continue
		}
		if i < leadEnd {
			continue // "While not everything Trump says is true, Jamieson said …": Jamieson's
		}
		m := a.subjectOfCue(toks, ms, i, c, quoted)
		if m == nil {
			continue
		}
		if c.kind == finiteSpeech && relativeBefore(toks, m.tok) || c.weak {
			continue // a cue for quotations, not a statement
		}
		at.speaker, at.verb, at.ref = m.entity(), i, m.kind
		if tellingVerbs[toks[i].low] {
			at.audience = a.audienceAfter(toks, ms, i+n-1)
		}
		break
	}
	interview := a.interviewWith(toks, ms) // "in an interview with CNN"
	at.audience = firstNonNil(at.audience, interview)

	allQuoted := true
	for i := range toks {
		if toks[i].kind == wordToken && !quoted(i) {
			allQuoted = false
			break
		}
	}
	at.pure = allQuoted && len(quotes) > 0

	// A line that names the speaker of the quotations above: "- Clinton.",
	// "—President Obama, tweeting after Clinton's speech."
	if len(quotes) == 0 && len(toks) >= 2 && s.first && isDash(toks[0].text) && len(d.unattributed) > 0 {
		if m := mentionAt(ms, 1); m != nil && canSpeak(m) {
			for _, q := range d.unattributed {
				q.speaker, q.via, q.ref = m.entity(), viaAdjacent, m.kind
			}
			d.unattributed = nil
			at.speaker, at.ref = m.entity(), m.kind
		}
	}

	for _, q := range quotes {
		start, end := q.inner()
		start, end = trimSpace(a.text, start, end)
		if strings.HasSuffix(a.text[start:end], ",") {
			end--
		}
		if start >= end {
			continue
		}
		qi := tokenAt(toks, q.open)
		if qi > 0 && termMarkers[toks[qi-1].low] || a.isTitle(toks, qi, q) {
			continue
		}
		rec := quoteRec{start: start, end: end, verb: -1, sentence: si}
		a.quoteSpeaker(&rec, toks, ms, q, qi, quoted, &at, d)
		if len(strings.Fields(a.text[start:end])) < minQuoteWords && !a.saidFragment(toks, qi, q, &rec, at.pure) {
			continue
		}
		if rec.speaker == nil && len(strings.Fields(a.text[start:end])) < minUnattributedWords {
			continue
		}
		if rec.audience == nil && rec.speaker != nil && rec.speaker == at.speaker {
			rec.audience = at.audience
		}
		at.quotes = append(at.quotes, rec)
	}
	if at.speaker == nil {
		for _, q := range at.quotes {
			if q.speaker != nil {
				at.speaker, at.audience, at.verb, at.ref = q.speaker, q.audience, q.verb, q.ref
				break
			}
		}
	}
	// No one is their own listener: never "CBS News to CBS News", nor a
	// quotation of Fox News told to Fox News.
	at.audience = listenerOf(at.speaker, at.audience)
	for i := range at.quotes {
		at.quotes[i].audience = listenerOf(at.quotes[i].speaker, at.quotes[i].audience)
	}
	return at
}

// listenerOf returns audience, or nil when it is the speaker.
func listenerOf(speaker, audience *entityRec) *entityRec {
	if audience != nil && speaker != nil && audience.resolve() == speaker.resolve() {
		return nil
	}
	return audience
}

// quoteSpeaker finds who said quotation q (whose opening mark is token qi
// of its sentence), from the words at it, the sentence's speech verbs, or
// the speaker going on from before.
func (a *analysis) quoteSpeaker(rec *quoteRec, toks []token, ms []mention, q quoteSpan, qi int, quoted func(int) bool, at *attribution, d *discourse) {
	set := func(m *mention, verb int, via speakerVia) {
		rec.speaker, rec.verb, rec.via, rec.ref = m.entity(), verb, via, m.kind
		if verb >= 0 && tellingVerbs[toks[verb].low] {
			rec.audience = a.audienceAfter(toks, ms, verb)
		}
	}
	s := &a.sentences[rec.sentence]
	// After the closing mark: "“…,” Tusk said", "“…,” said Jakobsen",
	// "“…” — Donald Trump".
	if q.closed && q.close < s.end {
		if m, v := a.cueAfter(toks, ms, tokenAt(toks, q.close), quoted); m != nil {
			set(m, v, viaAdjacent)
			return
		}
		if anonymousCueAfter(toks, ms, tokenAt(toks, q.close)) {
			return // "“…,” one senior Democrat said": someone unnamed
		}
	} else if q.closed {
		// A quotation of several sentences, attributed after its end: "“…
		// lost. We will win,” Tusk said."
		for sj := rec.sentence + 1; sj < len(a.sentences) && a.sentences[sj].start <= q.close; sj++ {
			sn := &a.sentences[sj]
			if q.close >= sn.end {
				continue
			}
			ctoks := a.sentenceTokens(nil, sn)
			cms := a.sentenceMentions(sj)
			around := a.quotesAround(sj)
			cquoted := func(i int) bool { return inQuotes(around, ctoks[i].start) || isMark(around, ctoks[i].start) }
			if m, _ := a.cueAfter(ctoks, cms, tokenAt(ctoks, q.close), cquoted); m != nil && m.entity() != nil && m.kind == nameMention {
				rec.speaker, rec.via, rec.ref = m.entity(), viaAdjacent, m.kind
				return
			}
			break
		}
	}
	// Before the opening mark: "Tusk: “…”", "Tusk said: “…”", "Tusk told
	// reporters that “…”".
	if qi >= 0 {
		if m, v := a.cueBefore(toks, ms, qi, quoted); m != nil {
			set(m, v, viaAdjacent)
			return
		}
	}
	// A quotation that goes on from the paragraph before, left open there.
	if s.first && qi == 0 && d.open != nil && d.openPara == s.paragraph-1 {
		rec.speaker, rec.via, rec.ref = d.open, viaContinuation, nameMention
		return
	}
	// The sentence's speech verb: "Clinton said the goal was not to “…”".
	if at.speaker != nil {
		rec.speaker, rec.verb, rec.via, rec.ref = at.speaker, at.verb, viaSentence, at.ref
		rec.audience = at.audience
		return
	}
	if m := a.accordingTo(toks, ms, quoted); m != nil {
		set(m, -1, viaAccording)
		return
	}
	// A fragment in a sentence about someone: "Gibbs derided “the
	// professional left”", "Trump described the country as beset by
	// immigrants who are “dangerous, dangerous, dangerous criminals”".
	if qi > 0 && !at.pure && len(strings.Fields(a.text[rec.start:rec.end])) >= minFragmentWords {
		if k := a.subjectMention(toks, ms, quoted); k >= 0 && ms[k].tokEnd <= qi && canSpeak(&ms[k]) {
			set(&ms[k], -1, viaSubject)
			return
		}
	}
	// The speaker goes on: a quotation alone, or opening its sentence,
	// after "He said:" or after the same speaker's words; or the one the
	// sentence before was about ("Clinton touted her credentials. ¶ “We
	// need …”").
	if qi == 0 || at.pure {
		switch {
		case d.lead != nil && d.leadSent == rec.sentence-1:
			rec.speaker, rec.via, rec.ref = d.lead, viaContinuation, nameMention
		case d.last != nil && d.lastSent == rec.sentence-1 && at.pure:
			rec.speaker, rec.via, rec.ref = d.last, viaContinuation, nameMention
		case d.subject != nil && d.subjectSent == rec.sentence-1 && at.pure:
			rec.speaker, rec.via, rec.ref = d.subject, viaContinuation, nameMention
		case d.last != nil && (d.lastPara == s.paragraph || d.lastPara == s.paragraph-1 && at.pure):
			rec.speaker, rec.via, rec.ref = d.last, viaContinuation, nameMention
		}
	}
}

func isDash(s string) bool { return s == "-" || s == "—" || s == "–" || s == "―" }

// cueAfter finds the speaker named right after a closing mark at token qc:
// "“…,” Tusk said", "“…,” said Jakobsen", "“…,” Sarandon, 69, told MSNBC",
// "“…” — Donald Trump". It returns the speaker's mention and the verb's
// token index (-1 for a dash).
func (a *analysis) cueAfter(toks []token, ms []mention, qc int, quoted func(int) bool) (*mention, int) {
	if qc < 0 {
		return nil, -1
	}
	k := qc + 1
	if k < len(toks) && toks[qc].text == "'" && toks[k].text == "'" && toks[k].start == toks[qc].end {
		k++ // the second mark of ''
	}
	dash := false
	for k < len(toks) && (toks[k].text == "," || isDash(toks[k].text)) {
		dash = dash || isDash(toks[k].text)
		k++
	}
	for k < len(toks) && adverbs[toks[k].low] {
		k++ // "“…,” then said Trump"
	}
	if k >= len(toks) || quoted(k) {
		return nil, -1
	}
	if c, n := speechAt(toks, k); n > 0 && c.kind == finiteSpeech {
		if m := a.namedAfter(toks, ms, k+n); m != nil {
			return m, k
		}
	}
	m := mentionAt(ms, k)
	if m == nil || !canSpeak(m) {
		return nil, -1
	}
	// A description with the name in apposition: "the presumptive GOP
	// presidential nominee, Donald Trump, tweeted" is Trump, whoever the
	// description alone would stand for.
	if m.kind != nameMention && m.tokEnd+1 < len(toks) && toks[m.tokEnd].text == "," {
		if n := mentionAt(ms, m.tokEnd+1); n != nil && n.kind == nameMention && canSpeak(n) && n.tokEnd < len(toks) && toks[n.tokEnd].text == "," {
			m = n
		}
	}
	if v := a.verbAfter(toks, ms, m.tokEnd, quoted); v >= 0 {
		return m, v
	}
	if dash && (m.tokEnd == len(toks) || toks[m.tokEnd].kind == punctToken) {
		return m, -1
	}
	return nil, -1
}

// anonymousCueAfter reports whether someone the article does not name
// speaks after the closing mark at token qc: "“…,” one senior Democrat
// said", "“…,” a campaign aide told reporters". No one named before said
// it.
func anonymousCueAfter(toks []token, ms []mention, qc int) bool {
	if qc < 0 {
		return false
	}
	k := qc + 1
	for k < len(toks) && (toks[k].text == "," || isDash(toks[k].text)) {
		k++
	}
	if k >= len(toks) || !toks[k].isAny("a", "an", "one", "another", "some", "two", "three", "several") {
		return false
	}
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		t := &toks[j]
		if m := mentionAt(ms, j); m != nil && m.kind == nameMention && m.entity() != nil && m.entity().kind == timeline.Person {
			return false // "a spokesman, John Smith, said" is for cueAfter
		}
		if c, n := speechAt(toks, j); n > 0 && c.kind == finiteSpeech {
			return true
		}
		if t.kind != wordToken {
			return false
		}
	}
	return false
}

// verbAfter returns the index of the speech verb that the subject ending
// at token from goes with: "said", "has repeatedly said", ", a spokesman
// for Google, said", "on Tuesday told"; -1 when there is none.
func (a *analysis) verbAfter(toks []token, ms []mention, from int, quoted func(int) bool) int {
	j := from
	for steps := 0; j < len(toks) && steps < 6; steps++ {
		t := &toks[j]
		switch {
		case adverbs[t.low] || auxiliaries[t.low] || a.inDate(t):
			j++
			continue
		case t.low == "on" || t.low == "in" || t.low == "last" || t.low == "this" || t.low == "early" || t.low == "late":
			if j+1 < len(toks) && a.inDate(&toks[j+1]) {
				j++
				continue
			}
		case t.text == ",":
			// An appositive or relative clause: ", a spokesman for Google,",
			// ", who managed Bob Dole's 1996 campaign,", ", 69,"; its
			// closing comma may open another: "Scott Pruitt, the attorney
			// general of Oklahoma, one of the states suing the EPA, said".
			if c := closingComma(toks, j, quoted); c > j {
				j = c
				continue
			}
			if j > from && (toks[j-1].kind != punctToken || j > 1 && toks[j-1].text == "." && toks[j-1].start == toks[j-2].end) {
				j++ // the comma that closed the last, after "R-Ky." too
				continue
			}
		case t.text == "(":
			if c := closingParen(toks, j); c > j {
				j = c + 1
				continue
			}
		}
		break
	}
	if j >= len(toks) || quoted(j) {
		return -1
	}
	if c, n := speechAt(toks, j); n > 0 && c.kind == finiteSpeech {
		return j
	}
	return -1
}

// closingComma returns the comma that closes an appositive or relative
// clause opened by the comma at toks[i], or -1: within 25 tokens, no
// quotation inside, and opened by an article, a relative pronoun, a
// number or a lower-case word.
func closingComma(toks []token, i int, quoted func(int) bool) int {
	if i+1 >= len(toks) {
		return -1
	}
	next := &toks[i+1]
	if !(next.isLower() || next.kind == wordToken && next.text[0] >= '0' && next.text[0] <= '9' || next.isAny("a", "an", "the", "who", "whose", "which")) {
		// A capitalised appositive is a title or an organisation: allowed
		// when short ("Twitter’s director of political advertising").
		if !next.isCap() {
			return -1
		}
	}
	for k := i + 1; k < len(toks) && k <= i+25; k++ {
		if quoted(k) {
			// A name or term quoted inside it may pass: ", wearing “Ted
			// Cruz” campaign pins,"; a quotation is no appositive.
			end := k
			for end < len(toks) && quoted(end) {
				end++
			}
			if end-k > 6 || end >= len(toks) || toks[end].kind != wordToken {
				return -1
			}
			k = end - 1
			continue
		}
		switch toks[k].text {
		case ",":
			return k
		case ".":
			// An abbreviation's full stop before the closing comma: ",
			// R-Ky., said", ", Jr., said".
			if k > i+1 && toks[k].start == toks[k-1].end && k+1 < len(toks) && toks[k+1].text == "," {
				continue
			}
			return -1
		case ";", ":", "!", "?":
			return -1
		}
	}
	return -1
}

// closingParen returns the index of the ")" closing the "(" at toks[i], or
// -1 within 12 tokens.
func closingParen(toks []token, i int) int {
	for k := i + 1; k < len(toks) && k <= i+12; k++ {
		if toks[k].text == ")" {
			return k
		}
	}
	return -1
}

// cueBefore finds the speaker of a quotation from the words before its
// opening mark at token qi: "Tusk: “…”", "Tusk said: “…”", "Tusk told
// reporters that “…”", "telling NBC News that he was “…”".
func (a *analysis) cueBefore(toks []token, ms []mention, qi int, quoted func(int) bool) (*mention, int) {
	if qi >= 2 && toks[qi-1].text == ":" {
		for k := len(ms) - 1; k >= 0; k-- {
			if ms[k].tokEnd == qi-1 && canSpeak(&ms[k]) && !ms[k].inQuote && !placeAfterPreposition(toks, &ms[k]) {
				return &ms[k], -1
			}
		}
	}
	// The nearest speech verb before the opening mark, near enough to
	// speak it, with no other quotation between.
	const reach = 30
	for v := qi - 1; v >= 0 && v >= qi-reach; v-- {
		if quoted(v) {
			return nil, -1
		}
		c, n := speechAt(toks, v)
		if n == 0 {
			continue
		}
		if m := a.subjectOfCue(toks, ms, v, c, quoted); m != nil {
			if m.tok > 0 && toks[m.tok-1].isAny("which", "who", "whom") && commaBetween(toks, v, qi-1) {
				continue // "…, which the Tax Foundation estimates …, would risk “…”"
			}
			return m, v
		}
		return nil, -1
	}
	return nil, -1
}

// countryLike reports whether the place e speaks for a government: a
// country, not a state, region or city.
func countryLike(e *entityRec) bool {
	return e.known != nil && e.known.capital != nil
}

// finiteSpeechAfter reports whether a finite speech verb follows toks[v]
// in its sentence, which has a subject of its own: "Noting the rain,
// Perlman said".
func finiteSpeechAfter(toks []token, v int) bool {
	for k := v + 1; k < len(toks); k++ {
		if c, n := speechAt(toks, k); n > 0 && c.kind == finiteSpeech {
			return true
		}
	}
	return false
}

// placeAfterPreposition reports whether m is a place where something is,
// not a speaker: "said from her home in Irving, Texas: “…”", "voters in
// Alabama, Georgia and Virginia said".
func placeAfterPreposition(toks []token, m *mention) bool {
	return placePreposition(toks, m) >= 0
}

// placePreposition returns the token of the preposition before the place
// m, across an address or a list of places ("of Columbia, South
// Carolina"), or -1.
func placePreposition(toks []token, m *mention) int {
	if e := m.entity(); e == nil || e.kind != timeline.Place {
		return -1
	}
	for k := m.tok - 1; k >= 0 && k >= m.tok-6; k-- {
		switch t := &toks[k]; {
		case t.text == "," || t.isCap() || t.low == "and" && k > 0 && toks[k-1].isCap():
			continue
		case t.isAny("in", "at", "from", "near", "to", "outside", "inside", "across", "throughout", "around", "of"):
			return k
		}
		return -1
	}
	return -1
}

// quotedBefore reports whether a quotation mark stands at or before token
// k: "“…” in sharp contrast to previous elections, says Dante Scala" is
// said by Scala.
func quotedBefore(k int, quoted func(int) bool) bool {
	for ; k >= 0; k-- {
		if quoted(k) {
			return true
		}
	}
	return false
}

// commaBetween reports whether a comma lies between tokens i and j.
func commaBetween(toks []token, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// canSpeak reports whether m names someone who can speak: a person, an
// organisation or a country, by name, office, pronoun or description.
func canSpeak(m *mention) bool {
	if m.entity() == nil || m.inQuote {
		return false
	}
	switch m.kind {
	case nameMention, roleMention, pronounMention, descriptionMention:
		return true
	}
	return false
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

// subjectOfCue finds who speaks through the speech cue at toks[v]: for a
// participle ("telling", "saying", "to add"), the subject of the sentence;
// for a finite verb, the name right after it when it follows a quotation
// or comma ("said Jakobsen"), else the subject before it, past adverbs,
// dates and appositives ("Trump on Tuesday said", "Scott Reed, who managed
// Bob Dole's 1996 campaign, said").
func (a *analysis) subjectOfCue(toks []token, ms []mention, v int, c speechCue, quoted func(int) bool) *mention {
	if c.kind == participleSpeech && v > 0 && toks[v-1].isAny("is", "was", "are", "were", "been", "be") {
		c.kind = finiteSpeech // "Huckabee is labeling …"
	}
	if c.kind == participleSpeech && v > 0 && toks[v-1].isAny("those", "anyone", "everyone", "people", "others", "voters", "respondents") {
		return nil // "42 percent of those responding": who they are, not a statement
	}
	if c.kind == participleSpeech || v > 0 && toks[v-1].low == "to" {
		// "Nefzi said, adding, …": the speaker of the speech verb it
		// follows.
		u := v - 1
		if u >= 0 && toks[u].text == "," {
			u--
			for u >= 0 && a.inDate(&toks[u]) {
				u--
			}
			if u >= 0 {
				if uc, n := speechAt(toks, u); n > 0 && uc.kind == finiteSpeech && !quoted(u) {
					if m := a.subjectOfCue(toks, ms, u, uc, quoted); m != nil {
						return m
					}
				}
			}
		}
		// Else the sentence's subject: "Trump returned the compliment,
		// telling Reuters …", "Speaking in Iowa, Bush said …".
		if k := a.subjectMention(toks, ms, quoted); k >= 0 && (ms[k].tok < v || v == 0) && canSpeak(&ms[k]) {
			return &ms[k]
		}
		if v == 0 && a.lastSubject != nil && !finiteSpeechAfter(toks, v) {
			// "Adding, “…”": the one the sentence before was about.
			return &mention{kind: nameMention, ent: a.lastSubject, tok: -1, tokEnd: -1}
		}
		return nil
	}
	// A second verb of its subject: "Sanders thanked its members … and
	// called National Nurses United “…”".
	if v > 0 && toks[v-1].isAny("and", "but", "then") {
		if k := a.subjectMention(toks, ms, quoted); k >= 0 && ms[k].tokEnd < v-1 && canSpeak(&ms[k]) {
			return &ms[k]
		}
	}
	// Inverted: "“…,” said Peter Viggo Jakobsen", "“…,” said Republican
	// political consultant Chris Russell".
	if !c.weak && (v == 0 || quoted(v-1) || v > 1 && toks[v-1].text == "," && (quoted(v-2) || quotedBefore(v-2, quoted)) || isDash(toks[v-1].text) || wireQuoteBefore(toks, v)) {
		// Not after a speaker in apposition: "“…,” Graham, a former
		// candidate, told CBS News" is Graham's, not CBS News's.
		if v > 1 && toks[v-1].text == "," && !quoted(v-2) {
			// A name in apposition is the speaker: "the presumptive GOP
			// presidential nominee, Donald Trump, tweeted".
			person := func(m *mention) bool {
				return m != nil && m.kind == nameMention && canSpeak(m) && m.entity().kind == timeline.Person
			}
			if m := mentionEndingAt(ms, v-1); person(m) && commaBefore(toks, m.tok) {
				return m
			}
			if o := openingComma(toks, v-1, quoted); o > 0 && !quoted(o-1) {
				if m := mentionEndingAt(ms, o); person(m) {
					return m
				}
			}
		}
		if m := a.namedAfter(toks, ms, v+1); m != nil {
			return m
		}
	}
	// Inverted after a paraphrase: "Cruz also lacks support from his
	// colleagues in Congress, whom he's alienated …, said Larry Sabato,
	// director of …". Only "said" and its kind, which take no person as
	// their object ("…, told Reuters" does).
	if !c.weak && v > 1 && toks[v-1].text == "," && invertedVerbs[toks[v].low] {
		if m := a.namedAfter(toks, ms, v+1); m != nil && m.entity().kind == timeline.Person && speakerPhraseAfter(toks, v, m) {
			return m
		}
	}
	// The subject before it.
	j := v - 1
	for steps := 0; j >= 0 && steps < 6; steps++ {
		t := &toks[j]
		switch {
		case adverbs[t.low] || auxiliaries[t.low] || a.inDate(t):
			j--
			continue
		case (t.low == "on" || t.low == "in" || t.low == "last" || t.low == "this") && j+1 < v && a.inDate(&toks[j+1]):
			j--
			continue
		case t.text == ",":
			// A name in apposition: "Hungary’s prime minister, Viktor
			// Orbán, said".
			if m := mentionEndingAt(ms, j); m != nil && canSpeak(m) && commaBefore(toks, m.tok) {
				// Not where a firm is: "Intelogic Trace Inc., San Antonio,
				// Texas, said".
				if e := m.entity(); e.kind == timeline.Place && !countryLike(e) {
					j = m.tok - 1 // its comma
					if o := openingComma(toks, j, quoted); o >= 0 {
						j = o - 1
					} else {
						j--
					}
					continue
				}
				return m
			}
			// The comma closing an appositive: find the one that opens it.
			if o := openingComma(toks, j, quoted); o >= 0 {
				j = o - 1
				// An appositive that ends in an address: "…, the Professor
				// of Transplant Surgery at … in Baltimore, Maryland, and …,".
				if p := mentionEndingAt(ms, o); p != nil && p.tok > 0 && toks[p.tok-1].text == "," {
					if e := p.entity(); e != nil && e.kind == timeline.Place && !countryLike(e) {
						j = p.tok - 1
					}
				}
				continue
			}
		case t.text == ")":
			if o := openingParen(toks, j); o >= 0 {
				j = o - 1
				continue
			}
		}
		break
	}
	// "Gov. John Kasich (R-OH), said"
	if j > 0 && toks[j].text == "," && toks[j-1].text == ")" {
		if o := openingParen(toks, j-1); o >= 0 {
			j = o - 1
		}
	}
	if j < 0 {
		return nil
	}
	m := mentionEndingAt(ms, j+1)
	for end := j; m == nil && end > 0 && (toks[end].text == "." || corporateForms[strings.TrimSuffix(toks[end].low, ".")]); end-- {
		m = mentionEndingAt(ms, end) // "Intelogic Trace Inc."
	}
	if m != nil && canSpeak(m) {
		// A person named with where they work: "Steve Milunovich at First
		// Boston said", "Weil of Weil & Associates said".
		prep := m.tok - 1
		if prep > 0 && toks[prep].is("the") {
			prep-- // "president of the United Federation of Teachers"
		}
		if e := m.entity(); e != nil && prep >= 1 && toks[prep].isAny("at", "of", "from", "with", "for", "to") {
			// Of two names taken for people, the full name before is the
			// speaker: the draft may not know "First Boston" for a firm.
			if p := mentionEndingAt(ms, prep); p != nil && p.entity() != nil &&
				(p.entity().kind == timeline.Person && (e.kind != timeline.Person || p.tokEnd-p.tok >= 2) || p.entity().kind == timeline.Group) {
				return p
			}
			// The firm closes a description of the person named before it:
			// "Michael Mulgrew, president of the United Federation of
			// Teachers, … said".
			if e.kind != timeline.Person {
				if p := describedBefore(toks, ms, prep); p != nil {
					return p
				}
			} else if toks[prep].isAny("of", "for", "to") && (toks[prep-1].isLower() || prep == 1) && toks[prep-1].kind == wordToken {
				// Someone of a person's: "supporters of Hillary Clinton
				// say", "a spokesman for Trump said", "advisers to Mr.
				// Obama say" name no speaker;
				// "Hope Hicks, a spokeswoman for Trump said" names her.
				return describedBefore(toks, ms, prep)
			}
		}
		if k := placePreposition(toks, m); k >= 0 {
			// "Stacy Baker of Columbia, South Carolina says": the person
			// from there.
			if p := mentionEndingAt(ms, k); toks[k].low == "of" && p != nil && p.entity() != nil && p.entity().kind == timeline.Person && canSpeak(p) {
				return p
			}
			return nil // "the boy's relatives in Miami said"
		}
		return m
	}
	// A firm no one took for a speaker closes a description of the person
	// named before it: "Jerry Steinman, publisher of Beer Marketers
	// Insights, a trade newsletter, said".
	start := j
	for start > 0 && toks[start].isCap() {
		start--
	}
	if start < j && toks[start].is("the") {
		start--
	}
	if start >= 1 && start < j && toks[start].isAny("at", "of", "from", "with", "for") {
		return describedBefore(toks, ms, start)
	}
	return nil
}

// describedBefore returns the person named just before a comma that opens
// a short lower-case description ending at token end: "Michael Mulgrew,
// president of" before "the United Federation of Teachers".
func describedBefore(toks []token, ms []mention, end int) *mention {
	for k := end - 1; k >= 1 && k >= end-8; k-- {
		t := &toks[k]
		if t.text == "," {
			if p := mentionEndingAt(ms, k); p != nil && p.entity() != nil && p.entity().kind == timeline.Person {
				return p
			}
			return nil
		}
		if t.kind != wordToken || !t.isLower() && !t.isCap() || speechVerbs[t.low].kind != 0 || auxiliaries[t.low] {
			return nil
		}
	}
	return nil
}

// wireQuoteEnd returns where a quotation that opens a sentence between
// two pairs of apostrophes ends (the token after its closing pair, which
// a comma precedes), or 0.
func wireQuoteEnd(toks []token) int {
	if len(toks) < 4 || toks[0].text != "'" || toks[1].text != "'" {
		return 0
	}
	for k := 3; k+1 < len(toks); k++ {
		if toks[k].text == "'" && toks[k+1].text == "'" {
			if toks[k-1].text != "," && toks[k-1].text != "?" && toks[k-1].text != "!" {
				return 0
			}
			return k + 2
		}
	}
	return 0
}

// wireQuoteBefore reports whether the verb at toks[v] follows a quotation
// that wire copy closes with two apostrophes (a comma, two apostrophes,
// the verb), which the draft does not take for quotation marks.
func wireQuoteBefore(toks []token, v int) bool {
	return v > 2 && toks[v-1].text == "'" && toks[v-2].text == "'" && toks[v-3].text == ","
}

// speakerPhraseAfter reports whether mention m right after the verb at
// toks[v] is the whole of what follows it: only capitalised words (a
// title) between them, and a comma or the sentence's end after it ("…,
// said Larry Sabato, director of …"), not the subject of what was said
// ("…, said Fiorina “was personally involved”", "said Friday that Curiel").
func speakerPhraseAfter(toks []token, v int, m *mention) bool {
	for j := v + 1; j < m.tok; j++ {
		if !toks[j].isCap() {
			return false
		}
	}
	e := m.tokEnd
	return e == len(toks) || toks[e].text == "," || toks[e].text == "." && e+1 == len(toks)
}

// invertedVerbs are verbs of speech that may come before their speaker
// and never take a person as object.
var invertedVerbs = wordSet("said says added adds wrote writes noted notes explained explains continued")

// namedAfter returns the speaker named after an inverted speech verb,
// from token i: a mention that can speak, possibly after words that
// describe it ("said Republican political consultant Chris Russell"),
// followed by punctuation, a date or a preposition; or nil.
func (a *analysis) namedAfter(toks []token, ms []mention, i int) *mention {
	reach := titlesRun(toks, i)
	for k := range ms {
		m := &ms[k]
		if m.tok < i || m.kind == adjectiveMention {
			continue
		}
		if m.tok > i+5 && m.tok > reach {
			return nil
		}
		for j := i; j < m.tok; j++ {
			// The name in apposition to who the speaker is: "said
			// Clinton's campaign manager, Robby Mook".
			appositive := j == m.tok-1 && j > i && toks[j].text == "," && canSpeak(m) && m.entity().kind == timeline.Person
			// A slash inside a word: "said 9/11 widow Terry Strada".
			inWord := toks[j].text == "/" && j > i && toks[j].start == toks[j-1].end && toks[j].end == toks[j+1].start
			// An abbreviated title's full stop: "former Pennsylvania Gov.
			// and … Ed Rendell".
			abbrev := toks[j].text == "." && j > i && toks[j].start == toks[j-1].end && titleAbbrevs[toks[j-1].low]
			if toks[j].kind != wordToken && toks[j].kind != possessiveToken && !appositive && !inWord && !abbrev {
				return nil
			}
		}
		if !canSpeak(m) || m.entity().kind != timeline.Person && m.tok > i {
			continue // "said Republican …": look on for the person
		}
		if e := m.tokEnd; e < len(toks) && toks[e].kind == possessiveToken {
			// Whose it is: "said Florida International's Fernandez" is
			// Fernandez; "— explains America’s historical treatment"
			// names no one.
			continue
		}
		if e := m.tokEnd; e == len(toks) || toks[e].kind != wordToken || a.inDate(&toks[e]) ||
			toks[e].isAny("in", "on", "at", "of", "from", "who", "during", "after", "before", "as", "to", "told", "when", "while") {
			return m
		}
		return nil
	}
	return nil
}

// titlesRun returns where a run of offices and titles before a name that
// starts at toks[i] ends, at most a dozen tokens on: "former Pennsylvania
// Gov. and Democratic National Committee Chairman Ed Rendell".
func titlesRun(toks []token, i int) int {
	j := i
	for j < len(toks) && j < i+12 {
		t := &toks[j]
		switch {
		case t.kind == wordToken && (t.isCap() || t.isAny("former", "and", "of", "the", "then", "ex")):
		case t.text == "." && j > i && t.start == toks[j-1].end:
		case t.kind == possessiveToken:
		default:
			return j
		}
		j++
	}
	return j
}

// mentionEndingAt returns the mention whose last token is toks[end-1], or
// nil.
func mentionEndingAt(ms []mention, end int) *mention {
	for k := len(ms) - 1; k >= 0; k-- {
		if ms[k].tokEnd == end && ms[k].kind != adjectiveMention {
			return &ms[k]
		}
	}
	return nil
}

// openingComma returns the comma that opens the appositive closed by the
// comma at toks[i], or -1: "Sarandon, 69, said", "Reed, who managed …,
// said", "Golden, Twitter’s director of political advertising, said".
func openingComma(toks []token, i int, quoted func(int) bool) int {
	for k := i - 1; k >= 0 && k >= i-25; k-- {
		if quoted(k) {
			return -1
		}
		switch toks[k].text {
		case ",":
			if closingComma(toks, k, quoted) == i {
				return k
			}
			return -1
		case ".", ";", ":", "!", "?":
			return -1
		}
	}
	return -1
}

func openingParen(toks []token, i int) int {
	for k := i - 1; k >= 0 && k >= i-12; k-- {
		if toks[k].text == "(" {
			return k
		}
	}
	return -1
}

// relativeBefore reports whether the mention at token i is the subject of
// a relative clause: "which the United Nations said", "as Trump said".
func relativeBefore(toks []token, i int) bool {
	before := i - 1
	for before >= 0 && toks[before].isAny("the", "a", "an") {
		before--
	}
	return before >= 0 && toks[before].isAny("which", "that", "who", "whom", "as")
}

// inDate reports whether token t lies in a date expression.
func (a *analysis) inDate(t *token) bool {
	i := sort.Search(len(a.timexes), func(i int) bool { return a.timexes[i].End > t.start })
	return i < len(a.timexes) && a.timexes[i].Start <= t.start
}

// isTitle reports whether the quotation q (opening at token qi) is the
// title of a programme, book or film rather than something said: its
// words capitalised, after an outlet's possessive or "on" ("on MSNBC’s
// “Morning Joe”", "on “Meet the Press”", "the book “The Art of the Deal”").
func (a *analysis) isTitle(toks []token, qi int, q quoteSpan) bool {
	if qi <= 0 {
		return false
	}
	start, end := q.inner()
	words := strings.Fields(strings.Trim(a.text[start:end], " ,.!?"))
	if len(words) == 0 || len(words) > 8 {
		return false
	}
	caps := 0
	for _, w := range words {
		w = strings.Trim(w, "“”\"'‘’()[],.:;!?")
		if w != "" && isUpperRune(w) {
			caps++
		} else if w != "" && !titleSmallWords[strings.ToLower(w)] {
			return false
		}
	}
	if caps == 0 {
		return false
	}
	prev := &toks[qi-1]
	return prev.kind == possessiveToken || prev.isAny("on", "show", "program", "programme", "book", "film", "movie",
		"series", "song", "album", "documentary", "column", "podcast", "titled", "entitled", "called", "magazine")
}

var titleSmallWords = wordSet("a an the of and or in on at to for with from by with")

func isUpperRune(w string) bool {
	t := token{text: w}
	return t.isCap() || w[0] >= '0' && w[0] <= '9'
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

// audienceAfter returns the outlet or person told: the first organisation
// or person named within a few words after the verb at toks[v], before any
// preposition: "told NBC News", "telling her country’s TV2 broadcaster".
func (a *analysis) audienceAfter(toks []token, ms []mention, v int) *entityRec {
	for k := range ms {
		m := &ms[k]
		if m.tok <= v || m.tok > v+5 {
			continue
		}
		if phraseEnds(toks, v+1, m.tok) {
			return nil // "telling Breitbart London: “President Obama’s …": not Obama
		}
		for j := v + 1; j < m.tok; j++ {
			if prepositionWords[toks[j].low] {
				return nil // "tells one joke about Trump": what is told, not whom
			}
		}
		if e := m.entity(); e != nil && m.kind == nameMention && (e.kind == timeline.Organisation || e.kind == timeline.Person) {
			return e
		}
	}
	return nil
}

// leadingClauseEnd returns the comma that ends a subordinate clause
// opening the sentence ("While not everything Trump says is true,") when a
// speech verb follows it, or 0: what is said in such a clause is not the
// sentence's statement.
func leadingClauseEnd(toks []token, quoted func(int) bool) int {
	if len(toks) == 0 || !toks[0].isAny("while", "although", "though", "whereas", "if", "because", "since", "unless") {
		return 0
	}
	for k := 1; k < len(toks); k++ {
		if toks[k].text != "," || quoted(k) {
			continue
		}
		for j := k + 1; j < len(toks); j++ {
			if _, n := speechAt(toks, j); n > 0 && !quoted(j) {
				return k
			}
		}
		return 0
	}
	return 0
}

// namedCueAfter reports whether a speech verb after toks[k] has a name
// for its subject: "…, Jamieson said".
func (a *analysis) namedCueAfter(toks []token, ms []mention, k int, quoted func(int) bool) bool {
	for j := k + 1; j < len(toks); j++ {
		c, n := speechAt(toks, j)
		if n == 0 || quoted(j) {
			continue
		}
		if m := a.subjectOfCue(toks, ms, j, c, quoted); m != nil && m.kind == nameMention {
			return true
		}
	}
	return false
}

// phraseEnds reports whether a colon, comma, semicolon, dash or quotation
// mark stands in toks[from:to], ending the phrase a listener would be in.
func phraseEnds(toks []token, from, to int) bool {
	for j := from; j < to; j++ {
		if toks[j].kind == punctToken && (strings.ContainsAny(toks[j].text, ":,;“”\"‘(") || isDash(toks[j].text)) {
			return true
		}
	}
	return false
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

// accordingTo returns the mention of X in "according to X", outside
// quotations: the first that can speak within the noun phrase after it
// ("according to a court document filed by state attorney Dave
// Aronberg").
func (a *analysis) accordingTo(toks []token, ms []mention, quoted func(int) bool) *mention {
	for i := 0; i+1 < len(toks); i++ {
		if !toks[i].is("according") || !toks[i+1].is("to") || quoted(i) {
			continue
		}
		for k := range ms {
			m := &ms[k]
			if m.tok < i+2 || m.tok > i+10 || !canSpeak(m) {
				continue
			}
			clean := true
			for j := i + 2; j < m.tok; j++ {
				if toks[j].kind == punctToken {
					clean = false
				}
			}
			if clean {
				return m
			}
			break
		}
	}
	return nil
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

// saidFragment reports whether a quotation of one or two words (opening at
// token qi, attributed as rec says) is something someone said rather than
// a scare quote, a term or a title. It is when it is an utterance of its
// own (“Absolutely,” he said; He gestured: “No!”), or when someone's speech
// is reported in its sentence and the words are a predicate (“told NBC
// News that he was “very serious””, “said that a peace deal is “90%”
// there”), a verb or adverb (“would “absolutely” require”), what a speech
// verb reports (“asked, “With nukes?””) or followed by their cue. It is
// not when it is a name or a word mentioned: what someone is called
// ("called Trump a “blowhard”", "blasted Clinton as a “disgrace”"), a word
// cited ("the words “Islamic terrorism”"), a noun phrase ("her “50-state
// strategy”", "is “a liar”", "has “big plans”") or a modifier ("the
// “pivot” line"). The seed's curator kept the first two and left out
// “security guarantees” (no speech verb) and the so-called “coalition of
// the willing”.
func (a *analysis) saidFragment(toks []token, qi int, q quoteSpan, rec *quoteRec, pure bool) bool {
	next := len(toks) // the token after the closing mark
	if q.closed {
		if ci := tokenAt(toks, q.close); ci >= 0 {
			next = ci + 1
		}
	}
	ends := next >= len(toks) || toks[next].kind == punctToken && toks[next].text != "(" ||
		speechVerbAt(toks, next)
	if (pure || qi == 0 || qi > 0 && toks[qi-1].text == ":") && ends {
		return true
	}
	if rec.via != viaAdjacent && rec.via != viaSentence || qi <= 0 {
		return false
	}
	if rec.verb >= 0 && rec.verb < len(toks) && namingVerbs[toks[rec.verb].low] {
		return false
	}
	before := qi - 1
	if toks[before].isAny("a", "an", "the") && before > 0 {
		before--
	}
	if toks[before].is("as") || mentionNouns[toks[before].low] ||
		toks[before].is("like") && before > 0 && mentionNouns[toks[before-1].low] {
		return false
	}
	if determiners[toks[qi-1].low] || toks[qi-1].kind == possessiveToken || nounPhrasePrepositions[toks[qi-1].low] {
		return false // a noun phrase: her “50-state strategy”, the “Great Game”, of “$5-10 billion”
	}
	start, end := q.inner()
	words := strings.Fields(strings.Trim(a.text[start:end], "‘’'\""))
	if len(words) == 0 || determiners[strings.ToLower(words[0])] {
		return false // a noun phrase quoted with its article: Trump is “a liar”
	}
	if next < len(toks) && speechVerbAt(toks, next) && (strings.HasSuffix(strings.TrimSpace(a.text[start:end]), ",") || toks[next].text == ",") {
		return true // its cue right after: the summit accomplished “too little,” he added
	}
	// What the words are to the clause around them, from the word before
	// them, adverbs skipped: a predicate (“was “very serious””, “is
	// “90%” there”), a verb or adverb (“would “absolutely” require”, “to
	// “mock””), or else an object, a term someone used (“has “big
	// plans””, “make “positive changes””, “yell “fire””).
	k := qi - 1
	for k > 0 && (adverbs[toks[k].low] || strings.HasSuffix(toks[k].low, "ly")) {
		k--
	}
	v := k
	if toks[v].text == "," && v > 0 {
		v--
	}
	if _, n := speechAt(toks, v); n > 0 {
		return true // the words a speech verb reports: Wallace asked, “With nukes?”
	}
	first := strings.ToLower(strings.Trim(words[0], ".,;:!?"))
	adverbial := strings.HasSuffix(first, "ly") || adverbs[first]
	participle := strings.HasSuffix(first, "ed") || strings.HasSuffix(first, "en") || irregularParticiples[first]
	switch w := toks[k].low; {
	case predicateVerbs[w]:
		return next >= len(toks) || !headNounAfter(&toks[next]) // not a modifier: was a “manufactured” issue
	case haveForms[w]:
		return adverbial || participle // has “repeatedly” lied, had “gone” soft; not has “big plans”
	case w == "to" || auxiliaries[w]:
		return true
	}
	return adverbial
}

// speechVerbAt reports whether a speech verb, or a name before one, is at
// toks[i]: the cue after an utterance (“No,” he said; “No,” said Tusk).
func speechVerbAt(toks []token, i int) bool {
	for k := i; k < len(toks) && k < i+4; k++ {
		if _, n := speechAt(toks, k); n > 0 {
			return true
		}
	}
	return false
}

// headNounAfter reports whether t, right after a quotation, looks like the
// noun the quotation modifies: a lower-case word that is not a function
// word, an adverb or a verb form ("the “pivot” line", not "was “rigged”
// against him", "“welcomes” a role").
func headNounAfter(t *token) bool {
	if t.kind != wordToken || !t.isLower() || functionWords[t.low] || auxiliaries[t.low] {
		return false
	}
	w := t.low
	if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") ||
		irregularPast[w] || irregularParticiples[w] || strings.ContainsAny(w, "'’") {
		return false
	}
	return true
}

var (
	// namingVerbs give a name rather than report speech: the quotation
	// after their object is what someone was called.
	namingVerbs = wordSet(`call calls called calling dub dubs dubbed dubbing label labels labeled labelled labeling
		labelling brand brands branded branding term terms termed terming describe describes described describing
		nickname nicknamed refer refers referred referring rate rates rated rating`)
	// mentionNouns before a quotation cite it as words: "the words
	// “Islamic terrorism”", "words like “maybe”".
	mentionNouns = wordSet("word words term terms phrase phrases slogan slogans label labels name names nickname motto chant chants")
	determiners  = wordSet(`a an the his her its their our your my this these those any another such several some every each no
		two three four five six seven eight nine ten dozen both many few`)
	// nounPhrasePrepositions take a noun phrase: a short quotation after
	// one is a term someone used ("stand up to the “billionaire class”",
	// "paid with “tremendous success”"), not a statement. "to" is left
	// out: it also opens an infinitive ("to “open up” libel laws").
	// predicateVerbs take a predicate: the quotation after one says what
	// someone is ("Trump was “very serious”", "found Trump to be “very
	// charming”").
	predicateVerbs = wordSet(`is was were are be been being am 's 're seem seems seemed appear appears appeared
		remain remains remained become becomes became sound sounds sounded feel feels felt look looks looked
		get gets got gone`)
	haveForms              = wordSet("has have had having 've")
	nounPhrasePrepositions = wordSet("of for with in about from on at by into against over under through without among between")
	// functionWords are closed-class words that follow a quotation
	// without being the noun it modifies.
	functionWords = wordSet(`a an the and or but nor to of in on at for with from by as that which who whom whose what when
		where why how than then so if because while although though about into onto over under after before since until
		against between through during without within across per via despite throughout toward towards upon among amid
		beyond like unlike yet also too very even just only still already ever never always not no this these those
		it its he she they them his her their our your my we you i me him us there here out up down off back again
		now today tonight yesterday tomorrow either neither both all any some each every more most less least`)
)
