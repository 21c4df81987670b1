package notes

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/google/uuid"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"go.yaml.in/yaml/v3"
	"golang.org/x/net/html"

	"newsline/timeline"
)

var exportTime = time.Date(2026, 1, 7, 10, 30, 0, 0, time.UTC)

// goneTarget is an event that is not in the seed document: exports must
// place it by its copied date (between 3 and 5 January) and show its copy.
var goneTarget = Target{
	ID: uuid.MustParse("0194b2c4-0000-7000-8000-0000000000aa"), Kind: KindEvent,
	Title: `Gone <b>event</b> =1+1 "quoted"`,
	Date:  DateCopy{Start: timeline.DayPoint(2026, 1, 4), Human: "Sun 4 Jan 2026"},
	DocID: uuid.MustParse("226f597c-592a-5726-93a1-f67b0ecb3595"), DocTitle: "Old <i>title</i>",
}

// fixture fills a store with every hostile text on events of the seed,
// tags, a note on an entity, one on an event gone from the document, and
// stars (one on an event without notes).
func fixture(t *testing.T) (*Store, *timeline.Document) {
	t.Helper()
	s := openTest(t)
	doc := seed(t)
	names := slices.Sorted(maps.Keys(hostileTexts()))
	for i, name := range names {
		target := eventTarget(t, doc, (i*5)%len(doc.Events))
		mustAdd(t, s, target, hostileTexts()[name], name, "=cmd|' /C calc'!A0", "<script>", "عربي")
	}
	mustAdd(t, s, EntityTarget(doc, &doc.Entities[0]), "an entity's note\nsecond line", "people")
	mustAdd(t, s, goneTarget, "note on a gone event", "gone")
	for _, target := range []Target{eventTarget(t, doc, 0), eventTarget(t, doc, 3), goneTarget} {
		if err := s.SetStar(ctx, target, true); err != nil {
			t.Fatal(err)
		}
	}
	return s, doc
}

func snapshot(t *testing.T, s *Store) *Set {
	t.Helper()
	set, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return set
}

// TestJSONRoundTrip exports a store's notes as JSON, imports them into a
// new store and compares the two stores' contents.
func TestJSONRoundTrip(t *testing.T) {
	s, doc := fixture(t)
	want := snapshot(t, s)
	withURL := *doc
	withURL.Articles = slices.Clone(doc.Articles)
	withURL.Articles[0].URL = articleURL
	for _, tt := range []struct {
		name string
		doc  *timeline.Document
	}{{"with the document", doc}, {"without the document", nil}, {"with an article on the web", &withURL}} {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteJSON(&buf, want, Options{Doc: tt.doc, Time: exportTime}); err != nil {
				t.Fatal(err)
			}
			read, err := ReadJSON(buf.Bytes())
			if err != nil {
				t.Fatal(err)
			}
			other := openTest(t)
			res, err := other.Merge(ctx, read)
			if err != nil {
				t.Fatal(err)
			}
			if res.Added != len(want.Notes) || res.Stars != len(want.Stars) {
				t.Errorf("merge %+v, want %d notes and %d stars added", res, len(want.Notes), len(want.Stars))
			}
			compareSets(t, snapshot(t, other), want)
			again, err := other.Merge(ctx, read)
			if err != nil || again.Added+again.Updated+again.Stars != 0 || again.Unchanged != len(want.Notes) {
				t.Errorf("importing twice: %+v, %v", again, err)
			}
		})
	}
}

const articleURL = "https://example.org/news/paris-talks?id=1&lang=en"

