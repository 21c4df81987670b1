package timex

import (
	"strings"
	"time"
)

// phraseKind says which rule recognised a phrase, and so how the resolver
// turns it into a value.
type phraseKind uint8

const (
	pCalendar       phraseKind = iota + 1 // explicit fields: "Oct. 14", "1998", "October 1998"
	pDecade                               // "the 1990s": year holds the first year
	pCentury                              // "the 20th century": n holds the ordinal
	pWeekday                              // "Saturday", "last Friday"
	pRelDay                               // "yesterday", "two days ago": n days from publication
	pRelUnit                              // "last week", "three months ago": n units from publication
	pPart                                 // "the third quarter", "the spring", "the first half of 2026"
	pDuration                             // "two days"
	pSet                                  // "every week", "each Thursday"
	pRef                                  // "now", "recently"
	pLastQuarter                          // "the quarter", "the latest quarter": the quarter under discussion
	pYearAgoQuarter                       // "the year-ago quarter", "a year earlier" after a quarter
	pHoliday                              // "Thanksgiving": ordinal is the index in holidays
	pAnaphor                              // "that year", "the following day": n units from the date the text named last
)

// A phrase is what a rule recognised, before it is resolved against the
// publication date.
type phrase struct {
	kind phraseKind
	typ  Type // Time for clock times and parts of days; else from kind

	year  int        // explicit year, 0 if none
	month time.Month // explicit month, 0 if none
	day   int        // explicit day of month, 0 if none

	weekday int // 1 (Monday) … 7 (Sunday), 0 if none
	// dir is the direction a weekday, month or season was given:
	// -1 "last", 0 none ("Saturday"), 1 "next"/"coming"; thisDir marks "this".
	dir     int
	thisDir bool

	n     int  // count of units; vague is set for "several", "months"
	vague bool // an unknown count: values write X
	half  bool // plus one half unit: "5 1/2 hours"
	unit  unit // the unit of n

	// relYear marks a part whose year is relative ("next year's first
	// quarter": relYear 1, hasRelYear).
	relYear    int
	hasRelYear bool

	ordinal int    // quarter or half number: "the third quarter": 3
	season  string // "SP", "SU", "FA", "WI"

	hour, minute int    // clock time when hasClock
	hasClock     bool   // an explicit clock time
	dayPart      string // "MO", "AF", "EV", "NI"

	ref    string // PRESENT_REF, PAST_REF, FUTURE_REF for pRef
	mod    string // TIMEX3 mod from modifiers: "START", "APPROX", …
	fiscal bool   // "fiscal 1989", "the fiscal first quarter"
	// anaphoric marks counts from the day the text spoke of rather than
	// from publication ("two days earlier"), and a month of the year it
	// spoke of ("June of that year").
	anaphoric bool
	quarter   bool // the phrase speaks of quarters (for "a year earlier")
	// possessive marks a weekday that owns an event: "Wednesday's ruling".
	possessive bool

	sentence int // index of the sentence the phrase is in, for context
}

// A match is a phrase and the token index just past it.
type match struct {
	end    int
	phrase phrase
}

// parser holds the tokens of one text and recognises phrases in them.
type parser struct {
	text string
	toks []token
	// sentBase is the number of sentences before the first token; sentNums
	// caches the sentence number of each token, computed lazily.
	sentBase int
	sentNums []int
}

// sentenceOf returns the number of the sentence that token i is in.
func (p *parser) sentenceOf(i int) int {
	if p.sentNums == nil {
		p.sentNums = make([]int, len(p.toks))
		n := p.sentBase
		for k := range p.toks {
			if p.toks[k].sentStart && k > 0 {
				n++
			}
			p.sentNums[k] = n
		}
	}
	return p.sentNums[i]
}

// tok returns token i, or an empty token when i is out of range.
func (p *parser) tok(i int) *token {
	if i < 0 || i >= len(p.toks) {
		return &noToken
	}
	return &p.toks[i]
}

var noToken = token{num: -1}

// w returns the lower-case word at i, or "" when token i is not a word.
func (p *parser) w(i int) string {
	t := p.tok(i)
	if t.kind != tWord {
		return ""
	}
	return t.low
}

// is reports whether the word at i is one of words (lower-case).
func (p *parser) is(i int, words ...string) bool {
	t := p.tok(i)
	if t.kind != tWord {
		return false
	}
	for _, x := range words {
		if t.low == x || !t.folded && strings.EqualFold(t.low, x) {
			return true
		}
	}
	return false
}

// mark reports whether token i is the punctuation mark s.
func (p *parser) mark(i int, s string) bool {
	t := p.tok(i)
	return t.kind == tPunct && t.low == s
}

// hyphen reports whether token i is a hyphen glued to the tokens on both
// sides: "third-quarter", "mid-1990s".
func (p *parser) hyphen(i int) bool {
	t := p.tok(i)
	return t.kind == tPunct && (t.low == "-" || t.low == "‐" || t.low == "‑") && t.glued && p.tok(i+1).glued
}

// skipHyphen returns i+1 when token i is a glued hyphen, else i.
func (p *parser) skipHyphen(i int) int {
	if p.hyphen(i) {
		return i + 1
	}
	return i
}

func (p *parser) lex(i int) *entry {
	if e := p.tok(i).lex; e != nil {
		return e
	}
	return &noEntry
}

var noEntry entry

