package draft

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"newsline/timeline"
)

// An entityRec is an entity as the importer builds it up from mentions.
type entityRec struct {
	kind      timeline.EntityKind
	name      string
	role      string
	roleScore int      // how telling role is: see roleScore*
	aliases   []string // other names seen, in order
	known     *known   // the gazetteer entry, if any
	first     int      // offset of the first mention, for a stable order
	mentions  int
	merged    *entityRec      // set when merged into another: follow it
	unnamed   bool            // a person known by office only: "Foreign Minister of Egypt"
	gender    gender          // from titles and pronouns; see analysis.genderOf
	roleWords map[string]bool // folded words of the titles and roles seen: "senator", "spokesman"
	rolesSeen map[string]bool // the titles and roles whose words are in roleWords
	// shortName caches short() for shortOf, the name and whether unnamed
	// when it was made: titles ask for it often.
	shortName string
	shortOf   string
	shortAnon bool
}

// resolve follows merges to the entity that stands for e.
func (e *entityRec) resolve() *entityRec {
	for e != nil && e.merged != nil {
		e = e.merged
	}
	return e
}

// short is the entity's name in a headline: a person's surname, else the
// name.
func (e *entityRec) short() string {
	if e.shortName == "" || e.shortOf != e.name || e.shortAnon != e.unnamed {
		e.shortName, e.shortOf, e.shortAnon = e.makeShort(), e.name, e.unnamed
	}
	return e.shortName
}

func (e *entityRec) makeShort() string {
	if e.kind == timeline.Person && !e.unnamed {
		words := strings.Fields(e.name)
		words = withoutSuffixes(words) // "John G. Roberts Jr." is Roberts
		if len(words) == 2 && nameSuffixes[strings.ToLower(strings.TrimSuffix(words[1], "."))] {
			return e.name // "Fred Sr.", never "Sr."
		}
		for i, w := range words {
			if i > 0 && (w == "of" || w == "for" || w == "on" || w == "and" || w == "the") {
				// A name with where the person is from or works: "Hashemi
				// Rafsanjani of Iran" is Rafsanjani; "Hussein of Jordan" and
				// "First of America" stay whole, never "of America".
				if i >= 2 {
					return (&entityRec{kind: e.kind, name: strings.Join(words[:i], " ")}).makeShort()
				}
				return e.name
			}
		}
		i := len(words) - 1
		// Particles belong to the surname: "De Wever", "von der Leyen".
		for i > 1 && surnameParticles[strings.ToLower(words[i-1])] {
			i--
		}
		if i > 0 && isInitial(words[i]) {
			return e.name // "Robert C.", never "C."
		}
		return strings.Join(words[i:], " ")
	}
	return e.name
}

// surnameOf returns the surname of a name's words: the last, before any
// suffix ("Samuel A. Alito Jr." is Alito; "Fred Sr." keeps its suffix, as
// in short).
func surnameOf(words []string) string {
	words = withoutSuffixes(words)
	return words[len(words)-1]
}

// withoutSuffixes drops the suffixes ending a name of three words or more:
// "John G. Roberts Jr." → "John G. Roberts"; "Fred Sr." stays whole.
func withoutSuffixes(words []string) []string {
	for len(words) > 2 && nameSuffixes[strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))] {
		words = words[:len(words)-1]
	}
	return words
}

// nameSuffixes follow a surname: "Jr.", "III".
var nameSuffixes = wordSet("jr sr ii iii iv")

// isInitial reports whether w is an initial: "C.", "J".
func isInitial(w string) bool {
	w = strings.TrimSuffix(w, ".")
	r, size := utf8.DecodeRuneInString(w)
	return size == len(w) && unicode.IsUpper(r)
}

// addAlias records another name of e, once (case and accents ignored).
func (e *entityRec) addAlias(alias string) {
	alias = strings.TrimSpace(alias)
	if alias == e.name || slices.Contains(e.aliases, alias) {
		return // the common case, without folding
	}
	if alias == "" || foldName(alias) == foldName(e.name) {
		return
	}
	for _, a := range e.aliases {
		if foldName(a) == foldName(alias) {
			return
		}
	}
	e.aliases = append(e.aliases, alias)
}

// setRole keeps the most telling role seen.
func (e *entityRec) setRole(role string, score int) {
	if role != "" && score > e.roleScore {
		e.role, e.roleScore = role, score
	}
}

// How telling a role is: an office of a named country beats a description,
// which beats a bare title.
const (
	roleBareTitle = 1 // "President"
	roleTitle     = 2 // "special envoy", "US special envoy"
	roleDescribed = 3 // "Trump’s son-in-law", "associate professor at …"
	roleOffice    = 4 // "Prime Minister of Denmark"
)

// mentionKind says how a mention names its entity.
type mentionKind uint8