// TestJSONAnchorsInTheArticle: when the article has a web address, each
// annotation's first target is the passage there, with its
// TextQuoteSelector, as Hypothesis and other Web Annotation tools anchor
// notes; the event stays a target by its urn:uuid:.
func TestJSONAnchorsInTheArticle(t *testing.T) {
	s, doc := fixture(t)
	doc.Articles[0].URL = articleURL
	var buf bytes.Buffer
	if err := WriteJSON(&buf, snapshot(t, s), Options{Doc: doc, Time: exportTime}); err != nil {
		t.Fatal(err)
	}
	var coll struct {
		First struct {
			Items []struct {
				ID     string          `json:"id"`
				Target json.RawMessage `json:"target"`
			} `json:"items"`
		} `json:"first"`
	}
	if err := json.Unmarshal(buf.Bytes(), &coll); err != nil {
		t.Fatal(err)
	}
	x := timeline.NewIndex(doc)
	anchored := 0
	for _, item := range coll.First.Items {
		type target struct {
			Source   string `json:"source"`
			Selector *struct {
				Type, Exact, Prefix, Suffix string
			} `json:"selector"`
		}
		var targets []target
		raws := []json.RawMessage{item.Target}
		if item.Target[0] == '[' {
			if err := json.Unmarshal(item.Target, &raws); err != nil {
				t.Fatal(err)
			}
		}
		for _, raw := range raws {
			var tg target
			if err := json.Unmarshal(raw, &tg); err != nil {
				t.Fatal(err)
			}
			targets = append(targets, tg)
		}
		if len(targets) == 0 {
			t.Fatalf("%s: no target", item.ID)
		}
		last := targets[len(targets)-1]
		id, err := uuid.Parse(strings.TrimPrefix(last.Source, "urn:uuid:"))
		if err != nil {
			t.Fatalf("%s: last target %q is not the event's urn:uuid:", item.ID, last.Source)
		}
		ev, isEvent := x.Event(id)
		if !isEvent || len(ev.Evidence) == 0 {
			if len(targets) != 1 {
				t.Errorf("%s: %d targets for a target without evidence", item.ID, len(targets))
			}
			continue
		}
		first := targets[0]
		if len(targets) != 2 || first.Source != articleURL || first.Selector == nil || first.Selector.Type != "TextQuoteSelector" || last.Selector != nil {
			t.Errorf("%s: targets %+v, want the article's passage then the event", item.ID, targets)
			continue
		}
		art := doc.Articles[0].Text
		sel := first.Selector
		if sel.Exact != ev.Evidence[0].Text || !strings.Contains(art, sel.Prefix+sel.Exact+sel.Suffix) {
			t.Errorf("%s: the selector %+v does not anchor in the article", item.ID, sel)
		}
		anchored++
	}
	if anchored == 0 {
		t.Error("no annotation anchored in the article")
	}
}

func compareSets(t *testing.T, got, want *Set) {
	t.Helper()
	if len(got.Notes) != len(want.Notes) {
		t.Fatalf("%d notes, want %d", len(got.Notes), len(want.Notes))
	}
	byID := map[uuid.UUID]Note{}
	for _, n := range got.Notes {
		byID[n.ID] = n
	}
	for _, w := range want.Notes {
		if g, ok := byID[w.ID]; !ok || !equalNotes(g, w) {
			t.Errorf("note %s:\n got %+v\nwant %+v", w.ID, clipNote(g), clipNote(w))
		}
	}
	sortStars := func(s []Star) {
		sort.Slice(s, func(i, j int) bool { return s[i].Target.ID.String() < s[j].Target.ID.String() })
	}
	sortStars(got.Stars)
	sortStars(want.Stars)
	if !slices.EqualFunc(got.Stars, want.Stars, func(a, b Star) bool {
		return a.Target == b.Target && a.Created.Equal(b.Created) && a.Updated.Equal(b.Updated)
	}) {
		t.Errorf("stars:\n got %+v\nwant %+v", got.Stars, want.Stars)
	}
}

func clipNote(n Note) Note {
	n.Text = timeline.Clip(n.Text)
	return n
}

// noteRows parses a CSV export into header and rows.
func parseCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Error("no byte order mark")
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	rows, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte("\r\n")) || bytes.Contains(bytes.ReplaceAll(data, []byte("\r\n"), nil), []byte("\r")) {
		t.Error("line ends are not CRLF")
	}
	return rows
}

