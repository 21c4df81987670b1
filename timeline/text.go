package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold maps s to a form in which case and accents no longer matter, for
// matching: "Zelenskyy", "ZELENSKYY" and "Zelénskyy" fold alike, and so do
// "Ø" and "o", "ß" and "ss". The typographic apostrophe folds to the ASCII
// one, so that "Ukraine's" finds "Ukraine’s".
func Fold(s string) string {
	if isFolded(s) {
		return s
	}
	// Most news text is ASCII but for its typographic quotes and dashes:
	// map those, and only case is left to fold.
	if plain := strings.Map(foldPunctuation, s); isASCII(plain) {
		return strings.ToLower(plain)
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), runes.Map(foldLetter), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return cases.Fold().String(out)
}

// isFolded reports whether s is already lower-case ASCII without
// apostrophes that need mapping, the common case, so Fold can skip work.
func isFolded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// foldPunctuation maps typographic quotes and dashes to their ASCII
// forms.
func foldPunctuation(r rune) rune {
	switch r {
	case '’', '‘', 'ʼ':
		return '\''
	case '“', '”', '„':
		return '"'
	case '–', '—':
		return '-'
	}
	return r
}

// foldLetter maps letters that Unicode does not decompose into a base
// letter and a mark, but that people type without their stroke, and
// typographic punctuation.
func foldLetter(r rune) rune {
	if p := foldPunctuation(r); p != r {
		return p
	}
	switch r {
	case 'ø', 'Ø':
		return 'o'
	case 'ł', 'Ł':
		return 'l'
	case 'đ', 'Đ':
		return 'd'
	case 'ħ', 'Ħ':
		return 'h'
	case 'ı':
		return 'i'
	}
	return r
}

// A Matcher finds a query in texts, ignoring case and accents. The zero
// Matcher matches everything.
type Matcher struct {
	terms []string // folded, non-empty
}

// NewMatcher prepares query: its words must all occur, in any order.
func NewMatcher(query string) Matcher {
	return Matcher{terms: strings.Fields(Fold(query))}
}

// Empty reports whether the query has no words.
func (m Matcher) Empty() bool { return len(m.terms) == 0 }

// MatchFolded reports whether every word of the query occurs in folded,
// a text already passed through Fold.
func (m Matcher) MatchFolded(folded string) bool {
	for _, t := range m.terms {
		if !strings.Contains(folded, t) {
			return false
		}
	}
	return true
}

// Match reports whether every word of the query occurs in text.
func (m Matcher) Match(text string) bool { return m.MatchFolded(Fold(text)) }

// NewCollator returns a collator for sorting names the way people expect
// in English: "Émile" with the Es, "de Gaulle" with the Ds, case ignored.
func NewCollator() *collate.Collator {
	return collate.New(language.English, collate.IgnoreCase, collate.Loose)
}

// Clip shortens a value quoted in an error message, which may be hostile
// or huge, to about 60 bytes, cutting between characters.
func Clip(s string) string {
	const n = 60
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
