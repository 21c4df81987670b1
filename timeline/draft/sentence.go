package draft

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A sentence is one sentence of the article: bytes [start, end) of the
// text, trimmed of surrounding space.
type sentence struct {
	start, end  int
	tok, tokEnd int  // its tokens in analysis.toks
	paragraph   int  // index of the paragraph it belongs to
	first       bool // the first sentence of its paragraph
	heading     bool // a line without final punctuation: a heading, byline or caption
	titleCased  bool // a headline with every word capitalised: "Clinton Wins Missouri Democratic Primary."
}

// A quoteSpan is a passage in quotation marks: open and close are the
// offsets of the marks (close is the paragraph's end when the quote is left
// open there, as news writing does for a quote that goes on in the next
// paragraph).
type quoteSpan struct {
	open, close int // byte offsets of the opening and closing marks
	openSize    int // bytes of the opening mark
	closed      bool
}

// inner returns the bytes between the marks.
func (q quoteSpan) inner() (start, end int) { return q.open + q.openSize, q.close }

// quoteAt returns the quotation of quotes (in text order, as findQuotes
// gives them: they never overlap) whose marks enclose offset i, marks
// included.
func quoteAt(quotes []quoteSpan, i int) (quoteSpan, bool) {
	k := sort.Search(len(quotes), func(k int) bool { return quotes[k].open > i }) - 1
	if k >= 0 && i <= quotes[k].close {
		return quotes[k], true
	}
	return quoteSpan{}, false
}

// inQuotes reports whether offset i lies between the marks of one of
// quotes.
func inQuotes(quotes []quoteSpan, i int) bool {
	q, ok := quoteAt(quotes, i)
	return ok && q.open < i && i < q.close
}

// isMark reports whether offset i is a quotation mark of quotes.
func isMark(quotes []quoteSpan, i int) bool {
	q, ok := quoteAt(quotes, i)
	return ok && (i == q.open || q.closed && i == q.close)
}

// maxParagraph bounds the bytes handled as one paragraph, so that a text
// without line breaks is still read piece by piece, in bounded memory.
const maxParagraph = 64 << 10

// paragraphs calls fn with the bounds of each non-blank line of text,
// trimmed of surrounding space. A line longer than maxParagraph is passed
// in pieces cut after a full stop, else at a space.
func paragraphs(text string, fn func(start, end int)) {
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		for piece := start; piece < end; {
			pieceEnd := end
			if pieceEnd-piece > maxParagraph {
				pieceEnd = cutLine(text, piece, piece+maxParagraph)
			}
			if s, e := trimSpace(text, piece, pieceEnd); s < e {
				fn(s, e)
			}
			piece = pieceEnd
		}
		start = end + 1
	}
}

// cutLine returns where to cut the line text[start:] at or before limit:
// after the last ". " in its second half, else after the last space, else
// at a character boundary.
func cutLine(text string, start, limit int) int {
	window := text[start+(limit-start)/2 : limit]
	base := start + (limit-start)/2
	if i := strings.LastIndex(window, ". "); i >= 0 {
		return base + i + 2
	}
	if i := strings.LastIndexByte(window, ' '); i >= 0 {
		return base + i + 1
	}
	for limit > start+1 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return limit
}

// trimSpace narrows [start, end) of text to exclude surrounding white space.
func trimSpace(text string, start, end int) (int, int) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

func isSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', '\v', '\f', 0x85, 0xA0, 0x2007, 0x202F, 0x200B, 0xFEFF:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

