package draft

import (
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsline/timeline"
	"newsline/timeline/timex"
)

// maxTitle is the longest a title is, in characters: a headline. Longer
// ones are cut at a clause or phrase boundary (shortenTitle).
const maxTitle = 80

// Words that open a sentence without adding to a headline.
var discourseMarkers = wordSet("but and so yet instead meanwhile however still also moreover indeed now then thus therefore")

// sentenceAdverbs, followed by a comma, say how a sentence relates to the
// one before, which a headline leaves out: "Nevertheless, the incident
// made waves in the media".
var sentenceAdverbs = wordSet(`nevertheless nonetheless furthermore additionally separately ironically
	consequently paradoxically previously actually besides thereafter conversely likewise similarly finally
	notably meantime there overall initially ultimately otherwise accordingly hence first already often again
	afterward afterwards further rather regardless`)

// lyAdverb reports whether t is an adverb in "-ly" that a headline leaves
// out ("Unfortunately", "Recently"), not a name ("Italy", "Kelly") nor a
// hedge ("Hopefully").
func lyAdverb(t *token) bool {
	w := t.lower()
	if lyAdverbs[w] {
		return true
	}
	for _, name := range []string{"ally", "olly", "illy", "elly"} {
		if strings.HasSuffix(w, name) {
			return false // "Sally", "Connolly", "Reilly", "Donnelly"
		}
	}
	return len(w) > 5 && strings.HasSuffix(w, "ly") && !lyNames[w] && !hedges[w]
}

// lyNames end in "-ly" and are names.
var lyNames = wordSet("beverly kimberly scully mcnally brierly")

// hedges say how sure a sentence is or in what way it holds, which a
// headline keeps: "Apparently, Clinton did not give up", "Privately,
// authorities say".
var hedges = wordSet(`hopefully possibly probably presumably apparently supposedly allegedly reportedly seemingly
	arguably publicly privately partly largely mostly officially unofficially personally`)

// lyAdverbs end in "-ally" and are adverbs, not names ("Sally").
var lyAdverbs = wordSet("specifically basically generally originally typically traditionally historically ironically finally")

// Words that begin an introductory phrase, which a headline leaves out:
// "Despite this apparent progress, …".
var introWords = wordSet("despite after before in on at with as while although though for during since when if because unlike like amid following that according until over throughout toward towards by around")

// presentTense gives the headline form of speech verbs: "said" → "says".
var presentTense = func() map[string]string {
	m := map[string]string{}
	pairs := `said says saying says told tells telling tells wrote writes writing writes replied replies denied denies
		called calls calling calls warned warns warning warns added adds adding adds noted notes noting notes
		insisted insists insisting insists argued argues arguing argues stressed stresses stressing stresses
		described describes describing describes declared declares declaring declares explained explains
		explaining explains urged urges urging urges announced announces claimed claims vowed vows promised
		promises asked asks responded responds stated states confirmed confirms predicted predicts cautioned
		cautions conceded concedes acknowledged acknowledges admitted admits continued continues concluded
		concludes tweeted tweets posted posts recalled recalls`
	f := strings.Fields(pairs)
	for i := 0; i+1 < len(f); i += 2 {
		m[f[i]] = f[i+1]
	}
	return m
}()

// groupNouns name speakers in the plural that an article may write only
// with a capital: "Police said", "Officials said".
var groupNouns = wordSet(`police officials authorities sources analysts experts investigators prosecutors
	critics residents witnesses protesters lawmakers diplomats traders dealers economists doctors
	democrats republicans aides workers employees applicants demonstrators voters supporters activists
	students observers volunteers members`)

// pluralName reports whether a speaker's name is a plural: a group noun
// ("Authorities", "FBI officials"), or a word ending in -s that the
// article writes in lower case elsewhere ("Traders", "Subcontractors"),
// while "Sanders" and "United Nations" are one speaker.
func (a *analysis) pluralName(name string) bool {
	last := name
	if i := strings.LastIndexByte(name, ' '); i >= 0 {
		last = name[i+1:]
	}
	w := strings.ToLower(last)
	if groupNouns[w] {
		return true
	}
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
		return false
	}
	if last != name && last == w {
		return true // "FBI officials"
	}
	return last == name && (a.writtenLower(w) || a.pluralDemonym(name))
}

// pluralVerb turns a headline verb to the plural: "says" → "say",
// "denies" → "deny", "stresses" → "stress".
func pluralVerb(v string) string {
	switch {
	case strings.HasSuffix(v, "ies"):
		return strings.TrimSuffix(v, "ies") + "y"
	case strings.HasSuffix(v, "sses"), strings.HasSuffix(v, "shes"), strings.HasSuffix(v, "ches"):
		return strings.TrimSuffix(v, "es")
	case strings.HasSuffix(v, "s"):
		return strings.TrimSuffix(v, "s")
	}
	return v
}

// A piece of a title: tokens [from, to) of the sentence, or a replacement.
type titleBuilder struct {
	text  string
	toks  []token
	skip  []bool   // tokens left out
	subst []string // a replacement for the token (the rest of its mention skipped)
}

// titleBuilder returns a cleared titleBuilder for toks, reusing the
// analysis's buffers: a title is built for every clause.
func (a *analysis) titleBuilder(toks []token) *titleBuilder {
	b := &a.tb
	b.text, b.toks = a.text, toks
	if cap(b.skip) < len(toks) {
		b.skip, b.subst = make([]bool, len(toks)), make([]string, len(toks))
	}
	b.skip, b.subst = b.skip[:len(toks)], b.subst[:len(toks)]
	clear(b.skip)
	clear(b.subst)
	return b
}

// render writes tokens [from, to) with their original spacing.
func (b *titleBuilder) render(from, to int) string {
	var sb strings.Builder
	prevEnd := -1
	for k := from; k < to; k++ {
		if b.skip[k] {
			continue
		}
		t := &b.toks[k]
		// An apostrophe that opens a year is no closing mark: "in ’08".
		year := k+1 < len(b.toks) && (t.text == "’" || t.text == "'") && b.toks[k+1].start == t.end && isDigitToken(&b.toks[k+1])
		if sb.Len() > 0 && (prevEnd < 0 || t.start > b.toks[k-1].end || b.skip[k-1]) && (!noSpaceBefore(t) || year) {
			sb.WriteByte(' ')
		}
		if b.subst[k] != "" {
			sb.WriteString(b.subst[k])
		} else {
			sb.WriteString(t.text)
		}
		prevEnd = t.end
	}
	return tidyTitle(sb.String())
}

// noSpaceBefore reports whether t attaches to what precedes it.
func noSpaceBefore(t *token) bool {
	return t.kind == possessiveToken || t.kind == punctToken && strings.ContainsAny(t.text, ",.;:!?”)]’") && t.text != "‘"
}

// endsWithAbbrev reports whether a title ends with an abbreviation, whose
// full stop is its own: "a.m.", "U.S.", "Inc.".
func endsWithAbbrev(s string) bool {
	if !strings.HasSuffix(s, ".") {
		return false
	}
	w := s[strings.LastIndexAny(s, " (")+1:]
	switch w {
	case "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "Sr.", "Bros.":
		return true
	}
	// Letters each followed by a full stop: "U.S.", "a.m.", "D.C."
	if len(w) < 4 || len(w)%2 != 0 {
		return false
	}
	for i := 0; i < len(w); i += 2 {
		c := w[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') || w[i+1] != '.' {
			return false
		}
	}
	return true
}

// tidyTitle trims a title's ends: spaces, a final full stop or comma
// (also inside a closing quotation mark), and capitalises it.
func tidyTitle(s string) string {
	s = strings.ReplaceAll(strings.ReplaceAll(s, "``", "“"), "''", "”")
	if hasBidi(s) {
		s = strings.Map(dropBidi, s)
	}
	s = unmatchedClosing(openingMarks(strings.TrimSpace(closingOpeners(s))))
	// What a cut-out opening leaves: ", the company said" → "the company said".
	s = strings.TrimLeft(s, ",;:.)]’'` -–—•") // and a list's dash: "- Trump won Florida"
	for changed := true; changed; {
		changed = false
		for _, suffix := range []string{",", ".", ";", ":", "—", "–", "―", "--", "-"} {
			if suffix == "." && endsWithAbbrev(s) {
				continue // "to 6 a.m.", "in the U.S.", "Kane Inc."
			}
			if t, ok := strings.CutSuffix(s, suffix); ok {
				s, changed = strings.TrimSpace(t), true
			}
		}
		for _, mark := range []string{",”", ".”", ",\"", ".\"", ",’", ".’"} {
			if t, ok := strings.CutSuffix(s, mark); ok {
				s, changed = t+mark[1:], true
			}
		}
	}
	if strings.Contains(s, ". .") || strings.Contains(s, "...") {
		s = spacedDots.ReplaceAllString(s, "…")
	}
	s = strings.ReplaceAll(s, "“ ", "“")
	if strings.Contains(s, "(") {
		s = emptyPunct.ReplaceAllString(s, "")
	}
	if strings.Contains(s, ",,") || strings.Contains(s, ", ,") {
		s = doubledComma.ReplaceAllString(s, ",")
	}
	return capitalise(s)
}

// openingMarks turns a closing mark that opens a quotation into an
// opening one: wire copy quotes between two pairs of apostrophes, which
// tidyTitle reads as closing marks both, and some articles open with ”.
func openingMarks(s string) string {
	return replaceMarks(s, "”", "“", func(prev, next rune) bool {
		return (prev == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '—' || prev == '–') &&
			(unicode.IsLetter(next) || unicode.IsDigit(next) || next == '…')
	})
}

// replaceMarks replaces each mark in s with another where swap, given the
// runes before and after it (0 at either end of s), says so. Both marks
// are three bytes long, so the offsets stay right.
func replaceMarks(s, mark, with string, swap func(prev, next rune) bool) string {
	for from := 0; ; {
		i := strings.Index(s[from:], mark)
		if i < 0 {
			return s
		}
		i += from
		from = i + len(mark)
		var prev, next rune
		if i > 0 {
			prev, _ = utf8.DecodeLastRuneInString(s[:i])
		}
		if from < len(s) {
			next, _ = utf8.DecodeRuneInString(s[from:])
		}
		if swap(prev, next) {
			s = s[:i] + with + s[from:]
		}
	}
}

// unmatchedClosing drops the closing marks that close no quotation of s:
// the end of one that a sentence before opened ("He was very effective”"),
// or of one whose opening the title left out ("Chrabaszcz” was among").
func unmatchedClosing(s string) string {
	const closing = "”"
	if !strings.Contains(s, closing) {
		return s
	}
	var b strings.Builder
	open, dropped := 0, false
	for i, r := range s {
		switch r {
		case '“':
			open++
		case '”':
			if open == 0 {
				prev, _ := utf8.DecodeLastRuneInString(s[:i])
				next, _ := utf8.DecodeRuneInString(s[i+len(closing):])
				if unicode.IsLetter(prev) && unicode.IsLetter(next) {
					b.WriteByte(' ') // "Doing so”appeared"
				}
				dropped = true
				continue
			}
			open--
		}
		b.WriteRune(r)
	}
	if !dropped {
		return s
	}
	return strings.Join(strings.Fields(b.String()), " ")
}

// closingOpeners turns an opening mark typed where a closing one belongs,
// after a word and before a space or the end, into a closing one: "the KKK
// “abhorrent“ in a tweet".
func closingOpeners(s string) string {
	return replaceMarks(s, "“", "”", func(prev, next rune) bool {
		return (unicode.IsLetter(prev) || unicode.IsDigit(prev) || prev != 0 && strings.ContainsRune(",.!?", prev)) &&
			(next == 0 || next == ' ' || next == '\t' || next == '\n')
	})
}

// hasBidi reports whether s has a mark of text direction, which all begin
// with the byte 0xE2 or 0xEF: a quick test before dropBidi.
func hasBidi(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] != 0xe2 && s[i] != 0xef {
			continue
		}
		switch {
		case s[i] == 0xe2 && s[i+1] == 0x80 && (s[i+2] == 0x8e || s[i+2] == 0x8f || s[i+2] >= 0xaa && s[i+2] <= 0xae),
			s[i] == 0xe2 && s[i+1] == 0x81 && s[i+2] >= 0xa6 && s[i+2] <= 0xa9,
			s[i] == 0xef && s[i+1] == 0xbb && s[i+2] == 0xbf:
			return true
		}
	}
	return false
}

// dropBidi drops the invisible marks that set the direction of text, which
// pages embed around posts and handles ("\u202a@realDonaldTrump").
func dropBidi(r rune) rune {
	switch {
	case r == '\u200e', r == '\u200f', r == '\ufeff', r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return -1
	}
	return r
}

var (
	emptyPunct   = regexp.MustCompile(`\s*\(\s*\)`)
	doubledComma = regexp.MustCompile(`,(\s*,)+`)
	// spacedDots is an ellipsis typed as full stops: ". . .", "...".
	spacedDots = regexp.MustCompile(`\.\s\.\s\.(\s\.)?|\.\.\.`)
)

// cut shortens s to at most n bytes at a word, with an ellipsis, closing a
// quotation left open.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	i := n
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	if sp := strings.LastIndexByte(s[:i], ' '); sp > n/2 {
		i = sp
	}
	out := strings.TrimRight(s[:i], " ,;:—–…")
	for cutWord := true; cutWord; {
		cutWord = false
		for _, w := range danglingWords {
			if t, ok := strings.CutSuffix(out, w); ok {
				out, cutWord = t, true
			}
		}
	}
	out += "…"
	if strings.Count(out, "“") > strings.Count(out, "”") {
		out += "”"
	}
	return out
}

