package draft

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind says what a token is.
type tokenKind uint8

const (
	wordToken       tokenKind = iota // letters, digits, inner hyphens and apostrophes: "son-in-law", "U.S.", "90%"
	possessiveToken                  // "’s", "'s", or a lone "’" after a plural: "allies’"
	punctToken                       // anything else, one character: ",", ".", "“", "—"
)

// A token is a word or a punctuation mark of the article, with its place.
type token struct {
	start, end int // bytes of the article text
	kind       tokenKind
	text       string // the article's text[start:end]
	low        string // text in lower case with plain apostrophes, for word lists
}

// isCap reports whether the token begins with an upper-case letter.
func (t *token) isCap() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r)
}

// isLower reports whether the token begins with a lower-case letter.
func (t *token) isLower() bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsLower(r)
}

// is reports whether the token is the punctuation mark or word s, ignoring
// case.
func (t *token) is(s string) bool { return strings.EqualFold(t.text, s) }

// wordsBetween counts the words of toks[from:to].
func wordsBetween(toks []token, from, to int) int {
	n := 0
	for j := from; j < to; j++ {
		if toks[j].kind == wordToken {
			n++
		}
	}
	return n
}

// isAny reports whether the token is one of words, ignoring case.
func (t *token) isAny(words ...string) bool {
	for _, w := range words {
		if strings.EqualFold(t.text, w) {
			return true
		}
	}
	return false
}

// lower returns the token in lower case, with typographic apostrophes made
// plain, for looking it up in word lists.
func (t *token) lower() string { return t.low }

// foldWord lower-cases s and makes its apostrophes plain.
func foldWord(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	return strings.ToLower(strings.ReplaceAll(s, "’", "'"))
}

// tokenize appends to toks the tokens of text[start:end]; offsets are into
// text. Words keep inner hyphens and apostrophes ("son-in-law", "O’Brien"),
// dotted abbreviations and initials keep their dots ("U.S.", "J.", "a.m."),
// numbers their inner separators and a following percent sign ("1,000",
// "3.5", "90%"). A possessive "’s" is a token of its own, so that
// "Trump’s" yields the name "Trump".
func tokenize(toks []token, text string, start, end int) []token {
	i := start
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			j := scanWord(text, i, end)
			// A possessive ending is its own token.
			w := text[i:j]
			if k := possessiveSuffix(w); k > 0 {
				toks = append(toks, newToken(text, i, j-k, wordToken))
				toks = append(toks, newToken(text, j-k, j, possessiveToken))
			} else {
				toks = append(toks, newToken(text, i, j, wordToken))
			}
			i = j
		default:
			kind := punctToken
			// "allies’ " and "allies' ": a plural possessive.
			if (r == '’' || r == '\'') && len(toks) > 0 && toks[len(toks)-1].end == i &&
				toks[len(toks)-1].kind == wordToken && strings.HasSuffix(toks[len(toks)-1].text, "s") &&
				!nextIsWordRune(text, i+size, end) && !quoteOpenBefore(toks) {
				kind = possessiveToken
			}
			toks = append(toks, newToken(text, i, i+size, kind))
			i += size
		}
	}
	return toks
}

// quoteOpenBefore reports whether an opening single quote may be waiting to
// be closed among toks, in which case a "’" after an s closes it rather
// than marking a plural possessive. It looks back a short way only.
func quoteOpenBefore(toks []token) bool {
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-40; k-- {
		if toks[k].text == "‘" {
			return true
		}
	}
	return false
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func nextIsWordRune(text string, i, end int) bool {
	if i >= end {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:end])
	return isWordRune(r)
}

// scanWord returns the end of the word that starts at i.
func scanWord(text string, i, end int) int {
	start := i
	letters := 0 // letters since the last dot, for "U.S."
	dotted := false
	digits := true
	for i < end {
		r, size := utf8.DecodeRuneInString(text[i:end])
		switch {
		case isWordRune(r):
			if !unicode.IsDigit(r) {
				digits = false
			}
			letters++
			i += size
			continue
		case (r == '-' || r == '’' || r == '\'' || r == '‑') && nextIsWordRune(text, i+size, end):
			letters = 0
			i += size
			continue
		case r == '.' && letters == 1 && !digits:
			// "U.S.", "J.", "a.m.": single letters with dots.
			i += size
			letters = 0
			dotted = true
			continue
		case (r == '.' || r == ',') && digits && nextIsDigit(text, i+size, end):
			i += size
			continue
		case r == '%' && digits:
			i += size
		}
		break
	}
	_ = dotted
	if i == start {
		_, size := utf8.DecodeRuneInString(text[i:end])
		return i + size
	}
	return i
}

func nextIsDigit(text string, i, end int) bool {
	return i < end && text[i] >= '0' && text[i] <= '9'
}

// possessiveSuffix returns the length of a possessive "’s" or "'s" that
// ends w, or 0.
func possessiveSuffix(w string) int {
	for _, s := range []string{"’s", "'s", "’S", "'S"} {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return len(s)
		}
	}
	return 0
}

func newToken(text string, start, end int, kind tokenKind) token {
	return token{start: start, end: end, kind: kind, text: text[start:end], low: foldWord(text[start:end])}
}