// findQuotes returns the quotations of the paragraph text[start:end] in
// order. Curly and guillemet marks say which way they face; a straight
// double quote opens after a space, a bracket or a dash and closes
// otherwise. Double quotes do not nest; single quotes inside them are left
// to the quote's text.
func findQuotes(text string, start, end int) []quoteSpan {
	var out []quoteSpan
	open := -1
	openSize := 0
	var closer rune
	for i := start; i < end; {
		r, size := utf8.DecodeRuneInString(text[i:end])
		// TeX-style marks, as wire copy of the 1990s writes them:
		// ``quoted''.
		if r == '`' && i+1 < end && text[i+1] == '`' {
			if open < 0 {
				open, openSize, closer = i, 2, '\''
			}
			i += 2
			continue
		}
		if r == '\'' && closer == '\'' && open >= 0 && i+1 < end && text[i+1] == '\'' {
			out = append(out, quoteSpan{open: open, close: i, openSize: openSize, closed: true})
			open, closer = -1, 0
			i += 2
			continue
		}
		if closer == '\'' && open >= 0 {
			// Inside ``…'' only '' closes: "``I'm here,'' he said".
			i += size
			continue
		}
		switch {
		case open < 0 && r == '”' && i == start && strings.ContainsRune(text[i+size:end], '”'):
			// A paragraph that opens with a closing mark and has another
			// to close it: a typed quotation, "”Fear. I am truly afraid …”".
			open, openSize, closer = i, size, '”'
		case open < 0 && (r == '“' || r == '„' || r == '«' || (r == '"' && straightOpens(text, start, i))):
			open, openSize = i, size
			closer = map[rune]rune{'“': '”', '„': '“', '«': '»', '"': '"'}[r]
		case open >= 0 && (r == closer || (closer == '“' && r == '”') || (closer == '"' && r == '”') || (closer == '”' && r == '"')):
			out = append(out, quoteSpan{open: open, close: i, openSize: openSize, closed: true})
			open = -1
		case open >= 0 && (r == '“' || r == '«') && i > open+openSize:
			// A new opening mark before the last one closed: the last was
			// a stray mark. Start again here.
			open, openSize = i, size
			closer = map[rune]rune{'“': '”', '«': '»'}[r]
		}
		i += size
	}
	if open >= 0 && end > open+openSize {
		out = append(out, quoteSpan{open: open, close: end, openSize: openSize})
	}
	return out
}

// straightOpens reports whether the straight double quote at i opens a
// quotation: it starts the paragraph or follows a space, bracket or dash.
func straightOpens(text string, start, i int) bool {
	if i == start {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[start:i])
	return isSpace(r) || strings.ContainsRune("([{—–-/:", r)
}

// Abbreviations that never end a sentence: titles before names.
var titleAbbrevs = wordSet("mr mrs ms dr prof gen lt col sgt capt cmdr adm gov sen rep rev hon pres st mt ft maj brig supt insp sens reps govs drs profs gens messrs")

// Abbreviations that may end a sentence: they do when a typical sentence
// opener follows ("… Apple Inc. The company said").
var otherAbbrevs = wordSet("jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun inc corp ltd co bros etc vs approx est no nos dept jr sr univ assn ave blvd rd fig vol ed eds al")

