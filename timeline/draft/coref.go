package draft

import (
	"iter"
	"maps"
	"slices"
	"sort"
	"strings"

	"newsline/timeline"
)

// gender is what a pronoun, a title or a given name says of a person.
type gender uint8

const (
	unknownGender gender = iota
	male
	female
)

// pronounGender gives the gender of the subject pronouns that may stand
// for a person.
var pronounGender = map[string]gender{"he": male, "she": female}

// titleGender gives the gender that a title or a person noun implies.
var titleGender = func() map[string]gender {
	m := map[string]gender{}
	for _, w := range strings.Fields(`mr mr. sir lord king prince emir sheikh husband son father brother spokesman
		congressman chairman businessman man boy gentleman uncle nephew grandfather grandson widower actor-turned
		councilman assemblyman alderman anchorman sportsman statesman`) {
		m[w] = male
	}
	for _, w := range strings.Fields(`mrs mrs. ms ms. miss lady dame queen princess wife daughter mother sister
		spokeswoman congresswoman chairwoman businesswoman woman girl actress aunt niece grandmother granddaughter
		widow councilwoman assemblywoman anchorwoman stateswoman first-lady duchess empress`) {
		m[w] = female
	}
	return m
}()

// personNouns are the head nouns of descriptions that stand for a person
// named before: "the senator", "the former secretary of state", "the
// Republican nominee", "the billionaire".
var personNouns = wordSet(`senator governor president candidate nominee host co-host anchor billionaire mogul
	tycoon magnate developer front-runner frontrunner contender hopeful challenger rival incumbent official
	lawmaker legislator representative congressman congresswoman secretary mayor minister leader director
	executive founder co-founder ceo chairman chairwoman chair actor actress star singer rapper comedian writer
	author columnist reporter journalist commentator pundit analyst strategist adviser advisor aide economist
	professor scholar historian attorney lawyer judge justice prosecutor sheriff officer general veteran
	activist pastor preacher bishop pope rabbi imam spokesman spokeswoman spokesperson diplomat envoy ambassador
	speaker moderator politician celebrity entrepreneur investor banker doctor surgeon physician scientist
	researcher expert consultant pollster organizer organiser owner manager coach businessman businesswoman
	man woman democrat republican president-elect vice-president nominee-in-waiting premier chancellor king
	queen prince princess emir commander colonel governor-elect senator-elect deputy superintendent
	commissioner treasurer comptroller auditor clerk chief lieutenant captain sergeant admiral mother father
	wife husband son daughter widow`)

// abbreviatedTitles spells out the titles that stand abbreviated before a
// name, so that "Sen. Bernie Sanders" is "the senator" later.
var abbreviatedTitles = map[string]string{
	"sen": "senator", "rep": "representative", "gov": "governor", "gen": "general", "pres": "president",
	"sec": "secretary", "lt": "lieutenant", "col": "colonel", "capt": "captain", "adm": "admiral",
	"dr": "doctor", "prof": "professor", "atty": "attorney", "supt": "superintendent", "amb": "ambassador",
	"sgt": "sergeant", "cmdr": "commander", "maj": "major", "gop": "republican",
}

// roleWord folds a word of a title or role for comparing with the head of
// a description: "Sen." → "senator".
func roleWord(w string) string {
	w = strings.TrimSuffix(foldWord(w), ".")
	if full, ok := abbreviatedTitles[w]; ok {
		return full
	}
	return w
}

// addRoleWords records the words of a title or role of e ("Sen.",
// "Prime Minister of Denmark", "a spokesman for Google"), and the gender
// they imply.
func (e *entityRec) addRoleWords(s string) {
	if s == "" || e.rolesSeen[s] {
		return
	}
	if e.rolesSeen == nil {
		e.rolesSeen = map[string]bool{}
	}
	e.rolesSeen[s] = true
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '’' || r == '\'' }) {
		w = roleWord(w)
		if w == "" {
			continue
		}
		if e.roleWords == nil {
			e.roleWords = map[string]bool{}
		}
		e.roleWords[w] = true
		if g := titleGender[w]; g != unknownGender && e.gender == unknownGender {
			e.gender = g
		}
	}
}