const (
	nameMention        mentionKind = iota // "Donald Trump", "NATO"
	adjectiveMention                      // "Danish" → Denmark
	roleMention                           // "Ukraine’s president" → the President of Ukraine, if known
	pronounMention                        // "he", "she": a person named before (resolveReference)
	descriptionMention                    // "the senator", "the Republican nominee": a person named before
)

// A mention is a place in the text that names an entity.
type mention struct {
	start, end  int // bytes of the whole mention, titles included: "Danish Prime Minister Mette Frederiksen"
	tok, tokEnd int // its tokens within the sentence
	kind        mentionKind
	ent         *entityRec // nil until resolved; follow merges with resolve
	name        string     // the name as written, for candidates: "Mette Frederiksen"
	role        string     // role words around it: "Prime Minister of Denmark"
	roleScore   int
	speaks      bool // followed or preceded by a speech verb ("X said", "said X")
	aged        bool // followed by an age set off by commas: "Woodrow Benford, 58,"
	inQuote     bool
	title       string // the title before a person's name: "Sen.", "MSNBC host"
	head        string // a description's head noun, folded: "senator"
	org         bool   // a description of an organisation: "the department"
	gender      gender // a pronoun's or description's
}

// entity returns the resolved entity of m, or nil.
func (m *mention) entity() *entityRec { return m.ent.resolve() }

// Words that cannot be or begin a name even when capitalised.
var notNames = wordSet(`january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday ok okay god mr mrs ms dr
i i'm i've i'd i'll he she it we they you his her its their our`)

// determinerWords open sentences in capitals but are no name alone.
var determinerWords = wordSet("this that these those some")

// surnameParticles belong to the surname after them: "De Wever", "von der
// Leyen", "bin Salman"; not "of", which no surname begins with.
var surnameParticles = wordSet("de del della di da van von der den du des la le al el bin ibn y")

// Words that join the parts of a name: "Ursula von der Leyen", "Ministry of Defence".
var nameConnectors = wordSet("of de del della di da van von der den du des la le al el bin ibn y and for the on")

// Words that make a capitalised name an organisation's.
var orgHeads = wordSet(`college university ministry council party army agency institute bank company corporation corp
inc group committee commission court foundation association union forces office department service news times
post journal fund authority organization organisation directorate diocese archdiocese alliance federation front movement guard navy police
academy school hospital center centre board bureau network club brigade battalion regiment society church
assembly parliament congress senate tribunal airlines motors industries holdings labs media press radio
television tv council cabinet government administration embassy ministry ltd limited co llc plc
partnership partners bancorp securities associates pac`)

// placeHeads end the names of places, which a given name may begin: "Lee
// County", "Kansas City", "Jackson Township", "Miami International
// Airport". Not those that are surnames too: Michael Bay, Joan Rivers,
// Geun-hye Park.
var placeHeads = wordSet(`county city township parish borough village island islands valley avenue road
	boulevard bridge mountain mountains heights springs harbor harbour airport station stadium arena
	library museum memorial monument district province`)

// namedOrgHeads are head words of organisations' names that alone are
// common nouns: "House Majority PAC", "General Electric", "Yahoo Studios";
// not "Steel workers in Ohio said".
var namedOrgHeads = wordSet(`caucus coalition campaign project institution electric energy petroleum steel
airways communications technologies pharmaceuticals brands stores studios entertainment`)

// orgHead reports whether w is the head word of an organisation's name of
// words words.
func orgHead(w string, words int) bool {
	return orgHeads[w] || words > 1 && namedOrgHeads[w]
}

// maxNameWords is the most words a person's name has: "Mohammed bin
// Abdulrahman Al Thani".
const maxNameWords = 6

// findMentions appends the mentions of a sentence's tokens, resolving
// gazetteer names on the spot and leaving people and other names as
// candidates (mention.ent nil) for resolveMentions. quotes are the
// sentence's quotations.
func (a *analysis) findMentions(out []mention, toks []token, quotes []quoteSpan) []mention {
	g := a.gaz
	for i := 0; i < len(toks); {
		best := []mention(nil)
		bestLen := 0
		consider := func(n int, ms ...mention) {
			if n > bestLen {
				best, bestLen = ms, n
			}
		}
		// In order of preference when of equal length.
		if ms, n := a.titledPerson(toks, i); n > 0 {
			consider(n, ms...)
		} else if ms, n := a.describedPerson(toks, i); n > 0 {
			consider(n, ms...)
		}
		if k, n := g.lookupName(toks, i); k != nil {
			consider(n, a.knownMention(k, toks, i, i+n))
		}
		if ms, n := a.roleMention(toks, i); n > 0 {
			consider(n, ms...)
		}
		if k, n := g.lookupAdjective(toks, i); k != nil {
			m := a.knownMention(k, toks, i, i+n)
			m.kind = adjectiveMention
			consider(n, m)
		}
		if n := nameRun(toks, i, g); n > 0 {
			consider(n, a.candidate(toks, i, i+n))
		}
		if bestLen == 0 {
			if g, ok := pronounGender[toks[i].low]; ok {
				consider(1, mention{start: toks[i].start, end: toks[i].end, tok: i, tokEnd: i + 1, kind: pronounMention, gender: g})
			} else if m, n := a.descriptionAt(toks, i); n > 0 {
				consider(n, m)
			}
		}
		// A nationality that speaks is a surname: "Cuban said" (Mark Cuban).
		if bestLen == 1 && best[0].kind == adjectiveMention && speechAround(toks, i, i+1) && capName(toks, i) {
			best = []mention{a.candidate(toks, i, i+1)}
		}
		if bestLen == 0 {
			i++
			continue
		}
		for _, m := range best {
			m.inQuote = inQuotes(quotes, m.start)
			out = append(out, m)
		}
		i += bestLen
	}
	return out
}

