package notes

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"
)

// WriteMarkdown writes one Markdown file for Obsidian and other Markdown
// tools: YAML front matter (title, document, document_id, exported, tags
// as a list), then a section per event in timeline order (and entity, by
// name) with its date (ISO 8601 and as people read it), title, quotes, ID,
// tags and notes. Note text is escaped so that it reads exactly as typed:
// no note can add markup, HTML or Obsidian tags and links to the page.
func WriteMarkdown(w io.Writer, set *Set, opt Options) error {
	r := buildReport(set, opt)
	b := bufio.NewWriter(w)
	title := "Notes"
	if r.Title != "" {
		title = "Notes: " + oneLine(r.Title)
	}
	fmt.Fprintf(b, "---\ntitle: %s\n", yamlQuote(title))
	if r.Title != "" {
		fmt.Fprintf(b, "document: %s\n", yamlQuote(oneLine(r.Title)))
	}
	if id := r.DocIDString(); id != "" {
		fmt.Fprintf(b, "document_id: %s\n", yamlQuote(id))
	}
	fmt.Fprintf(b, "exported: %s\n", isoTime(r.Exported))
	if len(r.Tags) == 0 {
		fmt.Fprintf(b, "tags: []\n")
	} else {
		fmt.Fprintf(b, "tags:\n")
		for _, t := range r.Tags {
			fmt.Fprintf(b, "  - %s\n", yamlQuote(oneLine(t)))
		}
	}
	fmt.Fprintf(b, "---\n\n# %s\n", mdInline(title))
	if len(r.Sections) == 0 {
		fmt.Fprintf(b, "\nNo notes.\n")
	}
	for _, sec := range r.Sections {
		t := sec.Target
		star := ""
		if sec.Star != nil {
			star = " ★"
		}
		fmt.Fprintf(b, "\n## %s%s\n\n", mdInline(oneLine(t.Title)), star)
		if t.Kind == KindEvent {
			if iso := t.Date.ISO(); iso != "" {
				fmt.Fprintf(b, "- Date: %s (%s)\n", iso, mdInline(oneLine(t.Date.Human)))
			} else {
				fmt.Fprintf(b, "- Date: %s\n", mdInline(oneLine(cmp.Or(t.Date.Human, "undated"))))
			}
		}
		fmt.Fprintf(b, "- %s: `%s`\n", kindLabel(t.Kind), t.ID)
		if !sec.InDoc && opt.Doc != nil {
			fmt.Fprintf(b, "- No longer in the document: title and date as they were when annotated\n")
		}
		if sec.Star != nil {
			fmt.Fprintf(b, "- Starred: %s\n", r.Human(sec.Star.Updated))
		}
		if len(sec.Tags) > 0 {
			fmt.Fprintf(b, "- Tags: %s\n", mdTags(sec.Tags))
		}
		for _, q := range sec.Quotes {
			fmt.Fprintf(b, "\n> %s", mdBlock(q.Text, "> "))
			if q.Speaker != "" {
				fmt.Fprintf(b, "\n> — %s", mdInline(oneLine(q.Speaker)))
			}
			fmt.Fprintf(b, "\n")
		}
		for _, n := range sec.Notes {
			fmt.Fprintf(b, "\n### %s\n\n", r.Human(n.Created))
			if n.Text != "" {
				fmt.Fprintf(b, "%s\n\n", mdNote(n.Text))
			}
			fmt.Fprintf(b, "- ID: `%s`\n", n.ID)
			if !n.Updated.Equal(n.Created) {
				fmt.Fprintf(b, "- Edited: %s\n", r.Human(n.Updated))
			}
			if len(n.Tags) > 0 {
				fmt.Fprintf(b, "- Tags: %s\n", mdTags(n.Tags))
			}
		}
	}
	return b.Flush()
}

func kindLabel(k Kind) string {
	if k == KindEntity {
		return "Entity"
	}
	return "Event"
}

// mdTags writes tags as Obsidian reads them, #tag, when a tag is a plain
// word; others as escaped text.
func mdTags(tags []string) string {
	out := make([]string, len(tags))
	for i, t := range tags {
		if isTagWord(t) {
			out[i] = "#" + t
		} else {
			out[i] = mdInline(oneLine(t))
		}
	}
	return strings.Join(out, " ")
}

// isTagWord reports whether t is made of letters, digits, '-', '_' and
// '/', with a letter somewhere: what Obsidian takes as a tag.
func isTagWord(t string) bool {
	letter := false
	for _, r := range t {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case unicode.IsDigit(r) || r == '-' || r == '_' || r == '/':
		default:
			return false
		}
	}
	return letter
}