// genderOf returns what is known of a person's gender: from titles and
// pronouns seen, else from the given name.
func (a *analysis) genderOf(e *entityRec) gender {
	if e == nil || e.kind != timeline.Person {
		return unknownGender
	}
	if e.gender != unknownGender {
		return e.gender
	}
	words := strings.Fields(e.name)
	for _, w := range words {
		w = strings.TrimSuffix(w, ".")
		if len(w) <= 1 {
			continue // an initial: "J. D. Vance"
		}
		if g, ok := a.gaz.genders[foldName(w)]; ok {
			e.gender = g
		}
		break
	}
	return e.gender
}

// descriptionAt recognises a description that may stand for a person
// named before, starting at toks[i]: "the senator", "the Vermont
// senator", "the former secretary of state", "the GOP front-runner". It
// returns the mention and its length in tokens, or 0.
func (a *analysis) descriptionAt(toks []token, i int) (mention, int) {
	if !toks[i].isAny("the") {
		return mention{}, 0
	}
	// Up to four modifiers, then the head noun.
	for j := i + 1; j < len(toks) && j <= i+5; j++ {
		t := &toks[j]
		if t.kind != wordToken {
			return mention{}, 0
		}
		if orgNouns[t.low] && j == i+1 {
			// "the department", "the council": an organisation named before.
			if j+1 < len(toks) && toks[j+1].kind == wordToken && (toks[j+1].isCap() || nounCompound(&toks[j+1])) {
				return mention{}, 0
			}
			m := mention{start: toks[i].start, end: t.end, tok: i, tokEnd: j + 1, kind: descriptionMention, head: t.low, org: true}
			m.name = a.text[m.start:m.end]
			return m, j + 1 - i
		}
		if !personNouns[t.low] {
			if t.isCap() || t.isLower() && !stopModifier[t.low] {
				continue
			}
			return mention{}, 0
		}
		// A capitalised head after a capitalised word that names no place
		// ends a name, not a description: "The New Hampshire Union
		// Leader", a newspaper; not "the Vermont Senator". So does a name
		// the gazetteer knows.
		if k, n := a.gaz.lookupName(toks, i+1); k != nil && i+1+n > j {
			return mention{}, 0
		}
		if t.isCap() && j > i+1 && toks[j-1].isCap() {
			if k, _ := a.gaz.lookupName(toks, j-1); k == nil {
				if k, _ := a.gaz.lookupAdjective(toks, j-1); k == nil {
					return mention{}, 0
				}
			}
		}
		// "the independent Vermont senator and Democratic presidential
		// candidate": the last head.
		if k := j + 1; k+1 < len(toks) && toks[k].low == "and" {
			for h := k + 1; h < len(toks) && h <= k+4; h++ {
				if personNouns[toks[h].low] {
					j, t = h, &toks[h]
					break
				}
				if toks[h].kind != wordToken || stopModifier[toks[h].low] {
					break
				}
			}
		}
		end := j + 1
		// "the former secretary of state", "the chairman of the committee"
		if end+1 < len(toks) && toks[end].low == "of" && toks[end+1].kind == wordToken && !toks[end+1].isAny("the", "a", "his", "her") {
			end += 2
		}
		// Not a title before a name ("the senator Bernie Sanders") nor a noun
		// compound going on ("the candidate forum").
		if end < len(toks) && toks[end].kind == wordToken && (toks[end].isCap() || personNouns[toks[end].low] || nounCompound(&toks[end])) {
			return mention{}, 0
		}
		m := mention{start: toks[i].start, end: toks[end-1].end, tok: i, tokEnd: end, kind: descriptionMention,
			head: roleWord(t.low), gender: titleGender[t.low]}
		m.name = a.text[m.start:m.end]
		return m, end - i
	}
	return mention{}, 0
}

// orgNouns are the head nouns of descriptions that stand for an
// organisation named before, whose name has the noun: "the department"
// for the State Department, "the council" for the St. Paul City Council.
var orgNouns = wordSet(`department council committee agency board commission court ministry bureau
	foundation institute association union party network newspaper campaign company corporation`)

// stopModifier are words that cannot stand between "the" and the head of a
// description: verbs and function words.
var stopModifier = wordSet(`said says and or but of to in on at for with by from that which who is was are were
	has had have be been will would not as than`)

// nounCompound reports whether a lower-case word after a person noun makes
// it a modifier of a compound instead: "the candidate forum", "the host
// city".
func nounCompound(t *token) bool {
	return t.isLower() && !stopModifier[t.low] && speechVerbs[t.low].kind == 0 && !adverbs[t.low] && !auxiliaries[t.low]
}