// knownMention makes a mention of a gazetteer entry.
func (a *analysis) knownMention(k *known, toks []token, i, j int) mention {
	return mention{start: toks[i].start, end: toks[j-1].end, tok: i, tokEnd: j, kind: nameMention, ent: a.knownEntity(k, toks[i].start)}
}

// knownEntity returns the entity of gazetteer entry k, making it on first
// use.
func (a *analysis) knownEntity(k *known, at int) *entityRec {
	if e := a.byKnown[k]; e != nil {
		return e
	}
	e := &entityRec{kind: k.kind, name: k.name, role: k.role, known: k, first: at}
	for _, alias := range k.aliases {
		e.addAlias(alias)
	}
	a.byKnown[k] = e
	a.entities = append(a.entities, e)
	return e
}

// candidate makes an unresolved mention of the capitalised name
// toks[i:j].
func (a *analysis) candidate(toks []token, i, j int) mention {
	m := mention{start: toks[i].start, end: toks[j-1].end, tok: i, tokEnd: j, kind: nameMention}
	m.name = a.text[m.start:m.end]
	if j-i == 1 && determinerWords[toks[i].low] {
		m.name = "" // "“That tells me …”": a sentence's first word, no one's name
	}
	// "Bernie Sanders of Vermont said": the place does not speak.
	m.speaks = speechAround(toks, i, j) && (i == 0 || toks[i-1].low != "of") || a.speakerInApposition(toks, i, j)
	m.aged = j-i >= 2 && ageAfter(toks, j)
	return m
}

// ageAfter reports whether an age set off by commas follows the name
// ending at toks[k]: "Woodrow Benford, 58, who lives outside
// Minneapolis", "Corey Lewandowski, 42, faces". Only a person's name has
// one.
func ageAfter(toks []token, k int) bool {
	if k+2 >= len(toks) || toks[k].text != "," || !isDigitToken(&toks[k+1]) || toks[k+2].text != "," {
		return false
	}
	n, err := strconv.Atoi(toks[k+1].text)
	return err == nil && n >= 1 && n <= 120
}

// speakerInApposition reports whether the name toks[i:j], set off by
// commas right before a verb of speaking or after one and its subject's
// description, is the speaker described before it, by a given name the
// short list of given-names.txt lacks but the long one of genders.txt has:
// "Clinton's campaign manager, Robby Mook, said", "said Clinton's campaign
// manager, Robby Mook."; not "the Vatican's official newspaper,
// L'Osservatore Romano, wrote".
func (a *analysis) speakerInApposition(toks []token, i, j int) bool {
	if i < 2 || j-i < 2 || toks[i-1].text != "," {
		return false
	}
	if _, ok := a.gaz.genders[foldName(toks[i].text)]; !ok {
		return false
	}
	if j+1 < len(toks) && toks[j].text == "," {
		c, n := speechAt(toks, j+1)
		return n > 0 && c.kind == finiteSpeech
	}
	// Inverted: "“…,” said Clinton's campaign manager, Robby Mook."
	if j < len(toks) && toks[j].text != "." {
		return false
	}
	for k := i - 2; k >= 0 && k >= i-6; k-- {
		if c, n := speechAt(toks, k); n > 0 && c.kind == finiteSpeech {
			return true
		}
		if toks[k].kind != wordToken && toks[k].kind != possessiveToken {
			return false
		}
	}
	return false
}