// parseAt returns the longest phrase that starts at token i.
func (p *parser) parseAt(i int) (match, bool) {
	t := p.tok(i)
	if t.kind == tPunct {
		if t.low == "'" || t.low == "’" { // "'90s"
			return p.decade(i)
		}
		return match{}, false
	}
	if t.kind == tWord && (!t.starter || !t.lex.temporal() && !t.content && !p.contentAhead(i)) {
		return match{}, false
	}
	if t.kind == tNum && p.amount(i) {
		return match{}, false
	}
	best, found := match{}, false
	try := func(m match, ok bool) {
		if ok && m.end > i && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	try(p.modified(i))
	try(p.calendar(i))
	try(p.decade(i))
	try(p.weekdayPhrase(i))
	try(p.relDay(i))
	try(p.relUnit(i))
	try(p.part(i))
	try(p.ago(i))
	try(p.duration(i))
	try(p.set(i))
	try(p.clock(i))
	try(p.reference(i))
	try(p.quarterAnaphor(i))
	try(p.holidayPhrase(i))
	try(p.anaphor(i))
	try(p.reportingYear(i))
	if found && best.phrase.kind != pHoliday && p.inTitle(i, best.end) {
		return match{}, false
	}
	return best, found
}

// inTitle reports whether the tokens [i, end) hold a capitalised time word
// that does not begin a sentence: part of a name or a title, as "VOA
// Today", "High Noon", "60 Minutes", ABC's "This Week". Months, weekdays
// and abbreviations such as "P.M." and "EST" are capitalised anyway.
func (p *parser) inTitle(i, end int) bool {
	for k := i; k < end; k++ {
		t := p.tok(k)
		if t.kind != tWord || !t.upper || t.sentStart || p.mark(k-1, ".") || k == i && p.opensQuote(k-1) {
			continue // "Inc. Today, …" may begin a sentence after all
		}
		if e := t.lex; e != nil && e.month == 0 && e.weekday == 0 && !e.timeZone && len(t.low) > 2 &&
			(e.unit != noUnit || e.isRelDay || e.dayPart != "") || p.is(k, "noon", "midnight") {
			return true
		}
	}
	return false
}

// opensQuote reports whether token k opens a quotation or a bracket.
func (p *parser) opensQuote(k int) bool {
	t := p.tok(k)
	return t.kind == tPunct && (t.low == "\"" || t.low == "“" || t.low == "'" || t.low == "`" || t.low == "(" || t.low == "‘")
}

// reportingYear parses the year a company report speaks of: "the year ended
// Sept. 30" and "the fiscal year ending June 30" are a year's length, as
// TimeBank writes them; "for the year", "the first nine months of the
// year" and "the fiscal year" the year of publication.
func (p *parser) reportingYear(i int) (match, bool) {
	j := i + 1
	if !p.is(i, "the") {
		return match{}, false
	}
	if p.is(j, "latest", "current") {
		j++
	}
	if p.is(j, "fiscal") {
		j++
	}
	if !p.is(j, "year") || p.tok(j).upper || p.hyphen(j+1) || p.possessiveAt(j+1) {
		return match{}, false // "Man of the Year", "the year-ago quarter", "the year's end"
	}
	end := j + 1
	if p.is(end, "ended", "ending") || p.is(end, "that", "which") && p.is(end+1, "ended", "ends") {
		return match{end, phrase{kind: pDuration, n: 1, unit: uYear}}, true
	}
	if j == i+1 && !p.is(i-1, "for", "of", "through", "during", "throughout", "in") {
		return match{}, false // a bare "the year" is anaphoric or generic: "the year before"
	}
	if p.is(i+1, "latest") {
		// "the latest fiscal year": the last one completed, the year before.
		return match{end, phrase{kind: pRelUnit, unit: uYear, dir: -1, n: -1}}, true
	}
	return match{end, phrase{kind: pRelUnit, unit: uYear, thisDir: true}}, true
}

// amount reports whether the number at i is money or a rate, which starts
// no expression: "$10 million", "5%", "50 cents".
func (p *parser) amount(i int) bool {
	if prev := p.tok(i - 1); p.tok(i).glued && prev.kind == tPunct && (prev.low == "$" || prev.low == "£" || prev.low == "€") {
		return true
	}
	return p.mark(i+1, "%") || p.is(i+1, "percent", "cents", "million", "billion", "trillion", "pct")
}

// contentAhead reports whether a number or lexicon word follows token i
// closely enough to make an expression: "the" alone starts none.
func (p *parser) contentAhead(i int) bool {
	for k := i + 1; k <= i+5 && k < len(p.toks); k++ {
		if t := &p.toks[k]; t.kind == tNum || t.lex.temporal() || t.content {
			return true
		}
	}
	return p.tok(i+1).low == "'" // "year's end"
}

// contentWords are starters that make an expression with a starter before
// them: "the near term", "the past", "the year-ago quarter".
var contentWords = map[string]bool{
	"past": true, "future": true, "term": true, "now": true, "current": true, "recent": true,
	"latest": true, "midnight": true,
	"noon": true, "midday": true, "nineteen": true, "thousand": true,
}

// starters are words outside the lexicon that may begin an expression.
var starters = map[string]bool{
	"the": true, "a": true, "an": true, "last": true, "this": true, "next": true,
	"coming": true, "every": true, "each": true, "per": true, "early": true, "late": true,
	"mid": true, "middle": true, "end": true, "beginning": true, "start": true,
	"about": true, "around": true, "nearly": true, "almost": true, "more": true,
	"less": true, "at": true, "up": true, "some": true, "over": true, "roughly": true,
	"approximately": true, "several": true, "few": true, "couple": true, "fiscal": true,
	"earlier": true, "later": true, "right": true, "these": true, "noon": true,
	"midnight": true, "midday": true, "its": true, "no": true, "many": true, "just": true,
	"only": true, "previous": true, "following": true, "latest": true, "dozens": true,
	"hundreds": true, "thousands": true, "twice": true, "once": true, "barely": true,
	"under": true, "final": true, "current": true, "recent": true, "past": true,
	"future": true, "that": true, "full": true, "corresponding": true, "comparable": true,
	"same": true, "term": true,
}

// modified parses an expression preceded by modifiers that narrow or
// approximate it: "early next year", "the end of the month", "mid-1996",
// "about two years ago", "more than four hours", "late yesterday".
func (p *parser) modified(i int) (match, bool) {
	j, mod := i, ""
	switch {
	case p.is(i, "the") && p.is(i+1, "end", "beginning", "start", "middle", "close") && p.is(i+2, "of"):
		mod = map[string]string{"end": "END", "close": "END", "beginning": "START", "start": "START", "middle": "MID"}[p.w(i+1)]
		j = i + 3
		if p.is(j, "the") && p.tok(j+1).lex != nil && p.lex(j+1).unit != noUnit && !p.lex(j+1).plural {
			// "the end of the year": the current one.
			return match{j + 2, phrase{kind: pRelUnit, unit: p.lex(j + 1).unit, thisDir: true, mod: mod}}, true
		}
	case p.is(i, "the") && p.is(i+1, "early", "late", "mid") && !p.is(i+2, "the"):
		mod, j = positionMods[p.w(i+1)], p.skipHyphen(i+2)
	case p.is(i, "early", "late", "mid", "earlier", "later"):
		mod, j = positionMods[p.w(i)], p.skipHyphen(i+1)
		if p.is(j, "in") && p.is(j+1, "the") { // "earlier in the year"
			if p.is(j+2, "day") {
				// "later in the day": a vague part of a day the sentence
				// names, which TimeBank mostly leaves untagged.
				return match{}, false
			}
			if e := p.lex(j + 2); e.unit != noUnit && !e.plural {
				return match{j + 3, phrase{kind: pRelUnit, unit: e.unit, thisDir: true, mod: mod}}, true
			}
		}
	case p.is(i, "more", "less") && p.is(i+1, "than"):
		mod, j = map[string]string{"more": "MORE_THAN", "less": "LESS_THAN"}[p.w(i)], i+2
	case p.is(i, "no") && p.is(i+1, "more", "less") && p.is(i+2, "than"):
		mod, j = map[string]string{"more": "EQUAL_OR_LESS", "less": "EQUAL_OR_MORE"}[p.w(i+1)], i+3
	case p.is(i, "at") && p.is(i+1, "least", "most"):
		mod, j = map[string]string{"least": "EQUAL_OR_MORE", "most": "EQUAL_OR_LESS"}[p.w(i+1)], i+2
	case p.is(i, "up") && p.is(i+1, "to"):
		mod, j = "EQUAL_OR_LESS", i+2
	case p.is(i, "year") && p.hyphen(i+1) && p.is(i+2, "end"): // "year-end"
		return match{i + 3, phrase{kind: pRelUnit, unit: uYear, thisDir: true, mod: "END"}}, true
	case p.is(i, "year") && p.is(i+1, "end") && !p.is(i-1, "the", "a", "this", "last", "each", "every"):
		return match{i + 2, phrase{kind: pRelUnit, unit: uYear, thisDir: true, mod: "END"}}, true
	case p.is(i, "year") && p.mark(i+1, "'") && p.is(i+2, "s") && p.is(i+3, "end"): // "year's end"
		return match{i + 4, phrase{kind: pRelUnit, unit: uYear, thisDir: true, mod: "END"}}, true
	default:
		if m, ok := approximators[p.w(i)]; ok {
			mod, j = m, i+1
			if p.is(i, "over", "under", "some", "just", "only") && !p.startsQuantity(i+1) && !p.is(i+1, "a", "an") {
				return match{}, false // "over the weekend": a preposition
			}
		}
	}
	if j == i {
		return match{}, false
	}
	if p.is(i, "the") && p.is(j, "the") {
		return match{}, false
	}
	m, ok := p.parseInner(j, mod)
	if !ok || m.phrase.possessive && approximators[p.w(i)] != "" {
		return match{}, false // "get around Wednesday's ruling": a preposition
	}
	if m.phrase.mod == "" {
		m.phrase.mod = mod
	}
	return m, true
}

// parseInner parses the expression that follows a modifier. Position
// modifiers ("early", "the end of") apply to dates, approximators ("about",
// "more than") to quantities and dates.
func (p *parser) parseInner(j int, mod string) (match, bool) {
	best, found := match{}, false
	try := func(m match, ok bool) {
		if ok && (!found || m.end > best.end) {
			best, found = m, true
		}
	}
	try(p.calendar(j))
	try(p.decade(j))
	try(p.weekdayPhrase(j))
	try(p.relDay(j))
	try(p.relUnit(j))
	try(p.part(j))
	try(p.ago(j))
	try(p.duration(j))
	try(p.clock(j))
	try(p.holidayPhrase(j))
	try(p.anaphor(j))
	if found && best.phrase.kind == pDuration && best.phrase.vague && best.phrase.n == 0 && mod != "" {
		// "over months", "about years": too vague to be one expression.
		return match{}, false
	}
	return best, found
}

// A count is how many units an expression speaks of.
type count struct {
	n     int  // the number; 0 for "half an hour"
	half  bool // and a half: "5 1/2", "one and a half"
	vague bool // unknown: "several", "a few" (n is then 0)
}

// quantity parses a count: "two", "twenty-four", "24", "a", "a couple of",
// "several", "5 1/2", "one and a half".
func (p *parser) quantity(i int) (c count, end int, ok bool) {
	t := p.tok(i)
	switch {
	case t.kind == tNum:
		if t.num < 0 || (p.mark(i+1, ",") || p.mark(i+1, ".")) && p.tok(i+2).kind == tNum && p.tok(i+2).glued {
			return count{}, 0, false // 1,000 or 2.5: not a count of units here
		}
		if p.tok(i+1).kind == tNum && p.tok(i+1).num == 1 && p.mark(i+2, "/") && p.tok(i+3).num == 2 {
			return count{n: t.num, half: true}, i + 4, true // "5 1/2"
		}
		return count{n: t.num}, i + 1, true
	case p.is(i, "a", "an"):
		switch {
		case p.is(i+1, "couple") && p.is(i+2, "of"):
			return count{n: 2}, i + 3, true
		case p.is(i+1, "few"):
			return count{vague: true}, i + 2, true
		case p.is(i+1, "dozen"):
			return count{n: 12}, i + 2, true
		case p.is(i+1, "half"):
			return count{half: true}, i + 2, true
		case p.is(i+1, "hundred", "thousand"):
			return count{n: p.lex(i + 1).number}, i + 2, true
		}
		return count{n: 1}, i + 1, true
	case p.is(i, "several", "few", "many", "some", "numerous", "countless"):
		return count{vague: true}, i + 1, true
	case p.is(i, "couple") && p.is(i+1, "of"):
		return count{n: 2}, i + 2, true
	case p.is(i, "dozens", "hundreds", "thousands") && p.is(i+1, "of"):
		return count{vague: true}, i + 2, true
	}
	n, end, ok := p.numberWords(i)
	if !ok {
		return count{}, 0, false
	}
	if p.is(end, "and") && p.is(end+1, "a") && p.is(end+2, "half") && p.lex(end+3).unit != noUnit {
		return count{n: n, half: true}, end + 3, true
	}
	return count{n: n}, end, true
}

// numberWords parses a cardinal in words: "two", "twenty-four",
// "twenty four", "one hundred", "two thousand".
func (p *parser) numberWords(i int) (n, end int, ok bool) {
	v := p.lex(i).number
	if v == 0 {
		return 0, 0, false
	}
	n, end = v, i+1
	if v >= 20 && v < 100 && v%10 == 0 {
		k := p.skipHyphen(end)
		if u := p.lex(k).number; u > 0 && u < 10 {
			n, end = n+u, k+1
		}
	}
	if p.is(end, "hundred") && n < 100 {
		n, end = n*100, end+1
		if p.is(end, "and") && p.lex(end+1).number > 0 && p.lex(end+1).number < 100 {
			if m, e, ok := p.numberWords(end + 1); ok && m < 100 {
				n, end = n+m, e
			}
		}
	}
	if p.is(end, "thousand") && n < 1000 {
		n, end = n*1000, end+1
	}
	return n, end, true
}

// ordinalAt parses an ordinal: "third", "3rd", "twenty-first".
func (p *parser) ordinalAt(i int) (n, end int, ok bool) {
	if o := p.lex(i).ordinal; o > 0 {
		return o, i + 1, true
	}
	if t := p.tok(i); t.kind == tNum && t.num > 0 && t.num < 1000 && p.is(i+1, "st", "nd", "rd", "th") && p.tok(i+1).glued {
		return t.num, i + 2, true
	}
	if v := p.lex(i).number; v >= 20 && v%10 == 0 && v < 100 {
		k := p.skipHyphen(i + 1)
		if o := p.lex(k).ordinal; o > 0 && o < 10 {
			return v + o, k + 1, true
		}
	}
	return 0, 0, false
}

// yearAt parses a year: "1998", "nineteen ninety-six", "two thousand".
func (p *parser) yearAt(i int) (y, end int, ok bool) {
	t := p.tok(i)
	if t.kind == tNum {
		if len(t.low) != 4 || t.num < 1000 || t.num > 2199 {
			return 0, 0, false
		}
		// Not part of a larger number: "1,990", "$2000", "2000.5", "1998-2000" is fine.
		prev, next := p.tok(i-1), p.tok(i+1)
		if t.glued && prev.kind == tPunct && (prev.low == "," || prev.low == "$" || prev.low == "." || prev.low == "#") {
			return 0, 0, false
		}
		if next.glued && next.kind == tPunct && (next.low == "," || next.low == ".") && p.tok(i+2).kind == tNum && p.tok(i+2).glued {
			return 0, 0, false
		}
		if next.glued && (next.kind == tWord && next.low != "s" || next.low == "%") {
			return 0, 0, false
		}
		if p.lex(i+1).timeZone || p.is(i+1, "percent", "per", "pct", "people", "troops", "soldiers", "members", "workers",
			"feet", "meters", "metres", "miles", "kilometers", "tons", "dollars", "yards", "jobs",
			"acres", "barrels", "shares", "votes", "points", "cars", "units", "times", "hours",
			"minutes", "pounds", "euros", "marks", "yen", "francs", "men", "women", "children",
			"persons", "employees", "police", "officers", "prisoners", "refugees", "homes", "houses") {
			return 0, 0, false
		}
		return t.num, i + 1, true
	}
	// Spoken years, as in broadcast transcripts.
	if p.is(i, "nineteen") {
		k := i + 1
		if v := p.lex(k).number; v >= 10 && v < 100 {
			m, e, _ := p.numberWords(k)
			if m < 100 {
				return 1900 + m, e, true
			}
		}
	}
	if p.is(i, "two") && p.is(i+1, "thousand") {
		e := i + 2
		if p.is(e, "and") && p.lex(e+1).number > 0 && p.lex(e+1).number < 100 {
			m, e2, _ := p.numberWords(e + 1)
			return 2000 + m, e2, true
		}
		if v := p.lex(e).number; v > 0 && v < 100 {
			m, e2, _ := p.numberWords(e)
			return 2000 + m, e2, true
		}
		return 2000, e, true
	}
	return 0, 0, false
}

// dayOfMonth parses a day number 1–31: "14", "14th", "fourteenth".
func (p *parser) dayOfMonth(i int) (d, end int, ok bool) {
	t := p.tok(i)
	if t.kind == tNum && len(t.low) <= 2 && t.num >= 1 && t.num <= 31 {
		end = i + 1
		if p.is(end, "st", "nd", "rd", "th") && p.tok(end).glued {
			end++
		}
		if p.mark(end, ":") && p.tok(end+1).kind == tNum && p.tok(end+1).glued || p.tok(end).kind == tNum && p.tok(end).glued {
			return 0, 0, false // a clock time "10:30", or part of a longer number
		}
		return t.num, end, true
	}
	if o, e, ok := p.ordinalAt(i); ok && o <= 31 && p.tok(i).kind == tWord {
		return o, e, true
	}
	return 0, 0, false
}

// monthAt parses a month name: "October", "Oct.", "Sept". Full names must be
// capitalised, and "May" and "March" need support from the next token since
// they are also common verbs.
func (p *parser) monthAt(i int) (m time.Month, end int, ok bool) {
	t := p.tok(i)
	e := p.lex(i)
	if e.month == 0 || !t.upper {
		return 0, 0, false
	}
	end = i + 1
	if e.abbrMonth {
		switch {
		case p.mark(end, ".") && p.tok(end).glued:
			end++
		case p.tok(end).kind != tNum:
			return 0, 0, false // "Jan" without a dot or a day is too often a name
		}
	}
	return e.month, end, true
}

// calendar parses explicit dates: "Oct. 14", "October 14, 1998",
// "14 October", "October 1998", "the 14th of October", "1998", "fiscal
// 1989", "2026-01-06", "1/6/2026", "November".
func (p *parser) calendar(i int) (match, bool) {
	// Numeric dates: 2026-01-06, 1/6/2026.
	if m, ok := p.numericDate(i); ok {
		return m, true
	}
	start := i
	fiscal := false
	if p.is(i, "fiscal") {
		fiscal, i = true, i+1
		if p.is(i, "year") {
			i++
		}
	} else if p.is(i, "the") && p.is(i+1, "year") {
		if y, e, ok := p.yearAt(i + 2); ok {
			return match{e, phrase{kind: pCalendar, year: y}}, true
		}
	}
	if y, e, ok := p.yearAt(i); ok {
		if !fiscal && p.tok(i).kind == tNum && !p.plausibleBareYear(start, e) {
			return match{}, false
		}
		ph := phrase{kind: pCalendar, year: y, fiscal: fiscal}
		// "1998-99" and "1990s" are handled elsewhere; "1998 fourth quarter" by part.
		return match{e, ph}, true
	}
	if fiscal {
		return match{}, false
	}
	// "the 14th of October"
	if p.is(i, "the") {
		if d, e, ok := p.dayOfMonth(i + 1); ok && p.is(e, "of") {
			if m, e2, ok := p.monthAt(e + 1); ok {
				ph := phrase{kind: pCalendar, month: m, day: d}
				e2 = p.optYear(e2, &ph)
				return match{e2, ph}, validDay(ph)
			}
		}
		return match{}, false
	}
	// "14 October", "14th October 2026"
	if d, e, ok := p.dayOfMonth(i); ok && p.tok(i).kind == tNum {
		if m, e2, ok := p.monthAt(e); ok {
			ph := phrase{kind: pCalendar, month: m, day: d}
			e2 = p.optYear(e2, &ph)
			return match{e2, ph}, validDay(ph)
		}
		return match{}, false
	}
	m, e, ok := p.monthAt(i)
	if !ok {
		return match{}, false
	}
	ph := phrase{kind: pCalendar, month: m}
	// "October 14", "Oct. 14, 1998", "October 14th"
	if d, e2, ok := p.dayOfMonth(e); ok && !p.is(e2, "percent", "%") && !(p.mark(e2, "%")) {
		ph.day = d
		e2 = p.optYear(e2, &ph)
		return match{e2, ph}, validDay(ph)
	}
	// "October 1998", "October of 1998", "October, 1998"
	k := e
	if p.is(k, "of") || p.mark(k, ",") {
		k++
	}
	if y, e2, ok := p.yearAt(k); ok {
		ph.year = y
		return match{e2, ph}, true
	}
	// "January this year", "June last year", "January of next year"
	if p.is(e, "of") && p.is(e+1, "this", "last", "next") && p.is(e+2, "year") {
		e++
	}
	// "June of that year": of the year the text spoke of.
	if p.is(e, "of", "in") && p.is(e+1, "that") && p.is(e+2, "year") {
		ph.anaphoric = true
		return match{e + 3, ph}, true
	}
	if p.is(e, "this", "last", "next") && p.is(e+1, "year") {
		ph.hasRelYear = true
		ph.relYear = map[string]int{"this": 0, "last": -1, "next": 1}[p.w(e)]
		return match{e + 2, ph}, true
	}
	if (m == time.May || m == time.March) && !p.monthContext(i) {
		return match{}, false
	}
	return match{e, ph}, true
}

// monthContext reports whether the words before a bare "May" or "March"
// make it a month: "in May", "since March", "last May".
func (p *parser) monthContext(i int) bool {
	return p.is(i-1, "in", "since", "until", "till", "by", "last", "next", "this", "early", "the",
		"late", "mid", "of", "during", "before", "after", "from", "through", "to", "between",
		"and", "or", "each", "every", "since", "around", "throughout")
}

// optYear parses an optional year after a day: "Oct. 14, 1998", "14 June 2026".
func (p *parser) optYear(i int, ph *phrase) int {
	k := i
	if p.mark(k, ",") {
		k++
	}
	if y, e, ok := p.yearAt(k); ok && p.tok(k).kind == tNum {
		ph.year = y
		return e
	}
	return i
}

// validDay reports whether a calendar phrase names a day that exists.
func validDay(ph phrase) bool {
	if ph.day == 0 {
		return true
	}
	y := ph.year
	if y == 0 {
		y = 2000 // leap: accept Feb. 29 without a year
	}
	return ph.day <= daysIn(y, ph.month)
}

// plausibleBareYear reports whether a four-digit number between start and
// end reads as a year rather than a quantity: "in 1998", "1998 was",
// but not "1998 troops" (checked by yearAt) or "page 1998".
func (p *parser) plausibleBareYear(start, end int) bool {
	prev := p.w(start - 1)
	switch prev {
	case "page", "room", "flight", "route", "no", "number", "highway", "interstate", "model", "channel", "apartment", "suite":
		return false
	}
	// A year range "1998-99" or "1998-2000": accept the first year.
	return true
}

// numericDate parses "2026-01-06" and "1/6/2026" (month first, as in
// American news).
func (p *parser) numericDate(i int) (match, bool) {
	t := p.tok(i)
	if t.kind != tNum {
		return match{}, false
	}
	if len(t.low) == 4 && p.mark(i+1, "-") && p.tok(i+1).glued && p.tok(i+2).kind == tNum && p.tok(i+2).glued &&
		len(p.tok(i+2).low) == 2 && p.mark(i+3, "-") && p.tok(i+3).glued && p.tok(i+4).kind == tNum && p.tok(i+4).glued && len(p.tok(i+4).low) == 2 {
		ph := phrase{kind: pCalendar, year: t.num, month: time.Month(p.tok(i + 2).num), day: p.tok(i + 4).num}
		if ph.month >= 1 && ph.month <= 12 && ph.day >= 1 && validDay(ph) {
			return match{i + 5, ph}, true
		}
		return match{}, false
	}
	if len(t.low) <= 2 && p.mark(i+1, "/") && p.tok(i+1).glued && p.tok(i+2).kind == tNum && p.tok(i+2).glued &&
		len(p.tok(i+2).low) <= 2 && p.mark(i+3, "/") && p.tok(i+3).glued && p.tok(i+4).kind == tNum && p.tok(i+4).glued {
		y := p.tok(i + 4)
		year := y.num
		switch len(y.low) {
		case 2:
			year += 1900
			if year < 1950 {
				year += 100
			}
		case 4:
		default:
			return match{}, false
		}
		ph := phrase{kind: pCalendar, year: year, month: time.Month(t.num), day: p.tok(i + 2).num}
		if ph.month >= 1 && ph.month <= 12 && ph.day >= 1 && validDay(ph) {
			return match{i + 5, ph}, true
		}
	}
	return match{}, false
}

// decade parses decades and centuries: "the 1990s", "1990s", "the '80s",
// "the nineties", "the 20th century".
func (p *parser) decade(i int) (match, bool) {
	j := i
	if p.is(j, "the") {
		j++
	}
	if p.mark(j, "'") || p.mark(j, "’") {
		if t := p.tok(j + 1); t.kind == tNum && len(t.low) == 2 && t.num%10 == 0 && p.is(j+2, "s") && p.tok(j+2).glued {
			return match{j + 3, phrase{kind: pDecade, year: 1900 + t.num}}, true
		}
		return match{}, false
	}
	if t := p.tok(j); t.kind == tNum && len(t.low) == 4 && t.num%10 == 0 && p.is(j+1, "s") && p.tok(j+1).glued {
		return match{j + 2, phrase{kind: pDecade, year: t.num}}, true
	}
	if d, ok := decadeWords[p.w(j)]; ok && j > i {
		return match{j + 1, phrase{kind: pDecade, year: d}}, true
	}
	if o, e, ok := p.ordinalAt(j); ok && p.is(e, "century") && o >= 1 && o <= 30 {
		return match{e + 1, phrase{kind: pCentury, n: o}}, true
	}
	return match{}, false
}

var decadeWords = map[string]int{
	"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950,
	"sixties": 1960, "seventies": 1970, "eighties": 1980, "nineties": 1990,
}

// weekdayPhrase parses weekdays: "Saturday", "last Friday", "this coming
// Sunday", "Monday, Oct. 26", "Friday morning", "Sunday at 8 p.m.".
func (p *parser) weekdayPhrase(i int) (match, bool) {
	ph := phrase{kind: pWeekday}
	j := i
	switch {
	case p.is(j, "this") && p.is(j+1, "coming", "past"):
		ph.dir = map[string]int{"coming": 1, "past": -1}[p.w(j+1)]
		j += 2
	case p.is(j, "the") && p.is(j+1, "previous", "following", "next"):
		ph.dir = map[string]int{"previous": -1, "following": 1, "next": 1}[p.w(j+1)]
		ph.anaphoric = true // counted from the day the text spoke of
		j += 2
	case p.is(j, "last", "next", "this", "coming", "past"):
		ph.dir = map[string]int{"last": -1, "next": 1, "coming": 1, "past": -1}[p.w(j)]
		ph.thisDir = p.is(j, "this")
		j++
	}
	e := p.lex(j)
	if e.weekday == 0 || e.plural || (len(p.w(j)) <= 4 && !(p.mark(j+1, ".") && p.tok(j).upper)) {
		return match{}, false
	}
	ph.weekday = e.weekday
	end := j + 1
	if len(p.w(j)) <= 4 {
		end++ // "Wed."
	}
	if dp := p.lex(end).dayPart; dp != "" && !p.lex(end).plural {
		ph.dayPart = dp // "Friday morning": a DATE in TimeBank's practice
		end++
	}
	// "Monday, Oct. 26", "Friday Oct. 13", "Saturday, April 25, 1998"
	k := end
	if p.mark(k, ",") {
		k++
	}
	if m, ok := p.calendar(k); ok && m.phrase.kind == pCalendar && m.phrase.day > 0 {
		m.phrase.weekday = ph.weekday
		m.phrase.dayPart, m.phrase.typ = ph.dayPart, ph.typ
		return m, true
	}
	if c, e2, ok := p.clockAfter(end); ok {
		ph.hour, ph.minute, ph.hasClock, ph.typ = c.hour, c.minute, true, Time
		end = e2
	}
	ph.possessive = p.possessiveAt(end)
	return match{end, ph}, true
}

// possessiveAt reports whether a possessive "'s" begins at token i.
func (p *parser) possessiveAt(i int) bool {
	return (p.mark(i, "'") || p.mark(i, "’")) && p.tok(i).glued && p.is(i+1, "s") && p.tok(i+1).glued
}

// clockAfter parses a clock time that follows a day: "at 8 p.m.".
func (p *parser) clockAfter(i int) (phrase, int, bool) {
	if !p.is(i, "at") {
		return phrase{}, 0, false
	}
	h, m, e, ok := p.clockTime(i + 1)
	if !ok {
		return phrase{}, 0, false
	}
	return phrase{hour: h, minute: m}, e, true
}

// relDay parses days named relative to publication: "today", "yesterday",
// "tomorrow", "tonight", "last night", "this morning", "yesterday
// afternoon", "the day before yesterday".
func (p *parser) relDay(i int) (match, bool) {
	ph := phrase{kind: pRelDay, unit: uDay}
	j := i
	switch {
	case p.is(i, "this", "tomorrow", "yesterday") && p.lex(i+1).dayPart != "" && !p.lex(i+1).plural && !p.is(i+1, "overnight"):
		ph.n = p.lex(i).relDay
		ph.dayPart, ph.typ = p.lex(i+1).dayPart, Time
		return match{i + 2, ph}, true
	case p.is(i, "last") && p.is(i+1, "night", "evening"):
		ph.n, ph.dayPart, ph.typ = -1, p.lex(i+1).dayPart, Time
		return match{i + 2, ph}, true
	case p.is(i, "the") && p.is(i+1, "day") && p.is(i+2, "before", "after") && p.is(i+3, "yesterday", "tomorrow"):
		ph.n = p.lex(i+3).relDay + map[string]int{"before": -1, "after": 1}[p.w(i+2)]
		return match{i + 4, ph}, true
	}
	e := p.lex(j)
	if !e.isRelDay {
		return match{}, false
	}
	ph.n = e.relDay
	end := j + 1
	if e.dayPart != "" { // tonight
		ph.dayPart, ph.typ = e.dayPart, Time
	} else if dp := p.lex(end).dayPart; dp != "" && !p.lex(end).plural && p.w(end) != "overnight" {
		ph.dayPart, ph.typ = dp, Time
		end++
	}
	if c, e2, ok := p.clockAfter(end); ok {
		ph.hour, ph.minute, ph.hasClock, ph.typ = c.hour, c.minute, true, Time
		end = e2
	}
	return match{end, ph}, true
}

// relUnit parses calendar units relative to publication: "last week",
// "this month", "next year", "the coming year", "the current quarter",
// "this past spring", "last November", "this weekend".
func (p *parser) relUnit(i int) (match, bool) {
	ph := phrase{kind: pRelUnit}
	j := i
	switch {
	case p.is(j, "this") && p.is(j+1, "past"):
		ph.dir, ph.thisDir, j = -1, true, j+2
	case p.is(j, "the") && p.is(j+1, "full") && (p.is(j+2, "year") || p.is(j+2, "fiscal") && p.is(j+3, "year")):
		ph.thisDir, j = true, j+2
	case p.is(j, "this", "current") || p.is(j, "the") && p.is(j+1, "current"):
		ph.thisDir = true
		if p.is(j, "the") {
			j++
		}
		j++
	case p.is(j, "last", "next", "previous"):
		ph.dir, j = map[string]int{"last": -1, "next": 1, "previous": -1}[p.w(j)], j+1
	case p.is(j, "the") && p.is(j+1, "coming", "previous", "following", "next") && p.is(j+2, "weekend"):
		ph.dir, j = map[string]int{"coming": 1, "next": 1, "following": 1, "previous": -1}[p.w(j+1)], j+2
	case p.is(j, "the") && p.is(j+1, "weekend"):
		j++
	case p.is(j, "weekend") && p.is(j-1, "on", "over", "during"):
	default:
		return match{}, false
	}
	if p.is(j, "fiscal") && p.is(j+1, "year") {
		ph.fiscal, j = true, j+1
	}
	e := p.lex(j)
	switch {
	case e.unit != noUnit && !e.plural && e.unit != uHalf && e.unit != uSecond && e.unit != uMinute && e.unit != uHour && e.unit != uDay:
		if e.unit != uWeekend && !ph.thisDir && ph.dir == 0 {
			return match{}, false
		}
		ph.unit = e.unit
		ph.n = ph.dir
		ph.quarter = e.unit == uQuarter
		return match{j + 1, ph}, true
	case e.season != "" && !p.is(j-1, "the"):
		return match{j + 1, phrase{kind: pPart, unit: uSeason, season: e.season, dir: ph.dir, thisDir: ph.thisDir}}, ph.dir != 0 || ph.thisDir
	case e.month != 0 && p.tok(j).upper && (ph.dir != 0 || ph.thisDir):
		m, end, ok := p.monthAt(j)
		if !ok {
			return match{}, false
		}
		cal := phrase{kind: pCalendar, month: m, dir: ph.dir, thisDir: ph.thisDir}
		if d, e2, ok := p.dayOfMonth(end); ok {
			cal.day, end = d, e2 // "last Oct. 23"
		}
		return match{end, cal}, validDay(cal)
	}
	return match{}, false
}

// part parses quarters, halves and seasons: "the third quarter",
// "third-quarter", "the fiscal first quarter", "the second quarter of
// 1990", "next year's first quarter", "the 1988 second quarter", "the
// first half of next year", "the spring", "the winter of 1994", "spring 1998".
func (p *parser) part(i int) (match, bool) {
	ph := phrase{kind: pPart}
	j := i
	if p.is(j, "the") {
		j++
	}
	// "next year's first quarter", "this year's third quarter", "the 1988 second quarter"
	if p.is(j, "this", "last", "next") && p.is(j+1, "year") && p.mark(j+2, "'") && p.is(j+3, "s") {
		ph.hasRelYear, ph.relYear, j = true, map[string]int{"this": 0, "last": -1, "next": 1}[p.w(j)], j+4
	} else if y, e, ok := p.yearAt(j); ok && p.tok(j).kind == tNum {
		if p.mark(e, "'") && p.is(e+1, "s") {
			e += 2
		}
		ph.year, j = y, e
	}
	if p.is(j, "fiscal") {
		ph.fiscal, j = true, j+1
		if p.hyphen(j) {
			j++
		}
	}
	if p.is(j, "spring", "summer", "fall", "autumn", "winter") {
		ph.unit, ph.season = uSeason, p.lex(j).season
		end := j + 1
		if p.is(j, "fall") && j == i {
			return match{}, false // the verb "fall"
		}
		if ph.year == 0 && !ph.hasRelYear {
			k := end
			if p.is(k, "of") {
				k++
			}
			if y, e, ok := p.yearAt(k); ok {
				ph.year, end = y, e
			} else if !p.is(i-1, "in", "into", "during", "since", "until", "by", "through", "over", "throughout", "before", "after", "this", "last", "next", "early", "late", "mid") {
				return match{}, false // "the fall of the regime", "the spring in his step"
			}
		}
		return match{end, ph}, true
	}
	o, e, ok := p.ordinalAt(j)
	if !ok {
		if p.is(j, "last", "final") {
			o, e, ok = -1, j+1, true
		} else {
			return match{}, false
		}
	}
	if p.is(e, "fiscal") {
		ph.fiscal, e = true, e+1
	}
	k := p.skipHyphen(e)
	if k > e && j > i && ph.year == 0 && !ph.hasRelYear {
		return match{}, false // "the third-quarter results": the adjective alone
	}
	switch {
	case p.is(k, "quarter"):
		if o > 4 {
			return match{}, false
		}
		if o < 0 {
			o = 4
		}
		ph.unit, ph.ordinal, ph.quarter = uQuarter, o, true
	case p.is(k, "half"):
		if o > 2 {
			return match{}, false
		}
		if o < 0 {
			o = 2
		}
		ph.unit, ph.ordinal = uHalf, o
	default:
		return match{}, false
	}
	end := k + 1
	if ph.year == 0 && !ph.hasRelYear {
		switch {
		case p.is(end, "of") || p.is(end, "in"):
			if y, e2, ok := p.yearAt(end + 1); ok {
				ph.year, end = y, e2
			} else if p.is(end+1, "fiscal") {
				if y, e2, ok := p.yearAt(end + 2); ok {
					ph.year, end = y, e2
				}
			} else if p.is(end+1, "this", "last", "next") && p.is(end+2, "year") {
				ph.hasRelYear, ph.relYear, end = true, map[string]int{"this": 0, "last": -1, "next": 1}[p.w(end+1)], end+3
			} else if p.is(end+1, "the") && p.is(end+2, "year") {
				ph.hasRelYear, end = true, end+3
			}
		case p.is(end, "this", "last", "next") && p.is(end+1, "year"):
			ph.hasRelYear, ph.relYear, end = true, map[string]int{"this": 0, "last": -1, "next": 1}[p.w(end)], end+2
		default:
			if y, e2, ok := p.yearAt(end); ok && p.tok(end).kind == tNum {
				ph.year, end = y, e2
			}
		}
	}
	if ph.unit == uHalf && ph.year == 0 && !ph.hasRelYear {
		return match{}, false // "the first half" of a match, a game, …
	}
	return match{end, ph}, true
}

// ago parses counts of units before or after publication: "two days ago",
// "three months ago", "a year earlier", "a week or so ago", "10 years ago".
func (p *parser) ago(i int) (match, bool) {
	c, e, ok := p.quantity(i)
	n, half, vague := c.n, c.half, c.vague
	if !ok || half {
		return match{}, false
	}
	u := p.lex(e).unit
	if u == noUnit || u == uHalf || u == uWeekend {
		return match{}, false
	}
	plural := p.lex(e).plural
	if !vague && (n == 1) == plural && p.tok(i).kind == tWord {
		return match{}, false // "two day ago", "one years"
	}
	end := e + 1
	if p.is(end, "or") && p.is(end+1, "so") {
		end += 2
	} else if p.is(end, "or") && p.lex(end+1).number > 0 && p.lex(end+2).unit == u {
		end += 3 // "a year or two ago" is vague
		vague = true
	}
	switch {
	case vague:
		n = 1 // "several years ago": only the direction is known
	case u == uDecade:
		n, u = 10*n, uYear // "a decade ago" is a year
	case u == uCentury:
		n, u = 100*n, uYear
	}
	ph := phrase{kind: pRelUnit, n: n, unit: u, vague: vague}
	switch {
	case p.is(end, "ago"):
		ph.n = -n
		return match{end + 1, ph}, true
	case p.is(end, "earlier") || p.is(end, "before") && p.tok(end+1).kind == tPunct:
		ph.n, ph.anaphoric = -n, true
		return match{end + 1, ph}, true
	case p.is(end, "from") && p.is(end+1, "now"):
		return match{end + 2, ph}, true
	case p.is(end, "hence"):
		return match{end + 1, ph}, true
	}
	return match{}, false
}

// duration parses lengths of time: "two days", "the past two months", "a
// decade", "several years", "the first nine months", "two-year", "5 1/2
// hours", "months", "the past year", "a minute and a half".
func (p *parser) duration(i int) (match, bool) {
	j := i
	the := p.is(j, "the")
	if the {
		j++
	}
	qualified := p.is(j, "past", "last", "next", "first", "coming", "previous", "following",
		"final", "latest", "remaining", "whole", "entire", "additional", "further")
	if qualified {
		j++
	}
	c, e, ok := p.quantity(j)
	n, half, vague := c.n, c.half, c.vague
	if !ok {
		return p.unitDuration(i, j, the, qualified)
	}
	if p.is(j, "some", "many") && !p.lex(e).plural {
		return match{}, false
	}
	if c.vague && the && p.is(j-1, "past", "last") && p.lex(e).plural {
		return match{e + 1, phrase{kind: pRef, ref: "PAST_REF"}}, true // "the past few months"
	}
	if p.is(e, "more", "additional", "further", "extra", "straight", "consecutive", "full", "trading", "business", "working") {
		e++ // "two more weeks", "an additional year", "eight trading days"
	}
	k := p.skipHyphen(e)
	hyphenated := k > e
	ent := p.lex(k)
	u := ent.unit
	switch {
	case u == noUnit || u == uWeekend || u == uHalf:
		return match{}, false
	case hyphenated && ent.plural:
		return match{}, false // "three-quarters" is a fraction
	case e == j+1 && p.is(j, "a", "an") && ent.plural:
		return match{}, false
	case u == uQuarter && p.is(k+1, "of"):
		return match{}, false // "a quarter of the vote" is a fraction
	case !ent.plural && n >= 1000 && n <= 2199 && !hyphenated:
		return match{}, false // "the 1988 quarter"
	}
	end := k + 1
	if u == uSecond && n == 1 && !ent.plural && p.tok(end).kind == tWord && !p.is(end, "ago", "later", "earlier", "or", "and", "before", "after") {
		return match{}, false // "a second term": the ordinal
	}
	if p.hyphen(end) && p.is(end+1, "old", "ago", "earlier", "end") || p.is(end, "old") {
		return match{}, false // ages ("a 6-year-old", "52 years old") and "year-earlier"
	}
	if !vague && !half && !hyphenated && (n == 1) == ent.plural && !p.is(j, "a", "an") {
		// "two day" reads as a duration only before a noun: "a two day visit".
		if ent.plural || p.tok(end).kind != tWord || p.is(end, "ago", "earlier", "later", "of", "and", "or", "in", "to", "for", "the", "a", "before", "after") {
			return match{}, false
		}
	}
	if p.is(end, "and") && p.is(end+1, "a") && p.is(end+2, "half") {
		half, end = true, end+3
	}
	if p.hyphen(end) && p.is(end+1, "long") { // "day-long"
		end += 2
	}
	if p.is(end, "or") && p.is(end+1, "so") { // "the next two years or so"
		end += 2
	}
	if p.is(j, "a", "an") && !half && (p.is(end, "ago", "earlier") || p.is(end, "before") && p.tok(end+1).kind == tPunct) {
		return match{}, false // left to ago()
	}
	if !ent.plural && p.is(j, "a", "an", "per") && p.ratePrecedes(i) {
		// "$1.76 a year", "four flights a week": the unit only divides an
		// amount, and TimeBank leaves such rates untagged in most texts.
		return match{}, false
	}
	if hyphenated && j > i && !qualified {
		return match{}, false // "the two-week visit": the adjective alone is the expression
	}
	return match{end, phrase{kind: pDuration, n: n, unit: u, half: half, vague: vague}}, true
}

// unitDuration parses durations without a count, starting at i with the
// unit at j: "months", "the past year", "the next decade", "the weeks
// ahead".
func (p *parser) unitDuration(i, j int, the, qualified bool) (match, bool) {
	e := p.lex(j)
	if e.unit == noUnit || e.unit == uHalf || e.unit == uWeekend {
		return match{}, false
	}
	if !e.plural {
		switch {
		case !the && p.hyphen(j+1) && p.is(j+2, "long"): // "a day-long strike"
			return match{j + 3, phrase{kind: pDuration, n: 1, unit: e.unit}}, true
		case !the || !qualified || p.is(j-1, "first", "final", "following", "previous", "latest"):
			return match{}, false // "the first week of" is not a duration
		case p.is(j-1, "past", "last", "next", "coming") && e.unit >= uWeek:
			// "the past year", "the next year": the unit before or after
			// publication, as TimeBank writes them.
			dir := 1
			if p.is(j-1, "past", "last") {
				dir = -1
			}
			return match{j + 1, phrase{kind: pRelUnit, unit: e.unit, dir: dir, n: dir}}, true
		}
		return match{j + 1, phrase{kind: pDuration, n: 1, unit: e.unit}}, true // "the whole year"
	}
	end := j + 1
	switch {
	case p.is(end, "old") || p.tok(j-1).kind == tNum || p.lex(j-1).number > 0:
		return match{}, false // an age ("52 years old"), or a count the rules above refused
	case the && p.is(end, "ahead"):
		end++
	case the && !qualified && !p.is(i-1, "over", "during", "throughout"):
		return match{}, false // "the years" is vague, unless "over the years"
	case qualified && !the:
		return match{}, false // "past years", "last days"
	case !qualified && !the && p.is(j-1, "these", "those", "his", "her", "their", "its", "our", "my", "your", "some", "many", "few", "all", "other"):
		return match{}, false // "in those days"
	case p.hyphen(end):
		return match{}, false // "days-long" is rare; "years-old" an age
	case e.unit == uQuarter && !qualified:
		return match{}, false // "quarters" are as often lodgings
	}
	return match{end, phrase{kind: pDuration, unit: e.unit, vague: true}}, true
}

// ratePrecedes reports whether the words before i state an amount that "a
// year" or "per week" makes a rate: "$1.76 a year", "four flights a week",
// "twice a day".
func (p *parser) ratePrecedes(i int) bool {
	for k := i - 1; k >= i-4 && k >= 0; k-- {
		t := p.tok(k)
		switch {
		case t.kind == tPunct && (t.low == "," || t.low == "." || t.low == ";" || t.low == "(" || t.low == ")"):
			return false
		case t.kind == tNum, t.low == "$", p.is(k, "times", "twice", "once", "thrice", "million", "billion", "cents", "dollars", "percent"):
			return true
		}
	}
	return false
}

// set parses recurrences: "every week", "each Thursday", "daily", "every
// other day", "twice a year", "each July", "on Mondays".
func (p *parser) set(i int) (match, bool) {
	if u := p.lex(i).setUnit; u != noUnit {
		if p.ratePrecedes(i) {
			return match{}, false // "to rise 8.5% annually": a rate, as "$2 million a year"
		}
		return match{i + 1, phrase{kind: pSet, unit: u, n: 1}}, true
	}
	j := i
	switch {
	case p.is(j, "every", "each", "per"):
		j++
	case p.is(j, "twice", "once") && p.is(j+1, "a", "an", "per", "every", "each"):
		j += 2
	default:
		// "on Mondays", "Tuesday nights"
		if e := p.lex(j); e.weekday != 0 && len(p.w(j)) > 4 {
			ph := phrase{kind: pSet, weekday: e.weekday}
			if dp := p.lex(j + 1); !e.plural && dp.dayPart != "" && dp.plural {
				ph.dayPart = dp.dayPart
				return match{j + 2, ph}, true
			}
			if e.plural {
				if dp := p.lex(j + 1); dp.dayPart != "" {
					ph.dayPart = dp.dayPart
					return match{j + 2, ph}, true
				}
				return match{j + 1, ph}, true
			}
		}
		return match{}, false
	}
	n := 1
	if p.is(j, "other") {
		n, j = 2, j+1
	} else if c, e, ok := p.quantity(j); ok && !c.vague && c.n > 1 && p.lex(e).plural {
		n, j = c.n, e
	}
	e := p.lex(j)
	switch {
	case e.unit != noUnit && e.unit != uHalf && (!e.plural || n > 1):
		return match{j + 1, phrase{kind: pSet, unit: e.unit, n: n}}, true
	case e.weekday != 0 && len(p.w(j)) > 4:
		ph := phrase{kind: pSet, weekday: e.weekday}
		end := j + 1
		if dp := p.lex(end).dayPart; dp != "" {
			ph.dayPart, end = dp, end+1
		}
		return match{end, ph}, !p.is(i, "per")
	case e.month != 0 && p.tok(j).upper:
		return match{j + 1, phrase{kind: pSet, month: e.month}}, !p.is(i, "per")
	case e.season != "" && !p.is(i, "per"):
		return match{j + 1, phrase{kind: pSet, season: e.season}}, true
	case e.dayPart != "" && !e.plural && !p.is(i, "per"):
		return match{j + 1, phrase{kind: pSet, dayPart: e.dayPart}}, true
	}
	return match{}, false
}

// clockTime parses a time of day: "8 p.m.", "7:15 p.m.", "10 o'clock",
// "noon", "midnight", "20:00 GMT".
func (p *parser) clockTime(i int) (hour, minute, end int, ok bool) {
	switch {
	case p.is(i, "noon", "midday"):
		return 12, 0, i + 1, true
	case p.is(i, "midnight"):
		return 24, 0, i + 1, true
	}
	t := p.tok(i)
	if t.kind == tNum && len(t.low) == 4 && t.num/100 < 24 && t.num%100 < 60 && p.lex(i+1).timeZone {
		return t.num / 100, t.num % 100, i + 2, true // "1400 GMT"
	}
	if t.kind != tNum || len(t.low) > 2 || t.num > 24 {
		return 0, 0, 0, false
	}
	hour, end = t.num, i+1
	hasMinutes := false
	if (p.mark(end, ":") || p.mark(end, ".")) && p.tok(end).glued && p.tok(end+1).kind == tNum && p.tok(end+1).glued && len(p.tok(end+1).low) == 2 {
		minute, end, hasMinutes = p.tok(end+1).num, end+2, true
		if minute > 59 {
			return 0, 0, 0, false
		}
	}
	switch {
	case p.is(end, "am", "pm") || p.is(end, "a", "p") && p.is(end+1, "m"):
		pm := p.is(end, "pm", "p")
		if p.is(end, "a", "p") {
			end++
		}
		end++
		if hour == 0 || hour > 12 {
			return 0, 0, 0, false
		}
		if pm && hour < 12 {
			hour += 12
		} else if !pm && hour == 12 {
			hour = 0
		}
	case p.is(end, "o") && p.mark(end+1, "'") && p.is(end+2, "clock"):
		end += 3
	case hasMinutes && p.lex(end).timeZone:
	default:
		return 0, 0, 0, false
	}
	if p.lex(end).timeZone {
		end++
	}
	return hour, minute, end, true
}

// clock parses a clock time with an optional day: "8 p.m. on Sunday",
// "10 p.m. Wednesday", "noon Thursday", "5 p.m. EST Nov. 9", "4 in the
// morning".
func (p *parser) clock(i int) (match, bool) {
	h, m, end, ok := p.clockTime(i)
	if !ok {
		t := p.tok(i)
		// "4 in the morning"
		if t.kind == tNum && t.num >= 1 && t.num <= 12 && p.is(i+1, "in") && p.is(i+2, "the") && p.lex(i+3).dayPart != "" {
			h, end = t.num, i+4
			if p.is(i+3, "afternoon", "evening") || p.is(i+3, "night") && h >= 6 {
				h += 12
			}
			return match{end, phrase{kind: pRelDay, typ: Time, hour: h, hasClock: true}}, true
		}
		return match{}, false
	}
	ph := phrase{kind: pRelDay, typ: Time, hour: h, minute: m, hasClock: true}
	k := end
	if p.is(k, "local") && p.is(k+1, "time") {
		end, k = k+2, k+2 // "10am local time"
	}
	if p.is(k, "on") || p.mark(k, ",") {
		k++
	}
	if d, ok := p.weekdayPhrase(k); ok && d.phrase.kind == pWeekday {
		d.phrase.hour, d.phrase.minute, d.phrase.hasClock, d.phrase.typ = h, m, true, Time
		return d, true
	}
	if d, ok := p.relDay(k); ok && !p.is(k, "last", "this") {
		d.phrase.hour, d.phrase.minute, d.phrase.hasClock, d.phrase.typ = h, m, true, Time
		return d, true
	}
	if d, ok := p.calendar(k); ok && d.phrase.day > 0 {
		d.phrase.hour, d.phrase.minute, d.phrase.hasClock, d.phrase.typ = h, m, true, Time
		return d, true
	}
	return match{end, ph}, true
}

// reference parses vague references: "now", "currently", "recently", "the
// past", "the future", "the near term", "these days", "recent years", and
// the vague periods "recent weeks" and "the coming months".
func (p *parser) reference(i int) (match, bool) {
	ref := func(end int, r string) (match, bool) { return match{end, phrase{kind: pRef, ref: r}}, true }
	switch {
	case p.is(i, "right") && p.is(i+1, "now"), p.is(i, "these") && p.is(i+1, "days"):
		return ref(i+2, "PRESENT_REF")
	case p.is(i, "the") && p.is(i+1, "future") && p.is(i+2, "of"):
		return match{}, false // "the future of our peoples": prospects, not a time
	case p.is(i, "the") && p.is(i+1, "past", "future") && !p.startsQuantity(i+2) && p.lex(i+2).unit == noUnit:
		return ref(i+2, map[string]string{"past": "PAST_REF", "future": "FUTURE_REF"}[p.w(i+1)])
	case p.is(i, "the") && p.is(i+1, "near", "foreseeable", "distant", "immediate") && p.is(i+2, "future"):
		return ref(i+3, "FUTURE_REF")
	case p.is(i, "the") && p.is(i+1, "near", "short", "long") && p.is(i+2, "term"):
		return ref(i+3, "FUTURE_REF")
	case p.is(i, "recent") && p.is(i+1, "years"):
		return ref(i+2, "PAST_REF")
	case p.is(i, "recent", "coming") && p.lex(i+1).plural && p.lex(i+1).unit >= uDay && p.lex(i+1).unit != uWeekend:
		return match{i + 2, phrase{kind: pDuration, unit: p.lex(i + 1).unit, vague: true}}, true
	case p.is(i, "the") && p.is(i+1, "coming") && p.lex(i+2).plural && p.lex(i+2).unit >= uDay:
		return match{i + 3, phrase{kind: pDuration, unit: p.lex(i + 2).unit, vague: true}}, true
	case p.is(i, "now"):
		return match{i + 1, phrase{kind: pRef, ref: "PRESENT_REF"}}, !p.is(i-1, "from")
	case p.is(i, "current"):
		// "current" as in "the current crisis", not "current account".
		next := p.tok(i + 1)
		ok := next.kind == tWord && !timeNoun(next.low) && !p.is(i+1, "account", "accounts", "affairs",
			"events", "flowing", "flows", "of", "and", "or", "prices", "dollars", "terms", "is", "was")
		if !ok {
			return match{}, false
		}
		if p.is(i-1, "then") {
			return ref(i+1, "PAST_REF") // "the then current market price"
		}
		return ref(i+1, "PRESENT_REF")
	}
	if r := p.lex(i).ref; r != "" {
		return ref(i+1, r)
	}
	return match{}, false
}

// startsQuantity reports whether a count begins at i: "two", "12", "a few".
func (p *parser) startsQuantity(i int) bool {
	_, _, ok := p.quantity(i)
	return ok && !p.is(i, "a", "an")
}

// timeNoun reports whether w names a calendar unit.
func timeNoun(w string) bool {
	e := lexicon[w]
	return e != nil && e.unit != noUnit
}

// quarterAnaphor parses phrases that point back at the quarter a company
// report is about: "the quarter", "that quarter", "the latest quarter", "the
// 1988 period", "the year-ago quarter", "the year-earlier period", "the
// corresponding period last year", "the quarter a year ago", and the
// adjective "year-earlier".
func (p *parser) quarterAnaphor(i int) (match, bool) {
	j := i
	if !p.is(j, "the", "that", "its") {
		if end, ok := p.yearAgoAdjective(j); ok {
			return match{end, phrase{kind: pYearAgoQuarter}}, true // "year-earlier results"
		}
		return match{}, false
	}
	j++
	ph := phrase{kind: pLastQuarter, quarter: true}
	switch {
	case p.is(j, "latest") || p.is(j, "most") && p.is(j+1, "recent"):
		ph.dir = -1 // the latest quarter completed
		if p.is(j, "most") {
			j++
		}
		j++
	case p.is(j, "comparable", "corresponding", "same") || p.tok(j).kind == tNum:
		if y, e, ok := p.yearAt(j); ok && p.tok(j).kind == tNum {
			ph.year, j = y, e
			break
		}
		if p.is(j, "comparable", "corresponding", "same") {
			j++
		}
		if e, ok := p.yearAgoAdjective(j); ok {
			ph.kind, j = pYearAgoQuarter, e
		}
	default:
		if e, ok := p.yearAgoAdjective(j); ok {
			ph.kind, j = pYearAgoQuarter, e
		}
	}
	if ph.kind == pYearAgoQuarter {
		// "the year-ago third quarter", "the year-earlier nine months"
		if o, e, ok := p.ordinalAt(j); ok && o <= 4 && p.is(p.skipHyphen(e), "quarter") {
			ph.ordinal = o
			return match{p.skipHyphen(e) + 1, ph}, true
		}
		if c, e, ok := p.quantity(j); ok && !c.vague && c.n > 1 && p.is(e, "months") {
			return match{e + 1, phrase{kind: pDuration, n: c.n, unit: uMonth}}, true
		}
	}
	if !p.is(j, "quarter", "period") || p.hyphen(j+1) {
		return match{}, false // "the quarter-to-quarter comparison"
	}
	end := j + 1
	if p.is(end, "a") && p.is(end+1, "year") && p.is(end+2, "ago", "earlier") {
		ph.kind, end = pYearAgoQuarter, end+3
	} else if p.is(end, "last") && p.is(end+1, "year") {
		ph.kind, end = pYearAgoQuarter, end+2
	}
	if p.is(j, "period") && ph.kind == pLastQuarter && ph.dir == 0 && ph.year == 0 {
		return match{}, false // "the period" alone is too vague
	}
	return match{end, ph}, true
}

// yearAgoAdjective parses "year-ago" and "year-earlier".
func (p *parser) yearAgoAdjective(i int) (int, bool) {
	if p.is(i, "year") && p.hyphen(i+1) && p.is(i+2, "ago", "earlier") {
		return i + 3, true
	}
	return 0, false
}

// anaphor parses expressions counted from the date the text named last:
// "that year", "the same day", "the following year", "the next day", "the
// previous week", "the day before", "that morning".
func (p *parser) anaphor(i int) (match, bool) {
	ph := phrase{kind: pAnaphor, anaphoric: true}
	j := i
	switch {
	case p.is(j, "the", "that") && p.is(j+1, "same"):
		j += 2 // "the same day", "that same day"
	case p.is(j, "that"):
		j++
	case p.is(j, "the") && p.is(j+1, "following", "previous"):
		ph.n = map[string]int{"following": 1, "previous": -1}[p.w(j+1)]
		j += 2
	case p.is(j, "the") && p.is(j+1, "next") && p.is(j+2, "day", "morning", "afternoon", "evening", "night"):
		ph.n, j = 1, j+2
	case p.is(j, "the") && p.is(j+1, "day", "year", "month", "week") && p.is(j+2, "before", "after") &&
		(p.tok(j+3).kind == tPunct || j+3 >= len(p.toks)):
		ph.n = map[string]int{"before": -1, "after": 1}[p.w(j+2)]
		ph.unit = p.lex(j + 1).unit
		return match{j + 3, ph}, true
	default:
		return match{}, false
	}
	e := p.lex(j)
	switch {
	case e.unit == uDay || e.unit == uWeek || e.unit == uMonth || e.unit == uYear:
		if e.plural {
			return match{}, false
		}
		ph.unit = e.unit
	case e.dayPart != "" && !e.plural:
		ph.unit, ph.dayPart, ph.typ = uDay, e.dayPart, Time
	default:
		return match{}, false
	}
	return match{j + 1, ph}, true
}