func TestCSVRoundTrip(t *testing.T) {
	s, doc := fixture(t)
	set := snapshot(t, s)
	for _, all := range []bool{false, true} {
		var buf bytes.Buffer
		if err := WriteCSV(&buf, set, Options{Doc: doc, All: all, Time: exportTime}); err != nil {
			t.Fatal(err)
		}
		rows := parseCSV(t, buf.Bytes())
		if !slices.Equal(rows[0], csvHeader) {
			t.Fatalf("header %q", rows[0])
		}
		byID := map[string][]string{}
		events := map[string]bool{}
		for _, row := range rows[1:] {
			for i, cell := range row {
				if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
					t.Errorf("row %q: cell %d starts with %q", row[7], i, cell[0])
				}
				if strings.ContainsRune(cell, 0) {
					t.Errorf("row %q: cell %d holds NUL", row[7], i)
				}
			}
			byID[row[7]] = row
			events[row[8]] = true
		}
		for _, n := range set.Notes {
			row, ok := byID[n.ID.String()]
			if !ok {
				t.Errorf("no row for note %s", n.ID)
				continue
			}
			if got, want := unneutralise(row[2]), plain(n.Text); got != want {
				t.Errorf("note %s: text %q, want %q", n.ID, timeline.Clip(got), timeline.Clip(want))
			}
			if got := strings.Fields(unneutralise(row[3])); !slices.Equal(got, n.Tags) {
				t.Errorf("note %s: tags %q, want %q", n.ID, got, n.Tags)
			}
			if row[5] != isoTime(n.Created) || row[6] != isoTime(n.Updated) || row[8] != n.Target.ID.String() {
				t.Errorf("note %s: row %q", n.ID, row[5:])
			}
		}
		starredOnly := eventTarget(t, doc, 3).ID.String()
		if !events[starredOnly] {
			t.Error("no row for the starred event without notes")
		}
		if all && len(events) < len(doc.Events) {
			t.Errorf("--all: rows for %d events, the document has %d", len(events), len(doc.Events))
		}
	}
}

// unneutralise undoes csvCell's apostrophe.
func unneutralise(cell string) string {
	if len(cell) > 1 && cell[0] == '\'' && strings.ContainsRune("=+-@\t", rune(cell[1])) {
		return cell[1:]
	}
	return cell
}

func TestMarkdownParsesBack(t *testing.T) {
	s, doc := fixture(t)
	set := snapshot(t, s)
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, set, Options{Doc: doc, Time: exportTime}); err != nil {
		t.Fatal(err)
	}
	front, body, ok := cutFrontMatter(buf.String())
	if !ok {
		t.Fatalf("no front matter in\n%s", timeline.Clip(buf.String()))
	}
	var meta struct {
		Title      string    `yaml:"title"`
		Document   string    `yaml:"document"`
		DocumentID string    `yaml:"document_id"`
		Exported   time.Time `yaml:"exported"`
		Tags       []string  `yaml:"tags"`
	}
	if err := yaml.Unmarshal([]byte(front), &meta); err != nil {
		t.Fatalf("front matter: %v\n%s", err, front)
	}
	r := buildReport(set, Options{Doc: doc, Time: exportTime})
	if meta.Document != doc.Title || meta.DocumentID != doc.ID.String() || !meta.Exported.Equal(exportTime) || !slices.Equal(meta.Tags, r.Tags) {
		t.Errorf("front matter %+v", meta)
	}

	page := renderMarkdown(t, body)
	checkNoActiveContent(t, page)
	// Each "### Note" heading is followed by the note's text, then its list.
	texts := map[string]bool{}
	var h2s []string
	var inNote bool
	var text strings.Builder
	for n := range page.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "h2":
			h2s = append(h2s, textOf(n))
		case "h3":
			inNote = true
			text.Reset()
		case "p":
			if inNote {
				text.WriteString(textOf(n) + " ")
			}
		case "ul":
			if inNote {
				texts[collapse(text.String())] = true
			}
			inNote = false
		}
	}
	for _, n := range set.Notes {
		if want := collapse(plain(n.Text)); want != "" && !texts[want] {
			t.Errorf("note %s does not read back as typed: want %q", n.ID, timeline.Clip(want))
		}
	}
	// Sections in timeline order, the gone event among them by date.
	var want []string
	for _, sec := range r.Sections {
		title := oneLine(sec.Target.Title)
		if sec.Star != nil {
			title += " ★"
		}
		want = append(want, title)
	}
	if !slices.Equal(h2s, want) {
		t.Errorf("sections\n%q\nwant\n%q", h2s, want)
	}
}