// speechAround reports whether the name toks[i:j] is the subject of a
// speech verb: "X said", "X has said", "said X".
func speechAround(toks []token, i, j int) bool {
	k := j
	// An appositive between: "Jenna Golden, Twitter’s director of political
	// advertising, said".
	if k < len(toks) && toks[k].text == "," {
		for c := k + 1; c < len(toks) && c <= k+20; c++ {
			if t := toks[c].text; t == "," {
				k = c + 1
				break
			} else if t == "." || t == ";" || t == "“" || t == "”" || t == "\"" {
				break
			}
		}
	}
	for k < len(toks) && k < j+3 && (adverbs[toks[k].low] || auxiliaries[toks[k].low]) {
		k++
	}
	if k < len(toks) {
		if c, n := speechAt(toks, k); n > 0 && c.kind == finiteSpeech {
			return true
		}
	}
	// A quotation signed with a dash: "“…” ― Jacklyn Ashley".
	if i >= 2 && isDash(toks[i-1].text) && (toks[i-2].text == "”" || toks[i-2].text == "\"") && (j == len(toks) || toks[j].kind == punctToken) {
		return true
	}
	if i > 0 {
		if j < len(toks) && toks[j].kind == possessiveToken {
			return false // "said Florida International's Fernandez": whose the speaker is
		}
		// "added Latin hits": a word that a noun follows is its modifier,
		// not a speaker.
		if j < len(toks) && toks[j].kind == wordToken && toks[j].isLower() && !prepositionWords[toks[j].low] &&
			!adverbs[toks[j].low] && !toks[j].isAny("who", "whose", "as") {
			return false
		}
		c, n := speechAt(toks, i-1)
		return n > 0 && c.kind == finiteSpeech && !c.bare
	}
	return false
}

// nameRun returns the length of the run of capitalised words that starts
// at toks[i] and could be a name, or 0. Connectors ("of", "von der") may
// join capitalised words; a run stops at a possessive.
func nameRun(toks []token, i int, g *Gazetteer) int {
	if !capName(toks, i) {
		return 0
	}
	j := i + 1
	for j < len(toks) {
		if capName(toks, j) {
			j++
			continue
		}
		// A firm named for its founder: "Shoney's Inc.", "Sotheby's
		// Holdings Inc.".
		// Not "Russia's Defense Ministry", which is Russia's.
		if toks[j].kind == possessiveToken && j+1 < len(toks) && capName(toks, j+1) &&
			(corporateForms[strings.TrimSuffix(toks[j+1].low, ".")] || toks[j+1].low == "holdings" ||
				toks[j-1].isAny("People", "Workers", "Veterans", "Women", "Children")) { // "German People's Union"
			j += 2
			continue
		}
		// A nickname in quotation marks: Robert C. "Bobby" Scott.
		if j+3 < len(toks) && isOpeningMark(toks[j].text) && capName(toks, j+1) && isClosingMark(toks[j+2].text) && capName(toks, j+3) {
			j += 4
			continue
		}
		// Connectors: "Ministry of Defence", "Ursula von der Leyen"; not
		// "of" after a person's name, which says where they are from or
		// work: "Sen. Bernie Sanders of Vermont", "Senate Minority Whip
		// Richard J. Durbin of Illinois", "Adelle Nazarian of Breitbart
		// News".
		if toks[j].low == "of" && j-i >= 2 && g != nil && (g.given[toks[i].low] || givenNameBefore(toks, i, j, g) ||
			!orgRun(toks, i, j) && (stateAt(toks, j+1, g) || orgAfterOf(toks, j+1))) {
			break
		}
		// Nor "on" after one: "wrote Larry O’Connor on Hot Air" (but "the
		// Council on Foreign Relations").
		if toks[j].low == "on" && j-i >= 2 && g != nil && (g.given[toks[i].low] || givenNameBefore(toks, i, j, g)) {
			break
		}
		k := j
		for k < len(toks) && k < j+3 && nameConnectors[toks[k].lower()] && toks[k].isLower() {
			if toks[k].low == "and" && !orgRun(toks, i, j) {
				break // "Hillary Clinton and Bernie Sanders" are two names
			}
			k++
		}
		if k > j && k < len(toks) && capName(toks, k) && toks[k].start-toks[k-1].end <= 1 && !dateWordAt(toks, k) {
			j = k + 1
			continue
		}
		break
	}
	return j - i
}

// dateWordAt reports whether the capitalised word toks[k] begins a date
// that no name goes on into: a month cut short before a day ("Barack
// Obama on Aug. 17") or a word before a day's name ("CBS News on Super
// Tuesday"). "Jan" alone may be a given name (Jan Brewer).
func dateWordAt(toks []token, k int) bool {
	if k+1 < len(toks) && calendarWords[toks[k+1].low] {
		return true // "told CBS News on Super Tuesday"
	}
	if !monthAbbreviations[strings.TrimSuffix(toks[k].low, ".")] {
		return false
	}
	if strings.HasSuffix(toks[k].text, ".") {
		return true
	}
	return k+1 < len(toks) && (toks[k+1].text == "." || startsWithDigit(toks[k+1].text))
}

var monthAbbreviations = wordSet("jan feb mar apr jun jul aug sep sept oct nov dec")