// sentenceOpeners are capitalised words that usually begin a sentence,
// used to decide whether an abbreviation ends one.
var sentenceOpeners = wordSet(`the a an he she it they we i you this that these those there here his her
its their our my but and or so yet in on at for with after before during despite although though while
when if as many some most one no not now then still however meanwhile instead also other another both
each every all such what why how who where officials`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// splitSentences appends the sentences of the paragraph text[start:end],
// whose tokens are toks and quotations quotes. A sentence ends at ".", "!",
// "?" or "…" (with any closing quotation marks and brackets after it)
// before a word that may begin a sentence, but not after a title
// abbreviation ("Mr.", "Gen."), an initial ("Donald J. Trump"), nor inside
// a closed quotation that goes on after the mark.
func splitSentences(out []sentence, text string, toks []token, quotes []quoteSpan, paragraph int) []sentence {
	if len(toks) == 0 {
		return out
	}
	first := len(out)
	begin := 0
	for i := 0; i < len(toks); i++ {
		t := &toks[i]
		if !mayEndSentence(t) {
			continue
		}
		// Closing marks after the full stop belong to the sentence.
		last := i
		for last+1 < len(toks) && toks[last+1].start == toks[last].end && isCloser(text, &toks[last+1], quotes) {
			last++
		}
		if last+1 >= len(toks) {
			break // the paragraph's end closes the sentence anyway
		}
		next := &toks[last+1]
		if !startsSentence(text, next, quotes) || !endsHere(toks, i, next) || insideQuote(quotes, t.start, next.start) {
			continue
		}
		if isDash(next.text) && datelineShape(toks[begin:last+1]) {
			continue // a dateline: "NEWPORT NEWS, Va. - In a tradition …"
		}
		if q, ok := quoteAt(quotes, t.start); ok && q.open == toks[begin].start && last > i && attributionFollows(toks, last+1) {
			continue // "“Who knows?” Trump told ITV.": one sentence
		}
		out = appendSentence(out, toks[begin:last+1], paragraph)
		begin = last + 1
		i = last
	}
	if begin < len(toks) {
		out = appendSentence(out, toks[begin:], paragraph)
	}
	out[first].first = true
	if len(out) == first+1 {
		// Not the article's first paragraph, its headline: "Trump Wins
		// Nevada." is news; a short line of capitalised words further on
		// is not.
		out[first].heading = looksLikeHeading(text[out[first].start:out[first].end], toks) || paragraph > 0 && capitalisedLine(toks)
		out[first].titleCased = !out[first].heading && titleCased(toks, paragraph == 0)
	}
	for i := first; i < len(out); i++ {
		if s := text[out[i].start:out[i].end]; strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]") || maybeWireSlug(s) && wireSlug.MatchString(s) {
			out[i].heading = true // a source in brackets after a summary: "… in “serious trouble.” [NYT.]"; "(sp/eml)"
		}
	}
	if p := text[out[first].start:out[len(out)-1].end]; len(p) <= maxDatelineLine && datelineLine.MatchString(p) {
		// A dateline on its own, before the story: "INDEPENDENCE, MO.
		// (AP)--".
		for i := first; i < len(out); i++ {
			out[i].heading = true
		}
	}
	if len(out) > first && isEmbeddedPost(text[out[first].start:out[len(out)-1].end]) {
		// A post quoted whole, as pages embed them: none of it is the
		// story's own sentence.
		for i := first; i < len(out); i++ {
			out[i].heading = true
		}
	}
	return out
}

var (
	// wireSlug is the editors' tag that ends a wire story: "(sp/eml)",
	// "(pvs/vi/ji)", "UR (pfg-xx)".
	wireSlug = regexp.MustCompile(`^(?:[A-Z]{1,3} )?\([a-z]{1,6}(?:[/-][a-z]{1,6})+\)\.?$`)
	// datelineLine is a paragraph that is a dateline alone: a place in
	// capitals, a state or country, the agency, a dash: "INDEPENDENCE, MO.
	// (AP)--", "BUFFALO, N.Y. (AP) _".
	datelineLine = regexp.MustCompile(`^[A-Z][A-Z.' -]+(?:, [A-Za-z][A-Za-z. ]{0,20})?\s*(?:\((?:AP|Reuters|AFP|UPI|Xinhua)\))?\s*(?:--|[_—–-])?$`)
)

// maxDatelineLine bounds the bytes of a dateline alone: datelineLine runs
// on no longer paragraph.
const maxDatelineLine = 80

// maybeWireSlug reports whether s could be a wire slug, before the regular
// expression decides: short, ending in a bracket.
func maybeWireSlug(s string) bool {
	return len(s) <= 40 && (strings.HasSuffix(s, ")") || strings.HasSuffix(s, ").")) && strings.Contains(s, "(")
}

// embeddedPostSignature is how an embedded social-media post ends: "—
// Apple Music (@AppleMusic) September 27, 2016".
var embeddedPostSignature = regexp.MustCompile(`[—–-]\s*[^()]{1,80}\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}\.?\s*$`)