// cutSubordinators open a clause that a title shortened right after its
// first words would leave hanging.
var cutSubordinators = wordSet("as because while when whereas although though if unless")

// asPrepositionAfter are words after which "as" is a preposition: "such as
// IBM", "also known as Myanmar", "the same as Texas"; so is one a few
// words after "such" ("such swing states as Florida").
var asPrepositionAfter = wordSet("such known same as")

// onlySubject reports whether words are a subject alone: names or a
// pronoun, no verb or article.
func onlySubject(words []string) bool {
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !subjectPronouns[strings.ToLower(w)] {
			return false
		}
	}
	return len(words) > 0
}

// danglingWords end no title that cut shortens: "to Mr.…" is "to…", and
// that goes too; nor a verb without its complement or a possessive
// without its noun ("criticized his…").
var danglingWords = []string{" the", " a", " an", " of", " to", " and", " or", " in", " on", " at", " for", " with", " by",
	" from", " into", " about", " than", " because", " that", " as",
	" is", " are", " was", " were", " be", " been", " will", " would",
	" his", " her", " its", " their", " my", " your", " our",
	" bin", " von", " van", " de", " al", " Mr.", " Mrs.", " Ms.", " Dr.", " Sen.", " Gov.", " Rep.", " Gen.", " St."}

// titleOf writes a headline-like title and a short label for the event of
// clause cl. A statement reads "Speaker verbs [Audience] what was said"
// ("Trump tells NBC News he was “very serious” …") or, when the quotation
// comes first, "Speaker: “quotation”"; other events are their main clause
// without opening connectives, introductory phrases, relative clauses and
// dates, with people named by surname.
func (a *analysis) titleOf(toks []token, ms []mention, cl clause, ev *eventRec, at *attribution) (title, short string) {
	b := a.titleBuilder(toks)
	for k := cl.hole[0]; k < cl.hole[1]; k++ {
		b.skip[k] = true
	}
	if h := cl.hole; h[0] < h[1] && toks[h[0]].text == "," && h[1]+1 < len(toks) && toks[h[1]].text == "," &&
		(coordinatedVerb(toks, h[1]+1) || auxiliaries[toks[h[1]+1].low] || toks[h[1]+1].isAny("did", "does", "do")) {
		b.skip[h[1]] = true // the aside's closing comma before the verb: "Ogden Projects closed at $26.875"
	}
	quotes := a.quotesAround(ev.sentence)
	// People by surname, unless two in the clause share it ("Hillary
	// Clinton, Bill Clinton"); dates out.
	named := func(m *mention) *entityRec {
		if e := m.entity(); e != nil && e.kind == timeline.Person && m.kind == nameMention && m.tok >= cl.tok && m.tokEnd <= cl.tokEnd && !m.inQuote {
			return e
		}
		return nil
	}
	var people []*entityRec
	for k := range ms {
		if e := named(&ms[k]); e != nil {
			people = append(people, e)
		}
	}
	shared := func(e *entityRec) bool {
		for _, p := range people {
			if p != e && p.short() == e.short() {
				return true
			}
		}
		return false
	}
	for k := range ms {
		m := &ms[k]
		if b.skip[m.tok] || b.subst[m.tok] != "" {
			continue // inside a longer mention: "Trump’s son-in-law Jared Kushner"
		}
		if e := named(m); e != nil {
			short := e.short()
			if shared(e) {
				short = e.name
			}
			// A role in lower case after an article, or after "and" that
			// joins it to another role, stays: "the actress and activist
			// Kamala Lopez" is "the actress and activist Lopez", not "the
			// actress and Lopez"; but "Jared Kushner and special envoy
			// Steve Witkoff" is "Kushner and Witkoff".
			at := m.tok
			roleAfterRole := m.tok > 1 && toks[m.tok-1].isAny("and", "or") && toks[m.tok-2].kind == wordToken && toks[m.tok-2].isLower()
			// So does one after a possessive: "His wife Melania followed",
			// not "His Melania followed".
			if m.tok > 0 && (roleAfterRole || toks[m.tok-1].isAny("the", "a", "an", "his", "her", "their", "its", "our", "my", "your") || toks[m.tok-1].kind == possessiveToken) {
				for at+1 < m.tokEnd && toks[at].kind == wordToken && toks[at].isLower() {
					at++
				}
				if a.text[toks[at].start:toks[m.tokEnd-1].end] != e.name {
					at = m.tok // a title in capitals between: "former Pennsylvania Sen. Rick Santorum"
				}
			}
			b.subst[at] = short
			for j := at + 1; j < m.tokEnd; j++ {
				b.skip[j] = true
			}
			if end := m.tokEnd; end < len(toks) && toks[end].text == "." && toks[end].start == toks[end-1].end && nameSuffixes[toks[end-1].low] {
				b.skip[end] = true // the full stop of "Jr."
			}
			// The particle before a mention "Laden" is in "bin Laden" already.
			particles := strings.Fields(short)
			if len(particles) > 0 {
				particles = particles[:len(particles)-1]
			}
			if n := len(particles); n > 0 && m.tok >= n {
				same := true
				for j, p := range particles {
					same = same && strings.EqualFold(toks[m.tok-n+j].text, p)
				}
				for j := m.tok - n; same && j < m.tok; j++ {
					b.skip[j] = true
				}
			}
		}
	}
	for _, x := range cl.dates {
		b.dropDate(x)
	}
	if cl.planned && len(cl.dates) > 0 {
		// A statement with a date of its own leaves the plan's dates to
		// the plan's title: "Hewlett announces it planned to ship a
		// computer based on the 486 chip", of last week.
		for i := sort.Search(len(a.timexes), func(i int) bool { return a.timexes[i].Start >= cl.start }); i < len(a.timexes) && a.timexes[i].Start < cl.end; i++ {
			b.dropDate(a.timexes[i])
		}
	}
	from, to := cl.tok, cl.tokEnd
	short = a.shortOf(toks, ms, cl, ev)

	if ev.statement && ev.speaker != nil {
		var q *quoteRec
		if len(ev.quotes) > 0 {
			q = &ev.quotes[0]
		}
		verb := at.verb
		if q != nil && q.verb >= 0 {
			verb = q.verb
		}
		if verb >= 0 && verb == from && strings.HasSuffix(toks[verb].low, "ing") {
			// "Speaking at a rally in Novi, Michigan, Trump says …": the
			// finite verb after the opening phrase.
			comma := verb + 1
			for comma < to && (toks[comma].text != "," || inQuotes(quotes, toks[comma].start)) {
				comma++
			}
			for k := comma + 1; k < to && k <= comma+16; k++ {
				if c, n := speechAt(toks, k); n > 0 && c.kind == finiteSpeech && !inQuotes(quotes, toks[k].start) {
					verb = k
					break
				}
			}
		}
		if q != nil && (verb < 0 || toks[verb].start > q.start) {
			// The quotation first: "Tusk: “No member …”".
			return shortenTitle(ev.speaker.short() + ": “" + tidyTitle(a.text[q.start:q.end]) + "”"), short
		}
		group := verb >= 0 && groupSpeaker(toks, ms, verb, ev)
		governed := verb >= 0 && nonFinite(toks, verb)
		if verb >= from && verb < to && !governed && !group {
			return shortenTitle(a.statementTitle(b, toks, ms, from, verb, to, ev, quotes)), short
		}
		if group || governed && len(ev.quotes) == 0 {
			// The title's first words, not "Democratic Party statement",
			// nor "Hicks statement" for "Hicks did not respond".
			short = ""
		}
		// "Hicks did not respond to …", "Cook declined to say whether …":
		// the main clause, which keeps what governs the verb; so does
		// "Some Democrats say …", which is not the Democratic Party.
	}
	// The main clause.
	if cl.aside {
		return shortenTitle(a.asideTitle(b, toks, ms, cl, quotes)), short
	}
	if cl.subject[0] < cl.subject[1] {
		// A second predicate: "and returned to Cuba" → "Munero returned to Cuba".
		subject := b.render(cl.subject[0], cl.subject[1])
		if s := cl.subject[0]; relativeWords[toks[s].low] && s > 0 && toks[s-1].text == "," {
			subject = b.antecedent(ms, s-1) // "the brewing giant, which … and is expected"
		}
		b.skipParentheticals(from, to, quotes)
		to = mainClauseEnd(toks, from, to, quotes, b.skip)
		if rest := b.render(from, to); subject != "" && rest != "" {
			return shortenTitle(capitalise(subject) + " " + lowerFirst(rest, toks, from)), short
		}
	}
	if h := cl.hole; h[0] < h[1] && h[0] > from && toks[h[0]].text != "," && h[1] < to && toks[h[1]].text == "," {
		// After a relative clause without commas the main clause has had
		// its verb; what follows the comma is an afterthought: "The job
		// figures extended a surge in employment gains [that began last
		// fall], just when …".
		to = h[0]
	}
	from = skipOpening(toks, from, to, quotes)
	if cl.plan && at != nil && at.speaker != nil && at.ref == nameMention && from < to && a.standsFor(&toks[from], at.speaker) {
		// "Hewlett announced … that it planned to ship" → "Hewlett planned to ship".
		b.subst[from] = at.speaker.short()
	}
	from = b.appositiveSubject(ms, from, to)
	b.skipAppositive(ms, from, to, quotes)
	b.skipParentheticals(from, to, quotes)
	to = mainClauseEnd(toks, from, to, quotes, b.skip)
	return shortenTitle(b.render(from, to)), short
}

// standsFor reports whether the subject pronoun t may stand for e: "he"
// or "she" for a person known to be of that gender (not "Associates", a
// firm the draft took for a person), "it" for an organisation.
func (a *analysis) standsFor(t *token, e *entityRec) bool {
	switch t.low {
	case "he":
		return e.kind == timeline.Person && a.genderOf(e) == male
	case "she":
		return e.kind == timeline.Person && a.genderOf(e) == female
	case "it":
		return e.kind == timeline.Organisation
	}
	return false
}

// appositiveSubject returns where a headline begins when the clause opens
// with a description and then names its subject in apposition: "The last
// British climbing member of the 1953 team, Mike Westmacott, died" →
// "Westmacott died".
func (b *titleBuilder) appositiveSubject(ms []mention, from, to int) int {
	if from >= to || !b.toks[from].isAny("the", "a", "an") {
		return from
	}
	for k := from + 1; k < to && k <= from+14; k++ {
		t := &b.toks[k]
		if t.text != "," {
			if t.kind == punctToken && t.kind != possessiveToken || speechVerbs[t.low].kind != 0 || auxiliaries[t.low] {
				return from
			}
			continue
		}
		m := mentionAt(ms, k+1)
		if m == nil || m.entity() == nil || m.entity().kind != timeline.Person || m.tokEnd+1 >= to || b.toks[m.tokEnd].text != "," {
			return from
		}
		// Not a list of names: "views President Barack Obama, Hillary
		// Clinton, Bill Clinton, and Paul Ryan".
		if next := &b.toks[m.tokEnd+1]; !next.isLower() || next.isAny("and", "or") {
			return from
		}
		b.skip[m.tokEnd] = true
		return k + 1
	}
	return from
}

