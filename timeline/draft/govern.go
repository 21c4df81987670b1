package draft

import (
	"sort"
	"strings"

	"newsline/timeline/timex"
)

// dateRole says how a date expression relates to the event of its clause.
type dateRole uint8

const (
	// governs: the expression dates the clause's event ("said on
	// Tuesday", "In January, the council voted").
	governs dateRole = iota
	// secondary: it may date the event when no governing one does: "now",
	// "Wednesday's ruling", the date of "the 2016 election", one in an
	// "after …" clause.
	secondary
	// elsewhere: it dates something else ("the 1953 team", "a month
	// earlier than usual", "…, who stepped down in March,") and never the
	// event.
	elsewhere
)

// nonEventNouns are nouns that a year or date before them describes
// without being an event's date: "the 1953 team", "a 1996 law", "1988
// levels".
var nonEventNouns = wordSet(`team squad law act bill model models budget level levels figure figures price
	prices rate rates record records standard standards team's edition version class graduate graduates
	constitution treaty agreement accord plan rules rule regulations contract contracts film movie book album
	song car cars vintage census dollars estimate estimates forecast forecasts guidelines survey poll study
	report data numbers stock shares debentures notes bonds issue issues results value values filings filing
	returns`)

// nonEventCompound reports whether the lower-case words from toks[k] make
// a compound whose head is a thing, not an event: "Trump's 1995 state
// income tax filings".
func nonEventCompound(toks []token, k int) bool {
	head := ""
	for j := k; j < len(toks) && j < k+4 && toks[j].kind == wordToken && toks[j].isLower() && !prepositionWords[toks[j].low] && !stopModifier[toks[j].low]; j++ {
		if eventNouns[toks[j].low] || verbLike(&toks[j]) || periodWord(toks[j].low) {
			return false // "the 1989 fourth-quarter results" are of 1989's last quarter
		}
		head = toks[j].low
	}
	return thingNouns[head]
}

// thingNouns are the nonEventNouns that are things made at a time, not
// figures of a period: "1995 state income tax filings", not "1989
// operating results", which are of 1989.
var thingNouns = wordSet(`team squad law act bill model models constitution treaty agreement accord rules
	regulations contract contracts film movie book album song car cars census guidelines survey poll study
	report filings filing returns debentures notes bonds edition version class`)

// periodWord reports whether w names a period of a year: "fourth-quarter",
// "first-half", "year-end".
func periodWord(w string) bool {
	for _, p := range []string{"quarter", "half", "year", "month", "week", "season"} {
		if strings.Contains(w, p) {
			return true
		}
	}
	return false
}

// eventNouns are nouns for events, which a date before them does date:
// "the 2016 election", "the Aug. 7 bombings".
var eventNouns = wordSet(`election elections campaign war attack attacks bombing bombings blast blasts summit
	meeting meetings crisis race primary primaries convention debate debates shooting shootings massacre
	referendum vote revolution olympics games crash uprising coup invasion raid strike strikes storm
	earthquake hurricane flood fire visit trip speech address talks negotiations ceremony hearing trial
	verdict ruling announcement deal merger acquisition offering sale launch flight mission rally rallies
	interview interviews conference forum`)

// orderDates returns the date expressions of a clause that may date its
// event, the governing ones first, each group in text order, but "now"
// after the other secondary ones; a range ("from Jan. 3 to Jan. 5") stays
// together.
func (a *analysis) orderDates(toks []token, xs []timex.Timex) []timex.Timex {
	if len(xs) <= 1 {
		if len(xs) == 1 && a.dateRoleOf(toks, xs, 0) == elsewhere {
			return nil
		}
		return xs
	}
	var gov, sec, now []timex.Timex
	for i := 0; i < len(xs); i++ {
		unit := xs[i : i+1]
		if i+1 < len(xs) && rangeJoiner(a.text, xs[i], strings.TrimSpace(a.text[xs[i].End:xs[i+1].Start])) {
			unit = xs[i : i+2]
		}
		switch a.dateRoleOf(toks, xs, i) {
		case governs:
			gov = append(gov, unit...)
		case secondary:
			// "now" and "current" last: "in an interview several months
			// before he entered his current position in April" is April's.
			if xs[i].Value == "PRESENT_REF" {
				now = append(now, unit...)
				break
			}
			sec = append(sec, unit...)
		}
		i += len(unit) - 1
	}
	return append(append(gov, sec...), now...)
}

