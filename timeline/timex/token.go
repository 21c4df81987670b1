package timex

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token is made of.
type tokKind uint8

const (
	tWord  tokKind = iota // letters: "October", "p.m." (dotted abbreviations are one token)
	tNum                  // ASCII digits: "14", "1998"
	tPunct                // one other character: ".", ",", "-", "'"; or a whole web address
)

// A token is one word, number or punctuation mark of the text.
type token struct {
	start, end int // byte offsets, [start, end)
	kind       tokKind
	// low is the word lower-cased (dots removed from "p.m."), the digits or
	// the mark. Words outside the vocabulary keep their case (folded is
	// false) and compare ignoring case.
	low       string
	folded    bool
	num       int    // value of a tNum of at most 9 digits, else -1
	upper     bool   // a word that starts with an upper-case letter
	glued     bool   // no space between this token and the previous one ("third-quarter")
	sentStart bool   // first token of a sentence
	lex       *entry // lexicon entry of the word, or nil
	// starter marks a word that may begin or carry an expression: one in
	// the lexicon or among the starters; content one that makes an
	// expression with a starter before it (see contentWords).
	starter, content bool
}

// A tokenizer splits text into tokens, reusing its buffer from one segment
// of a text to the next, and from one text to the next through
// tokenizers.
type tokenizer struct {
	toks []token
}

// tokenizers keeps tokenizers between calls of Tag.
var tokenizers = sync.Pool{New: func() any { return new(tokenizer) }}

// release returns tz to the pool, unless its buffer grew very large.
func (tz *tokenizer) release() {
	if cap(tz.toks) <= 1<<16 {
		clear(tz.toks[:cap(tz.toks)]) // drop references into the text
		tz.toks = tz.toks[:0]
		tokenizers.Put(tz)
	}
}

// A known word is one the grammar looks at: its lower-case form and what
// the rules need to know of it, looked up once per token.
type known struct {
	low                      string
	lex                      *entry
	starter, content, abbrev bool
}

// vocabulary holds every word of the lexicon, the starters and the other
// words the rules test often, by lower-case form.
var vocabulary = buildVocabulary()

func buildVocabulary() map[string]*known {
	v := map[string]*known{}
	add := func(w string) *known {
		k := v[w]
		if k == nil {
			k = &known{low: w, lex: lexicon[w]}
			k.starter = k.lex != nil
			v[w] = k
		}
		return k
	}
	for w := range lexicon {
		add(w)
	}
	for w := range starters {
		add(w).starter = true
	}
	for w := range contentWords {
		k := add(w)
		k.starter, k.content = true, true
	}
	for _, h := range holidays {
		k := add(h.words[0])
		k.starter, k.content = true, true
		for _, w := range h.words[1:] {
			add(w)
		}
	}
	for w := range decadeWords {
		k := add(w)
		k.starter, k.content = true, true
	}
	for w := range abbreviations {
		add(w).abbrev = true
	}
	for _, w := range otherWords {
		add(w)
	}
	return v
}

// otherWords are words the rules test that need no lexicon entry; folding
// their case once saves comparisons ignoring case.
var otherWords = []string{"am", "pm", "of", "in", "on", "to", "for", "and", "or", "by",
	"since", "until", "till", "before", "after", "ago", "said", "says", "will", "would",
	"was", "were", "has", "have", "had", "is", "are", "during", "into", "from", "with"}

// tokenize splits text[start:end] into tokens, with offsets into text. Invalid UTF-8 bytes and other
// characters that are neither letters, digits nor spaces become
// punctuation tokens, so every byte of text is either space or inside
// exactly one token.
func (tz *tokenizer) tokenize(text string, start, end int) []token {
	if cap(tz.toks) == 0 {
		tz.toks = make([]token, 0, (end-start)/5+16) // news has about one token per five bytes
	}
	toks := tz.toks[:0]
	glued, sentence := false, true
	text = text[:end]
	for i := start; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n' || r == '\r' || r == ' ' || r == '\t' || (r != utf8.RuneError && unicode.IsSpace(r)):
			if r == '\n' && blankLineAhead(text, i+1) {
				sentence = true
			}
			glued = false
			i += size
			continue
		}
		t := token{start: i, glued: glued, sentStart: sentence, num: -1}
		switch {
		case isDigit(r):
			j := i
			for j < len(text) && isDigit(rune(text[j])) {
				j++
			}
			t.kind, t.end, t.low = tNum, j, text[i:j]
			if j-i <= 9 {
				n := 0
				for k := i; k < j; k++ {
					n = n*10 + int(text[k]-'0')
				}
				t.num = n
			}
		case r != utf8.RuneError && unicode.IsLetter(r):
			t.kind = tWord
			t.end = wordEnd(text, i)
			if t.end < len(text) && (text[t.end] == '.' || text[t.end] == ':') {
				if u := urlEnd(text, i); u > i {
					// "pic.twitter.com/P2qpm3h3Pm": its digits and letters are
					// no date or time ("3Pm").
					t.kind, t.end, t.low = tPunct, u, text[i:u]
					break
				}
			}
			t.upper = unicode.IsUpper(r)
			if k := lookUp(text[i:t.end]); k != nil {
				t.low, t.folded, t.lex, t.starter, t.content = k.low, true, k.lex, k.starter, k.content
			} else {
				t.low = text[i:t.end]
				t.folded = isLowerASCII(t.low)
			}
		default:
			t.kind, t.end, t.low = tPunct, i+size, text[i:i+size]
		}
		toks = append(toks, t)
		i = t.end
		glued = true
		sentence = false
		if t.kind == tPunct && (t.low == "." || t.low == "!" || t.low == "?") && spaceOrEnd(text, t.end) && endsSentence(toks) {
			sentence = true
		}
	}
	tz.toks = toks
	return toks
}