func cutFrontMatter(s string) (front, body string, ok bool) {
	rest, ok := strings.CutPrefix(s, "---\n")
	if !ok {
		return "", "", false
	}
	front, body, ok = strings.Cut(rest, "\n---\n")
	return front, body, ok
}

// renderMarkdown renders Markdown as GitHub-flavoured CommonMark, raw HTML
// allowed (as Obsidian does), and parses the result.
func renderMarkdown(t *testing.T, md string) *html.Node {
	t.Helper()
	var out bytes.Buffer
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	if err := gm.Convert([]byte(md), &out); err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(&out)
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// checkNoActiveContent fails on scripts, event handlers, frames, objects,
// forms, links out of the page and anything loaded from elsewhere.
func checkNoActiveContent(t *testing.T, doc *html.Node) {
	t.Helper()
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.Data {
		case "script", "iframe", "object", "embed", "form", "img", "link", "base", "a":
			t.Errorf("<%s> element in the output", n.Data)
		}
		for _, a := range n.Attr {
			if strings.HasPrefix(a.Key, "on") || a.Key == "src" || a.Key == "href" {
				t.Errorf("<%s %s=%q> in the output", n.Data, a.Key, a.Val)
			}
		}
	}
}

func textOf(n *html.Node) string {
	var b strings.Builder
	for d := range n.Descendants() {
		if d.Type == html.TextNode {
			b.WriteString(d.Data)
		}
	}
	return b.String()
}