// givenNameBefore reports whether a given name and one or two more words
// with no organisation's head word end the name toks[i:j]: "Richard J.
// Durbin", not "John F. Kennedy School" nor "Paul Ryan Joins Growing
// List".
func givenNameBefore(toks []token, i, j int, g *Gazetteer) bool {
	for k := max(i, j-3); k < j-1; k++ {
		if g.given[toks[k].low] && !orgRun(toks, k, j) {
			return true
		}
	}
	return false
}

// orgAfterOf reports whether the capitalised words from toks[k], after an
// article, name an organisation of their own: "the Eurasia Group", "Lund
// University"; not "America Inc.", the end of "Democratic Socialists of
// America Inc.".
func orgAfterOf(toks []token, k int) bool {
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	end := k
	for end < len(toks) && capName(toks, end) {
		end++
	}
	if end == k || corporateForms[strings.TrimSuffix(toks[end-1].low, ".")] {
		return false
	}
	return orgRun(toks, k, end)
}

func isOpeningMark(s string) bool { return s == "\"" || s == "“" }
func isClosingMark(s string) bool { return s == "\"" || s == "”" }

// stateAt reports whether a U.S. state is named at toks[k], as where a
// politician is from: "Lamar Alexander of Tennessee" (not "King George III
// of England", which names the king).
func stateAt(toks []token, k int, g *Gazetteer) bool {
	if k < len(toks) && toks[k].low == "the" {
		k++
	}
	if k >= len(toks) {
		return false
	}
	p, _ := g.lookupName(toks, k)
	return p != nil && p.kind == timeline.Place && p.role == "State of the United States"
}

// orgRun reports whether the name toks[i:j] has an organisation's head
// word, so that "and" may join it to more ("Centers for Disease Control
// and Prevention").
func orgRun(toks []token, i, j int) bool {
	return orgRunOf(toks, i, j, j-i)
}

// orgRunOf is orgRun for words toks[i:j] of a name of words words.
func orgRunOf(toks []token, i, j, words int) bool {
	for k := i; k < j; k++ {
		if orgHead(toks[k].low, words) || orgHead(strings.TrimSuffix(toks[k].low, "s"), words) {
			return true
		}
	}
	return false
}