// isEmbeddedPost reports whether a paragraph is a social-media post a page
// embeds (a tweet with its links and signature) rather than prose.
func isEmbeddedPost(p string) bool {
	// The expressions run only where their fixed parts are: a signature's
	// "(@", a markup's "<" first.
	return strings.Contains(p, "pic.twitter.com/") || strings.Contains(p, "(@") && embeddedPostSignature.MatchString(p) ||
		strings.HasPrefix(p, "<") && embeddedPostMarkup.MatchString(p)
}

// embeddedPostMarkup is a post left as the markup a page embeds it with:
// "<tweet tweet-id="783499116076687360"><tweet/>".
var embeddedPostMarkup = regexp.MustCompile(`^<(tweet|blockquote|iframe|embed)\b`)

// datelineShape reports whether toks, which a dash follows, are a
// dateline's place: capitalised words, commas and full stops ("NEWPORT
// NEWS, Va.", "WASHINGTON, D.C.").
func datelineShape(toks []token) bool {
	if len(toks) == 0 || len(toks) > 8 {
		return false
	}
	for i := range toks {
		if t := &toks[i]; !(t.kind == wordToken && t.isCap() || t.text == "," || t.text == ".") {
			return false
		}
	}
	return true
}

// mayEndSentence reports whether t can end a sentence: a full stop,
// question or exclamation mark or ellipsis, or a word with a final dot
// ("U.S.").
func mayEndSentence(t *token) bool {
	switch t.text {
	case ".", "!", "?", "…":
		return true
	}
	return t.kind == wordToken && strings.HasSuffix(t.text, ".")
}

// endsHere decides whether the sentence-ending candidate toks[i] ends the
// sentence, given the token that would begin the next one.
func endsHere(toks []token, i int, next *token) bool {
	t := &toks[i]
	opener := sentenceOpeners[next.lower()] || next.kind == punctToken
	if t.kind == wordToken { // "U.S.", "J.", "a.m."
		letters := strings.Count(t.text, ".")
		if letters == 1 && len(t.text) <= 3 && t.isCap() {
			return false // an initial: "Donald J. Trump"
		}
		return opener
	}
	if t.text != "." || i == 0 || toks[i-1].end != t.start || toks[i-1].kind != wordToken {
		return true
	}
	prev := toks[i-1].lower()
	switch {
	case titleAbbrevs[prev]:
		return false
	case otherAbbrevs[prev]:
		if next.text[0] >= '0' && next.text[0] <= '9' || next.text == "(" {
			return false // "Jan. 6", "No. 10", "Bob Casey Jr. (D-PA)"
		}
		return opener
	}
	return true
}

// startsSentence reports whether t may begin a sentence: a capitalised
// word, a number, or an opening quotation mark or bracket.
func startsSentence(text string, t *token, quotes []quoteSpan) bool {
	if t.kind == wordToken {
		r, _ := utf8.DecodeRuneInString(t.text)
		return !isLowerRune(r)
	}
	if q, ok := quoteAt(quotes, t.start); ok && q.open == t.start {
		return true
	}
	return strings.ContainsAny(t.text, "([‘'—–-")
}

func isLowerRune(r rune) bool {
	return r >= 'a' && r <= 'z' || r > utf8.RuneSelf && strings.ToUpper(string(r)) != string(r)
}

// isCloser reports whether t closes a quotation or bracket.
func isCloser(text string, t *token, quotes []quoteSpan) bool {
	switch t.text {
	case "”", "’", ")", "]", "»", "'":
		return true
	case "\"":
		q, ok := quoteAt(quotes, t.start)
		return ok && q.closed && q.close == t.start
	}
	return false
}

// insideQuote reports whether a sentence break between offsets at and next
// would cut a closed quotation in two. Very long quotations may be cut.
func insideQuote(quotes []quoteSpan, at, next int) bool {
	const maxUncut = 600 // bytes: a quoted paragraph or two
	q, ok := quoteAt(quotes, at)
	return ok && q.closed && q.open < at && q.close >= next && q.close-q.open <= maxUncut
}