func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestHTMLParsesBack(t *testing.T) {
	s, doc := fixture(t)
	set := snapshot(t, s)
	var buf bytes.Buffer
	if err := WriteHTML(&buf, set, Options{Doc: doc, Time: exportTime}); err != nil {
		t.Fatal(err)
	}
	page, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	checkNoActiveContent(t, page)
	texts := map[string]string{}
	var titles []string
	for n := range page.Descendants() {
		if n.Type != html.ElementNode {
			continue
		}
		switch {
		case n.Data == "article":
			id := strings.TrimPrefix(attr(n, "id"), "n-")
			for d := range n.Descendants() {
				if d.Type == html.ElementNode && attr(d, "class") == "text" {
					texts[id] = textOf(d)
				}
			}
		case n.Data == "h2":
			titles = append(titles, textOf(n))
		}
	}
	for _, n := range set.Notes {
		if got, want := texts[n.ID.String()], plain(n.Text); got != want {
			t.Errorf("note %s reads %q, want %q", n.ID, timeline.Clip(got), timeline.Clip(want))
		}
	}
	if !slices.ContainsFunc(titles, func(s string) bool { return strings.HasPrefix(s, goneTarget.Title) }) {
		t.Errorf("the gone event's title %q is not shown as text in %q", goneTarget.Title, titles)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func TestArrangeOrder(t *testing.T) {
	doc := seed(t)
	x := timeline.NewIndex(doc)
	s := openTest(t)
	// Annotate events in reverse order, so that insertion order is wrong.
	for i := len(x.Order) - 1; i >= 0; i -= 2 {
		mustAdd(t, s, eventTarget(t, doc, i), "x")
	}
	mustAdd(t, s, EntityTarget(doc, &doc.Entities[1]), "b")
	mustAdd(t, s, EntityTarget(doc, &doc.Entities[0]), "a")
	mustAdd(t, s, goneTarget, "gone")
	undated := goneTarget
	undated.ID, undated.Date = uuid.New(), DateCopy{}
	mustAdd(t, s, undated, "undated and gone")
	set := snapshot(t, s)

	groups := Arrange(set, Options{Doc: doc})
	var prev DateCopy
	kinds := ""
	for i, g := range groups {
		if g.Target.Kind == KindEvent && i > 0 && groups[i-1].Target.Kind == KindEvent && g.Target.Date.compare(prev) < 0 {
			t.Errorf("%q (%s) comes after %s", g.Target.Title, g.Target.Date.ISO(), prev.ISO())
		}
		prev = g.Target.Date
		kinds += string(g.Target.Kind[1])
	}
	if strings.Trim(kinds, "v") != "nn" || !strings.HasSuffix(kinds, "vnn") {
		t.Errorf("kinds in order %q: want events, then entities", kinds)
	}
	c := timeline.NewCollator()
	if n := len(groups); c.CompareString(groups[n-2].Target.Title, groups[n-1].Target.Title) > 0 {
		t.Errorf("entities not by name: %q, %q", groups[n-2].Target.Title, groups[n-1].Target.Title)
	}
	gone := slices.IndexFunc(groups, func(g Group) bool { return g.Target.ID == goneTarget.ID })
	if gone < 1 || groups[gone].InDoc || groups[gone-1].Target.Date.Start.Compare(goneTarget.Date.Start) > 0 ||
		groups[gone+1].Target.Date.Start.Compare(goneTarget.Date.Start) < 0 {
		t.Errorf("the gone event is at %d, not among its dates", gone)
	}

	all := Arrange(set, Options{Doc: doc, All: true})
	if events := len(all) - 2; events != len(doc.Events)+2 {
		t.Errorf("All: %d events, want the document's %d and 2 gone", events, len(doc.Events))
	}
	if none := Arrange(set, Options{}); len(none) != len(groups) {
		t.Errorf("without the document: %d groups, want %d", len(none), len(groups))
	}
}

func TestHostileTitlesAndTags(t *testing.T) {
	// Without the document, titles, dates and document titles come from the
	// copies, which an import can fill with anything.
	s := openTest(t)
	hostile := `</title><script>alert(1)</script>"` + "\n---\n# x\x00\u2028=1"
	target := Target{ID: uuid.New(), Kind: KindEvent, Title: hostile, Date: DateCopy{Human: hostile}, DocID: uuid.New(), DocTitle: hostile}
	mustAdd(t, s, target, hostile, hostile)
	set := snapshot(t, s)
	for _, f := range Formats {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			if err := Export(&buf, f, set, Options{Time: exportTime}); err != nil {
				t.Fatal(err)
			}
			out := buf.String()
			switch f {
			case HTML:
				page, err := html.Parse(strings.NewReader(out))
				if err != nil {
					t.Fatal(err)
				}
				checkNoActiveContent(t, page)
			case Markdown:
				front, body, ok := cutFrontMatter(out)
				var meta map[string]any
				if !ok || yaml.Unmarshal([]byte(front), &meta) != nil || meta["document"] != oneLine(hostile) {
					t.Errorf("front matter does not hold the title: %v", meta)
				}
				checkNoActiveContent(t, renderMarkdown(t, body))
			case CSV:
				rows := parseCSV(t, buf.Bytes())
				if len(rows) != 2 || unneutralise(rows[1][1]) != plain(hostile) {
					t.Errorf("rows %q", rows)
				}
			case JSON:
				read, err := ReadJSON(buf.Bytes())
				if err != nil {
					t.Fatal(err)
				}
				if read.Notes[0].Target != target {
					t.Errorf("target %+v, want %+v", read.Notes[0].Target, target)
				}
			}
		})
	}
}

