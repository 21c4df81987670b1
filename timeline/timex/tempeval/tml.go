// Package tempeval scores a temporal-expression tagger on TimeML news the
// way the TempEval-3 evaluation does.
//
// Parse reads a TimeML (.tml) document: its creation time (DCT), the plain
// text of its TEXT element, and the gold TIMEX3 expressions as byte
// offsets into that text. The text is exactly what the reference script
// tml2txt.py extracts: tags removed, character and entity references
// decoded, nothing else changed.
//
// Score matches a tagger's expressions against the gold ones and counts
//
//   - strict matches: the same span;
//   - relaxed matches: overlapping spans, paired one to one (exact spans
//     first, then in document order with augmenting paths, so the pairing
//     is maximal);
//   - value and type matches among the relaxed pairs.
//
// Counts add up over documents; their Scores are micro-averaged precision,
// recall and F1, with value F1 = relaxed F1 × value accuracy and type F1
// likewise, as the reference scorer score.py computes them.
//
// EvaluateDir tags and scores a directory of .tml files with any Tagger;
// TagTimex is the one for Newsline's tagger, timeline/timex.
package tempeval

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A Timex is one temporal expression, gold or found by a tagger.
type Timex struct {
	Start, End int    // byte offsets into the document text, [Start, End)
	Text       string // the text of the span
	Type       string // DATE, TIME, DURATION or SET
	Value      string // the TIMEX3 value
}

// A Document is a parsed TimeML file.
type Document struct {
	Name string  // file name without .tml (or .tml.TE3input); set by ParseFile
	DCT  string  // value of the creation time: "1998-01-08" or "1998-10-25T21:00"; "" if none
	Text string  // plain text of the TEXT element
	Gold []Timex // gold expressions, sorted by start then end
}

var (
	textStartRE = regexp.MustCompile(`<TEXT(\s[^>]*)?>`)
	markupRE    = regexp.MustCompile(`(?s)<!--.*?-->|<!\[CDATA\[.*?\]\]>|<\?.*?\?>|<[^>]*>`)
	tagRE       = regexp.MustCompile(`(?s)^<\s*(/?)\s*([A-Za-z_][\w.:-]*)([^>]*?)(/?)\s*>$`)
	attrRE      = regexp.MustCompile(`(?s)([A-Za-z_][\w.:-]*)\s*=\s*("[^"]*"|'[^']*')`)
	entityRE    = regexp.MustCompile(`&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);`)
	dctRE       = regexp.MustCompile(`<DCT>\s*(<TIMEX3\b[^>]*>)`)
	timexTagRE  = regexp.MustCompile(`<TIMEX3\b[^>]*>`)
	creationRE  = regexp.MustCompile(`functionInDocument\s*=\s*"CREATION_TIME"`)
)

// ParseFile reads and parses the TimeML file at path.
func ParseFile(path string) (*Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	doc.Name = DocName(path)
	return doc, nil
}

// DocName is the document name of a file: its base name without ".tml" or
// ".tml.TE3input".
func DocName(path string) string {
	base := filepath.Base(path)
	for _, suffix := range []string{".tml.TE3input", ".TE3input", ".tml"} {
		if strings.HasSuffix(base, suffix) {
			return strings.TrimSuffix(base, suffix)
		}
	}
	return base
}