// mdSpecial are the characters that can start Markdown or Obsidian markup
// anywhere in a line: emphasis, code, links, HTML, tables, strike-through,
// entities, math, highlights, comments, footnotes, tags.
const mdSpecial = "\\`*_[]<>!|~&$=%^#{}"

// mdInline escapes s so that CommonMark and Obsidian show it as plain
// text. Every ASCII punctuation character may be backslash-escaped in
// CommonMark, so escaping more than needed is harmless.
func mdInline(s string) string { return mdEscape(s, true) }

// mdEscape is mdInline for a piece of a line: lineStart says whether it
// starts the line, where a space would start an indented code block.
func mdEscape(s string, lineStart bool) string {
	var b strings.Builder
	for i, r := range s {
		switch {
		case r < utf8.RuneSelf && strings.IndexByte(mdSpecial, byte(r)) >= 0:
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t' || (r == ' ' && i == 0 && lineStart):
			// Leading space would make an indented code block; tabs too.
			fmt.Fprintf(&b, "&#%d;", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// mdBlock escapes multi-line text, each line as mdInline does plus the
// constructs that only start a line (lists, headings, rules, block
// quotes), and prefixes every line after the first with prefix. Line
// breaks are kept: a line followed by another ends in two spaces, the
// hard line break of CommonMark and Obsidian alike.
func mdBlock(s, prefix string) string { return mdLines(s, prefix, mdInline) }

// mdNote escapes a note's text as mdBlock does, but leaves its #tags as
// they are, so that Obsidian reads them as tags.
func mdNote(s string) string { return mdLines(s, "", mdTagged) }

func mdLines(s, prefix string, inline func(string) string) string {
	lines := strings.Split(plain(s), "\n")
	for i, line := range lines {
		body := strings.TrimLeft(line, " ")
		lead := strings.Repeat("&#32;", len(line)-len(body))
		esc := inline(body) // leaves digits, '-', '+', '.' and ')' in place
		if at := listMarker(body); at >= 0 {
			esc = esc[:at] + `\` + esc[at:] // "\-" and "1\." are plain text
		}
		lines[i] = lead + esc
		if i > 0 {
			lines[i] = prefix + lines[i]
		}
		if i+1 < len(lines) && line != "" && lines[i+1] != "" {
			lines[i] += "  "
		}
	}
	return strings.Join(lines, "\n")
}

// mdTagged is mdInline but for the #tags in s (Hashtags' rule), which it
// writes as they are when Obsidian reads them as tags: "#nato", not
// "\#nato". A tag that starts or ends with '_' stays escaped, lest the
// underscore start emphasis.
func mdTagged(s string) string {
	var b strings.Builder
	done := 0 // s[:done] is written
	for i := 0; i < len(s); i++ {
		if s[i] != '#' {
			continue
		}
		tag := tagAt(s, i)
		if tag == "" || !isTagWord(tag) || strings.HasPrefix(tag, "_") || strings.HasSuffix(tag, "_") {
			continue
		}
		b.WriteString(mdEscape(s[done:i], done == 0))
		b.WriteString("#" + tag)
		done = i + 1 + len(tag)
		i = done - 1
	}
	b.WriteString(mdEscape(s[done:], done == 0))
	return b.String()
}

// tagAt returns the tag written at s[i] == '#' by Hashtags' rule, or "".
func tagAt(s string, i int) string {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			return ""
		}
	}
	end := i + 1
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '-' && r != '_' {
			break
		}
		end += n
	}
	return s[i+1 : end]
}

// listMarker returns where the marker of a list item or rule starts a line
// ("-", "+", "1." or "1)": the index of the '-', '+', '.' or ')'), or -1.
func listMarker(line string) int {
	if line == "" {
		return -1
	}
	if line[0] == '-' || line[0] == '+' {
		return 0
	}
	i := 0
	for i < len(line) && i < 10 && '0' <= line[i] && line[i] <= '9' {
		i++
	}
	if i > 0 && i < len(line) && (line[i] == '.' || line[i] == ')') {
		return i
	}
	return -1
}

// yamlQuote quotes s as a YAML double-quoted scalar, escaping what YAML
// does not allow raw in one: the quote and backslash, control characters,
// the C1 range, line and paragraph separators, the byte order mark and
// non-characters.
func yamlQuote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == 0:
			b.WriteString(`\0`)
		case r < 0x20 || r == 0x7f || (0x80 <= r && r <= 0x9f):
			fmt.Fprintf(&b, `\x%02x`, r)
		case r == 0x2028 || r == 0x2029 || r == 0xfeff || r == 0xfffe || r == 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}