// skipAppositive leaves out of a headline the description set off by
// commas after the name it opens with, when the verb follows it:
// "Slepian, a 52-year-old obstetrician who was the mainstay of Buffalo's
// only abortion clinic, was shot to death" → "Slepian was shot to death".
func (b *titleBuilder) skipAppositive(ms []mention, from, to int, quotes []quoteSpan) {
	comma, named := -1, false
	if m := mentionAt(ms, from); m != nil && m.tok == from && m.kind == nameMention && m.tokEnd+1 < to && b.toks[m.tokEnd].kind == possessiveToken {
		// "North Korea's fifth missile test, its second this year,
		// reflects": the name owns the subject, which the phrase describes.
		comma = b.nounPhraseComma(m.tokEnd+1, to)
	} else if m != nil && m.tok == from && m.kind == nameMention {
		comma, named = m.tokEnd, true
		if comma+1 < to && b.toks[comma].text == "." && b.toks[comma+1].text == "," {
			comma++ // "Coleco Industries Inc., a once high-flying toy maker,"
		}
	} else if from < to && b.toks[from].isAny("the", "a", "an", "his", "her", "its", "their") {
		comma = b.nounPhraseComma(from, to) // "The anchor for Univision, a US Spanish-language channel, was"
	}
	if comma < 0 || comma+1 >= to || b.toks[comma].text != "," {
		return
	}
	start := comma // of what is left out
	if named && comma+3 < to && age(&b.toks[comma+1]) && b.toks[comma+2].text == "," {
		// An age first: "Gisela Grimm, 67, a retiree from Las Vegas,
		// stood"; "Peter Holland, 45, becomes"; "LeVell, 52, faces".
		if v := &b.toks[comma+3]; v.isLower() && (finiteVerb(v) || presentForm(v) || plainAdverbs[v.low] || strings.HasSuffix(v.low, "ly")) {
			b.skip[comma], b.skip[comma+1], b.skip[comma+2] = true, true, true
			return
		}
		comma += 2
	}
	if !appositiveOpener(&b.toks[comma+1], named) && !(named && comma+2 < to && b.toks[comma+1].isCap() && b.toks[comma+2].kind == possessiveToken) {
		return // nor whose: "Crown Prince Hassan, Hussein's brother and political adviser,"
	}
	determiners := 0 // phrases after the first that open with a determiner: "…, his baby half-brother"
	for j := comma + 2; j+1 < to && j <= comma+maxAppositive; j++ {
		if b.toks[j].isAny("and", "or") {
			next := &b.toks[j+1]
			switch {
			case !named && next.isAny("the", "a", "an"):
				// A list, after a noun: "The resurgence of Russia, the civil
				// war in Syria and the rise of …"; after a name, a description:
				// "Cuomo, the son of one governor and the brother of another,".
				return
			case determiners > 0 || namedThenComma(b.toks, j+1, to):
				// Names or people listed: "Cara, a food services chain
				// operator and Unicorp, a holding company, are";
				// "Gonzalez, the boy's stepmother, his baby half-brother, a
				// dozen classmates and some adults planned".
				return
			}
		}
		if inQuotes(quotes, b.toks[j].start) || b.toks[j].text != "," {
			continue
		}
		v, k := &b.toks[j+1], j+1
		for ; k+1 < to && k <= j+2 && v.isLower() && (plainAdverbs[v.low] || strings.HasSuffix(v.low, "ly") && !auxiliaries[v.low]); k++ {
			v = &b.toks[k+1] // "Gonzalez, the boy's great-uncle, still had not signed"
		}
		// A verb in the present: "…, calculates that", "…, already owns
		// about 9.4%", "…, becomes director", not a noun of a list ("…,
		// rates and prices").
		presentVerb := presentForm(v) && k+1 < to && (b.toks[k+1].isLower() && !b.toks[k+1].isAny("and", "or") || k > j+1)
		if v.isLower() && !strings.HasSuffix(v.low, "ing") && (finiteVerb(v) || speechVerbs[v.low].kind != 0 || presentVerb) {
			if !named && personNamedIn(ms, comma, j) {
				return // the name says more than the noun: "His guest, the actress and activist Kamala Lopez, was"
			}
			if clauseIn(b.toks, comma+1, j) {
				return // a clause, not a description: "…, the campaign has consistently targeted Latino voters …,"
			}
			for k := start; k <= j; k++ {
				b.skip[k] = true
			}
			return
		}
		if v.is("as") && k+2 < to && pastForm(b.toks[k+1].low) && b.toks[k+2].text == "," {
			continue // an aside of its own: "Esselte AB, the Stockholm office supplies company, as expected, proposed"
		}
		// More of the description goes on after the comma: a name in
		// apposition ("the editor of the Vatican's newspaper, L'Osservatore
		// Romano,"), another description ("the president of Judicial
		// Watch, a conservative group"), a place's state ("based in Lyon,
		// France,"), an adjective ("a fast-growing, acquisition-minded
		// jeweler"). Not a participle ("…, claiming"), a conjunction or a
		// pronoun, which go on with something else: keep it all.
		switch {
		case v.isCap() && !v.isAny("he", "she", "it", "they", "we", "i"):
		case v.isAny("a", "an", "the", "his", "her", "its", "their"):
			determiners++
		case v.isLower() && v.kind == wordToken && !strings.HasSuffix(v.low, "ing") && !clauseBoundaries[v.low] && !prepositionWords[v.low] &&
			!v.isAny("he", "she", "it", "they", "we", "who", "which", "that", "but", "so", "yet", "not"):
		default:
			return
		}
	}
}

// clauseIn reports whether toks[from:to] has a finite auxiliary of its
// own, outside a relative clause: a clause, where a description would
// have none ("a doctor who was shot" has one only in its relative clause).
func clauseIn(toks []token, from, to int) bool {
	if from < to && clauseOpeners[toks[from].low] {
		return false // an aside of its own: "Scalia, if he had been alive, would"
	}
	for k := from; k < to; k++ {
		switch {
		case toks[k].isAny("who", "which", "that", "whose", "whom"):
			return false
		case toks[k].isLower() && finiteAuxiliaries[toks[k].low]:
			return true
		}
	}
	return false
}