// Parse parses a TimeML document.
func Parse(data []byte) (*Document, error) {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("not UTF-8")
	}
	src := string(data)
	loc := textStartRE.FindStringIndex(src)
	if loc == nil {
		return nil, fmt.Errorf("no <TEXT> element")
	}
	endRel := strings.Index(src[loc[1]:], "</TEXT>")
	if endRel < 0 {
		return nil, fmt.Errorf("no </TEXT>")
	}
	body := src[loc[1] : loc[1]+endRel]

	type open struct {
		attrs map[string]string
		start int
		depth int
	}
	var (
		text  strings.Builder
		stack []open
		depth int
		gold  []Timex
		pos   int
	)
	emit := func(s string) error {
		d, err := decodeEntities(s)
		if err != nil {
			return err
		}
		text.WriteString(d)
		return nil
	}
	for _, m := range markupRE.FindAllStringIndex(body, -1) {
		if m[0] > pos {
			if err := emit(body[pos:m[0]]); err != nil {
				return nil, err
			}
		}
		pos = m[1]
		tok := body[m[0]:m[1]]
		switch {
		case strings.HasPrefix(tok, "<!--"), strings.HasPrefix(tok, "<?"):
			continue
		case strings.HasPrefix(tok, "<![CDATA["):
			text.WriteString(tok[9 : len(tok)-3])
			continue
		}
		t := tagRE.FindStringSubmatch(tok)
		if t == nil {
			return nil, fmt.Errorf("cannot parse tag %q", clip(tok, 80))
		}
		closing, name, rest, selfClose := t[1] != "", t[2], t[3], t[4] != ""
		switch {
		case closing:
			depth--
			if name == "TIMEX3" {
				if len(stack) == 0 || stack[len(stack)-1].depth != depth {
					return nil, fmt.Errorf("unbalanced </TIMEX3>")
				}
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				gold = append(gold, Timex{Start: o.start, End: text.Len(), Type: o.attrs["type"], Value: o.attrs["value"]})
			}
		case selfClose:
			// An empty TIMEX3 has no text: skipped, as the reference does.
		default:
			if name == "TIMEX3" {
				attrs, err := parseAttrs(rest)
				if err != nil {
					return nil, err
				}
				stack = append(stack, open{attrs, text.Len(), depth})
			}
			depth++
		}
	}
	if pos < len(body) {
		if err := emit(body[pos:]); err != nil {
			return nil, err
		}
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("unclosed <TIMEX3>")
	}
	doc := &Document{Text: text.String(), Gold: gold}
	sort.SliceStable(doc.Gold, func(i, j int) bool {
		a, b := doc.Gold[i], doc.Gold[j]
		return a.Start < b.Start || a.Start == b.Start && a.End < b.End
	})
	for i := range doc.Gold {
		doc.Gold[i].Text = doc.Text[doc.Gold[i].Start:doc.Gold[i].End]
	}
	dct, err := creationTime(src)
	if err != nil {
		return nil, err
	}
	doc.DCT = dct
	return doc, nil
}

// creationTime returns the value of the document's creation time: the
// TIMEX3 inside DCT, else the first TIMEX3 whose function is CREATION_TIME.
func creationTime(src string) (string, error) {
	tag := ""
	if m := dctRE.FindStringSubmatch(src); m != nil {
		tag = m[1]
	} else {
		for _, t := range timexTagRE.FindAllString(src, -1) {
			if creationRE.MatchString(t) {
				tag = t
				break
			}
		}
	}
	if tag == "" {
		return "", nil
	}
	attrs, err := parseAttrs(tag[len("<TIMEX3"):])
	if err != nil {
		return "", err
	}
	return attrs["value"], nil
}

func parseAttrs(s string) (map[string]string, error) {
	attrs := map[string]string{}
	for _, m := range attrRE.FindAllStringSubmatch(s, -1) {
		v, err := decodeEntities(m[2][1 : len(m[2])-1])
		if err != nil {
			return nil, err
		}
		attrs[m[1]] = v
	}
	return attrs, nil
}

var namedEntities = map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'"}

// decodeEntities replaces XML character and entity references.
func decodeEntities(s string) (string, error) {
	if !strings.Contains(s, "&") {
		return s, nil
	}
	var err error
	out := entityRE.ReplaceAllStringFunc(s, func(ref string) string {
		name := ref[1 : len(ref)-1]
		switch {
		case strings.HasPrefix(name, "#x"):
			n, e := strconv.ParseUint(name[2:], 16, 32)
			if e != nil || n > utf8.MaxRune {
				err = fmt.Errorf("bad character reference %s", ref)
				return ref
			}
			return string(rune(n))
		case strings.HasPrefix(name, "#"):
			n, e := strconv.ParseUint(name[1:], 10, 32)
			if e != nil || n > utf8.MaxRune {
				err = fmt.Errorf("bad character reference %s", ref)
				return ref
			}
			return string(rune(n))
		}
		if v, ok := namedEntities[name]; ok {
			return v
		}
		err = fmt.Errorf("unknown entity %s", ref)
		return ref
	})
	return out, err
}

func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return s[:n] + "…"
}
