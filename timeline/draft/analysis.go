package draft

import (
	"context"
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"

	"newsline/timeline"
	"newsline/timeline/timex"
)

// analysis holds what the importer learns of one article's text.
type analysis struct {
	ctx       context.Context
	text      string
	published time.Time
	gaz       *Gazetteer
	progress  *progressMeter

	sentences []sentence
	quotes    []quoteSpan // all quotations, in text order
	sentQuote [][2]int    // per sentence: its range of quotes
	paraQuote [][2]int    // per paragraph: its range of quotes
	mentions  []mention   // all mentions, in text order
	sentMent  [][2]int    // per sentence: its range of mentions
	timexes   []timex.Timex
	toks      []token       // all tokens, paragraph by paragraph; a sentence's are toks[s.tok:s.tokEnd]
	attrs     []attribution // per sentence: its quotations and speaker (attributeAll)
	tb        titleBuilder  // reused for every title
	// lastSubject is the person the last sentence with one was about, as
	// attributeAll goes: the speaker of a sentence that begins "Adding,".
	lastSubject *entityRec
	lead        storyLead // the day of the story's lead, as buildEvents goes

	entities  []*entityRec
	byKnown   map[*known]*entityRec
	byName    map[string]*entityRec // people and organisations found by rule, by folded name
	folded    map[string]string     // timeline.Fold's results, which are slow to compute
	laneWords map[string]uint8      // word → bit set of the lanes (laneKeywords) it is a keyword of
	lowered   map[string]bool       // words written in lower case somewhere in the text; nil until asked
}

// writtenLower reports whether the word w (in lower case) is written in
// lower case somewhere in the text: "any" is, "China" is not.
func (a *analysis) writtenLower(w string) bool {
	if a.lowered == nil {
		a.lowered = map[string]bool{}
		for i := range a.toks {
			if t := &a.toks[i]; t.kind == wordToken && t.isLower() {
				a.lowered[t.low] = true
			}
		}
	}
	return a.lowered[w]
}

// fold is timeline.Fold, remembered.
func (a *analysis) fold(s string) string {
	if f, ok := a.folded[s]; ok {
		return f
	}
	f := foldName(s)
	a.folded[s] = f
	return f
}

func newAnalysis(ctx context.Context, text string, published time.Time, gaz *Gazetteer, pm *progressMeter) *analysis {
	return &analysis{
		ctx: ctx, text: text, published: published, gaz: gaz, progress: pm,
		byKnown:   map[*known]*entityRec{},
		byName:    map[string]*entityRec{},
		folded:    map[string]string{},
		laneWords: map[string]uint8{},
	}
}

// sentenceTokens returns the tokens of sentence s (buf is unused: the
// tokens are those segment kept).
func (a *analysis) sentenceTokens(buf []token, s *sentence) []token {
	return a.toks[s.tok:s.tokEnd]
}

// segment splits the text into sentences, finds their quotations and
// mentions (the first pass).
func (a *analysis) segment() error {
	var stoks []token
	// News prose has a token every five bytes or so: growing the slice by
	// copying would cost more than the tokenizing.
	a.toks = make([]token, 0, len(a.text)/5+64)
	a.mentions = make([]mention, 0, len(a.text)/40+16)
	paragraph := 0
	var err error
	paragraphs(a.text, func(start, end int) {
		if err != nil {
			return
		}
		if err = a.progress.at(2 * start); err != nil {
			return
		}
		// The paragraph's tokens are kept: every later pass reads its
		// sentences' tokens from them rather than tokenizing again.
		pFirst := len(a.toks)
		a.toks = tokenize(a.toks, a.text, start, end)
		ptoks := a.toks[pFirst:]
		quotes := findQuotes(a.text, start, end)
		firstQuote := len(a.quotes)
		a.quotes = append(a.quotes, quotes...)
		a.paraQuote = append(a.paraQuote, [2]int{firstQuote, len(a.quotes)})
		from := len(a.sentences)
		a.sentences = splitSentences(a.sentences, a.text, ptoks, quotes, paragraph)
		k := 0 // the paragraph's next token
		for si := from; si < len(a.sentences); si++ {
			s := &a.sentences[si]
			for k < len(ptoks) && ptoks[k].start < s.start {
				k++
			}
			s.tok = pFirst + k
			for k < len(ptoks) && ptoks[k].end <= s.end {
				k++
			}
			s.tokEnd = pFirst + k
			// The quotations that begin in this sentence.
			qs := firstQuote
			for qs < len(a.quotes) && a.quotes[qs].open < s.start {
				qs++
			}
			qe := qs
			for qe < len(a.quotes) && a.quotes[qe].open < s.end {
				qe++
			}
			a.sentQuote = append(a.sentQuote, [2]int{qs, qe})
			stoks = a.sentenceTokens(stoks, s)
			ms := len(a.mentions)
			a.mentions = a.findMentions(a.mentions, stoks, quotes)
			for mi := ms; mi < len(a.mentions); mi++ {
				m := &a.mentions[mi]
				if m.kind == nameMention && m.ent == nil {
					if role := a.appositiveRole(stoks, m.tokEnd, quotes); role != "" && roleDescribed > m.roleScore {
						m.role, m.roleScore = role, roleDescribed
					}
				}
			}
			a.sentMent = append(a.sentMent, [2]int{ms, len(a.mentions)})
		}
		paragraph++
	})
	return err
}