// dateRoleOf decides how xs[i] relates to the event of the sentence toks.
func (a *analysis) dateRoleOf(toks []token, xs []timex.Timex, i int) dateRole {
	x := xs[i]
	first := sort.Search(len(toks), func(k int) bool { return toks[k].end > x.Start })
	last := sort.Search(len(toks), func(k int) bool { return toks[k].start >= x.End }) // token after
	if first >= len(toks) {
		return elsewhere
	}
	prev := func(k int) *token {
		if k >= 0 && k < len(toks) {
			return &toks[k]
		}
		return &token{}
	}
	before, after := prev(first-1), prev(last)
	after2 := prev(last + 1)
	lowExpr := strings.ToLower(x.Text)

	// Comparisons: "a month earlier than usual", "than in 1998", "compared
	// with a year earlier", "up from $2 a year ago", "to $58.6 million from
	// $186.4 million a year ago".
	if after.low == "than" || before.low == "than" || after.low == "earlier" && after2.low == "than" ||
		before.low == "with" && prev(first-2).isAny("compared", "comparison") || before.low == "to" && prev(first-2).low == "compared" ||
		before.isAny("versus", "vs", "vs.") ||
		(fromFigure(toks, first) || comparedFigure(toks, first)) && (strings.Contains(lowExpr, "ago") || strings.Contains(lowExpr, "earlier") || strings.Contains(lowExpr, "year-earlier")) {
		return elsewhere
	}
	// A change told from one time to another dates its end: "jumped from
	// fewer than 100,000 in 1980 to more than 300,000 last year".
	if i+1 < len(xs) && a.changeFrom(toks, first, xs[i+1]) {
		return secondary
	}
	// A maturity or deadline: "notes due Nov. 1, 2009", "expiring in 2019".
	if before.isAny("due", "expiring", "maturing", "matures", "mature") {
		return elsewhere
	}
	// A date describing a thing: "the 1953 team", "a 1996 law", "1988
	// levels"; one describing an event may date it ("the 2016 election").
	if after.kind == wordToken && after.isLower() && !endsWithUnitWord(x.Text) {
		switch {
		case nonEventNouns[after.low] || nonEventCompound(toks, last) && !inOpeningPhrase(toks, first):
			return elsewhere
		case eventNouns[after.low]:
			if inOpeningPhrase(toks, first) {
				return governs // "In a July interview with MSNBC, he spoke favorably of …"
			}
			return secondary
		}
	}
	// A period made an adjective describes what follows; a date with a
	// preposition of its own dates the event: "expects to release
	// third-quarter results in mid-November" (but "posted a third-quarter
	// net loss …, versus net income of $5.3 million a year earlier").
	if after.kind == wordToken && after.isLower() && !strings.ContainsRune(x.Text, ' ') && strings.ContainsRune(x.Text, '-') && endsWithUnitWord(x.Text) &&
		a.prepositionalDate(toks, xs, i) {
		return secondary
	}
	// A model year: "Kopp's 1987 Chevrolet Cavalier", "a 1996 Ford"; not
	// "his 2016 Republican National Convention speech", nor after "the",
	// which names laws and events by their year ("the 1994 Freedom of
	// Access to Clinic Entrances Act").
	if after.kind == wordToken && after.isCap() && len(x.Text) == 4 && strings.Trim(x.Text, "0123456789") == "" &&
		(before.kind == possessiveToken || before.isAny("a", "an", "his", "her", "their", "its")) && !namesEvent(toks, last) {
		return elsewhere
	}
	if after.kind == possessiveToken {
		// "In Sunday's debate, Spitzer attacked him for failing to
		// enforce a court order in 1992": the occasion the sentence opens
		// with is when its clause happened.
		if inOpeningPhrase(toks, first) && eventNounFrom(toks, last+1) >= 0 {
			return governs
		}
		return secondary // "Wednesday's ruling", "last year's results"
	}
	// The date of an event a noun names, in a statement dated by when it
	// was made: "arrested in connection with the bombings of U.S.
	// embassies in Kenya and Tanzania last year …, police said today".
	if eventNounBefore(toks, first) >= 0 && spokenLater(toks, xs, i) {
		return secondary
	}
	// A plan a participle set off by a comma tells of something the
	// sentence names, in a sentence in the simple past: "The discovery
	// appeared to be an attempt to undermine the peace process, set to
	// resume Monday", "criticized the bill, due for a vote on Thursday".
	// The date is that thing's, not the main clause's.
	if c := planModifierComma(toks, first); c > 0 && simplePast(toks, clause{tokEnd: c}) {
		return elsewhere
	}
	// A relative clause dates its own event: "…, who stepped down as
	// chairman in March,".
	if a.inRelativeClause(toks, first) {
		return secondary
	}
	if x.Value == "PRESENT_REF" {
		return secondary
	}
	// A clause that says when something else happened: "after the Fed cut
	// rates on Wednesday", "because of a storm last week".
	if a.inSubordinateClause(toks, first) {
		return secondary
	}
	return governs
}