// adverbs and auxiliaries may stand between a speaker and the speech verb:
// "Trump also said", "Clinton has repeatedly said".
var adverbs = wordSet(`also later then once again previously earlier further simply flatly bluntly quickly
	publicly privately reportedly separately similarly likewise repeatedly recently initially first finally
	subsequently promptly immediately quietly loudly angrily sharply firmly frankly candidly openly jokingly
	herself himself themselves itself today yesterday tonight just only still even never not often always
	sometimes frequently famously memorably reportedly allegedly apparently correctly wrongly falsely rightly
	proudly flatly tersely curtly emphatically`)

var auxiliaries = wordSet(`has had have having is was were are be been will would could should might may must
	did does do shall can went going`)

// salience ranks the people that a pronoun or description may stand for:
// a person's mentions add to their score, more as the subject of its
// sentence or a speaker, and scores halve with each sentence (after
// Lappin and Leass, 1994). As there, each factor counts once per person
// and sentence: a speaker who says "he" of himself twice and speaks again
// is no more present than the subject named once in the sentence after.
type salience struct {
	score map[*entityRec]float64
	// seen holds the factors each person has scored in this sentence.
	seen map[*entityRec]salFactor
}

// salFactor is one reason a mention adds to its person's salience.
type salFactor uint8

// The salience factors, each a bit of salience.seen.
const (
	salMention salFactor = 1 << iota // any mention outside quotations
	salSubject                       // the subject of its sentence
	salSpeaker                       // the speaker of a quotation or statement
)

// weight gives a factor's weight, after Lappin and Leass.
func (f salFactor) weight() float64 {
	switch f {
	case salMention:
		return 50
	case salSubject:
		return 80
	case salSpeaker:
		return 60
	}
	return 0
}

// salFloor is the score below which a person is forgotten.
const salFloor = 2.0

func newSalience() *salience {
	return &salience{score: map[*entityRec]float64{}, seen: map[*entityRec]salFactor{}}
}

// nextSentence decays every score.
func (s *salience) nextSentence() {
	clear(s.seen)
	for e, v := range s.score {
		if v *= 0.5; v < salFloor {
			delete(s.score, e)
		} else {
			s.score[e] = v
		}
	}
}

// add scores the factor f for the person e, once in a sentence.
func (s *salience) add(e *entityRec, f salFactor) {
	if e = e.resolve(); e == nil || e.kind != timeline.Person || s.seen[e]&f != 0 {
		return
	}
	s.seen[e] |= f
	s.score[e] += f.weight()
}

// best returns the most salient person that ok accepts, and its score.
func (s *salience) best(ok func(e *entityRec) bool) (*entityRec, float64) {
	var best *entityRec
	bestScore := 0.0
	for e, v := range s.score {
		if !ok(e) {
			continue
		}
		// Ties go to the earlier-named person, so that the result does not
		// depend on the map's order.
		if v > bestScore || v == bestScore && best != nil && e.first < best.first {
			best, bestScore = e, v
		}
	}
	return best, bestScore
}

// introWordsForSubject begin a phrase before a sentence's subject, ended
// by a comma: "In a swipe against Donald Trump, Clinton said …".
var introWordsForSubject = wordSet(`in on at after before during despite although though while when if because
	as since unlike like amid following speaking asked addressing writing responding meanwhile however
	earlier later last yesterday today`)

// participleAt reports whether a speech participle stands at toks[k]:
// "Noting the rain, Perlman said".
func participleAt(toks []token, k int) bool {
	c, n := speechAt(toks, k)
	return n > 0 && c.kind == participleSpeech
}

// subjectMention returns the index in ms of the sentence's subject: its
// first mention of a person outside quotations, after an introductory
// phrase; -1 when there is none.
func (a *analysis) subjectMention(toks []token, ms []mention, quoted func(i int) bool) int {
	from := subjectStart(toks, quoted)
	for k := range ms {
		m := &ms[k]
		if m.tok < from || m.inQuote || m.kind == adjectiveMention {
			continue
		}
		// The state of an address in the opening phrase: "Speaking at a
		// rally in Novi, Michigan, Trump says".
		if e := m.entity(); e != nil && e.kind == timeline.Place && !countryLike(e) && m.tok > 0 && toks[m.tok-1].text == "," &&
			m.tokEnd < len(toks) && toks[m.tokEnd].text == "," {
			continue
		}
		if m.tokEnd < len(toks) && toks[m.tokEnd].kind == possessiveToken {
			return -1 // "Trump’s campaign said": the subject is the campaign
		}
		if a.describesPerson(toks, ms, k) {
			continue // "Florida developer Mel Sembler expressed dismay"
		}
		if e := m.entity(); e != nil && e.kind == timeline.Place && !placeSubject(toks, from, m) {
			return -1
		}
		return k
	}
	return -1
}