func TestYAMLQuote(t *testing.T) {
	for _, s := range []string{
		"", "plain", `"quoted" and \back\`, "line\nbreak\r\n", "tab\t", "nul\x00", "bell\a esc\x1b del\x7f",
		"c1\u0085\u0090\u009f", "sep\u2028\u2029", "bom\ufeff", "nonchar\ufffe\uffff", "emoji 🇺🇦", "عربي",
		": colon", "- dash", "# hash", "yes", "null", "2026-01-06", "'single'", "{a: b}", "[x]", "&anchor *alias", "!tag", "%percent", "@at", "`tick`",
	} {
		var got string
		if err := yaml.Unmarshal([]byte("v: "+yamlQuote(s)), &struct{ V *string }{&got}); err != nil {
			t.Errorf("yamlQuote(%q) = %s: %v", s, yamlQuote(s), err)
			continue
		}
		if got != s {
			t.Errorf("yamlQuote(%q) = %s reads back as %q", s, yamlQuote(s), got)
		}
	}
}

func TestExportFileAtomic(t *testing.T) {
	s, doc := fixture(t)
	set := snapshot(t, s)
	dir := t.TempDir()
	path := filepath.Join(dir, "notes.md")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := ExportFile(path, "pdf", set, Options{Doc: doc}); err == nil {
		t.Error("an unknown format exported")
	}
	if data, _ := os.ReadFile(path); string(data) != "old" {
		t.Errorf("a failed export changed the file: %q", timeline.Clip(string(data)))
	}
	if err := ExportFile(path, Markdown, set, Options{Doc: doc}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(path); !bytes.HasPrefix(data, []byte("---\ntitle:")) {
		t.Errorf("exported file starts %q", timeline.Clip(string(data)))
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("files left in the folder: %v", entries)
	}
	if err := ExportFile(filepath.Join(dir, "missing", "x.md"), Markdown, set, Options{}); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("export into a missing folder: %v", err)
	}
}

func TestParseFormat(t *testing.T) {
	tests := []struct {
		in   string
		want Format
	}{{"md", Markdown}, {"Markdown", Markdown}, {".json", JSON}, {"CSV", CSV}, {"htm", HTML}, {"pdf", ""}, {"", ""}}
	for _, tt := range tests {
		got, err := ParseFormat(tt.in)
		if got != tt.want || (err != nil) != (tt.want == "") {
			t.Errorf("ParseFormat(%q) = %q, %v", tt.in, got, err)
		}
	}
	if f, ok := FormatOf("/x/notes.html"); !ok || f != HTML {
		t.Errorf("FormatOf(notes.html) = %q, %v", f, ok)
	}
	if _, ok := FormatOf("notes"); ok {
		t.Error("FormatOf without an extension guessed")
	}
}

// obsidianTags returns the tags Obsidian reads in Markdown text, by the
// rule of its help (help.obsidian.md, Tags): '#' at the start of a line or
// after white space, then letters, digits, '_', '-' and '/', with at least
// one character that is not a digit. Front matter and code are not in md.
func obsidianTags(md string) []string {
	var tags []string
	runes := []rune(md)
	for i := 0; i < len(runes); i++ {
		if runes[i] != '#' || (i > 0 && !unicode.IsSpace(runes[i-1])) {
			continue
		}
		j := i + 1
		for j < len(runes) && (unicode.IsLetter(runes[j]) || unicode.IsDigit(runes[j]) || strings.ContainsRune("_-/", runes[j])) {
			j++
		}
		tag := string(runes[i+1 : j])
		if strings.TrimFunc(tag, unicode.IsDigit) != "" {
			tags = append(tags, tag)
		}
		i = j - 1
	}
	return tags
}

// TestMarkdownForObsidian: a note's #tags stay tags for Obsidian, its
// line breaks stay line breaks, and its heading is a date and time in
// words, in the zone asked for.
func TestMarkdownForObsidian(t *testing.T) {
	doc := seed(t)
	cet := time.FixedZone("CET", 3600)
	created := time.Date(2026, 12, 1, 7, 30, 13, 951e6, time.UTC)
	text := "Talks go on #nato #human_rights #Україна\nsecond line, not #1984 nor issue#4 nor #_x_\n\n#follow-up: new paragraph\n  indented *not emphasis*"
	n := Note{ID: uuid.MustParse("0194b2c4-0000-7000-8000-0000000000b1"), Target: eventTarget(t, doc, 1), Text: text,
		Tags: []string{"nato", "human_rights", "Україна", "follow-up"}, Created: created, Updated: created.Add(time.Hour)}
	var buf bytes.Buffer
	if err := WriteMarkdown(&buf, &Set{Notes: []Note{n}}, Options{Doc: doc, Time: exportTime, Location: cet}); err != nil {
		t.Fatal(err)
	}
	_, body, _ := cutFrontMatter(buf.String())
	heading := "### Tue 1 Dec 2026, 08:30 CET"
	if !strings.Contains(body, "\n"+heading+"\n") || strings.Contains(body, "T07:30") {
		t.Errorf("no heading %q in\n%s", heading, body)
	}
	if !strings.Contains(body, "- Edited: Tue 1 Dec 2026, 09:30 CET") {
		t.Errorf("edit time not in words:\n%s", body)
	}
	noteMD, _, _ := strings.Cut(body[strings.Index(body, heading)+len(heading):], "\n- ID:")
	got := obsidianTags(noteMD)
	want := []string{"nato", "human_rights", "Україна", "follow-up"}
	if !slices.Equal(got, want) {
		t.Errorf("Obsidian reads the tags %q in the note, want %q:\n%s", got, want, noteMD)
	}
	if strings.Contains(noteMD, `\#nato`) {
		t.Errorf("an escaped tag:\n%s", noteMD)
	}
	// Rendered, the note reads as typed, with its line break and
	// paragraph, and nothing turned into markup.
	page := renderMarkdown(t, noteMD)
	var paras []string
	var brs, ems int
	for x := range page.Descendants() {
		switch {
		case x.Type == html.ElementNode && x.Data == "p":
			paras = append(paras, textOf(x))
		case x.Type == html.ElementNode && x.Data == "br":
			brs++
		case x.Type == html.ElementNode && (x.Data == "em" || x.Data == "h1" || x.Data == "code"):
			ems++
		}
	}
	wantParas := []string{
		"Talks go on #nato #human_rights #Україна\nsecond line, not #1984 nor issue#4 nor #_x_",
		"#follow-up: new paragraph\n  indented *not emphasis*",
	}
	if !slices.Equal(paras, wantParas) || brs != 2 || ems != 0 {
		t.Errorf("rendered paragraphs %q with %d <br> and %d markup elements, want %q with 2 <br>", paras, brs, ems, wantParas)
	}
}