// inOpeningPhrase reports whether toks[k] lies in the prepositional phrase
// of place or occasion a sentence opens with, before its first comma and
// with no verb: "In Sunday's debate against Vacco,", "In her address at
// the Monday evening rally,", "At Tuesday's rally in Ohio,".
func inOpeningPhrase(toks []token, k int) bool {
	start := 0
	if len(toks) > 0 && toks[0].isAny("and", "but") {
		start = 1
	}
	if start >= len(toks) || !toks[start].isAny("in", "at", "during") {
		return false
	}
	for j := start + 1; j < len(toks); j++ {
		switch {
		case toks[j].text == ",":
			return j > k
		case toks[j].kind == punctToken && toks[j].text != ".",
			// A finite verb: the sentence opens with a clause. A
			// participle in -ed may describe the occasion ("In a speech
			// televised nationally,").
			toks[j].isLower() && (auxiliaries[toks[j].low] || pastForm(toks[j].low) && !strings.HasSuffix(toks[j].low, "ed")):
			return false
		}
	}
	return false
}

// eventNounFrom returns the event noun among the few lower-case words
// from toks[k], or -1: "debate", "federal court hearing".
func eventNounFrom(toks []token, k int) int {
	for j := k; j < len(toks) && j < k+3 && toks[j].kind == wordToken && toks[j].isLower(); j++ {
		if nounEventWords[toks[j].low] {
			return j
		}
	}
	return -1
}

// fromFigure reports whether the expression at token first follows
// "from", right before it or before a figure: "from a year ago", "from
// $186.4 million a year ago", "from 5.63 a share a year earlier".
func fromFigure(toks []token, first int) bool {
	for j := first - 1; j >= 0 && j >= first-6; j-- {
		t := &toks[j]
		switch {
		case t.low == "from":
			return true
		case startsWithDigit(t.text) || figureWords[t.low]:
		default:
			return false
		}
	}
	return false
}

// comparedFigure reports whether the words before toks[first] compare a
// figure with the one it names: "compared with earnings a year earlier",
// "against a profit of $2 million a year ago".
func comparedFigure(toks []token, first int) bool {
	for j := first - 1; j > 0 && j >= first-4; j-- {
		t := &toks[j]
		switch {
		case t.isAny("with", "to") && toks[j-1].isAny("compared", "comparison"), t.isAny("versus", "vs", "vs.", "against"):
			return true
		case t.kind != wordToken || !t.isLower() || verbLike(t):
			return false
		}
	}
	return false
}