// age reports whether t is a person's age: "67".
func age(t *token) bool {
	if len(t.text) < 1 || len(t.text) > 3 {
		return false
	}
	for _, r := range t.text {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// presentForm reports whether t may be a verb in the third person present:
// "faces", "owns"; not "business".
func presentForm(t *token) bool {
	return t.kind == wordToken && strings.HasSuffix(t.low, "s") && !strings.HasSuffix(t.low, "ss") && len(t.low) > 3
}

// finiteVerb reports whether t is an auxiliary, a negated one ("wasn't")
// or a verb in the past.
func finiteVerb(t *token) bool {
	return auxiliaries[t.low] || strings.HasSuffix(t.low, "n't") || pastForm(t.low)
}

// appositiveOpener reports whether t, after a comma, opens a description of
// what comes before it: an article ("Slepian, a 52-year-old obstetrician,"),
// "as" ("Mr. Sanders, as chairman of the committee,"), a participle that
// names or places ("His nonprofit group, called …,"); after a name, also a
// noun or a phrase without an article ("Peter DaPuzzo, head of retail
// equity trading at Shearson Lehman Hutton,", "Raul Castro, younger
// brother of …,", "Deseret, with about $100 million in assets,",
// "Sanders, meanwhile,"), not a clause of its own ("Trump, he said,") nor
// a list ("Clinton, and Sanders").
func appositiveOpener(t *token, named bool) bool {
	switch {
	case t.isAny("a", "an", "the", "as", "its", "his", "her", "their") || appositiveParticiples[t.low]:
		return true // "North Korea's fifth missile test, its second this year, reflects"
	case !named || !t.isLower() || t.kind != wordToken:
		return false
	}
	return !finiteVerb(t) && speechVerbs[t.low].kind == 0 && !clauseBoundaries[t.low] && !modalsAndDo[t.low] &&
		!t.isAny("and", "or", "but", "nor", "so", "yet", "he", "she", "it", "they", "we", "i", "you", "not", "said", "says")
}

// personNamedIn reports whether the description between the commas at from
// and to ends with a person's name: "the actress and activist Kamala
// Lopez", not "a major Emanuel foe".
func personNamedIn(ms []mention, from, to int) bool {
	m := mentionEndingAt(ms, to)
	return m != nil && m.tok > from && m.kind == nameMention && m.entity() != nil && m.entity().kind == timeline.Person
}

// appositiveParticiples open a description after a subject: "called …",
// "based in …".
var appositiveParticiples = wordSet("called named dubbed known based headquartered founded led headed owned run")

// namedThenComma reports whether a capitalised name begins at toks[k] and
// a comma follows it: "and Unicorp, a holding company", not "and U.S.
// market leader".
func namedThenComma(toks []token, k, to int) bool {
	if k >= to || !toks[k].isCap() {
		return false
	}
	for k < to && toks[k].isCap() {
		k++
	}
	// A description of its own follows the comma: "and Unicorp, a holding
	// company,"; not a verb: "and Cara Operations Ltd., extended".
	return k+1 < to && toks[k].text == "," && toks[k+1].isAny("a", "an", "the")
}

// placeStateEnd returns the comma that closes the state or country after
// a place and the comma at toks[k] ("Hilton Head, S.C.,", "Madrid,
// Spain,"), or -1: one capitalised word or an abbreviation between them.
func placeStateEnd(toks []token, k, to int) int {
	if k == 0 || k+2 >= to || !toks[k-1].isCap() || !toks[k+1].isCap() || calendarWords[toks[k-1].low] {
		return -1 // not "On Sunday, Hillary Clinton, the Democratic front-runner,"
	}
	// One word ("Alabama", "Spain") or an abbreviation ("S.C.", "N.H."),
	// not a person's name ("In a memo on Tuesday, Noah Oppenheim, …").
	abbreviated := false
	for c := k + 2; c < to && c <= k+4; c++ {
		switch {
		case toks[c].text == ",":
			if c == k+2 || abbreviated {
				return c
			}
			return -1
		case toks[c].text == ".":
			abbreviated = true
		case toks[c].isCap():
		default:
			return -1
		}
	}
	return -1
}

// calendarWords name months and days.
var calendarWords = wordSet(`january february march april may june july august september october november december
	monday tuesday wednesday thursday friday saturday sunday`)

// nounPhraseComma returns the comma that ends the noun phrase opening at
// toks[from] within a few words ("The anchor for Univision,"), or -1 when
// a verb or other punctuation comes first.
func (b *titleBuilder) nounPhraseComma(from, to int) int {
	for k := from + 1; k < to && k <= from+8; k++ {
		t := &b.toks[k]
		switch {
		case t.text == ",":
			if last := b.toks[k-1].low; k-from <= 3 && (timeLeadWords[last] || calendarWords[last]) {
				return -1 // a date: "The next month, a former staffer announced"
			}
			return k
		case t.kind == punctToken && t.kind != possessiveToken || auxiliaries[t.low] || t.isLower() && pastForm(t.low) ||
			speechVerbs[t.low].kind != 0 || relativeWords[t.low] || t.is("that"):
			return -1
		}
	}
	return -1
}

// maxAppositive bounds the tokens of a description after a name.
const maxAppositive = 30

// asideTitle writes the title of a relative or subordinate clause split
// off its sentence, with what it hangs on: "…, which added 92,000 jobs in
// January" → "The construction industry added 92,000 jobs"; "after the
// Fed cut rates" → "The Fed cut rates".
func (a *analysis) asideTitle(b *titleBuilder, toks []token, ms []mention, cl clause, quotes []quoteSpan) string {
	from, to := cl.tok, cl.tokEnd
	opener := toks[from].low
	from++
	rest := b.render(from, to)
	if from+1 < to && toks[from].kind == possessiveToken {
		// "Grassley, who's done it annually": has or is, not a possessive.
		rest = contractedAuxiliary(&toks[from+1]) + " " + lowerFirst(b.render(from+1, to), toks, from+1)
	}
	if rest == "" {
		return b.render(cl.tok, to)
	}
	if !relativeWords[opener] && !(opener == "that" && toks[cl.tok-1].text != ",") || opener == "where" {
		return capitalise(rest) // "…, where the Granma landed on Dec. 2, 1956" → "The Granma landed"
	}
	end := cl.tok - 1 // the comma
	if toks[end].text != "," {
		end = cl.tok // "the revolution that brought Castro to power"
	}
	ante := b.antecedent(ms, end)
	if ante == "" {
		return rest
	}
	rest = lowerFirst(rest, toks, from)
	if opener == "whose" {
		return capitalise(ante) + "’s " + rest
	}
	return capitalise(ante) + " " + rest
}

// contractedAuxiliary returns what the "'s" of "who's" before next stands
// for: "has" before a past participle ("who's done it"), else "is" ("who's
// running").
func contractedAuxiliary(next *token) string {
	w := next.low
	if strings.HasSuffix(w, "ed") || pastParticiples[w] || irregularPast[w] ||
		next.isAny("done", "been", "gone", "seen", "had", "got", "gotten", "eaten", "fallen", "forgotten", "hidden", "ridden", "risen", "stolen", "woken") {
		return "has"
	}
	return "is"
}

// antecedent returns what a relative clause after the comma at token comma
// hangs on: the name or noun phrase before it, or "".
func (b *titleBuilder) antecedent(ms []mention, comma int) string {
	toks := b.toks
	// "Clarence Howard, 22, who was fatally shot": the age is no antecedent.
	if comma >= 3 && isDigitToken(&toks[comma-1]) && toks[comma-2].text == "," {
		comma -= 2
	}
	// "Joseph R. Biden Jr., who was to travel": the name ends before the
	// suffix's period.
	if comma >= 2 && toks[comma-1].text == "." && nameSuffixes[toks[comma-2].low] {
		comma--
	}
	// "Sen. Ted Cruz (R-Tex.), who has spent": past the party and state.
	if comma >= 3 && toks[comma-1].text == ")" {
		for k := comma - 2; k > 0 && k >= comma-8; k-- {
			if toks[k].text == "(" {
				comma = k
				break
			}
		}
	}
	if m := mentionEndingAt(ms, comma); m != nil && m.entity() != nil {
		// "Joan Brown Campbell of the National Council of Churches, who
		// traveled" is Campbell.
		if k := m.tok - 1; m.entity().kind != timeline.Person && comma+1 < len(toks) && toks[comma+1].isAny("who", "whom", "whose") {
			if k >= 0 && toks[k].low == "the" {
				k--
			}
			if p := mentionEndingAt(ms, k); k >= 0 && toks[k].low == "of" && p != nil && p.entity() != nil && p.entity().kind == timeline.Person {
				return p.entity().short()
			}
		}
		return m.entity().short()
	}
	k := comma - 1
	for k >= 0 && comma-k <= 5 && toks[k].kind == wordToken && !prepositionWords[toks[k].low] && !auxiliaries[toks[k].low] &&
		!(toks[k].isLower() && (strings.HasSuffix(toks[k].low, "ed") || speechVerbs[toks[k].low].kind != 0 && !strings.HasSuffix(toks[k].low, "s"))) {
		k--
		if toks[k+1].isAny("the", "a", "an", "his", "her", "its", "their") {
			break // "replicate the coalition" → "the coalition"
		}
	}
	if k+1 < comma {
		return b.render(k+1, comma)
	}
	return ""
}

// prepositionWords end a noun phrase read backwards.
var prepositionWords = wordSet(`in on at against to for with by from about of over under into onto after before
	during without within between among behind toward towards upon via despite like unlike than and or`)

// dropDate leaves a date expression out of the title where that leaves no
// hole: "met in Paris on Tuesday" → "met in Paris", "said Tuesday that" →
// "said that"; not "the Tuesday meeting", "this year's vaccine", "a month
// earlier than usual", nor a date the clause would be lost without.
func (b *titleBuilder) dropDate(x timex.Timex) {
	if _, ok := pointsOf(x.Value, timeline.Point{}); !ok {
		return // durations ("after months of talks") stay
	}
	first := sort.Search(len(b.toks), func(k int) bool { return b.toks[k].end > x.Start })
	end := sort.Search(len(b.toks), func(k int) bool { return b.toks[k].start >= x.End })
	if first >= end {
		return
	}
	if first > 0 && end < len(b.toks) && b.toks[first-1].kind == punctToken && b.toks[end].kind == punctToken &&
		strings.ContainsAny(b.toks[first-1].text, "“\"‘`'") && strings.ContainsAny(b.toks[end].text, "”\"’'") {
		return // a name between quotation marks: "another “Today” anchor"
	}
	if end < len(b.toks) {
		next := &b.toks[end]
		if next.kind == possessiveToken || next.isAny("than", "earlier", "later", "ago", "before", "after") ||
			next.is("or") && end+1 < len(b.toks) && b.toks[end+1].isAny("so", "more", "less", "longer") || // "over the next year or so"
			next.kind == wordToken && next.isLower() && (nonEventNouns[next.low] || eventNouns[next.low]) {
			return // the date describes what follows: keep the phrase whole
		}
	}
	if first > 0 && b.toks[first-1].isCap() && b.toks[first-1].isAny("super", "black", "cyber", "easter", "good", "ash", "palm", "holy", "bloody", "giving") {
		return // a day's name: "Super Tuesday", "Black Friday", "Easter Sunday"
	}
	from := first
	if from > 0 && b.toks[from-1].isAny("ended", "ending", "effective") {
		// "for the fourth quarter ended Aug. 26", ", effective Feb. 1": the
		// whole phrase goes, or none of it.
		if from = b.periodPhraseStart(from - 1); from < 0 {
			return
		}
	} else if end < len(b.toks) && b.toks[end].isAny("ended", "ending") {
		return // the period's last day comes next and decides
	}
	if from > 0 && from == first {
		prev := &b.toks[from-1]
		switch {
		case prev.isAny("on", "in", "since", "at", "by", "from", "until", "during", "this", "last", "early", "late", "as", "of", "for", "over", "throughout"):
			from--
		case prev.isAny("the", "a", "an") || prev.kind == possessiveToken:
			return // part of a noun phrase
		}
	}
	if from > 0 && b.toks[from-1].isAny("just", "only", "even") && (from == 1 || b.toks[from-2].kind == punctToken || b.toks[from-2].isAny("and", "but")) {
		from-- // "Just last week, an amendment … passed", not "Just, an amendment"; not "break even in 1990"
	}
	// "the night of Oct. 23", "as of Monday": the date completes a phrase.
	if from < first && b.toks[from].low == "of" {
		return
	}
	// A date that is the subject stays: "Labor Day is barely over", "This
	// year is different", "Because Thursday was the first day for
	// nominations", "Monday saw the first vote"; not an adverb ("now will
	// be", "currently valued").
	if from == first && x.Value != "PRESENT_REF" && b.dateSubject(from, end) {
		return
	}
	if end == first+1 && invertedAfter(b.toks, first) && (first == 0 || b.toks[first-1].kind == punctToken || b.toks[first-1].isAny("and", "but")) {
		return // "Now comes the real test", "Now is the time"; not "The firm now is"
	}
	// "It was not until Tuesday that Castro revealed …" is a frame around
	// "Castro revealed …". After any other "not", the date is what the
	// clause says: "Castro did not show the letter until Tuesday" keeps it.
	cleft := false
	if from < end && b.toks[from].isAny("until", "till") && negatedBefore(b.toks, from) {
		if from < 3 || b.toks[from-1].low != "not" || !b.toks[from-2].isAny("was", "is") || b.toks[from-3].low != "it" ||
			end >= len(b.toks) || !b.toks[end].isAny("that", "when") {
			return
		}
		from -= 3
		end++
		cleft = true
	}
	// Nor a date a word before it needs: "The record date is Nov. 1", "as
	// soon as Tuesday", "between Monday and Friday", "higher than in 1988".
	prev := from - 1
	for prev >= 0 && b.skip[prev] {
		prev--
	}
	if !cleft && prev >= 0 && b.toks[prev].isLower() && needsComplement[b.toks[prev].low] {
		return
	}
	// The first of two dates joined ("in 2011 and 2012", "from 1950 to
	// 1960", "on Monday and Tuesday nights") goes with the second, which
	// the rule above keeps.
	if end+1 < len(b.toks) && b.toks[end].isAny("and", "or", "to", "through", "until", "-", "–") {
		// "in the 1970s and '80s": the second decade may open with an
		// apostrophe.
		if r, _ := utf8.DecodeRuneInString(b.toks[end+1].text); unicode.IsDigit(r) || unicode.IsUpper(r) || r == '\'' || r == '’' {
			return
		}
	}
	// A participle set off by commas that only dates what it follows goes
	// whole: "The tentative deal, announced Friday, would last" → "The
	// tentative deal would last"; "“A Time for Truth,” published in 2015,
	// Cruz described" → "“A Time for Truth,” Cruz described".
	// Not a verb after an aside ("The trouble, Frank writes, began in the
	// early 1970s, with …", "is, in a sense, reversed from 2008, when
	// …"), which goes on after the comma with a preposition or a
	// conjunction.
	if p := from - 1; p >= 2 && end+1 < len(b.toks) && b.toks[end].text == "," && b.toks[p].isLower() &&
		(pastForm(b.toks[p].low) || pastParticiples[b.toks[p].low]) &&
		speechVerbs[b.toks[p-2].low].kind == 0 && !prepositionWords[b.toks[end+1].low] && !clauseBoundaries[b.toks[end+1].low] &&
		!b.toks[end+1].isAny("and", "or", "but") {
		switch {
		case b.toks[p-1].text == "," && introPhraseBefore(b.toks, p-1):
			// "In the previous poll, conducted Sept. 5-8, Clinton led" →
			// "In the previous poll, Clinton led".
			from = p - 1
		case b.toks[p-1].text == ",":
			from, end = p-1, end+1
		case isClosingMark(b.toks[p-1].text) || b.toks[p-1].text == "'" || b.toks[p-1].text == "’":
			from, end = p, end+1
		}
	}
	// Not the whole of what is left: "The deadline is Friday" keeps its date.
	words := 0
	for k := range b.toks {
		if (k < from || k >= end) && !b.skip[k] && b.toks[k].kind == wordToken {
			words++
		}
	}
	if words < 3 || end < len(b.toks) && b.toks[end].kind == wordToken && from > 0 && b.toks[from-1].isAny("is", "was", "are", "were", "be") {
		return
	}
	for k := from; k < end; k++ {
		b.skip[k] = true
	}
}

// dateSubject reports whether the date at toks[from:end] is the subject of
// a verb right after it (past the words already left out), an auxiliary
// or a verb in the past: the date opens its clause, or follows a verb of
// saying ("said Wednesday was the deadline").
func (b *titleBuilder) dateSubject(from, end int) bool {
	next := end
	for next < len(b.toks) && b.skip[next] {
		next++
	}
	if next >= len(b.toks) || !b.toks[next].isLower() {
		return false
	}
	// Not a date after its noun: "Netanyahu's comments last week were".
	prev := from - 1
	for prev >= 0 && b.skip[prev] {
		prev--
	}
	if prev >= 0 && b.toks[prev].kind != punctToken && !b.toks[prev].isAny("and", "but", "because", "while", "as", "that", "when") &&
		(speechVerbs[b.toks[prev].low].kind == 0 || !pastForm(b.toks[prev].low)) {
		return false
	}
	w := b.toks[next].low
	return subjectAuxiliaries[w] || pastForm(w) && w != "ended" && w != "ending"
}

// subjectAuxiliaries are the finite auxiliaries a date before them is the
// subject of.
var subjectAuxiliaries = wordSet("is was are were has had will would could can may might must should does did")

// introPhraseBefore reports whether the comma at toks[c] ends a phrase
// that opens the sentence with a preposition: "In the previous poll,",
// "But under new terms of the agreement,".
func introPhraseBefore(toks []token, c int) bool {
	first := 0
	if len(toks) > 1 && toks[0].isAny("but", "and", "yet", "so") {
		first = 1
	}
	for k := c - 1; k > first; k-- {
		if toks[k].text == "," {
			return false
		}
	}
	return c > first && prepositionWords[toks[first].low]
}

// pastParticiples are past participles that pastForm does not know: "The
// previous cutoff, set in 2004, was $23,660".
var pastParticiples = wordSet(`set put cut hit built written given taken chosen shown known born begun drawn driven
	spoken broken sworn`)

// periodPhraseStart returns where the phrase ending in toks[k] ("ended",
// "ending" or "effective") begins: at the preposition of "for its fiscal
// fourth quarter ended", at the comma of ", effective", or at "the" of
// "…, the second quarter ended" set off by commas. It returns -1 where the
// phrase cannot leave the title whole.
func (b *titleBuilder) periodPhraseStart(k int) int {
	if b.toks[k].low == "effective" {
		if k > 0 && b.toks[k-1].text == "," {
			return k - 1
		}
		return -1
	}
	if k == 0 || !periodNouns[b.toks[k-1].low] {
		return -1
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		t := &b.toks[j]
		switch {
		case t.isAny("for", "in", "during", "over", "through", "throughout"):
			return j
		case t.text == ",":
			return j + 1
		case t.kind == wordToken && !t.isCap():
			continue // "its fiscal fourth", "the six"
		}
		return -1
	}
	return -1
}

// periodNouns name a period a last day can end: "the quarter ended Sept. 30".
var periodNouns = wordSet(`quarter quarters year years months month period weeks week half`)

// lastOfList reports whether the comma toks[k] comes before the last
// item of a list of names: "Obama, Hillary Clinton, Bill Clinton, and Paul
// Ryan".
func lastOfList(toks []token, from, k int) bool {
	if k+2 >= len(toks) || !toks[k+1].isAny("and", "or") || !toks[k+2].isCap() {
		return false
	}
	items := 0
	for j := k - 1; j >= from && j >= k-12; j-- {
		switch {
		case toks[j].text == ",":
			items++
		case toks[j].kind != wordToken || !toks[j].isCap() && !nameConnectors[toks[j].low]:
			return items >= 1
		}
	}
	return items >= 1
}

// trimDangling drops the words a title cannot end on, left where a
// quotation or an aside was cut off: "… the efforts of police officers
// who", "… my offer or".
func trimDangling(s string) string {
	for {
		i := strings.LastIndexByte(s, ' ')
		if i < 0 {
			return s
		}
		switch strings.ToLower(s[i+1:]) {
		case "who", "whom", "whose", "which", "and", "or", "but", "nor":
			s = strings.TrimRight(s[:i], " ,;:")
		case "even", "just": // "…, even as Charlotte remains …", not "break even"
			if !strings.HasSuffix(s[:i], ",") {
				return s
			}
			s = strings.TrimRight(s[:i], " ,;:")
		default:
			return s
		}
	}
}

// needsComplement are words a title cannot end on or go on from without
// what follows them.
var needsComplement = wordSet(`is was are were be been being am and or but nor than as soon early late between
	to from into over of with for in on at by before after since until about per within through throughout around toward till`)

// complementVerbs tell of what someone found, knew or thought, and end no
// title: not "Federal investigators have also discovered | that attempts
// …", "people all over this country who think | in these stark terms".
var complementVerbs = wordSet(`discover discovers discovered find finds found learn learns learned learnt show shows
	showed reveal reveals revealed suggest suggests suggested believe believes believed know knows knew think
	thinks thought realize realizes realized realise realises realised conclude concludes concluded determine
	determines determined fear fears feared hope hopes hoped expect expects expected mean means meant`)

// clauseBoundaries open a clause, which a title may leave out; "and" and
// a comma may join nouns ("Tennessee and Georgia were worried about").
var clauseBoundaries = wordSet("but while because as which who whom whose that where when whether although though")

// particleVerbs are, by the preposition they take, the verbs that say
// little without it: a title is not cut between them ("called | for
// compensation", "vowed to focus | on", "agreed | with").
var particleVerbs = map[string]map[string]bool{
	"for": wordSet(`call calls called calling ask asks asked asking voted pay pays paid paying prepare prepares prepared
		preparing qualify qualifies qualified apply applies applied applying apologize apologizes apologized
		apologizing argue argues argued arguing account accounts accounted accounting search searches searched
		searching wait waits waited waiting hope hopes hoped hoping push pushes pushed pushing`),
	"on": wordSet(`focus focuses focused focusing call calls called calling rely relies relied relying insist insists
		insisted insisting depend depends depended depending`),
	"with": wordSet(`agree agrees agreed agreeing deal deals dealt dealing met comply complies complied cope copes coped
		side sides sided`),
	"in": wordSet(`result resulted resulting participate participates participated participating engage engages engaged`),
	"to": wordSet(`point pointed pointing refer refers referred referring respond responds responded responding object
		objected objecting listen listens listened listening react reacts reacted reacting`),
	"about": wordSet(`worry worries worried talk talks talked talking think thinks thought thinking care cares cared
		complain complains complained complaining`),
	"at": wordSet(`look looks looked looking hint hints hinted hinting aim aims aimed aiming`),
}

// negatedBefore reports whether a "not", "n't" or "never" comes before
// toks[k] in its clause.
func negatedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && toks[j].text != "," && toks[j].text != ";"; j-- {
		if toks[j].isAny("not", "never", "n't") || strings.HasSuffix(toks[j].low, "n't") {
			return true
		}
	}
	return false
}

// headlineTitle titles the event of a headline in title case: the
// headline itself, since read by its capitals it is a run of names
// ("Hillary Clinton Wins Missouri Democratic Primary" was "Primary"). A
// headline too long for a title gives way to the title made of it when
// that is most of it, its opening phrase or a given name left out
// ("Sanders Vows To Eliminate Tax Breaks Used By Real Estate Developers").
func headlineTitle(headline, made string) string {
	n := utf8.RuneCountInString(made)
	if utf8.RuneCountInString(headline) > maxTitle && n >= maxTitle/2 && n <= maxTitle && strings.Contains(headline, made) {
		return made
	}
	return shortenTitle(headline)
}

// shortenTitle keeps a title within maxTitle characters: it cuts at the
// last clause or phrase boundary that leaves at least half of it (a comma,
// "and", "that", "which", a preposition), else at a word with an
// ellipsis; a quotation cut open is closed.
func shortenTitle(s string) string {
	s = trimDangling(tidyTitle(s))
	if utf8.RuneCountInString(s) <= maxTitle {
		return closeQuotation(s)
	}
	limit := byteIndexOfRune(s, maxTitle-2) // room for "…”"
	cutAt := -1
	words := strings.Fields(s[:limit])
	pos := 0
	offsets := make([]int, len(words))
	for i, w := range words {
		pos = strings.Index(s[pos:], w) + pos
		offsets[i] = pos
		pos += len(w)
	}
	// Past a verb cut from its preposition ("will result | in"), only a
	// clause may be cut off: not "said the significant drop | in net
	// income will result in …".
	clausesOnly := false
	for i := len(words) - 1; i > 0; i-- {
		w := strings.ToLower(strings.Trim(words[i], "“”\"‘’"))
		if offsets[i] < limit/2 {
			break
		}
		prevWord := strings.ToLower(strings.Trim(words[i-1], "“”\"‘’,"))
		if placeInWords(words, i) {
			continue // not "the Sunnyvale, | Calif., | company"
		}
		if !strings.HasSuffix(words[i-1], ",") && particleVerbs[w][prevWord] {
			clausesOnly = true
			continue // not "vowed to focus | on"
		}
		if strings.HasSuffix(words[i-1], ",") && (relativeWords[prevWord] || prevWord == "that" || prevWord == "and" || prevWord == "or" || prevWord == "but") ||
			!strings.HasSuffix(words[i-1], ",") && (needsComplement[prevWord] || complementVerbs[prevWord] || relativeWords[prevWord] || prevWord == "that") {
			continue // not "the project was | in trouble", "Marines and, | wearing"
		}
		if clausesOnly && !clauseBoundaries[w] {
			continue
		}
		if shortenBoundaries[w] && !sentenceOpeners[prevWord] && !nameConnectors[prevWord] && !prepositionWords[prevWord] &&
			!(timeBeforeAfter[w] && timeLeadWords[prevWord]) && !(w == "as" && asComparatives[prevWord]) {
			cutAt = offsets[i]
			if w == "as" && prevWord == "even" {
				cutAt = offsets[i-1] // "fabulously wealthy | even as the citizenry …"
			}
			break
		}
		if strings.HasSuffix(words[i-1], ",") {
			cutAt = offsets[i]
			break
		}
	}
	// Not inside a clause just begun: "… of Sudan | as China | and Russia
	// support the government" ends before "as".
	for i := len(words) - 1; cutAt > 0 && i > 0 && offsets[i] >= limit/2; i-- {
		if offsets[i] >= cutAt {
			continue
		}
		if strings.Count(s[offsets[i]:cutAt], " ") > 3 {
			break
		}
		if w := strings.ToLower(words[i]); cutSubordinators[w] && !strings.HasSuffix(words[i-1], ",") &&
			!(w == "as" && (asComparatives[strings.ToLower(words[i-1])] || asPrepositionAfter[strings.ToLower(words[i-1])] ||
				slices.ContainsFunc(words[max(0, i-4):i], func(x string) bool { return strings.EqualFold(x, "such") }))) {
			// Only a clause left with its subject alone ("as China"), not a
			// phrase ("as an underdog", "after the debate").
			if onlySubject(strings.Fields(s[offsets[i]+len(words[i]) : cutAt])) {
				cutAt = offsets[i]
			}
			break
		}
	}
	var out string
	if cutAt > 0 {
		out = trimDangling(strings.TrimRight(s[:cutAt], " ,;:—–―-")) // "…, even | as Charlotte remains"
	} else {
		out = cut(s, limit)
	}
	return closeQuotation(out)
}

// closeQuotation closes a quotation a title cut open: "Bush adds “at the
// same time, we think he is someone…”". A straight mark at the end closes
// a curly one that the text closed with it (“highly significant") or,
// left alone, one cut away; an opening mark at the end opens nothing.
func closeQuotation(s string) string {
	s = strings.TrimRight(s, " ")
	if t, ok := strings.CutSuffix(s, "“"); ok {
		s = strings.TrimRight(t, " ,;:") // "is 51 percent.“"
	}
	switch {
	case strings.Count(s, "“") > strings.Count(s, "”"):
		if t, ok := strings.CutSuffix(s, "\""); ok {
			return t + "”"
		}
		return strings.TrimRight(s, " ,;:…") + "…”"
	case strings.Count(s, "\"")%2 == 1:
		if t, ok := strings.CutSuffix(s, "\""); ok {
			return strings.TrimRight(t, " ,;:") // "Clyburn\""
		}
		return strings.TrimRight(s, " ,;:…") + "…\""
	}
	return s
}

// placeInWords reports whether words[i-1] ends with a comma of a place
// and its state that describe the noun after them: "the Sunnyvale, Calif.,
// company". A place at the end of a phrase ("in Nairobi, Kenya, and …") or
// a list of them may be cut after.
func placeInWords(words []string, i int) bool {
	capComma := func(j int) bool {
		if j < 0 || j >= len(words) || !strings.HasSuffix(words[j], ",") {
			return false
		}
		r, _ := utf8.DecodeRuneInString(words[j])
		return unicode.IsUpper(r)
	}
	nounAfter := func(j int) bool {
		if j >= len(words) {
			return false
		}
		w := strings.Trim(words[j], ",.;:")
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsLower(r) && len(w) > 2 && !determiners[w] && !shortenBoundaries[w] && !relativeWords[w] && !auxiliaries[w] && !stopModifier[w] &&
			!strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly") && speechVerbs[w].kind == 0
	}
	closing := capComma(i-1) && capComma(i-2) && len(words[i-1]) <= 7 && nounAfter(i)
	opening := capComma(i-1) && capComma(i) && len(words[i]) <= 7 && nounAfter(i+1)
	return closing || opening
}

// shortenBoundaries begin a phrase or clause a long title may be cut
// before.
var shortenBoundaries = wordSet(`and but while because as which who whom whose where when whether that after
	before since until although though despite amid during following including in on at for with from by over
	under against between into about than`)

// A title is not cut between a span of time and the event it counts from,
// which would leave "showed up the day" of "the day after his death".
var (
	timeBeforeAfter = wordSet("after before since until")
	timeLeadWords   = wordSet(`day days week weeks month months year years hour hours minute minutes moments night
		morning evening shortly soon just long right even only not`)
)

// asComparatives come between two "as": a title is not cut inside "as soon
// as Tuesday".
var asComparatives = wordSet("soon early late long far much many few well quickly")

// byteIndexOfRune returns the byte offset of rune n of s, or len(s).
func byteIndexOfRune(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// afterInvertedSpeaker returns where what was said begins when a clause
// opens with its verb and the speaker follows: "Said Dorothy Poynter, who
// grew up with Ali, “We were all so proud of him.”", "Tweeted Trump on
// Sunday: “…”"; else k.
func (a *analysis) afterInvertedSpeaker(toks []token, ms []mention, k, to int, ev *eventRec, quotes []quoteSpan) int {
	m := mentionAt(ms, k)
	if m == nil || m.entity() != ev.speaker.resolve() {
		return k
	}
	j := m.tokEnd
	for j < to && (a.inDate(&toks[j]) || toks[j].isAny("on", "in", "at") && j+1 < to && a.inDate(&toks[j+1])) {
		j++
	}
	switch {
	case j < to && toks[j].text == ":":
		return j + 1
	case j < to && toks[j].text == ",":
		// Past a description: ", who grew up with Ali in the neighborhood,".
		for c := j + 1; c < to && c <= j+30; c++ {
			if toks[c].text == "," && !inQuotes(quotes, toks[c].start) {
				return c + 1
			}
			if isOpeningMark(toks[c].text) {
				return c
			}
		}
		return j + 1
	}
	return j
}

// nonFinite reports whether the verb at toks[v] is an infinitive or a bare
// form after "not" or an auxiliary: "declined to say", "did not respond",
// "would say". A headline's "Cook says" would drop what governs it, and
// turn "Hicks did not respond" into "Hicks responds".
func nonFinite(toks []token, v int) bool {
	p := v - 1
	for p > 0 && p >= v-2 && toks[p].isLower() && (strings.HasSuffix(toks[p].low, "ly") || plainAdverbs[toks[p].low]) {
		p-- // "did not immediately respond", "would only say", "may now ask"
	}
	if p < 0 {
		return false
	}
	prev := toks[p].low
	switch {
	case prev == "to" || prev == "not" || prev == "never" || strings.HasSuffix(prev, "n't"):
		return true
	case modalsAndDo[prev]:
		w := toks[v].low
		return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "s")
	}
	return false
}

// groupSpeaker reports whether the speaker of the verb at toks[v] is a
// party named by its members ("Democrats say", "12% of Republicans say")
// or a share of a group ("37 percent of Americans say").
func groupSpeaker(toks []token, ms []mention, v int, ev *eventRec) bool {
	for k := range ms {
		m := &ms[k]
		if m.tokEnd != v || m.entity() != ev.speaker.resolve() {
			continue
		}
		// One word for the members, the party by name: "Republicans".
		if strings.HasSuffix(ev.speaker.name, " Party") && m.tokEnd == m.tok+1 && strings.HasSuffix(toks[m.tok].low, "s") {
			return true
		}
		// A share of a group: "37 percent of Americans say", "Most
		// Americans say", not all of them.
		return ev.speaker.kind == timeline.Group && m.tok > 0 && (toks[m.tok-1].is("of") || quantifiers[toks[m.tok-1].lower()])
	}
	return false
}

// plainAdverbs stand between an auxiliary and its verb without "-ly".
var plainAdverbs = wordSet("also even just now still yet ever often soon then already almost")

// modalsAndDo take a bare verb after them.
var modalsAndDo = wordSet("do does did will would can could shall should may might must")

// statementTitle writes "Speaker verbs [Audience] complement".
func (a *analysis) statementTitle(b *titleBuilder, toks []token, ms []mention, from, verb, to int, ev *eventRec, quotes []quoteSpan) string {
	v := toks[verb].lower()
	verbForm, ok := presentTense[v]
	if c, speech := speechVerbs[v]; !ok && speech && strings.HasSuffix(v, "ing") {
		// "She started off by emphasizing …", "McDonough was responding
		// to …": a headline's verb is finite ("Clinton emphasizes").
		verbForm, ok = sForm(c.base), true
	}
	if !ok {
		verbForm = toks[verb].text
		if verb == from {
			verbForm = toks[verb].lower() // "Says Hillary Clinton: …"
		}
	}
	if a.pluralName(ev.speaker.short()) {
		verbForm = pluralVerb(verbForm) // "Authorities announce", not "announces"
	}
	head := ev.speaker.short() + " " + verbForm
	k := verb + 1
	if verb == from {
		k = a.afterInvertedSpeaker(toks, ms, k, to, ev, quotes)
	}
	// The audience: "telling her country’s TV2 broadcaster" → "tells TV2".
	if ev.audience != nil && tellingVerbs[v] {
		for j := range ms {
			m := &ms[j]
			if m.tok > verb && m.tok <= verb+5 && m.entity() == ev.audience.resolve() {
				head += " " + ev.audience.name
				k = m.tokEnd
				if k < to && toks[k].kind == possessiveToken {
					// "told MSNBC's “Morning Joe”": the programme follows.
					head += toks[k].text
					k++
				}
				for k < to && toks[k].isAny("broadcaster", "network", "channel", "newspaper", "radio", "television", "station", "magazine", "agency", "program", "programme", "show") {
					k++
				}
				break
			}
		}
	}
	for k < to && b.skip[k] {
		k++
	}
	for k < to && (toks[k].is("that") && !(k+1 < to && (toks[k+1].kind == possessiveToken || finiteAuxiliaries[toks[k+1].low])) || toks[k].text == ":" || toks[k].text == "," || connectives[toks[k].low] && toks[k-1].text == ",") {
		k++ // "said, however, that he hopes"; not "says that's what", "said that was a natural part"
	}
	end := complementEnd(toks, k, mainClauseEnd(toks, k, to, quotes, b.skip), quotes)
	rest := b.render(k, end)
	// The speaker set off by commas inside what was said: "Trump, Sexton
	// said, has created …" is "Sexton says Trump has created …"; so is
	// "The difference now, he told me on Friday, is that …", past whom he
	// told.
	if c := parentheticalComma(toks, from, verb, quotes); c > 0 && verb+1 < to {
		pk, prest := k, rest
		if toks[verb+1].text != "," {
			pk, prest = -1, ""
			for j := verb + 2; j < to && j <= verb+8; j++ {
				if toks[j].text == "," {
					if onlyListener(toks, verb+1, j, b.skip) || circumstanceOnly(toks, verb+1, j) {
						pk = j + 1
						prest = b.render(pk, complementEnd(toks, pk, mainClauseEnd(toks, pk, to, quotes, b.skip), quotes))
					}
					break
				}
			}
		}
		if prest != "" && !strings.ContainsAny(prest[:1], "“\"'") {
			start := skipOpening(toks, from, c, quotes)
			for start < c && b.skip[start] {
				start++
			}
			if subject := b.render(start, c); subject != "" && !strings.ContainsAny(subject, "“”\"'") && subjectPhrase(toks, start, c) &&
				!placeAfterComma(toks, ms, start) &&
				!strings.Contains(subject, ev.speaker.short()) {
				return ev.speaker.short() + " " + a.saysForm(ev, verbForm, v) + " " + a.unsentenced(subject, &toks[start]) + " " + lowerFirst(prest, toks, pk)
			}
		}
	}
	// The speaker after the verb: "…, said Larry Sabato, director of …"
	// (or "…,'' said" in wire copy) says what was said before the verb.
	for j := range ms {
		if m := &ms[j]; m.kind == nameMention && m.tok >= k && m.tok <= k+3 && verb > 0 && (toks[verb-1].text == "," || toks[verb-1].text == "'") && m.entity() == ev.speaker.resolve() {
			rest = ""
			break
		}
	}
	// Only whom it was told: "…,'' Professor Alba told me." says what was
	// said before the speaker, as with no complement.
	bare := head // the title when nothing was said before the verb either
	if rest != "" && onlyListener(toks, k, end, b.skip) {
		// What was said may follow: "told me, “We're a content provider …”".
		if said := quotedAfter(b, toks, end, to, quotes, a.text); said != "" {
			return ev.speaker.short() + ": " + said
		}
		saidOf := toks[k].isAny("of", "about")
		if saidOf {
			// "Trump says of Clinton", "Trump tells Chris Wallace of Fox
			// News", if nothing better.
			bare = head + " " + lowerFirst(rest, toks, k)
		}
		rest = ""
		if tellingVerbs[v] {
			verbForm = a.saysForm(ev, verbForm, v)
			head = ev.speaker.short() + " " + verbForm
		}
		if !saidOf {
			bare = head
		}
	}
	if rest == "" {
		// What was said comes first: "Any action by China would have
		// consequences, Carter said" → "Carter says any action by China
		// would have consequences".
		if !reportingVerbs[strings.ToLower(verbForm)] {
			return bare
		}
		// Wire copy that quotes between two apostrophes, which the draft
		// does not take for quotations: "''We are refugees,'' Ms. Alawee
		// said." → "Alawee: “We are refugees”".
		if seg := strings.TrimSpace(a.text[toks[from].start:toks[verb].start]); strings.HasPrefix(seg, "''") {
			if i := strings.LastIndex(seg, "''"); i > 2 && !strings.Contains(seg[2:i], "''") {
				return ev.speaker.short() + ": “" + tidyTitle(seg[2:i]) + "”"
			}
		}
		before := -1
		for j := verb - 1; j > from; j-- {
			// Also a comma inside closing marks: "a “change agent,” Cole said".
			if toks[j].text == "," && (!inQuotes(quotes, toks[j].start) || j+1 < verb && isMark(quotes, toks[j+1].start)) {
				before = j
				break
			}
		}
		if before < 0 {
			return bare
		}
		start := skipOpening(toks, from, before, quotes)
		for start < before && b.skip[start] {
			start++
		}
		// "But Mrs. Clinton would do well …, said David Axelrod": the
		// conjunction ties the sentence to the one before, not the title.
		if start+1 < before && toks[start].isAny("but", "and", "or", "yet") && toks[start+1].text != "," {
			start++
		}
		rest = b.render(start, before)
		// Up to a description or relative clause: "Cruz, a graduate of
		// Harvard Law School" is not what was said.
		for _, aside := range []string{", a ", ", an ", ", the ", ", who ", ", which ", ", and "} {
			if i := strings.Index(rest, aside); i > 0 {
				rest = rest[:i]
			}
		}
		// Words between two pairs of apostrophes are kept: wire copy's
		// quotations, which make no quote of their own ("Mr. Vander Plaats
		// is ''activating his personal network,'' said Bryan English").
		quoted := false
		for _, q := range ev.quotes {
			quoted = quoted || q.start >= toks[start].start && q.start < toks[before].end
		}
		if len(strings.Fields(rest)) < 4 || toks[start].isAny("or", "and", "but", "nor") || quoted || strings.HasPrefix(rest, "'") {
			return bare // a quotation, which the quote says better, or too little to read
		}
		if strings.HasPrefix(rest, "(") && !strings.Contains(rest, ")") {
			rest = strings.TrimSpace(rest[1:]) // "(The French, it turns out, are big fans …"
		}
		// The comma inside the closing marks: "network,''", "agent,”".
		switch q, ok := quoteAt(quotes, toks[before+1].start); {
		case ok && q.close == toks[before+1].start:
			rest += toks[before+1].text
		case strings.Count(rest, "“") > strings.Count(rest, "”") && strings.HasPrefix(a.text[toks[before].end:], "''"):
			rest += "”"
		}
		return head + " " + a.unsentenced(rest, &toks[start])
	}
	r, _ := utf8.DecodeRuneInString(rest)
	if r != '“' && !strings.HasPrefix(rest, "\"") {
		rest = lowerFirst(rest, toks, k)
	}
	return head + " " + rest
}

// complementEnd returns where the complement that starts at toks[k] ends,
// before end: at the first comma outside quotations, or one just inside a
// closing mark ("“a new opportunity to end this war,” in a statement"),
// but not a place's ("that Ferguson, Missouri, has …").
func complementEnd(toks []token, k, end int, quotes []quoteSpan) int {
	for j := k + 1; j < end; j++ {
		if toks[j].text == "," && !inQuotes(quotes, toks[j].start) && !placeComma(toks, j) {
			return j
		}
		if toks[j-1].text == "," && isMark(quotes, toks[j].start) && j+1 < end {
			return j + 1
		}
	}
	return end
}

// saysForm is the verb of a title whose listener is left out: "says" for
// "told", the verb itself otherwise.
func (a *analysis) saysForm(ev *eventRec, verbForm, v string) string {
	if !tellingVerbs[v] {
		return verbForm
	}
	if a.pluralName(ev.speaker.short()) {
		return pluralVerb("says")
	}
	return "says"
}

// subjectPhrase reports whether toks[from:to] may be the subject of a
// clause: a few words that begin with a pronoun, a determiner or a name,
// not a participle, a preposition or a conjunction ("After a two-hour
// meeting", "Calling for an amended constitution", "But").
func subjectPhrase(toks []token, from, to int) bool {
	if to-from > 8 || from >= to {
		return false
	}
	t, w := &toks[from], toks[from].lower()
	if !subjectPronouns[w] && !subjectDeterminers[w] && !capitalSubject(t, w) {
		return false
	}
	return !introWords[w] && !prepositionWords[w] && !discourseMarkers[w] && !subordinators[w] && !t.isAny("if", "rather", "indeed", "still", "yet", "or", "nor")
}

// unsentenced drops the sentence's capital from s, which begins with the
// word first, where the word is written in lower case elsewhere in the
// article: "He knows" → "he knows", "Any action" → "any action", not
// "China" or "I".
func (a *analysis) unsentenced(s string, first *token) string {
	w := first.low
	if first.isAny("I", "I'm", "I've", "I'd", "I'll") || !(subjectPronouns[w] || subjectDeterminers[w] || quantifiers[w] || a.writtenLower(w)) {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return strings.ToLower(string(r)) + s[size:]
}

// parentheticalComma returns the comma that opens a speaker and verb set
// off inside what was said ("Loyalty, he noted, has long been …"), a
// few words before the verb at toks[verb] with words before it, or -1.
// A verb of its own between them makes the comma an opening phrase's:
// "Minutes later, she sent an email saying, “done.”"
func parentheticalComma(toks []token, from, verb int, quotes []quoteSpan) int {
	for j := verb - 1; j > from && j >= verb-8; j-- {
		t := &toks[j]
		if inQuotes(quotes, t.start) || isMark(quotes, t.start) {
			return -1
		}
		if t.text == "," {
			return j
		}
		if t.kind == punctToken && t.text != "." || verbLike(t) && !auxiliaries[t.low] && t.isLower() {
			return -1
		}
	}
	return -1
}

// connectives set off by commas after a verb of speech say nothing of
// what was said: "He said, however, that …".
var connectives = wordSet("however though too also meanwhile instead moreover nonetheless nevertheless furthermore")

// listeners are the words that may name whom something was told, and
// nothing of what: "told me", "told reporters", "told his supporters".
var listeners = wordSet(`me him her us them you reporters journalists supporters aides audience crowd
	listeners viewers readers interviewer colleagues allies friends staff`)

// onlyListener reports whether the complement toks[k:end] is whom the
// speaker told, and nothing else: "me", "the crowd", "his supporters"; or
// whom it was said of: "of RT".
func onlyListener(toks []token, k, end int, skip []bool) bool {
	var words []*token
	for j := k; j < end; j++ {
		if t := &toks[j]; !skip[j] && t.kind != punctToken {
			words = append(words, t)
		}
	}
	if len(words) >= 2 && len(words) <= 4 && words[0].isAny("of", "about") {
		for _, w := range words[1:] {
			if !w.isCap() {
				return false
			}
		}
		return true // whom it was said of: "…,'' Michael McFaul said of RT."
	}
	switch {
	case len(words) == 1:
		return listeners[words[0].low] && words[0].isLower()
	case len(words) == 2:
		return words[0].isAny("the", "his", "her", "their", "our", "my") && listeners[words[1].low] && words[1].isLower() && !objectPronouns[words[1].low]
	}
	return false
}

var objectPronouns = wordSet("me him her us them you")

// placeAfterComma reports whether a place named after a comma begins at
// toks[k]: the country of "in Prague, Czech Republic,", no subject.
func placeAfterComma(toks []token, ms []mention, k int) bool {
	m := mentionAt(ms, k)
	return m != nil && k > 0 && toks[k-1].text == "," && m.entity() != nil && m.entity().kind == timeline.Place
}

// circumstanceOnly reports whether toks[k:end] only tell when or where
// something was said: "earlier in the committee hearing", "on Tuesday",
// "in an interview with CNN"; an adverb, then phrases that prepositions
// open, with no verb.
func circumstanceOnly(toks []token, k, end int) bool {
	if k >= end {
		return false
	}
	if t := &toks[k]; adverbs[t.low] || plainAdverbs[t.low] || strings.HasSuffix(t.low, "ly") && t.isLower() {
		k++
	}
	if k < end && !toks[k].isAny("in", "on", "at", "during", "after", "before", "with", "from", "by", "over", "following") {
		return false // not "spoke of the malaise in Mexican society"
	}
	for j := k; j < end; j++ {
		if t := &toks[j]; t.kind == punctToken || finiteVerb(t) || speechVerbs[t.low].kind != 0 {
			return false
		}
	}
	return true
}

// quotedAfter renders the quotation that toks[k:to] open after a comma or
// a colon, or "" if they open none: "…, “We're a content provider …”",
// or between two pairs of apostrophes in wire copy.
func quotedAfter(b *titleBuilder, toks []token, k, to int, quotes []quoteSpan, text string) string {
	for k < to && (toks[k].text == "," || toks[k].text == ":") {
		k++
	}
	if k >= to {
		return ""
	}
	if q, ok := quoteAt(quotes, toks[k].start); ok && q.open == toks[k].start {
		start, end := q.inner()
		return "“" + tidyTitle(text[start:end]) + "”"
	}
	if !strings.HasPrefix(text[toks[k].start:], "''") {
		return ""
	}
	said := b.render(k, mainClauseEnd(toks, k, to, quotes, b.skip))
	if !strings.HasPrefix(said, "“") {
		return ""
	}
	return said
}

// quantifiers open a noun phrase and are never names.
var quantifiers = wordSet("any every each all no some many most few several such much more less another other either neither")

// reportingVerbs report what someone said, which may come before them:
// "…, Carter said".
var reportingVerbs = wordSet(`says tells adds notes argues warns writes explains insists claims maintains
	contends believes thinks reports announces predicts concludes acknowledges`)

// lowerFirst undoes tidyTitle's capital on a complement, unless the word
// is capitalised in the article.
func lowerFirst(s string, toks []token, k int) string {
	if k < len(toks) && toks[k].isCap() {
		return s
	}
	r, size := utf8.DecodeRuneInString(s)
	return strings.ToLower(string(r)) + s[size:]
}

// skipOpening returns where the clause's headline begins: after opening
// connectives ("But", "Instead") and introductory phrases ("That said,",
// "Despite this apparent progress,").
func skipOpening(toks []token, from, to int, quotes []quoteSpan) int {
	from = datelineEnd(toks, from, to)
	// A participle phrase before the subject: "Reacting to criticism over
	// …, the retired neurosurgeon acknowledged", not a gerund that is the
	// subject ("Holding rates near zero has encouraged borrowing").
	// So is one that opens with a past participle and its preposition:
	// "Faced with the choice of keeping Elian …, or returning him …, the
	// Immigration and Naturalization Service decided". Its commas may set
	// off clauses of its own: the subject is after the first comma a
	// clause starts at.
	if t := &toks[min(from, len(toks)-1)]; from < to && t.isCap() && len(t.low) > 5 && strings.HasSuffix(t.low, "ing") && !notParticiples[t.low] {
		for k := from + 1; k+1 < to && k < from+introMax; k++ {
			if toks[k].text == "," && !inQuotes(quotes, toks[k].start) {
				if clauseStart(toks, k+1, to) {
					from = k + 1
				}
				break
			}
		}
	} else if from+1 < to && t.isCap() && len(t.low) > 4 && strings.HasSuffix(t.low, "ed") && prepositionWords[toks[from+1].low] {
		for k := from + 2; k+1 < to && k < from+participleMax; k++ {
			if toks[k].text == "," && !inQuotes(quotes, toks[k].start) && clauseStart(toks, k+1, to) {
				from = k + 1
				break
			}
		}
	}
	for from < to {
		switch {
		case from+2 < to && toks[from].low == "so" && toks[from+1].low == "far" && toks[from+2].text == ",":
			from += 3 // "So far, Mr. Trump has not taken me up on my offer"
		case from+1 < to && (toks[from].low == "instead" && toks[from+1].low == "of" || toks[from].isAny("more", "less", "rather") && toks[from+1].low == "than"):
			// "Instead of building on the victory …, Obama and Clinton
			// withdrew", "More than health care, race or the economy, Mr.
			// Obama believes …": a phrase to its comma, if a clause
			// follows.
			next := comparisonEnd(toks, from+2, to, quotes)
			if next < 0 {
				return from
			}
			if toks[from].low != "instead" {
				// Not the subject's count: "More than 100 people have died,
				// eight of them Americans".
				for k := from + 2; k < next; k++ {
					if verbLike(&toks[k]) && !functionWordsEndingPhrase[toks[k].low] {
						return from
					}
				}
			}
			from = next
		case discourseMarkers[toks[from].lower()] && from+1 < to && toks[from+1].kind == wordToken:
			if invertedAfter(toks, from) {
				return from // "Then came a judge's order", "So did every other Democrat"
			}
			from++
		case (discourseMarkers[toks[from].lower()] || sentenceAdverbs[toks[from].lower()] || lyAdverb(&toks[from])) && from+2 < to && toks[from+1].text == "," && toks[from+2].kind == wordToken:
			from += 2 // "Still, two-thirds of the outflow has been steered", "Nevertheless, the incident made waves"
		case toks[from].low == "even" && from+1 < to && clauseOpeners[toks[from+1].low]:
			// "Even though the primary calendar has nearly run out, the
			// Sanders movement …"; not "Even in school -- I kept".
			next := introEnd(toks, from+1, to, quotes)
			if next <= from+1 {
				next = subordinateEnd(toks, from+1, to, quotes)
			}
			if next <= from+1 {
				return from
			}
			from = next
		case introWords[toks[from].lower()] && (toks[from].low != "that" || from+1 < to && (timeNouns[toks[from+1].low] || toks[from+1].is("said")) || from > 0 && toks[from-1].low == "now"):
			// An introductory phrase ends at a comma within a few words;
			// "That night,", "That said," and "Now that oil prices are
			// collapsing," are ones, "That sale, however," the subject.
			next := introEnd(toks, from, to, quotes)
			if next <= from && clauseOpeners[toks[from].low] {
				next = subordinateEnd(toks, from, to, quotes)
			}
			if next > from && toks[from].low == "according" {
				next = pastAppositive(toks, next, to, quotes)
			}
			if next <= from || toks[from].is("by") && judgedBy(toks[from:next]) {
				return from
			}
			from = next
		case countFromOpening(toks, from, to):
			// "Two days before Omar Mateen shot a hundred people, killing
			// 49, he knelt": the occasion may be a clause of its own.
			next := countFromEnd(toks, from, to, quotes, introEnd(toks, from, to, quotes))
			if next <= from {
				return from
			}
			from = next
		default:
			return from
		}
	}
	return from
}

// comparisonEnd returns where the clause after an opening "Instead of …"
// or "More than …" (whose words begin at toks[from]) begins: after the first
// comma a subject follows, a list's items passed ("More than health care,
// race or the economy, Mr. Obama believes"); -1 if none does.
func comparisonEnd(toks []token, from, to int, quotes []quoteSpan) int {
	for k := from; k+2 < to && k < from+participleMax; k++ {
		if toks[k].text != "," || inQuotes(quotes, toks[k].start) {
			continue
		}
		// "Obama and Clinton foolishly withdrew": two names, one subject.
		pair := toks[k+1].isCap() && toks[k+2].isAny("and", "or") && k+3 < to && toks[k+3].isCap()
		if clauseStart(toks, k+1, to) || pair {
			// Past a description of what was compared: "Rather than
			// candidate Ben Carson, the only African American candidate
			// in the race, the BLM group has now set its sights on Clinton".
			return pastAppositive(toks, k+1, to, quotes)
		}
	}
	return -1
}

// timeNouns name a time "That" or "That same" may open a sentence with.
var timeNouns = wordSet("day night morning afternoon evening week weekend month year time summer winter spring fall autumn same")

// invertedAfter reports whether the word after the adverb at toks[k] is a
// verb its subject follows: "Then came a judge's order", "Now comes the
// real test", "so does the number of autistic adults". The adverb stays
// in the title, which would otherwise open with the verb.
func invertedAfter(toks []token, k int) bool {
	if !toks[k].isAny("then", "now", "so", "nor", "neither") || k+1 >= len(toks) || !toks[k+1].isLower() {
		return false
	}
	return verbsBeforeSubject[toks[k+1].low]
}

// verbsBeforeSubject come before their subject after "then", "now" or "so".
var verbsBeforeSubject = wordSet("came comes come went goes followed did does do has have had is are was were")

// countFromOpening reports whether toks[from:] opens with a count of time
// from an occasion, a phrase that says when as "On Monday," does: "The day
// before last Tuesday's hearing,", "Two weeks after the vote,".
func countFromOpening(toks []token, from, to int) bool {
	if from+2 >= to || !toks[from+1].isAny("day", "days", "week", "weeks", "month", "months", "year", "years") || !toks[from+2].isAny("before", "after") {
		return false
	}
	_, counted := countWords[toks[from].low]
	_, digits := dayCount(toks[from].text)
	return counted || digits || toks[from].isAny("the", "an")
}

// countFromEnd returns where the subject begins after an opening count
// from an occasion (countFromOpening): after the first comma within a
// few words that a clause starts at, else at next, what introEnd found.
func countFromEnd(toks []token, from, to int, quotes []quoteSpan, next int) int {
	for k := from + 3; k+1 < to && k < from+introMax; k++ {
		if toks[k].text == "," && !inQuotes(quotes, toks[k].start) && clauseStart(toks, k+1, to) {
			return k + 1
		}
	}
	return next
}

// judgedBy reports whether an opening "By …," says by what measure the
// sentence holds, which a headline keeps: "By some estimates,", "By
// Sanders's own argument,"; not when: "By Labor Day,".
func judgedBy(toks []token) bool {
	for i := range toks {
		if toks[i].isAny("estimate", "estimates", "account", "accounts", "argument", "measure", "measures", "standard",
			"standards", "definition", "logic", "reckoning", "count", "counts") {
			return true
		}
	}
	return false
}

// datelineEnd returns where the story begins after a dateline at
// toks[from]: "Prague — The opposition …", "DOHA, Qatar (AP) — Israel …",
// "WASHINGTON - A contentious …"; from itself when there is none.
func datelineEnd(toks []token, from, to int) int {
	for k := from; k < to && k < from+10; k++ {
		if isDash(toks[k].text) || toks[k].text == "_" {
			// The headline after a dateline begins with a capital: not
			// "Crutcher, 40 ― a father and student … ― was shot".
			if k > from && k+1 < to && (toks[from].isCap() || toks[from].text == "(" || isDigitToken(&toks[from])) && !toks[k+1].isLower() {
				return k + 1
			}
			return from
		}
		// Capitalised words, the day wire copy dates it with ("LOS
		// ANGELES, Sept. 28 (UPI) —"), the agency alone ("(AP) —"), or the
		// time of a live blog's entry ("12:25 p.m. –").
		t := &toks[k]
		day := t.kind == wordToken && len(t.text) <= 2 && isDigitToken(t)
		clock := isDigitToken(t) || t.text == ":" || t.isAny("a.m.", "p.m.", "am", "pm", "a.m", "p.m")
		if !(t.kind == wordToken && (t.isCap() || day) || clock || t.kind == punctToken && strings.Contains(",().", t.text)) {
			return from
		}
	}
	return from
}

// isDigitToken reports whether t is a number written in digits alone.
func isDigitToken(t *token) bool {
	return t.kind == wordToken && strings.Trim(t.text, "0123456789") == ""
}

// introEnd returns where the introductory phrase that begins at toks[from]
// ends (after its comma), or from when there is none to skip.
func introEnd(toks []token, from, to int, quotes []quoteSpan) int {
	for k := from + 1; k < to && k < from+introMax; k++ {
		if toks[k].text == "," && !inQuotes(quotes, toks[k].start) {
			// A comma far into the sentence ends the phrase only when a
			// clause begins after it: not a list's next item ("Poland,
			// Hungary"), a relative clause, a participle or an apposition.
			if e := listGoesOn(toks, k, to); e > 0 && e+1 < to {
				return e + 1 // "In swing states like Colorado, Florida and Nevada, that …"
			}
			if c := placeStateEnd(toks, k, to); c > 0 {
				// "At a summit in Hilton Head, S.C., Rubio offered", "in
				// Madrid, Spain, the alliance", "in Birmingham, Alabama,
				// some of his supporters"; else a list ("losses in
				// Maryland, Delaware, Connecticut and …"): keep it all.
				if c+1 < to && (clauseStart(toks, c+1, to) || toks[c+1].isAny("some", "many", "most", "several", "few", "all", "both")) {
					return c + 1
				}
				return from
			}
			if k+1 < to && (k < from+introShort || clauseStart(toks, k+1, to)) {
				return k + 1
			}
			return from
		}
	}
	return from
}

// pastAppositive returns where the subject begins when what follows the
// comma at toks[k-1], after "According to X,", describes X, up to a comma
// a clause starts at: "According to John Smith, a spokesman for the
// company, the plant will close", "According to Lorella Praeli,
// Clinton's Latino vote director, the campaign has …", "According to
// Smith, who runs the plant, the site will close". A description has no
// verb but in a relative clause. Else k. After other openings the words
// after the comma are more often the subject, with a name in apposition
// ("On Tuesday, the boy's great-uncle, Lazaro Gonzalez, denied").
func pastAppositive(toks []token, k, to int, quotes []quoteSpan) int {
	const maxDescription = 15
	if k >= to {
		return k
	}
	relative := toks[k].isAny("who", "which", "whose")
	if !relative && !toks[k].isAny("a", "an", "the") && !(k+1 < to && toks[k].isCap() && toks[k+1].kind == possessiveToken) {
		return k
	}
	for j := k + 1; j+1 < to && j <= k+maxDescription; j++ {
		t := &toks[j]
		switch {
		case inQuotes(quotes, t.start):
			return k
		case t.text == ",":
			if clauseStart(toks, j+1, to) {
				return j + 1
			}
			return k
		case t.kind == punctToken && t.text != "." && t.text != "-":
			return k
		case !relative && t.isLower() && (finiteAuxiliaries[t.low] || pastForm(t.low) && !afterNonPast(toks, j) || speechVerbs[t.low].kind != 0):
			return k
		}
	}
	return k
}

// clauseOpeners open a subordinate clause a sentence may begin with,
// which may run longer than a phrase.
var clauseOpeners = wordSet("although though while whereas because if unless when since once as after before")

// subordinateEnd returns where the main clause begins after an opening
// subordinate clause too long for introEnd, or from: after the first
// comma within subordinateMax tokens that a clause starts at and no list
// goes on past ("Though she has issued the most detailed policy proposals
// and positions of anyone in the race, she …").
func subordinateEnd(toks []token, from, to int, quotes []quoteSpan) int {
	const subordinateMax = 40
	for k := from + introMax; k+2 < to && k < from+subordinateMax; k++ {
		if toks[k].text != "," || inQuotes(quotes, toks[k].start) || listGoesOn(toks, k, to) > 0 {
			continue
		}
		if clauseStart(toks, k+1, to) {
			return k + 1
		}
	}
	return from
}

// listGoesOn returns the comma that ends a list of names going on after
// the comma at toks[c] ("Colorado, Florida and Nevada,"), or 0 when none
// does. A date before the comma ends a phrase, not a list: "On Tuesday,
// Clinton and Sanders, …".
func listGoesOn(toks []token, c, to int) int {
	if c == 0 || !toks[c-1].isCap() || notNames[toks[c-1].lower()] {
		return 0
	}
	j, joined := c+1, false
	for {
		if j+1 < to && toks[j].is("the") && toks[j+1].isCap() {
			j++ // "Poland, Hungary and the Czech Republic"
		}
		n := 0
		for j+n < to && n < 3 && toks[j+n].kind == wordToken && toks[j+n].isCap() {
			n++
		}
		if n == 0 || j+n >= to {
			return 0
		}
		j += n
		switch {
		case toks[j].text == "," && joined:
			return j
		case toks[j].text == "," && j+1 < to && toks[j+1].isAny("and", "or"):
			j, joined = j+2, true
		case toks[j].text == ",":
			j++
		case toks[j].isAny("and", "or") && !joined:
			j, joined = j+1, true
		default:
			return 0
		}
	}
}

// clauseStart reports whether toks[k] looks like the subject that begins
// a main clause: a personal pronoun, a determiner or number with its noun,
// or a name that a word other than a conjunction follows.
func clauseStart(toks []token, k, to int) bool {
	t := &toks[k]
	if t.kind != wordToken || k+1 >= to {
		return false
	}
	next := &toks[k+1]
	switch w := t.lower(); {
	case subjectPronouns[w]:
		return true
	case isDigitToken(t) && !timeUnits[next.low] || numberHedges[w] && isDigitToken(next):
		// "just 8 percent of Democrats said", "40% of voters"; not "24
		// hours a day"
		return true
	case subjectDeterminers[w]:
		return next.kind == wordToken
	case capitalSubject(t, w):
		// "Cuba's government exhorted", "Trump said", "Mr. Obama believes".
		return next.kind == wordToken && !next.isAny("and", "or", "nor") || next.kind == possessiveToken ||
			next.text == "." && next.start == t.end && titleAbbrevs[w] && k+2 < to && toks[k+2].isCap() && lowerWithin(toks, k+3, to, 4)
	}
	return false
}

// lowerWithin reports whether a lower-case word, a verb perhaps, comes
// within n tokens from toks[k]: "Mr. Obama believes", not the apposition
// that ends a sentence ("…, Sen. Bernie Sanders.").
func lowerWithin(toks []token, k, to, n int) bool {
	for j := k; j < to && j < k+n; j++ {
		if toks[j].kind == wordToken && toks[j].isLower() {
			return true
		}
	}
	return false
}

// capitalSubject reports whether t, lower-cased w, is a capitalised word
// that may open a subject: a name, not a participle or a relative word.
func capitalSubject(t *token, w string) bool {
	return t.isCap() && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed") && !notSubjects[w]
}

var (
	subjectPronouns    = wordSet("he she they we i you it there")
	subjectDeterminers = wordSet("the this these those his her their its our my your one two three four five some many most several both")
	notSubjects        = wordSet("which who whom whose where when while whereas a an")
	numberHedges       = wordSet("just only about nearly almost roughly some more fewer less over under")
	timeUnits          = wordSet("seconds minutes hours days weeks months years decades times a.m p.m")
)

// notParticiples end in -ing without being participles.
var notParticiples = wordSet("nothing something anything everything beijing during according including following notwithstanding")

// introShort is how far into a sentence a comma ends an introductory
// phrase whatever follows it.
const introShort = 10

// introMax is how many tokens an introductory phrase may run to its comma:
// "In a preview clip for Mary J. Blige’s upcoming Apple Music show The
// 411," is sixteen.
const introMax = 18

// participleMax is how many tokens a phrase opened by a past participle
// may run: "Faced with the choice of keeping Elian …" is 36.
const participleMax = 48

// needsColon are the words before a colon whose complement follows it.
var needsColon = wordSet("is are was were be been include includes included including")

// mainClauseEnd returns where the main clause of toks[from:to] ends: at a
// semicolon, colon or dash, or a comma before a relative pronoun or a
// conjunction, outside quotations.
func mainClauseEnd(toks []token, from, to int, quotes []quoteSpan, skip []bool) int {
	for k := from + 1; k < to; k++ {
		if inQuotes(quotes, toks[k].start) || skip != nil && skip[k] {
			continue
		}
		switch toks[k].text {
		case ":":
			if k+1 < to && isDigitToken(&toks[k+1]) && isDigitToken(&toks[k-1]) {
				continue // a time of day: "At 10:30"
			}
			// A verb that needs what the colon introduces reads on, if
			// there is room for it: "The question posed by their analysis
			// is: why would …", "Sanders' plan includes: eliminating
			// tuition …".
			if k-from > 3 && !(needsColon[toks[k-1].low] && k+2 < to && toks[k].start-toks[from].start < maxTitle*2/3) {
				return k
			}
			// A label: "Trump: Cruz Has ‘To Come a Long Way’", "Q: You open
			// your book …", "Breaking: …" read on.
		case ";", "—", "–":
			return k
		case ",":
			// Not "after all", an aside: "These are, after all, the times of …".
			// Nor after a word or three: "Moments later, as Ms. Olivieri took
			// a break, a squad car pulled up" is not "Moments later".
			if k+1 < to && toks[k+1].isAny("as", "which", "who", "with", "while", "albeit", "according", "telling", "saying", "adding", "after", "before", "because", "although", "though", "but", "and", "where", "when", "whereas", "since", "amid", "following") &&
				!lastOfList(toks, from, k) && !(k+2 < to && toks[k+1].low == "after" && toks[k+2].low == "all") && wordsBetween(toks, from, k) > 3 {
				return k
			}
		}
		// ",” which": the comma is inside the closing mark.
		if k+1 < to && isMark(quotes, toks[k].start) && k > from && toks[k-1].text == "," && toks[k+1].isAny("which", "who", "as", "while", "with", "according") {
			return k + 1
		}
	}
	return to
}

// skipParentheticals leaves out comma-delimited asides that begin with a
// subordinating word ("European powers, while reluctant to criticize Trump
// directly, have made …").
func (b *titleBuilder) skipParentheticals(from, to int, quotes []quoteSpan) {
	b.skipDashAside(from, to, quotes)
	for k := from; k+1 < to; k++ {
		if b.toks[k].text != "," || inQuotes(quotes, b.toks[k].start) || !b.toks[k+1].isAny("while", "who", "which", "although", "though", "despite", "including", "like") {
			continue
		}
		for j := k + 2; j < to; j++ {
			if b.toks[j].text != "," {
				continue
			}
			if c := b.stateAfter(j, to); c != j {
				if c == to {
					break // the aside runs to the clause's end: "…, which has headquarters at Pleasant Grove, Utah."
				}
				j = c
			}
			for x := k; x <= j; x++ {
				b.skip[x] = true
			}
			k = j
			break
		}
	}
}

// stateAfter returns, when the comma at toks[j] sets off the state or
// country of a place ("Pleasant Grove, Utah", "Lyon, France"), the comma
// after it, or to when it ends the clause; else j.
func (b *titleBuilder) stateAfter(j, to int) int {
	if j == 0 || j+1 >= to || !b.toks[j-1].isCap() || !b.toks[j+1].isCap() || calendarWords[b.toks[j-1].low] {
		return j
	}
	c := j + 1
	for c < to && c <= j+4 && (b.toks[c].isCap() || b.toks[c].text == ".") {
		c++
	}
	if c == to || b.toks[c].text == "," {
		return c
	}
	return j
}

// skipDashAside leaves out of a headline a passage set off by two dashes
// before the verb: "The film ― which weaves together the voices of …
// among others ― explains America’s historical treatment of black people"
// → "The film explains …".
func (b *titleBuilder) skipDashAside(from, to int, quotes []quoteSpan) {
	open := -1
	for k := from + 1; k+1 < to; k++ {
		if !isDash(b.toks[k].text) || inQuotes(quotes, b.toks[k].start) || isDash(b.toks[k-1].text) {
			continue // "--" is one dash
		}
		if open < 0 {
			open = k
			continue
		}
		next := k + 1
		for next < to && isDash(b.toks[next].text) {
			next++
		}
		if next >= to {
			return
		}
		v := &b.toks[next]
		if v.isLower() && (coordinatedVerb(b.toks, next) || auxiliaries[v.low] || speechVerbs[v.low].kind != 0 ||
			strings.HasSuffix(v.low, "s") && !strings.HasSuffix(v.low, "ss") && !prepositionWords[v.low]) {
			for x := open; x < next; x++ {
				b.skip[x] = true
			}
		}
		return
	}
}

// shortOf writes a label of a few words: "Trump to NBC News", "Tusk
// statement", "Talks in Paris", else the title's first words.
func (a *analysis) shortOf(toks []token, ms []mention, cl clause, ev *eventRec) string {
	if ev.statement && ev.speaker != nil {
		if ev.audience != nil {
			return ev.speaker.short() + " to " + ev.audience.name
		}
		return ev.speaker.short() + " statement"
	}
	if ev.lane != timeline.LaneContext && ev.lane != "" {
		for _, lk := range laneKeywords {
			if lk.lane != ev.lane {
				continue
			}
			for k := cl.tok; k+2 < cl.tokEnd; k++ {
				w := toks[k].lower()
				if !hasStem(w, lk.strong) && !hasStem(w, lk.weak) || !toks[k+1].isAny("in", "on", "with", "against", "over", "for") {
					continue
				}
				if m := mentionAt(ms, k+2); m != nil && m.entity() != nil {
					return capitalise(w) + " " + toks[k+1].text + " " + m.entity().short()
				}
			}
		}
	}
	return ""
}

// titleHasWord reports whether the first word of label is a word of
// title, in any case.
func titleHasWord(title, label string) bool {
	first, _, _ := strings.Cut(label, " ")
	for _, w := range strings.FieldsFunc(title, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' }) {
		if strings.EqualFold(w, first) {
			return true
		}
	}
	return false
}

func hasStem(w string, stems []string) bool {
	for _, stem := range stems {
		exact, isExact := strings.CutSuffix(stem, "$")
		if isExact && w == exact || !isExact && strings.HasPrefix(w, stem) && len(w) <= len(stem)+6 {
			return true
		}
	}
	return false
}

// shortFromTitle makes a label from a title's first words.
func shortFromTitle(title string) string {
	words := strings.Fields(title)
	if len(words) <= 4 {
		return title
	}
	words = words[:4]
	for len(words) > 1 {
		w := strings.ToLower(words[len(words)-1])
		if !sentenceOpeners[w] && !nameConnectors[w] && w != "to" && w != "by" {
			break
		}
		words = words[:len(words)-1]
	}
	s := strings.TrimRight(strings.Join(words, " "), ",;:")
	if strings.Count(s, "“") > strings.Count(s, "”") {
		return s + "…”" // "Harris: “In reading history…”"
	}
	return s + "…"
}

// uniqueShorts gives every event a short label no other event of the
// document has: three statements of one speaker are "Lowe on Everest",
// "Lowe on Hillary", "Lowe: “a fine climber”" rather than three "Lowe
// statement". A label that stays ambiguous gets its date, then a number.
func (a *analysis) uniqueShorts(events []*eventRec) {
	labels := make([]string, len(events))
	keys := make([]string, len(events))
	key := func(s string) string { return s }
	count := map[string]int{}
	for i, ev := range events {
		switch {
		case ev.short != "":
			labels[i] = ev.short
		default:
			labels[i] = shortFromTitle(ev.title)
		}
		keys[i] = key(labels[i])
		count[keys[i]]++
	}
	used := make(map[string]bool, len(events))
	for i := range events {
		if count[keys[i]] == 1 {
			used[keys[i]] = true
		}
	}
	next := map[string]int{} // label → the next number to try
	take := func(ev *eventRec, c string) bool {
		if c == "" || used[key(c)] {
			return false
		}
		ev.short = c
		used[key(c)] = true
		return true
	}
	for i, ev := range events {
		l := labels[i]
		if count[keys[i]] == 1 {
			continue
		}
		done := false
		if ev.statement && ev.speaker != nil {
			sp := ev.speaker.resolve()
			for _, e := range ev.entities {
				if !done && e.resolve() != sp && e.resolve() != ev.audience.resolve() {
					done = take(ev, sp.short()+" on "+e.resolve().short())
				}
			}
			if !done && len(ev.quotes) > 0 {
				done = take(ev, sp.short()+": “"+firstWords(a.text[ev.quotes[0].start:ev.quotes[0].end], 3)+"”")
			}
		}
		// An event labelled by a word of its own may take its title's
		// label instead; one already labelled by its title has no other.
		if !done && ev.short != "" {
			if s := shortFromTitle(ev.title); s != l {
				done = take(ev, s)
			}
		}
		if !done && ev.dated {
			done = take(ev, l+" ("+shortDate(ev.date)+")")
		}
		for n := max(next[l], 2); !done; n++ {
			done = take(ev, l+" "+itoa(n))
			next[l] = n + 1
		}
	}
}

func itoa(n int) string {
	return strconv.Itoa(n)
}

// firstWords returns the first n words of s, with "…" when there are more.
func firstWords(s string, n int) string {
	w := strings.Fields(s)
	if len(w) <= n {
		return strings.TrimRight(s, ",.;:")
	}
	return strings.TrimRight(strings.Join(w[:n], " "), ",.;:") + "…"
}

// shortDate writes a date briefly for a label: "3 Jan", "Nov 2025", "2024".
func shortDate(d timeline.Date) string {
	p := d.Start
	if p.IsZero() {
		return ""
	}
	t := p.Time
	switch p.Precision {
	case timeline.Year:
		return t.Format("2006")
	case timeline.Month:
		return t.Format("Jan 2006")
	}
	return t.Format("2 Jan")
}