// looksLikeHeading reports whether a one-sentence paragraph is a heading,
// byline, dateline or caption rather than a sentence of the story: it has
// no final punctuation and at most 15 words, or it is a label in capitals,
// with a full stop or not.
func looksLikeHeading(s string, toks []token) bool {
	if len(toks) == 0 {
		return true
	}
	if clockLine(toks) {
		return true // a live blog's "12:25 p.m.": a heading for what follows
	}
	if capitalsLabel(s, toks) || creditLine(s, toks) {
		return true // "ABSTRACT.", "FULL TEXT.", "LETTERS.", "WHAT’S BREWING.", "- Amber Phillips."
	}
	last := toks[len(toks)-1].text
	if strings.ContainsAny(last, ".!?…:”\"'’") && toks[len(toks)-1].kind == punctToken || strings.HasSuffix(last, ".") {
		return false
	}
	return wordsBetween(toks, 0, len(toks)) <= 15
}

// capitalisedLine reports whether a paragraph is at most five capitalised
// words and a full stop: a letter's signature and town ("Michael
// Pravica.", "Henderson, Nev."), a credit ("Getty."), a section's name
// ("Economic Scene."). A sentence of the story has a word in lower case;
// a headline may not, which the caller leaves to titleCased.
func capitalisedLine(toks []token) bool {
	n := len(toks)
	if n < 2 || toks[n-1].text != "." {
		return false
	}
	words := 0
	for i := range toks[:n-1] {
		switch t := &toks[i]; {
		case t.kind == wordToken && t.isCap():
			words++
		case t.text == "," || t.text == "." || t.kind == possessiveToken:
		default:
			return false
		}
	}
	return words >= 1 && words <= 5
}

// titleCased reports whether a sentence is a headline written in title
// case: "Hillary Clinton Wins Missouri Democratic Primary.", "Pence Gives
// GOP A Boost With Solid Debate Win Over Kaine.". Every word is
// capitalised but short function words. The article's first paragraph
// needs no more; elsewhere a capitalised function word ("A", "With") must
// show that it is not a list of names, and a list ("South Carolina:
// Andrew Collins, Antjuan Seawright, … Will Folks, …") is none.
func titleCased(toks []token, lead bool) bool {
	words, commas, shown := 0, 0, lead
	for i := range toks {
		t := &toks[i]
		if t.text == "," {
			commas++
		}
		if t.kind != wordToken {
			continue
		}
		words++
		r, _ := utf8.DecodeRuneInString(t.text)
		switch {
		case !unicode.IsLetter(r):
		case unicode.IsLower(r):
			if !titleLowerWords[t.text] {
				return false
			}
		case i > 0 && titleFunctionWords[t.low] && !strings.ContainsAny(toks[i-1].text, "“\"‘(:—–"):
			shown = true
		}
	}
	return words >= 4 && commas <= 3 && shown
}

// titleLowerWords stay in lower case in a headline in title case;
// titleFunctionWords are capitalised only there.
var (
	titleLowerWords    = wordSet(`a an the and or nor but of to in on at for by with as vs vs. from`)
	titleFunctionWords = wordSet(`a an the and of to in on at for by with as from up over after into is are was were has have
had can could would should his her their its it he she we they not no be been says said who what why how when than that this`)
)

// capitalsLabel reports whether a paragraph of at most 15 words is written
// in capitals: a section's label or a listicle's headline ("CORRECTION
// APPENDED.", "ELEVEN POLICE KILLED IN TURKEY CAR BOMB ATTACK."), which
// heads the story's own sentences.
func capitalsLabel(s string, toks []token) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && wordsBetween(toks, 0, len(toks)) <= 15
}