// figureWords are the words of a figure between "from" and a date it is
// compared at: "$186.4 million", "5.63 a share", "2.2%".
var figureWords = wordSet(`$ # % percent million billion trillion cents a share`)

// prepositionalDate reports whether an expression of xs other than xs[i]
// follows a preposition of time ("in mid-November", "on Nov. 6") and
// counts from nothing ("a year earlier").
func (a *analysis) prepositionalDate(toks []token, xs []timex.Timex, i int) bool {
	for j, y := range xs {
		if j == i {
			continue
		}
		k := tokenAt(toks, y.Start)
		low := strings.ToLower(y.Text)
		if k > 0 && toks[k-1].isAny("in", "on", "by", "at", "until") && !strings.Contains(low, "ago") && !strings.Contains(low, "earlier") {
			return true
		}
	}
	return false
}

// changeFrom reports whether the expression at token first ends a "from
// … in 1980" phrase that a "to … last year" with the next expression y
// answers: "from fewer than 100,000 in 1980 to more than 300,000 last
// year". Not a range: "from 1991 to 1997" is one expression or joined.
func (a *analysis) changeFrom(toks []token, first int, y timex.Timex) bool {
	from := -1
	for j := first - 1; j >= 0 && j >= first-6; j-- {
		if toks[j].low == "from" {
			from = j
			break
		}
		if toks[j].kind == punctToken && toks[j].text != "," && toks[j].text != "$" || verbLike(&toks[j]) {
			return false
		}
	}
	if from < 0 || from == first-1 {
		return false // "from 1991": a range's start, which dateOf reads with its end
	}
	last := tokenAt(toks, y.Start)
	for j := first + 1; j < last; j++ {
		if toks[j].low == "to" {
			return last-j <= 6
		}
	}
	return false
}

// namesEvent reports whether the capitalised name at toks[k] is of an
// event: an event noun among its words or the two after them
// ("Republican National Convention", "Summer Olympics", "U.S. drone
// strike").
func namesEvent(toks []token, k int) bool {
	for ; k < len(toks) && toks[k].kind == wordToken && toks[k].isCap(); k++ {
		if eventNouns[toks[k].low] {
			return true
		}
	}
	// "a 2011 U.S. drone strike": a compound after the name.
	for j := k; j < len(toks) && j < k+2 && toks[j].kind == wordToken; j++ {
		if eventNouns[toks[j].low] {
			return true
		}
	}
	return false
}

// eventNounBefore returns the event noun whose "of …" or "in …" phrase
// the expression at token first ends, or -1: "the bombing of two U.S.
// embassies in East Africa last month", "the talks in February".
func eventNounBefore(toks []token, first int) int {
	if first > 0 && toks[first-1].isAny("the", "a", "an") {
		return -1 // the date describes what follows it: "debates in the 2008 and 2012 cycles"
	}
	for j := first - 1; j > 0 && j >= first-1-maxNounEventWords; j-- {
		t := &toks[j]
		if t.low == "and" && toks[j-1].isCap() && toks[j+1].isCap() {
			continue // "embassies in Kenya and Tanzania last year"
		}
		if t.kind == punctToken && !(t.text == "." && j > 0 && toks[j-1].kind == wordToken) || verbLike(t) || t.isAny("to", "from") || startsWithDigit(t.text) {
			return -1 // not across a change: "from 400 in the primary of 2008 to 60 this year"
		}
		if t.isAny("of", "in", "at", "against") && toks[j-1].kind == wordToken && toks[j-1].isLower() && nounEventWords[toks[j-1].low] {
			if j >= 2 && (modalsAndDo[toks[j-2].low] || toks[j-2].isAny("to", "not", "n't")) {
				return -1 // a verb: "she would debate in April", "to vote in November"
			}
			return j - 1
		}
	}
	return -1
}

// spokenLater reports whether an expression after xs[i] dates a speech
// verb right before it: "…, police said today", "a newspaper reported
// Friday".
func spokenLater(toks []token, xs []timex.Timex, i int) bool {
	for _, y := range xs[i+1:] {
		k := tokenAt(toks, y.Start)
		for j := k - 1; j >= 0 && j >= k-2; j-- {
			if speechVerbs[toks[j].low].kind != 0 {
				return true
			}
			if !toks[j].isAny("on", "late", "early") {
				break
			}
		}
	}
	return false
}