// trimHeadlineNames cuts the runs of capitals that a headline in title
// case makes of names and what follows them: in "Hillary Clinton Wins
// Missouri Democratic Primary" the name is "Hillary Clinton", the longest
// start of the run that the article names elsewhere as a full name or
// that the gazetteer knows. A run of three words or more found nowhere
// else ("Gold Star Mom Corners Obama On", "Zoe Questioned Why White
// Actors") or one that opens with a function word ("Over Police Shooting
// Comments") names no one; nor does a lone surname cut from a run, which
// may be anyone's ("AFTER Clinton Raped Me He Had").
func (a *analysis) trimHeadlineNames() {
	var known map[string]*entityRec
	for si := range a.sentences {
		if !a.sentences[si].titleCased {
			continue
		}
		if known == nil {
			known = a.namesOutsideHeadlines()
		}
		toks := a.toks[a.sentences[si].tok:a.sentences[si].tokEnd]
		for mi := a.sentMent[si][0]; mi < a.sentMent[si][1]; mi++ {
			m := &a.mentions[mi]
			if _, ok := known[foldName(m.name)]; m.kind != nameMention || m.ent != nil || ok {
				continue
			}
			end := 0
			var ent *entityRec
			for k := m.tokEnd - 2; k >= m.tok && end == 0; k-- {
				e, ok := known[foldName(a.text[toks[m.tok].start:toks[k].end])]
				if ok && (e != nil || k > m.tok) {
					end, ent = k+1, e
				}
			}
			switch {
			case end > 0:
				m.tokEnd, m.end, m.ent = end, toks[end-1].end, ent
				m.name = a.text[toks[m.tok].start:m.end]
			case m.tokEnd-m.tok >= 3 || m.tok > 0 && titleFunctionWords[toks[m.tok].low]:
				m.name = ""
			}
		}
	}
}

// partyTag reports whether s is a politician's party and state, which
// follows their name in brackets and is no acronym of it: "D-WV",
// "R-N.Y.", "I-Vt.".
func partyTag(s string) bool {
	party, state, ok := strings.Cut(s, "-")
	return ok && len(party) == 1 && strings.ContainsAny(party, "DRI") && state != ""
}

// namesOutsideHeadlines returns the folded names that sentences other than
// headlines in title case give someone or something, with their entity
// when the gazetteer knows them: known ones, and names with a title, a
// role, a given name or a speech verb.
func (a *analysis) namesOutsideHeadlines() map[string]*entityRec {
	known := map[string]*entityRec{}
	for si, r := range a.sentMent {
		if a.sentences[si].titleCased {
			continue
		}
		for mi := r[0]; mi < r[1]; mi++ {
			m := &a.mentions[mi]
			if m.kind != nameMention {
				continue
			}
			name := m.name
			if name == "" {
				name = a.text[m.start:m.end]
			}
			first, _, _ := strings.Cut(name, " ")
			if m.ent != nil || m.role != "" || m.roleScore > 0 || m.speaks || a.gaz.given[foldWord(first)] {
				known[foldName(name)] = m.ent
			}
		}
	}
	return known
}