// creditLine reports whether a paragraph credits or signs the story, or
// heads a part of it: "BYLINE: Amber Phillips.", "Contributing: Todd
// Spangler.", "Twitter: @Milbank.", "@MurrayMaza.", a name after a dash
// ("- Amber Phillips.") or a few words between dashes ("– Old hands –.").
// A dash before a sentence is a list's item: "- Trump won Florida."
func creditLine(s string, toks []token) bool {
	for _, p := range []string{"BYLINE:", "Byline:", "Contributing:", "Twitter:"} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	// A wire story's staff: "(Reporting by Amanda Becker in Washington;
	// Editing by Eric Beech.)".
	for _, p := range []string{"Reporting by ", "Additional reporting by ", "Writing by ", "Editing by "} {
		if strings.HasPrefix(strings.TrimPrefix(s, "("), p) {
			return true
		}
	}
	// Most paragraphs fail the cheap test before each regular expression.
	if strings.HasPrefix(s, "@") && handleLine.MatchString(s) || contactLine(s) || photoCredit(toks) ||
		strings.Contains(s, "/") && platformCredit.MatchString(s) {
		return true
	}
	if len(toks) == 0 || !isDash(toks[0].text) || len(toks) > 12 {
		return false
	}
	last := len(toks) - 1
	if toks[last].text == "." && last > 0 {
		last--
	}
	if isDash(toks[last].text) && last > 0 {
		return true // "– Ready to quiz Trump –."
	}
	for _, t := range toks[1:] {
		if t.kind == wordToken && !t.isCap() {
			return false
		}
	}
	return true // "- Amber Phillips."
}

// handleLine is a social-media handle alone: "@MurrayMaza."
var handleLine = regexp.MustCompile(`^@\w{1,30}\.?$`)

// platformCredit credits a picture to where it was found: "Facebook/Seitchi
// Mahamat.", "Ahmed Helal/LinkedIn.", "Getty/Instagram.".
var platformCredit = regexp.MustCompile(`^(?:[\p{L} .’'-]{1,40}\s*/\s*(?:Facebook|Twitter|LinkedIn|Instagram|YouTube|Flickr)|(?:Facebook|Twitter|LinkedIn|Instagram|YouTube|Flickr|Getty)\s*/\s*[\p{L} .’'-]{1,40})\.?$`)

// contactLine reports whether a paragraph tells the reader where to follow,
// write or look: "Follow Pam Key on Twitter @pamkeyNEN.", "Reach him
// directly at awrhawkins@breitbart.com.", "h/t: The Hill.", "View full
// results: http://politi.co/1oGcEFv.", a link alone. These close a story;
// none reports anything that happened.
func contactLine(s string) bool {
	s = strings.TrimLeft(s, "([")
	if hasPrefixFold(s, "h/t") || hasPrefixFold(s, "hat tip") {
		return true
	}
	link := strings.Contains(s, "http://") || strings.Contains(s, "https://") || strings.Contains(s, "www.")
	if !link && !strings.Contains(s, "@") {
		return false // most paragraphs: no lower-cased copy
	}
	lower := strings.ToLower(s)
	first, rest, _ := strings.Cut(lower, " ")
	first = strings.TrimRight(first, ":,")
	switch first {
	case "follow", "reach", "email", "e-mail", "contact", "send", "watch", "view", "visit", "read":
		return true
	case "on":
		return strings.HasPrefix(rest, "twitter")
	}
	if !link {
		return false
	}
	// A link alone, or after a label: "2016 delegate tracker: http://…".
	label, url, found := strings.Cut(lower, ": ")
	if !found {
		label, url = "", lower
	}
	url = strings.TrimSpace(url)
	return len(strings.Fields(label)) <= 4 && !strings.ContainsAny(strings.TrimRight(url, "."), " \t")
}

// photoCredit reports whether a paragraph is the credit of a picture the
// page showed: "Scott Olson via Getty Images.", "Jim Urquhart / Reuters.",
// "(FABRICE COFFRINI/AFP/Getty Images.)", "Getty.": a few names ending with
// an agency's.
func photoCredit(toks []token) bool {
	n := 0
	var last, before *token
	for i := range toks {
		t := &toks[i]
		if t.kind != wordToken {
			continue
		}
		if n++; n > 10 || !t.isCap() && !t.isAny("via") {
			return false
		}
		before, last = last, t
	}
	if last == nil {
		return false
	}
	return last.isAny("getty", "reuters", "afp", "ap", "epa") ||
		before != nil && (before.isAny("getty") && last.isAny("images") || before.isAny("associated") && last.isAny("press"))
}

