package timex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind is what a token is made of.
type tokKind uint8

const (
	tWord  tokKind = iota // letters: "October", "p.m." (dotted abbreviations are one token)
	tNum                  // ASCII digits: "14", "1998"
	tPunct                // one other character: ".", ",", "-", "'"
)

// A token is one word, number or punctuation mark of the text.
type token struct {
	start, end int // byte offsets, [start, end)
	kind       tokKind
	low        string // the word lower-cased (dots removed from "p.m."), the digits, or the mark
	num        int    // value of a tNum of at most 9 digits, else -1
	upper      bool   // a word that starts with an upper-case letter
	glued      bool   // no space between this token and the previous one ("third-quarter")
	sentStart  bool   // first token of a sentence
	lex        *entry // lexicon entry of the word, or nil
	// starter marks a word that may begin or carry an expression: one in
	// the lexicon or among the starters.
	starter bool
}

// A tokenizer splits text into tokens, reusing its buffers from one
// segment of a text to the next.
type tokenizer struct {
	toks  []token
	lower map[string]string // lower-case forms already made, to share them
}

// tokenize splits text[start:end] into tokens, with offsets into text. Invalid UTF-8 bytes and other
// characters that are neither letters, digits nor spaces become
// punctuation tokens, so every byte of text is either space or inside
// exactly one token.
func (tz *tokenizer) tokenize(text string, start, end int) []token {
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
			t.upper = unicode.IsUpper(r)
			t.low = tz.lowerWord(text[i:t.end])
		default:
			t.kind, t.end, t.low = tPunct, i+size, text[i:i+size]
		}
		if t.kind == tWord {
			t.lex = lexicon[t.low]
			t.starter = t.lex != nil || starters[t.low]
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

// lowerWord lower-cases a word and drops the dots of dotted abbreviations.
// It allocates only for the first occurrence of each such form.
func (tz *tokenizer) lowerWord(w string) string {
	ascii, plain := true, true
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= 0x80:
			ascii, plain = false, false
		case c == '.' || c >= 'A' && c <= 'Z':
			plain = false
		}
	}
	if plain {
		return w
	}
	if !ascii || len(w) > 32 {
		return strings.ToLower(strings.ReplaceAll(w, ".", ""))
	}
	var buf [32]byte
	n := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c == '.' {
			continue
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[n] = c
		n++
	}
	if s, ok := tz.lower[string(buf[:n])]; ok {
		return s
	}
	if tz.lower == nil {
		tz.lower = map[string]string{}
	}
	s := string(buf[:n])
	tz.lower[s] = s
	return s
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
		if abbreviations[prev.low] || (len(prev.low) == 1 && prev.upper) {
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