// resolveMentions decides who the candidate names are (the second pass):
// people named with a title or a given name, then names that repeat a
// person's full name or surname ("Zelenskyy" is "Volodymyr Zelenskyy"),
// then organisations by their head word ("… Defence College"), and last
// offices ("Ukraine’s president") held by exactly one person found.
func (a *analysis) resolveMentions() {
	a.trimHeadlineNames()
	ms := a.mentions
	isPersonName := func(m *mention) bool {
		words := strings.Fields(m.name)
		return len(words) >= 2 && (m.role != "" || m.roleScore > 0 || a.gaz.given[foldWord(words[0])] || (m.speaks || m.aged) && len(words) <= 3) && !a.looksOrganisation(m.name) &&
			!placeHeads[foldWord(words[len(words)-1])]
	}
	// Full names first.
	for i := range ms {
		m := &ms[i]
		if m.kind != nameMention || m.ent != nil || !isPersonName(m) || i+1 < len(ms) && a.placeIn(m, &ms[i+1]) {
			continue
		}
		m.ent = a.person(m.name, m.start)
	}
	// Persons by surname: the last word of the full names.
	surnames := map[string][]*entityRec{}
	for _, e := range a.entities {
		if e.kind == timeline.Person {
			if w := strings.Fields(e.name); len(w) >= 2 {
				key := a.fold(surnameOf(w))
				surnames[key] = appendUnique(surnames[key], e)
			}
		}
	}
	lastSeen := map[*entityRec]int{}  // person → offset of their last full mention so far
	fullNames := map[*entityRec]int{} // person → how often named in full
	for i := range ms {
		if m := &ms[i]; m.kind == nameMention && m.ent != nil {
			fullNames[m.ent]++
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind == nameMention && m.ent != nil {
			lastSeen[m.ent] = m.start
		}
		if m.kind != nameMention || m.ent != nil || m.name == "" {
			continue
		}
		words := strings.Fields(m.name)
		cands := surnames[a.fold(surnameOf(words))]
		if len(words) > 1 {
			// "Hillary Clinton" is not "Bill Clinton".
			cands = slices.DeleteFunc(slices.Clone(cands), func(e *entityRec) bool {
				return a.fold(words[0]) != a.fold(strings.Fields(e.name)[0])
			})
		}
		switch {
		case len(cands) == 1:
			m.ent = cands[0]
			m.ent.addAlias(m.name)
		case len(cands) > 1 && len(words) == 1:
			// A surname that several people share is the one named last
			// before it, else the one named most: "Clinton" after "Bill
			// Clinton said".
			m.ent = likeliest(cands, lastSeen, fullNames, m.start)
		case i+1 < len(ms) && a.placeIn(m, &ms[i+1]):
			m.ent = a.named(timeline.Place, m.name, m.start) // "San Antonio, Texas"
		case a.datelinePlace(m):
			m.ent = a.named(timeline.Place, titleCase(strings.ToLower(m.name)), m.start) // "Newport News"
		case a.looksOrganisation(m.name):
			m.ent = a.organisation(m.name, m.start)
		case len(words) == 1 && (groupNouns[a.fold(m.name)] || a.pluralDemonym(m.name)):
			// "Authorities said", "Americans say": a group, not a person.
			m.ent = a.named(timeline.Group, m.name, m.start)
		case len(words) == 1 && (notPersonWords[a.fold(m.name)] || namedOrgHeads[a.fold(m.name)]):
			// "Republican", "Sen", "The", "Campaign": no one's name.
		case m.role != "" || m.speaks:
			m.ent = a.person(m.name, m.start)
			if len(words) == 1 {
				surnames[a.fold(words[0])] = appendUnique(surnames[a.fold(words[0])], m.ent)
			}
		}
	}
	// An acronym defined in brackets is the name before it: "the Ohio
	// Valley Electric Corporation (OVEC)", then "OVEC".
	acronyms := map[string]*entityRec{}
	for i := 0; i+1 < len(ms); i++ {
		m, n := &ms[i], &ms[i+1]
		if m.kind != nameMention || m.entity() == nil || n.kind != nameMention || !isAllCaps(n.name) || n.entity() != nil && n.entity() != m.entity() ||
			partyTag(n.name) {
			continue
		}
		if n.start > m.end && strings.TrimSpace(a.text[m.end:n.start]) == "(" && strings.HasPrefix(a.text[n.end:], ")") {
			acronyms[n.name] = m.entity()
			n.ent = m.entity()
			m.entity().addAlias(n.name)
		}
	}
	for i := range ms {
		if m := &ms[i]; m.kind == nameMention && m.ent == nil && acronyms[m.name] != nil {
			m.ent = acronyms[m.name]
		}
	}
	// A single name that spoke somewhere is that person everywhere:
	// "Kasich" in "Kasich’s speech" once "Kasich said".
	for i := range ms {
		m := &ms[i]
		if m.kind != nameMention || m.ent != nil || m.name == "" || strings.Contains(m.name, " ") {
			continue
		}
		if cands := surnames[a.fold(m.name)]; len(cands) == 1 {
			m.ent = cands[0]
		}
	}
	// Roles, now that the mentions are people.
	for i := range ms {
		m := &ms[i]
		if e := m.entity(); e != nil && e.kind == timeline.Person && m.kind == nameMention {
			e.setRole(m.role, m.roleScore)
			e.addRoleWords(m.title)
			e.addRoleWords(m.role)
			e.mentions++
		}
	}
	// Offices held by exactly one person found.
	holders := map[string][]*entityRec{}
	for _, e := range a.entities {
		if e.kind == timeline.Person && e.merged == nil && e.role != "" {
			holders[a.fold(e.role)] = append(holders[a.fold(e.role)], e)
		}
	}
	for i := range ms {
		m := &ms[i]
		if m.kind != roleMention {
			continue
		}
		var holder *entityRec
		hs := holders[a.fold(m.role)]
		n := len(hs)
		if n == 1 {
			holder = hs[0]
		}
		switch {
		case n == 1:
			m.ent = holder
			holder.addAlias(m.name)
			holder.mentions++
		case n == 0 && m.speaks:
			// An unnamed office holder who speaks: "Egypt’s foreign minister said".
			m.ent = a.person(m.role, m.start)
			m.ent.unnamed = true
			m.ent.setRole(m.role, roleOffice)
			m.ent.addAlias(m.name)
		}
	}
}

// likeliest returns the person a shared surname at offset at stands for:
// the one named in full just before (within a paragraph or two: "Bill
// Clinton said … Clinton added"), else the one named in full most often
// (the article's "Trump" is Donald, not Eric), else the first.
func likeliest(cands []*entityRec, lastSeen, fullNames map[*entityRec]int, at int) *entityRec {
	const near = 400 // bytes
	best, bestAt := cands[0], -1
	for _, e := range cands {
		if p, ok := lastSeen[e]; ok && p < at && p > bestAt {
			best, bestAt = e, p
		}
	}
	if bestAt >= 0 && at-bestAt <= near {
		return best
	}
	best = cands[0]
	for _, e := range cands {
		if fullNames[e] > fullNames[best] {
			best = e
		}
	}
	return best
}

func appendUnique(list []*entityRec, e *entityRec) []*entityRec {
	for _, x := range list {
		if x == e {
			return list
		}
	}
	return append(list, e)
}

// looksOrganisation reports whether a capitalised name is an
// organisation's by one of its words: "Royal Danish Defence College".
// notPersonWords are capitalised words that a speech verb after them
// does not make a person's name.
var notPersonWords = wordSet(`republican democratic democrat independent liberal conservative western eastern
	northern southern sen rep gov the to rather state others`)

// pluralDemonym reports whether name is a people in the plural: "Americans",
// "Latinos", "Cubans".
func (a *analysis) pluralDemonym(name string) bool {
	if !strings.HasSuffix(name, "s") {
		return false
	}
	switch strings.ToLower(name) {
	case "latinos", "hispanics", "blacks", "whites", "asians", "evangelicals", "millennials":
		return true
	}
	toks := []token{{text: name, low: foldWord(name), kind: wordToken}}
	k, n := a.gaz.lookupAdjective(toks, 0)
	return k != nil && n == 1
}

// placeIn reports whether m names a place in the known place next, as
// addresses write it: "San Antonio, Texas", "Irving, Texas".
func (a *analysis) placeIn(m, next *mention) bool {
	if next.kind != nameMention || next.start != m.end+2 || a.text[m.end:next.start] != ", " {
		return false
	}
	e := next.entity()
	if e == nil || e.kind != timeline.Place || e.known == nil || len(strings.Fields(m.name)) > 3 {
		return false
	}
	// A title after the place makes it a description of the person named
	// before: "Chris Covert, South Carolina director for Sanders, said".
	k := sort.Search(len(a.toks), func(k int) bool { return a.toks[k].start >= next.end })
	if k == len(a.toks) {
		return true // the text ends with the place
	}
	kind, _ := a.gaz.lookupTitle(a.toks, k)
	return kind == 0 || !a.toks[k].isLower()
}

// datelinePlace reports whether m opens a paragraph as its dateline does:
// "NEWPORT NEWS, Va. - In a tradition …", "CHARLOTTE - The wife …".
func (a *analysis) datelinePlace(m *mention) bool {
	if m.start > 0 && a.text[m.start-1] != '\n' || strings.ToUpper(m.name) != m.name {
		return false
	}
	return datelineRest.MatchString(a.text[m.end:min(len(a.text), m.end+40)])
}

// datelineRest is what follows a dateline's place: its state or country,
// then a dash.
var datelineRest = regexp.MustCompile(`^(,( [A-Z][\w.]*)+)? ?(\([A-Z]+\) )?[-—–―_] `)

func (a *analysis) looksOrganisation(name string) bool {
	words := strings.Fields(name)
	for _, w := range words {
		if orgHead(foldWord(w), len(words)) {
			return true
		}
	}
	return false
}

// person returns the person named name, making them on first mention.
func (a *analysis) person(name string, at int) *entityRec {
	return a.named(timeline.Person, name, at)
}

// organisation returns the organisation named name, made on first mention.
// A company is one entity with or without its legal form: "Microsoft
// Corp." and "Microsoft Corporation" are Microsoft.
func (a *analysis) organisation(name string, at int) *entityRec {
	name = strings.TrimPrefix(name, "The ")
	if base, form := corporateBase(name); form != "" {
		e := a.named(timeline.Organisation, base, at)
		alias := name
		if otherAbbrevs[strings.ToLower(form)] {
			alias += "." // "Microsoft Corp." as written
		}
		e.addAlias(alias)
		a.byName[string(timeline.Organisation)+"/"+a.fold(name)] = e
		return e
	}
	return a.named(timeline.Organisation, name, at)
}

// corporateForms are the legal forms that may follow a company's name.
var corporateForms = wordSet("corp corporation inc incorporated co company ltd limited llc plc ag sa gmbh nv")

// corporateBase splits a company's legal form off its name: "Microsoft
// Corp" → "Microsoft", "Corp". form is "" when there is none or nothing
// would be left.
func corporateBase(name string) (base, form string) {
	words := strings.Fields(name)
	if len(words) < 2 {
		return name, ""
	}
	last := strings.TrimSuffix(words[len(words)-1], ".")
	if !corporateForms[strings.ToLower(last)] {
		return name, ""
	}
	base = strings.TrimRight(strings.Join(words[:len(words)-1], " "), ",")
	if strings.HasSuffix(strings.ToLower(base), " and") || strings.HasSuffix(base, "&") {
		return name, "" // "Johnson & Co"
	}
	return base, last
}

func (a *analysis) named(kind timeline.EntityKind, name string, at int) *entityRec {
	key := string(kind) + "/" + a.fold(name)
	if e := a.byName[key]; e != nil {
		return e
	}
	// A name the gazetteer knows is its entry, however the rule found it:
	// "The Associated Press" read as a capitalised run is the Associated
	// Press of organisations.txt, not a second entity of the same name.
	if k := a.gaz.exact(kind, name); k != nil {
		e := a.knownEntity(k, at)
		a.byName[key] = e
		return e
	}
	e := &entityRec{kind: kind, name: name, first: at}
	a.byName[key] = e
	a.entities = append(a.entities, e)
	if nick := nicknamed.FindStringSubmatch(name); kind == timeline.Person && nick != nil {
		// Robert C. "Bobby" Scott is also Bobby Scott.
		alias := nick[1] + " " + nick[2]
		e.addAlias(alias)
		a.byName[string(kind)+"/"+a.fold(alias)] = e
	}
	return e
}

// nicknamed finds the nickname and surname of a name written with its
// nickname in quotation marks: Robert C. "Bobby" Scott.
var nicknamed = regexp.MustCompile(`["“](\p{Lu}[\p{L}.'-]*)["”] (.+)$`)

// sentenceMentions returns the mentions of sentence si.
func (a *analysis) sentenceMentions(si int) []mention {
	r := a.sentMent[si]
	return a.mentions[r[0]:r[1]]
}

// sentenceQuotes returns the quotations that open in sentence si.
func (a *analysis) sentenceQuotes(si int) []quoteSpan {
	r := a.sentQuote[si]
	return a.quotes[r[0]:r[1]]
}

// quotesAround returns the quotations of the paragraph of sentence si,
// which may open in an earlier sentence, in text order.
func (a *analysis) quotesAround(si int) []quoteSpan {
	r := a.paraQuote[a.sentences[si].paragraph]
	return a.quotes[r[0]:r[1]]
}