// capName reports whether toks[i] can be part of a name: a capitalised
// word that is not a month, weekday or a common sentence opener at the
// start of a sentence.
func capName(toks []token, i int) bool {
	t := &toks[i]
	if t.kind != wordToken || !t.isCap() || notNames[t.lower()] {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(t.text); !unicode.IsLetter(r) {
		return false
	}
	sentenceEnd := i >= 2 && toks[i-1].text == "." && toks[i-2].isLower() // "great senator. Not good", not "Mr. Burman"
	if i == 0 || sentenceEnd || toks[i-1].kind == punctToken && strings.ContainsAny(toks[i-1].text, "“\"‘(:—–”?!…") {
		// First word of a sentence or quotation, or of a sentence inside
		// one ("great. Not good, great."): common words are capitalised here.
		if sentenceOpeners[t.lower()] || commonStarters[t.lower()] {
			return false
		}
		if c := speechVerbs[t.lower()]; c.kind == finiteSpeech && c.particle == "" && i+1 < len(toks) && toks[i+1].isCap() {
			return false // "Said Dorothy Poynter, who grew up with Ali, …"
		}
		if i+1 < len(toks) && toks[i+1].text == "," && (lyAdverb(t) || hedges[t.lower()]) {
			return false // "Recently, Herman Cain …"
		}
	}
	return true
}

// commonStarters are more words that begin sentences or quotations
// capitalised without being names.
var commonStarters = wordSet(`otherwise instead despite meanwhile however still yet thus therefore moreover
furthermore indeed perhaps maybe already even just only asked speaking according last next earlier later
several few experts analysts officials critics some many most more less nothing everything everyone nobody
people we're it's that's there's let yes no nevertheless nonetheless besides overall finally separately
additionally similarly likewise consequently accordingly hence ultimately initially having`)

// titledPerson recognises a person named after a title: "President Donald
// Trump", "Danish Prime Minister Mette Frederiksen", "special envoy Steve
// Witkoff", "Trump’s son-in-law Jared Kushner". It returns the person's
// mention and that of any country, organisation or person in the title,
// and the number of tokens read.
func (a *analysis) titledPerson(toks []token, i int) ([]mention, int) {
	g := a.gaz
	// Most words begin nothing of the kind: a lower-case word must be a
	// title ("special envoy") or a modifier ("former").
	if t := &toks[i]; !t.isCap() && g.titles[t.low] == nil && !titleModifiers[t.low] {
		return nil, 0
	}
	j := i
	var extra []mention
	var qualifier *known // "Danish" → Denmark, "US" → United States
	var possessor string // "Trump’s"
	if titleModifiers[toks[j].low] {
		j++
		if j < len(toks) && toks[j].text == "-" {
			j++
		}
	}
	if j >= len(toks) {
		return nil, 0
	}
	adj, adjLen := g.lookupAdjective(toks, j)
	if name, nameLen := g.lookupName(toks, j); name != nil && nameLen > adjLen {
		adj = nil // "European Council President": the council, not Europe
	}
	if adj != nil {
		m := a.knownMention(adj, toks, j, j+adjLen)
		m.kind = adjectiveMention
		extra = append(extra, m)
		qualifier = adj
		j += adjLen
	} else if k, n := g.lookupName(toks, j); k != nil {
		extra = append(extra, a.knownMention(k, toks, j, j+n))
		qualifier = k
		j += n
		if j < len(toks) && toks[j].kind == possessiveToken {
			j++
		}
	} else if k, _ := g.lookupTitle(toks, j); k != 0 {
		// The title comes first: "President Donald Trump’s".
	} else if n := nameRun(toks, j, g); n > 0 && n <= 3 && j+n < len(toks) && toks[j+n].kind == possessiveToken {
		m := a.candidate(toks, j, j+n)
		extra = append(extra, m)
		possessor = a.text[toks[j].start:toks[j+n].end]
		j += n + 1
	}
	if j >= len(toks) {
		return nil, 0
	}
	kind, n := g.lookupTitle(toks, j)
	if kind == 0 {
		return nil, 0
	}
	title := a.text[toks[j].start:toks[j+n-1].end]
	titleStart := j
	j += n
	// A second title word: "Vice President", "Lt. Gen." are in the list;
	// "Minister President" is not, and is rare.
	if j < len(toks) && toks[j].text == "." && toks[j].start == toks[j-1].end {
		j++ // "Gen." when the list has "Gen"
	}
	if j >= len(toks) {
		return nil, 0
	}
	nameLen := nameRun(toks, j, g)
	if nameLen == 0 || nameLen > maxNameWords {
		return nil, 0
	}
	// The name must not itself be a place or organisation: "President Trump" is a
	// person, "Prime Minister’s Office" is not.
	if k, n := g.lookupName(toks, j); k != nil && n >= nameLen {
		return nil, 0
	}
	if orgRunOf(toks, j, j+nameLen, j+nameLen-titleStart) {
		// Whom the organisation is of: "Mr. Burman of the Tax Policy
		// Center"; else no one: "General Electric".
		of := j + 1
		for of < j+nameLen && !toks[of].is("of") {
			of++
		}
		if of == j+nameLen || orgRun(toks, j, of) {
			return nil, 0
		}
		nameLen = of - j
	}
	if titleStart == i && !toks[i].isCap() && kind == office {
		// A lower-case office ("president Trump") is as good as capitalised.
	}
	m := mention{start: toks[i].start, end: toks[j+nameLen-1].end, tok: i, tokEnd: j + nameLen, kind: nameMention}
	m.name = a.text[toks[j].start:toks[j+nameLen-1].end]
	m.title = a.text[toks[i].start:toks[j-1].end]
	m.speaks = speechAround(toks, i, j+nameLen)
	switch {
	case kind == honorific:
	case possessor != "":
		m.role, m.roleScore = possessor+" "+title, roleDescribed
	case kind == office && qualifier != nil:
		m.role, m.roleScore = officeOf(title, qualifier), roleOffice
	case qualifier != nil:
		m.role, m.roleScore = capitalise(a.text[toks[i].start:toks[j-1].end]), roleTitle
	case kind == office:
		m.role, m.roleScore = titleCase(title), roleBareTitle
	default:
		m.role, m.roleScore = capitalise(title), roleTitle
	}
	return append([]mention{m}, extra...), j + nameLen - i
}

// describedPerson recognises a person named after a title that words
// describe: "Republican political consultant Chris Russell", "Washington
// Post columnist Michael Gerson", "former tech executive Carly Fiorina",
// "MSNBC host Chris Matthews". The description, up to five words,
// begins capitalised or with a modifier ("former"); the places and
// organisations in it are mentions too. It returns the mentions and the
// number of tokens read, or 0.
func (a *analysis) describedPerson(toks []token, i int) ([]mention, int) {
	g := a.gaz
	first := &toks[i]
	if !(first.isCap() && !sentenceOpeners[first.low] && !commonStarters[first.low] || titleModifiers[first.low] ||
		partyModifiers[first.low] && i+1 < len(toks) && toks[i+1].isAny("Democrat", "Republican")) {
		return nil, 0
	}
	var extra []mention
	for j := i; j < len(toks) && j <= i+5; j++ {
		t := &toks[j]
		if kind, n := describingTitle(toks, i, j, g); kind != 0 {
			k := j + n
			if k < len(toks) && toks[k].text == "." && toks[k].start == toks[k-1].end {
				k++
			}
			nameLen := 0
			if k < len(toks) {
				nameLen = nameRun(toks, k, g)
			}
			if nameLen == 0 || nameLen > maxNameWords {
				return nil, 0
			}
			if gk, gn := g.lookupName(toks, k); gk != nil && gn >= nameLen {
				return nil, 0
			}
			m := mention{start: first.start, end: toks[k+nameLen-1].end, tok: i, tokEnd: k + nameLen, kind: nameMention}
			m.name = a.text[toks[k].start:toks[k+nameLen-1].end]
			m.title = a.text[first.start:toks[k-1].end]
			m.role, m.roleScore = capitalise(roleText(a.text[first.start:toks[j+n-1].end])), roleTitle
			m.speaks = speechAround(toks, i, k+nameLen)
			return append([]mention{m}, extra...), k + nameLen - i
		}
		switch {
		case t.kind == possessiveToken && j > i:
		case t.kind != wordToken || stopModifier[t.low] || auxiliaries[t.low] || adverbs[t.low] || speechVerbs[t.low].kind != 0:
			return nil, 0
		case t.isCap():
			if k, n := g.lookupName(toks, j); k != nil {
				extra = append(extra, a.knownMention(k, toks, j, j+n))
				j += n - 1
			} else if k, n := g.lookupAdjective(toks, j); k != nil {
				m := a.knownMention(k, toks, j, j+n)
				m.kind = adjectiveMention
				extra = append(extra, m)
				j += n - 1
			}
		case t.isLower():
			if pastForm(t.low) {
				return nil, 0 // a verb: "Trump praised Fox News host …", "Clinton met President Obama" begin no description
			}
		default:
			return nil, 0
		}
	}
	return nil, 0
}

// describingTitle returns the kind and length of the title at toks[j] that
// ends the description begun at toks[i], or 0: a title of the gazetteer
// after the description's first word ("Washington Post columnist"), or a
// party's member before a given name ("ranking Democrat Elijah Cummings",
// "House Intelligence Republican Mike Pompeo").
func describingTitle(toks []token, i, j int, g *Gazetteer) (titleKind, int) {
	if j > i {
		if kind, n := g.lookupTitle(toks, j); kind != 0 && kind != honorific {
			return kind, n
		}
	}
	if !toks[j].isAny("Democrat", "Republican") || !toks[j].isCap() || j+1 >= len(toks) {
		return 0, 0
	}
	// Only names and modifiers before it: "Roloson supports Democrat
	// Hillary Clinton" and "is now leading Republican Donald Trump"
	// describe no one.
	for k := i; k < j; k++ {
		if !toks[k].isCap() && !partyModifiers[toks[k].low] {
			return 0, 0
		}
	}
	// A person's name, from a given name: not "Republican Governors
	// Association", "the Republican Party".
	if n := nameRun(toks, j+1, g); n > 0 && g.given[toks[j+1].low] && !orgRun(toks, j+1, j+1+n) {
		return plainRole, 1
	}
	return 0, 0
}

// roleText is a role as written, without a full stop after it, but for
// an abbreviated title's: "Republican Sen.".
func roleText(s string) string {
	last := s[strings.LastIndexByte(s, ' ')+1:]
	if w := strings.ToLower(strings.TrimSuffix(last, ".")); abbreviatedTitles[w] != "" {
		return s
	}
	return strings.TrimSuffix(s, ".")
}

// partyModifiers may stand before a party's member: "ranking Democrat".
var partyModifiers = wordSet("former fellow ranking longtime veteran")

// titleModifiers may stand before a title: "former President …".
var titleModifiers = wordSet("former acting interim outgoing incoming then leading fellow rival")

// roleMention recognises a person named by office alone: "Ukraine’s
// president", "the French president", "Denmark’s prime minister". The
// capital of a country is a place: "the French capital".
func (a *analysis) roleMention(toks []token, i int) ([]mention, int) {
	g := a.gaz
	if t := &toks[i]; t.low != "the" && !t.isCap() {
		return nil, 0
	}
	j := i
	if toks[j].is("the") {
		j++
	}
	if j >= len(toks) {
		return nil, 0
	}
	var country *known
	var extra []mention
	if k, n := g.lookupAdjective(toks, j); k != nil && j > i {
		country = k
		m := a.knownMention(k, toks, j, j+n)
		m.kind = adjectiveMention
		extra = append(extra, m)
		j += n
	} else if k, n := g.lookupName(toks, j); k != nil && j == i && j+n < len(toks) && toks[j+n].kind == possessiveToken {
		country = k
		extra = append(extra, a.knownMention(k, toks, j, j+n))
		j += n + 1
	}
	if country == nil || j >= len(toks) {
		return nil, 0
	}
	if toks[j].is("capital") && country.capital != nil {
		m := a.knownMention(country.capital, toks, i, j+1)
		m.ent.addAlias(a.text[toks[i].start:toks[j].end])
		return []mention{m}, j + 1 - i
	}
	kind, n := g.lookupTitle(toks, j)
	if kind != office {
		return nil, 0
	}
	if j+n < len(toks) && nameRun(toks, j+n, g) > 0 {
		return nil, 0 // a titled name: titledPerson's
	}
	// The office, then the name: "Hungary’s prime minister, Viktor Orbán,".
	if k := j + n; k+1 < len(toks) && toks[k].text == "," {
		if _, tn := g.lookupTitle(toks, k+1); tn > 0 && toks[k+1].isCap() {
			k += tn // "Qatar’s prime minister, Sheikh Mohammed bin Abdulrahman Al Thani,"
		}
		if nl := nameRun(toks, k+1, g); nl > 0 && nl <= maxNameWords && (k+1+nl == len(toks) || toks[k+1+nl].kind == punctToken) {
			if gk, gn := g.lookupName(toks, k+1); gk == nil || gn < nl {
				m := mention{start: toks[k+1].start, end: toks[k+nl].end, tok: k + 1, tokEnd: k + 1 + nl, kind: nameMention}
				m.name = a.text[m.start:m.end]
				m.role, m.roleScore = officeOf(a.text[toks[j].start:toks[j+n-1].end], country), roleOffice
				m.speaks = speechAround(toks, k+1, k+1+nl)
				return append([]mention{m}, extra...), k + 1 + nl - i
			}
		}
	}
	m := mention{start: toks[i].start, end: toks[j+n-1].end, tok: i, tokEnd: j + n, kind: roleMention}
	m.role = officeOf(a.text[toks[j].start:toks[j+n-1].end], country)
	m.name = a.text[m.start:m.end]
	m.speaks = speechAround(toks, i, j+n)
	return append([]mention{m}, extra...), j + n - i
}

// officeOf writes an office of a country: "Prime Minister of Denmark",
// "President of the United States".
func officeOf(title string, country *known) string {
	if country.kind != timeline.Place || country.country != nil {
		return titleCase(title) + " of " + country.withArticle() // "Secretary-General of the United Nations"
	}
	return titleCase(title) + " of " + country.withArticle()
}

// titleCase capitalises each word of an office: "prime minister" → "Prime
// Minister".
func titleCase(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		if w != "of" && w != "the" {
			words[i] = capitalise(w)
		}
	}
	return strings.Join(words, " ")
}