// describesPerson reports whether the place or organisation ms[k] only
// describes the person a title after it names: "NRA lobbyist Chris Cox",
// "Florida developer Mel Sembler" (not "Democrats see Sanders").
func (a *analysis) describesPerson(toks []token, ms []mention, k int) bool {
	m := &ms[k]
	if e := m.entity(); e == nil || e.kind == timeline.Person || k+1 >= len(ms) || m.tokEnd >= len(toks) {
		return false
	}
	next := &ms[k+1]
	if e := next.entity(); e == nil || e.kind != timeline.Person || next.kind != nameMention {
		return false
	}
	kind, n := a.gaz.lookupTitle(toks, m.tokEnd)
	return kind != 0 && toks[m.tokEnd].isLower() && m.tokEnd+n == next.tok
}

// subjectStart returns where a sentence's subject may begin: after its
// introductory phrases, one after another ("In June 2009, after Clinton
// suffered a concussion, Axelrod emailed …") and a dateline.
func subjectStart(toks []token, quoted func(i int) bool) int {
	from := datelineEnd(toks, 0, len(toks)) // not "SPRINGFIELD - The man …"
	for from < len(toks) && (introWordsForSubject[toks[from].low] || participleAt(toks, from) || timePhraseBefore(toks, from)) {
		next := from
		for k := from + 1; k < len(toks) && k < from+25; k++ {
			if toks[k].text == "," && !quoted(k) {
				next = k + 1
				break
			}
		}
		if next == from {
			break
		}
		from = next
	}
	return from
}

// timePhraseBefore reports whether a short phrase of time and a comma
// open the sentence at toks[from]: "Just a few months ago,", "Two days
// later,".
func timePhraseBefore(toks []token, from int) bool {
	for k := from; k < len(toks) && k <= from+6; k++ {
		t := &toks[k]
		if t.text == "," {
			return k > from && toks[k-1].isAny("ago", "earlier", "later", "before", "afterward", "afterwards")
		}
		if t.kind != wordToken || verbLike(t) {
			return false
		}
	}
	return false
}

// opensClause reports whether the mention m opens its sentence's main
// clause, after its introductory phrases, with at most the words that
// describe it before it ("Florida developer Mel Sembler expressed …"),
// not after a verb or a preposition ("The radio talker has filled his
// speeches for Cruz").
func opensClause(toks []token, m *mention, quoted func(i int) bool) bool {
	from := subjectStart(toks, quoted)
	if m.tok < from {
		return false
	}
	// A quotation the sentence opens with: "“…,” he said".
	for from < m.tok && (quoted(from) || from > 0 && quoted(from-1) && toks[from].kind == punctToken) {
		from++
	}
	// An adverb and its comma: "Now, she said, the Christians and Muslims
	// don't mix much".
	for from+1 < m.tok && toks[from+1].text == "," && (adverbs[toks[from].low] || toks[from].isAny("now", "so", "then", "yet", "instead", "indeed")) {
		from += 2
	}
	for k := from; k < m.tok; k++ {
		t := &toks[k]
		if t.kind != wordToken || verbLike(t) || prepositionWords[t.low] && !insideName(toks, k) {
			return false
		}
	}
	return true
}

// placeSubject reports whether the place m, the first name of a sentence
// from token from, may be its subject ("Moscow said"): not after a verb
// or a preposition ("Some candidates have called for the United States
// …, saying", "Even in Iowa, it is premature …") nor before the noun it
// describes ("The Florida senator sought …, saying").
func placeSubject(toks []token, from int, m *mention) bool {
	for k := from; k < m.tok; k++ {
		if verbLike(&toks[k]) || prepositionWords[toks[k].low] {
			return false
		}
	}
	return !(m.tokEnd < len(toks) && toks[m.tokEnd].kind == wordToken && toks[m.tokEnd].isLower() && !verbLike(&toks[m.tokEnd]) &&
		speechVerbs[toks[m.tokEnd].low].kind == 0 && m.tok > from && toks[m.tok-1].isAny("the", "a", "an"))
}

