package interop

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// plainText reduces the HTML of a TimelineJS text to plain text, as a
// browser would show it without styles: tags dropped, entities decoded,
// runs of white space made one space, block elements and <br> on lines of
// their own, and what is never shown (scripts, styles, templates, frames)
// left out. Lines are joined with "\n"; control characters are dropped.
// The HTML is only tokenised, never run or fetched.
func plainText(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return tidyLines(s)
	}
	var b strings.Builder
	z := html.NewTokenizerFragment(strings.NewReader(s), "div")
	hidden := 0 // depth inside elements whose content is not shown
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return tidyLines(b.String())
		case html.TextToken:
			if hidden == 0 {
				b.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case hiddenElements[a] && tt == html.StartTagToken:
				hidden++
			case blockElements[a]:
				b.WriteByte('\n')
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case hiddenElements[a]:
				hidden = max(0, hidden-1)
			case blockElements[a]:
				b.WriteByte('\n')
			}
		}
	}
}

// oneLine is plainText on one line, for headlines and titles.
func oneLine(s string) string {
	return strings.Join(strings.Fields(plainText(s)), " ")
}

// hiddenElements hold content that a page does not show as text.
var hiddenElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Template: true, atom.Noscript: true,
	atom.Iframe: true, atom.Object: true, atom.Noembed: true, atom.Noframes: true,
	atom.Head: true, atom.Title: true, atom.Textarea: true, atom.Select: true, atom.Svg: true, atom.Math: true,
}

// blockElements start and end lines.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Blockquote: true, atom.Pre: true, atom.Hr: true, atom.Tr: true, atom.Table: true,
	atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Dd: true, atom.Dt: true, atom.Dl: true, atom.Figcaption: true, atom.Figure: true,
	atom.Aside: true, atom.Nav: true, atom.Main: true, atom.Address: true, atom.Caption: true,
}

// tidyLines collapses white space within each line, drops control
// characters and empty lines, and joins the lines with "\n".
func tidyLines(s string) string {
	var lines []string
	for line := range strings.SplitSeq(s, "\n") {
		line = strings.Map(func(r rune) rune {
			switch {
			case r == '\uFFFD' || r == '\u00AD': // left of NUL and broken bytes; soft hyphens are invisible
				return -1
			case unicode.IsSpace(r):
				return ' '
			case unicode.IsControl(r) || unicode.Is(unicode.Cf, r) && !bidiOrJoiner(r):
				return -1
			}
			return r
		}, line)
		if line = strings.Join(strings.Fields(line), " "); line != "" {
			lines = append(lines, line)
		}
	}
	return strings.Join(lines, "\n")
}

// bidiOrJoiner reports whether r is a format character that text needs:
// the joiners of Arabic, Indic scripts and emoji, and direction marks.
func bidiOrJoiner(r rune) bool {
	return r == '\u200C' || r == '\u200D' || r == '\u200E' || r == '\u200F'
}

// escapeText writes plain text as HTML text: the characters that start
// markup escaped, and line breaks as <br>, so that TimelineJS shows the
// text as it is.
func escapeText(s string) string { return textEscaper.Replace(s) }

var textEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\n", "<br>")