// hasPrefixFold reports whether s begins with prefix, in any case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// clockLine reports whether toks are a time of day alone: "12:25 p.m.",
// "6:00p.m.", "Noon."
func clockLine(toks []token) bool {
	digits := false
	for i := range toks {
		t := &toks[i]
		switch {
		case isDigitToken(t):
			digits = true
		case t.text == ":" || t.text == "." || t.isAny("a.m.", "p.m.", "a.m", "p.m", "am", "pm", "noon", "midnight", "edt", "est", "et"):
		case t.kind == wordToken && strings.ContainsAny(t.text, "0123456789") && strings.Trim(strings.ToLower(t.text), "0123456789apm.:") == "":
			digits = true // "6:00p.m."
		case len(t.text) <= 2 && strings.Trim(strings.ToLower(t.text), "apm.") == "":
			// the rest of "00p.m."
		default:
			return false
		}
	}
	return digits || len(toks) <= 2 && toks[0].isAny("noon", "midnight")
}

// maxSentence bounds a sentence, in bytes. News sentences are a few
// hundred bytes; longer runs without a full stop (lists, tables, noise) are
// cut, after a comma or semicolon where there is one, so that the work per
// sentence stays bounded.
const maxSentence = 2000

// appendSentence appends the sentence made of toks, cut into pieces of at
// most maxSentence bytes.
func appendSentence(out []sentence, toks []token, paragraph int) []sentence {
	for len(toks) > 0 {
		end := len(toks)
		if toks[end-1].end-toks[0].start > maxSentence {
			end = 0
			lastComma := 0
			for end < len(toks) && toks[end].end-toks[0].start <= maxSentence {
				if t := toks[end].text; t == "," || t == ";" {
					lastComma = end + 1
				}
				end++
			}
			if lastComma > len(toks)/4 {
				end = lastComma
			}
			end = max(end, 1)
		}
		out = append(out, sentence{start: toks[0].start, end: toks[end-1].end, paragraph: paragraph})
		toks = toks[end:]
	}
	return out
}

// abbreviationDot reports whether toks[j], after token from, is the full
// stop of an abbreviation, right after its word: "Gov.", "Sen.".
func abbreviationDot(toks []token, j, from int) bool {
	return j > from && toks[j].text == "." && toks[j-1].kind == wordToken && toks[j-1].end == toks[j].start
}

// attributionFollows reports whether the tokens from toks[i] attribute
// the quotation that ends before them: a name of one to four capitalised
// words, or "he" or "she", then a speech verb ("Trump told", "Sen. Ted
// Cruz said"); or a speech verb then a name ("said Trump").
func attributionFollows(toks []token, i int) bool {
	if i >= len(toks) {
		return false
	}
	if c, n := speechAt(toks, i); n > 0 && c.kind == finiteSpeech && !c.bare {
		return i+n < len(toks) && toks[i+n].isCap()
	}
	j := i
	if pronounGender[toks[j].low] != unknownGender {
		j++
	} else {
		// Up to five words with the full stops of their abbreviations:
		// "New Jersey Gov. Chris Christie asked".
		for j < len(toks) && j < i+7 && (toks[j].kind == wordToken && toks[j].isCap() || abbreviationDot(toks, j, i)) {
			j++
		}
		if j == i {
			return false
		}
	}
	for j < len(toks) && j < i+8 && adverbs[toks[j].low] {
		j++
	}
	if j >= len(toks) {
		return false
	}
	c, n := speechAt(toks, j)
	if n == 0 || c.kind != finiteSpeech || c.bare {
		return false
	}
	// A verb that reports speech of its own opens a sentence: "“… That
	// has no place in a political campaign.” Ohio Gov. John Kasich said
	// he would have fired Lewandowski".
	k := j + n
	return k >= len(toks) || !toks[k].isAny("he", "she", "it", "we", "they", "i", "that")
}