// resolveReference decides whom the pronoun or description m stands for,
// from the salience of the people named before it.
func (a *analysis) resolveReference(m *mention, sal *salience) *entityRec {
	switch m.kind {
	case pronounMention:
		e, _ := sal.best(func(e *entityRec) bool {
			g := a.genderOf(e)
			return g == unknownGender || g == m.gender
		})
		// A pronoun settles the gender of a person known by surname only.
		if e != nil && e.gender == unknownGender && m.gender != unknownGender {
			e.gender = m.gender
		}
		return e
	case descriptionMention:
		if m.org {
			return a.organisationNamed(m)
		}
		party := partyIn(slices.Values(strings.Fields(strings.ToLower(m.name))))
		fits := func(e *entityRec) bool {
			g := a.genderOf(e)
			if party != "" {
				// "The Democratic presidential nominee" is not the
				// Republican presidential nominee named before.
				if p := partyIn(maps.Keys(e.roleWords)); p != "" && p != party {
					return false
				}
			}
			return (m.gender == unknownGender || g == unknownGender || g == m.gender) && !e.unnamed
		}
		// One whose title or role says so: "the senator" for "Sen. Bernie
		// Sanders". A party's member may be any of its members, which fits
		// has checked: "the Wisconsin Republican" after "Speaker Paul Ryan
		// says … Republican Donald Trump’s comments" is Ryan.
		if party == "" || partyWord(m.head) == "" {
			if e, _ := sal.best(func(e *entityRec) bool { return fits(e) && e.roleWords[m.head] }); e != nil {
				return e
			}
		}
		// Else the most salient person, if the description could be
		// anyone's ("the billionaire", "the Republican nominee").
		if !strictNouns[m.head] {
			if e, v := sal.best(fits); e != nil && v >= salMention.weight()/2 {
				return e
			}
		}
	}
	return nil
}

// partyIn returns the party that lower-case words name, "democratic" or
// "republican"; "" for none or both ("a Republican turned Democrat"), so
// that the words' order, a map's included, never matters.
func partyIn(words iter.Seq[string]) string {
	dem, rep := false, false
	for w := range words {
		switch partyWord(w) {
		case "democratic":
			dem = true
		case "republican":
			rep = true
		}
	}
	switch {
	case dem && !rep:
		return "democratic"
	case rep && !dem:
		return "republican"
	}
	return ""
}

// partyWord returns the party that the lower-case word w names,
// "democratic" or "republican", or "".
func partyWord(w string) string {
	switch w {
	case "democratic", "democrat", "dem":
		return "democratic"
	case "republican", "gop":
		return "republican"
	}
	return ""
}

// strictNouns are person nouns that name an office or kin precisely
// enough that a description by them stands only for a person known to
// hold it: "the mayor" is not any salient person.
var strictNouns = wordSet(`mayor judge justice sheriff prosecutor pope bishop rabbi imam pastor king queen prince
	princess emir chancellor premier mother father wife husband son daughter widow speaker ambassador
	commissioner treasurer comptroller auditor clerk superintendent`)

// organisationNamed returns the organisation named last, within the last
// few sentences before the description m ("the department"), whose name
// has its head noun: the State Department; nil when there is none.
func (a *analysis) organisationNamed(m *mention) *entityRec {
	const reach = 2000 // bytes back
	i := sort.Search(len(a.mentions), func(i int) bool { return a.mentions[i].start >= m.start }) - 1
	for ; i >= 0 && a.mentions[i].start >= m.start-reach; i-- {
		o := &a.mentions[i]
		e := o.entity()
		if o.kind != nameMention || e == nil || e.kind != timeline.Organisation && e.kind != timeline.Group || o.inQuote {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(e.name)) {
			if w == m.head || m.head == "newspaper" && (w == "times" || w == "post" || w == "journal") ||
				m.head == "campaign" && strings.Contains(strings.ToLower(o.name), "campaign") {
				return e
			}
		}
		for _, al := range e.aliases {
			if strings.Contains(strings.ToLower(al), m.head) {
				return e
			}
		}
	}
	return nil
}