// TestHTMLForPeople: dates and times in words, no UUID in the text a
// person reads (IDs stay in element IDs for links).
func TestHTMLForPeople(t *testing.T) {
	s, doc := fixture(t)
	set := snapshot(t, s)
	var buf bytes.Buffer
	if err := WriteHTML(&buf, set, Options{Doc: doc, Time: exportTime, Location: time.UTC}); err != nil {
		t.Fatal(err)
	}
	page, err := html.Parse(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	var body *html.Node
	for x := range page.Descendants() {
		if x.Type == html.ElementNode && x.Data == "body" {
			body = x
		}
	}
	text := textOf(body)
	uuidLike := regexp.MustCompile(`[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`)
	isoLike := regexp.MustCompile(`\d{4}-\d\d-\d\dT\d\d:\d\d`)
	if ids := uuidLike.FindAllString(text, 3); len(ids) > 0 {
		t.Errorf("UUIDs in the text people read: %q", ids)
	}
	if times := isoLike.FindAllString(text, 3); len(times) > 0 {
		t.Errorf("machine times in the text people read: %q", times)
	}
	if !strings.Contains(text, "Exported Wed 7 Jan 2026, 10:30 UTC") {
		t.Errorf("no export time in words in %q", timeline.Clip(text))
	}
	for _, n := range set.Notes {
		if !strings.Contains(text, "Written "+n.Created.UTC().Format("Mon 2 Jan 2006, 15:04 MST")) {
			t.Errorf("note %s: no time in words", n.ID)
		}
	}
	if !strings.Contains(buf.String(), `<time datetime="2026-01-03">Sat 3 Jan 2026</time>`) {
		t.Error("no event date in words with its machine form")
	}
}