// capitalise upper-cases the first letter of s.
func capitalise(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// appositiveRole returns the role in an appositive after a person's name
// ("Peter Viggo Jakobsen, an associate professor at the Royal Danish
// Defence College") starting at toks[i], the token after the name, or "".
func (a *analysis) appositiveRole(toks []token, i int, quotes []quoteSpan) string {
	if i+2 >= len(toks) || toks[i].text != "," {
		return ""
	}
	if role := a.possessiveRole(toks, i+1); role != "" {
		return role
	}
	if !toks[i+1].isAny("a", "an", "the") {
		return ""
	}
	j := i + 2
	end := j
	hasTitle := false
	for end < len(toks) && end < j+16 {
		t := &toks[end]
		if t.kind == punctToken && strings.ContainsAny(t.text, ",.;:!?—–()“”\"") || inQuotes(quotes, t.start) {
			break
		}
		if k, _ := a.gaz.lookupTitle(toks, end); k != 0 {
			hasTitle = true
		}
		end++
	}
	if !hasTitle || end == j || end-j > 15 {
		return ""
	}
	return capitalise(a.text[toks[j].start:toks[end-1].end])
}

// possessiveRole returns the role a name's possessive and a title set off
// by commas at toks[i] give: "Trayvon's father" in "Tracy Martin,
// Trayvon's father, issued a statement"; or "".
func (a *analysis) possessiveRole(toks []token, i int) string {
	j := i
	for j < len(toks) && j < i+3 && toks[j].kind == wordToken && toks[j].isCap() {
		j++
	}
	if j == i || j+1 >= len(toks) || toks[j].kind != possessiveToken || !toks[j+1].isLower() {
		return ""
	}
	k, n := a.gaz.lookupTitle(toks, j+1)
	if k == 0 && kinNouns[toks[j+1].low] {
		n = 1
	}
	if n == 0 || j+1+n >= len(toks) || toks[j+1+n].text != "," {
		return ""
	}
	return a.text[toks[i].start:toks[j+n].end]
}

// kinNouns name a person by a relative, after a possessive: "Trayvon's
// father". Before a name they are no title ("Elian's father Juan Miguel
// Gonzalez" is one name after a description).
var kinNouns = wordSet(`father mother brother sister son daughter wife husband widow widower uncle aunt
	cousin nephew niece grandfather grandmother grandson granddaughter stepfather stepmother`)

// foldName is timeline.Fold, quicker for ASCII names (the common case),
// where it amounts to lower-casing.
func foldName(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return timeline.Fold(s)
		}
	}
	return strings.ToLower(s)
}