// spaceOrEnd reports whether text has a space, a closing quote or bracket, or
// nothing at i: what follows a full stop that ends a sentence (not "2.5").
func spaceOrEnd(text string, i int) bool {
	if i >= len(text) {
		return true
	}
	switch text[i] {
	case ' ', '\n', '\r', '\t', '"', '\'', ')', ']':
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r == '”' || r == '’' || unicode.IsSpace(r)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// urlEnd returns the end of the web address that starts at i ("https://t.co/x",
// "www.example.com", "pic.twitter.com/P2qpm3h3Pm"), or -1 when none does: an
// address has a scheme, "www." or a host whose last label has two letters or
// more followed by a path. Marks that end a sentence or close a bracket or
// quotation after it are not part of it.
func urlEnd(text string, i int) int {
	rest := text[i:]
	switch {
	case hasPrefixFold(rest, "http://"), hasPrefixFold(rest, "https://"), hasPrefixFold(rest, "www."):
	default:
		// host.tld/ : labels of letters, digits and hyphens, joined by dots
		j, dots, label := i, 0, 0
		for ; j < len(text); j++ {
			c := text[j]
			switch {
			case isASCIILetter(c):
				label++
				continue
			case isDigit(rune(c)) || c == '-':
				label = -1 << 10 // a top-level label is letters only
				continue
			case c == '.':
				dots++
				label = 0
				continue
			}
			break
		}
		if dots == 0 || label < 2 || j >= len(text) || text[j] != '/' {
			return -1
		}
	}
	j := i
	for j < len(text) && text[j] > ' ' && text[j] < 0x7f && !strings.ContainsRune("\"<>`{}|^", rune(text[j])) {
		j++
	}
	for j > i && strings.ContainsRune(".,;:!?'\")]", rune(text[j-1])) {
		j--
	}
	return j
}

// hasPrefixFold reports whether s begins with the lower-case ASCII prefix,
// ignoring case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// wordEnd returns the end of the word starting at i: a run of letters, or a
// dotted abbreviation of single letters such as "p.m." or "U.S.".
func wordEnd(text string, i int) int {
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if r == utf8.RuneError || !unicode.IsLetter(r) {
			break
		}
		j += size
	}
	// "a.m.", "p.m.", "U.S.": single letters each followed by a dot.
	if j-i == 1 && j+2 < len(text) && text[j] == '.' && isASCIILetter(text[j+1]) {
		k := j
		for k+1 < len(text) && text[k] == '.' && isASCIILetter(text[k+1]) && (k+2 == len(text) || text[k+2] == '.') {
			k += 2
		}
		if k > j && k < len(text) && text[k] == '.' {
			return k + 1
		}
	}
	return j
}

func isASCIILetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// lookUp finds a word in the vocabulary ignoring case and the dots of
// dotted abbreviations ("P.M."), without allocating for ASCII words.
func lookUp(w string) *known {
	if len(w) > 24 {
		return nil // longer than any known word
	}
	var buf [24]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 0x80:
			return vocabulary[strings.ToLower(strings.ReplaceAll(w, ".", ""))]
		case c == '.':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	return vocabulary[string(buf[:n])]
}

// isLowerASCII reports whether w has no upper-case letters and no dots, so
// that it compares equal to lower-case words as it is.
func isLowerASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 0x80 || c == '.' || c >= 'A' && c <= 'Z' {
			return false
		}
	}
	return true
}

// blankLineAhead reports whether only spaces and tabs stand between i and
// the next newline: a paragraph break, which ends a sentence.
func blankLineAhead(text string, i int) bool {
	for ; i < len(text); i++ {
		switch text[i] {
		case ' ', '\t', '\r':
		case '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// endsSentence reports whether the final mark of toks ends a sentence,
// rather than an abbreviation such as "Oct." or "Mr.".
func endsSentence(toks []token) bool {
	if len(toks) < 2 {
		return true
	}
	prev := toks[len(toks)-2]
	if prev.kind == tWord && toks[len(toks)-1].glued {
		if k := vocabulary[prev.low]; prev.folded && k != nil && k.abbrev || len(prev.low) == 1 && prev.upper {
			return false
		}
		if e := prev.lex; e != nil && e.month != 0 && len(prev.low) <= 4 {
			return false // "Oct.", "Sept."
		}
	}
	return true
}

// abbreviations are words that are usually followed by a dot that does not
// end the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "inc": true, "corp": true,
	"co": true, "ltd": true, "gov": true, "sen": true, "rep": true, "gen": true, "lt": true,
	"col": true, "jr": true, "sr": true, "no": true, "vs": true, "prof": true, "rev": true,
	"capt": true, "sgt": true, "maj": true, "adm": true, "mt": true, "ft": true, "bros": true,
}