// endsWithUnitWord reports whether the expression ends with a word of time
// ("the 1988 period", "fiscal 1989 year"): a noun after it is then not
// what it describes.
func endsWithUnitWord(s string) bool {
	s = strings.ToLower(s)
	for _, w := range []string{"year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "period", "season", "half", "term", "session"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// planParticiples open a participle that tells of a plan: "…, set to
// resume Monday", "…, expected to close in March".
var planParticiples = wordSet("set scheduled slated expected due planned poised")

// planModifierComma returns the comma before token k that opens a plan
// participle k lies in (", set to resume Monday", ", due for a vote on
// Thursday"), or 0: the participle, then "to", "for" or a preposition of
// time, and no other punctuation up to k.
func planModifierComma(toks []token, k int) int {
	for j := k - 1; j > 0; j-- {
		t := &toks[j]
		if t.kind != punctToken {
			continue
		}
		if t.text != "," || j+2 >= k || !planParticiples[toks[j+1].low] || !toks[j+2].isAny("to", "for", "in", "on", "at", "by") {
			return 0
		}
		return j
	}
	return 0
}

// relativeWords open a relative clause after a noun or comma.
var relativeWords = wordSet("which who whom whose where")

// inRelativeClause reports whether token k lies in a relative clause: set
// off by a comma, from ", which", ", who", ", whose", ", whom" or ",
// where", to the next comma, semicolon, dash or closing bracket; or one
// that "who" or "which" and a verb open right after a noun, for a few words.
func (a *analysis) inRelativeClause(toks []token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		t := &toks[j]
		switch {
		case t.text == "," || t.text == ";" || t.text == ")" || isDash(t.text):
			return false
		case relativeWords[t.low] && j > 0 && toks[j-1].text == ",":
			return true
		case t.isAny("who", "which") && j > 0 && toks[j-1].kind == wordToken && j+1 < k && k-j <= 7 && verbLike(&toks[j+1]) && !functionWordsEndingPhrase[toks[j+1].low]:
			// "the men who launched the Cuban Revolution more than four
			// decades ago in a rally Saturday": a clause with no mark at
			// its end, taken to be short.
			return true
		}
	}
	return false
}

// subordinators open a clause that dates another event than the main one.
var subordinators = wordSet("after before because although though unless once whereas")

// inSubordinateClause reports whether token k lies in an adverbial clause
// opened by "after", "before", "because" and the like, whose verb comes
// within a few words ("after the Fed cut rates on Wednesday"), up to the
// next comma or semicolon.
func (a *analysis) inSubordinateClause(toks []token, k int) bool {
	for j := k - 1; j >= 0; j-- {
		t := &toks[j]
		if t.text == "," || t.text == ";" || isDash(t.text) {
			return false
		}
		if subordinators[t.low] && j+1 < k {
			return verbSoon(toks, j)
		}
	}
	return false
}

// verbSoon reports whether the words after the conjunction at toks[j]
// make a clause, with a verb: a past form or an auxiliary soon after.
func verbSoon(toks []token, j int) bool {
	for v := j + 1; v < len(toks) && v <= j+6; v++ {
		w := toks[v].low
		if auxiliaries[w] || participle(w) && toks[v].isLower() && !strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ed") && len(w) > 4 {
			return true
		}
	}
	return false
}

// dropElsewhere leaves out of xs the expressions that date something other
// than the sentence's events.
func (a *analysis) dropElsewhere(toks []token, xs []timex.Timex) []timex.Timex {
	out := xs[:0:0]
	for i := range xs {
		if a.dateRoleOf(toks, xs, i) != elsewhere {
			out = append(out, xs[i])
		}
	}
	return out
}

// startsWithDigit reports whether s begins with a digit: "2008", "60".
func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
