package draft

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"newsline/internal/textpos"
	"newsline/timeline"
)

// ExtractHTML reads a web page: the article body as text, paragraphs
// separated by blank lines, and its metadata.
//
// The body is the element marked itemprop="articleBody", else the
// <article> with the most paragraph text, else <main>, else the element
// whose <p> children hold the most text. Scripts, styles, navigation,
// headers, footers, asides, forms, figures and their captions, hidden
// elements and blocks whose class or id names sharing, related links,
// newsletters, comments or advertising are dropped. The <h1> becomes the
// title rather than a line of the body.
//
// Metadata: the publication date from <meta property="article:published_time">
// (or itemprop/name datePublished, pubdate, date, DC.date.issued …), JSON-LD
// datePublished, or a <time datetime> in the article; the title from
// og:title, JSON-LD headline, <h1> or <title>; the publisher from
// og:site_name or JSON-LD publisher; the URL from <link rel="canonical"> or
// og:url. The page's declared character set is honoured; a page declared
// (or found) UTF-8 must be valid UTF-8.
func ExtractHTML(data []byte) (Extracted, error) {
	enc, name, _ := charset.DetermineEncoding(data, "text/html")
	if name != "utf-8" {
		decoded, err := enc.NewDecoder().Bytes(data)
		if err != nil {
			return Extracted{}, fmt.Errorf("decode %s: %w", name, err)
		}
		data = decoded
	} else if err := textpos.CheckUTF8(data); err != nil {
		return Extracted{}, err
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return Extracted{}, fmt.Errorf("parse HTML: %w", err)
	}
	ex := Extracted{Format: HTML}
	meta := readMetadata(doc)
	root := articleRoot(doc)
	var w textWriter
	var h1 string
	w.walk(root, &h1)
	ex.Text = w.String()
	ex.Title = firstNonEmpty(meta.title, meta.ldHeadline, h1, stripSiteName(meta.htmlTitle, meta.siteName))
	ex.Publisher = firstNonEmpty(meta.siteName, meta.ldPublisher)
	ex.URL = firstNonEmpty(meta.canonical, meta.ogURL, meta.ldURL)
	for _, d := range []string{meta.published, meta.ldPublished, firstTimeIn(root)} {
		if p, ok := parsePublished(d); ok {
			ex.Published = p
			break
		}
	}
	return ex, nil
}

// metadata is what a page's head (and JSON-LD) says.
type metadata struct {
	title, htmlTitle, siteName, canonical, ogURL string
	published                                    string
	ldHeadline, ldPublisher, ldPublished, ldURL  string
}

var publishedNames = map[string]bool{
	"article:published_time": true, "datepublished": true, "pubdate": true, "publishdate": true,
	"publish-date": true, "publish_date": true, "date": true, "dc.date": true, "dc.date.issued": true,
	"dcterms.created": true, "dcterms.date": true, "sailthru.date": true, "parsely-pub-date": true,
	"article.published": true, "og:published_time": true, "cxenseparse:recs:publishtime": true,
}

func readMetadata(doc *html.Node) metadata {
	var m metadata
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				content := strings.TrimSpace(attr(n, "content"))
				switch {
				case content == "":
				case key == "og:title" || key == "twitter:title":
					m.title = firstNonEmpty(m.title, content)
				case key == "og:site_name" || key == "application-name" && m.siteName == "":
					m.siteName = firstNonEmpty(m.siteName, content)
				case key == "og:url":
					m.ogURL = firstNonEmpty(m.ogURL, content)
				case publishedNames[key]:
					if m.published == "" || key == "article:published_time" {
						m.published = content
					}
				}
			case atom.Title:
				if m.htmlTitle == "" && n.Parent != nil && n.Parent.DataAtom == atom.Head {
					m.htmlTitle = strings.TrimSpace(textOf(n))
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") {
					m.canonical = firstNonEmpty(m.canonical, attr(n, "href"))
				}
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") {
					m.readJSONLD(textOf(n))
				}
			case atom.Time:
				if _, ok := attrOK(n, "pubdate"); ok && m.published == "" {
					m.published = attr(n, "datetime")
				}
			}
			if ip := attr(n, "itemprop"); strings.EqualFold(ip, "datePublished") && m.published == "" {
				m.published = firstNonEmpty(attr(n, "datetime"), attr(n, "content"), textOf(n))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	return m
}

// readJSONLD takes the headline, publisher, date and URL of the first
// article-like object in a JSON-LD block.
func (m *metadata) readJSONLD(src string) {
	var v any
	if json.Unmarshal([]byte(src), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 || m.ldPublished != "" {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok {
				visit(g, depth+1)
			}
			date, _ := x["datePublished"].(string)
			if date == "" {
				return
			}
			m.ldPublished = date
			m.ldHeadline, _ = x["headline"].(string)
			m.ldURL, _ = x["url"].(string)
			switch p := x["publisher"].(type) {
			case string:
				m.ldPublisher = p
			case map[string]any:
				m.ldPublisher, _ = p["name"].(string)
			}
		}
	}
	visit(v, 0)
}

// parsePublished reads a publication date as pages write them. A time of
// day, when given, is kept (minute precision) as the page writes it, in
// the page's own time zone.
func parsePublished(s string) (timeline.Point, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return timeline.Point{}, false
	}
	withTime := []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05.999999999Z0700",
		"2006-01-02T15:04:05", "2006-01-02T15:04Z07:00", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04",
		time.RFC1123, time.RFC1123Z, "Mon, 2 Jan 2006 15:04:05 -0700"}
	for _, layout := range withTime {
		if t, err := time.Parse(layout, s); err == nil && t.Year() >= 1 {
			return timeline.MinutePoint(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute()), true
		}
	}
	for _, layout := range []string{"2006-01-02", "20060102", "January 2, 2006", "Jan 2, 2006", "2 January 2006", "02/01/2006"} {
		if t, err := time.Parse(layout, s); err == nil && t.Year() >= 1 {
			return timeline.DayPoint(t.Year(), t.Month(), t.Day()), true
		}
	}
	// A date followed by anything: "2026-01-06T08:30:00.000+0100 (CET)".
	if len(s) > 10 && s[4] == '-' && s[7] == '-' {
		return parsePublished(s[:10])
	}
	return timeline.Point{}, false
}

// stripSiteName drops " | Site" or " - Site" from a page title.
func stripSiteName(title, site string) string {
	for _, sep := range []string{" | ", " - ", " — ", " – ", " :: "} {
		if i := strings.LastIndex(title, sep); i > 0 {
			rest := title[i+len(sep):]
			if site == "" || strings.EqualFold(strings.TrimSpace(rest), site) || len(rest) < 30 {
				return strings.TrimSpace(title[:i])
			}
		}
	}
	return title
}

// firstTimeIn returns the datetime of the first <time> under n.
func firstTimeIn(n *html.Node) string {
	if n.Type == html.ElementNode && n.DataAtom == atom.Time {
		if d := attr(n, "datetime"); d != "" {
			return d
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if d := firstTimeIn(c); d != "" {
			return d
		}
	}
	return ""
}

// articleRoot picks the element that holds the article body.
func articleRoot(doc *html.Node) *html.Node {
	var body, main, byProp *html.Node
	var articles []*html.Node
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch {
			case strings.EqualFold(attr(n, "itemprop"), "articleBody") && byProp == nil:
				byProp = n
			case n.DataAtom == atom.Article:
				articles = append(articles, n)
			case (n.DataAtom == atom.Main || strings.EqualFold(attr(n, "role"), "main")) && main == nil:
				main = n
			case n.DataAtom == atom.Body:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	if byProp != nil {
		return byProp
	}
	var best *html.Node
	bestScore := 0
	for _, a := range articles {
		if s := paragraphText(a); s > bestScore {
			best, bestScore = a, s
		}
	}
	if best != nil && bestScore > 0 {
		return best
	}
	if main != nil {
		return main
	}
	if body == nil {
		return doc
	}
	// The densest block: the element whose own <p> children hold the most text.
	best, bestScore = nil, 0
	var dense func(n *html.Node)
	dense = func(n *html.Node) {
		if n.Type != html.ElementNode && n.Type != html.DocumentNode {
			return
		}
		if dropped(n) {
			return
		}
		score := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.P {
				score += len(strings.TrimSpace(textOf(c)))
			}
		}
		if score > bestScore {
			best, bestScore = n, score
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			dense(c)
		}
	}
	dense(body)
	if best != nil && bestScore >= 200 {
		return best
	}
	return body
}

// paragraphText counts the text in the <p> elements under n.
func paragraphText(n *html.Node) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || dropped(c) {
			continue
		}
		if c.DataAtom == atom.P {
			total += len(strings.TrimSpace(textOf(c)))
		} else {
			total += paragraphText(c)
		}
	}
	return total
}

// Elements whose content is never article text.
var droppedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Canvas: true, atom.Iframe: true, atom.Object: true, atom.Embed: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Button: true,
	atom.Input: true, atom.Select: true, atom.Textarea: true, atom.Figure: true, atom.Figcaption: true,
	atom.Dialog: true, atom.Menu: true, atom.Head: true, atom.Video: true, atom.Audio: true, atom.Picture: true,
	atom.Img: true, atom.Label: true,
}

// Words in a class or id that mark page furniture.
var furnitureWords = wordSet(`share sharing social related recommended recommendations newsletter subscribe
subscription promo promotion advert advertisement ad ads sponsor sponsored comment comments cookie cookies
popup modal breadcrumb breadcrumbs byline toolbar tags sidebar nav navigation menu footer masthead
paywall signup caption credit outbrain taboola`)

// dropped reports whether element n is page furniture rather than article
// text.
func dropped(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if droppedElements[n.DataAtom] {
		return true
	}
	if _, hidden := attrOK(n, "hidden"); hidden || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	switch strings.ToLower(attr(n, "role")) {
	case "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert":
		return true
	}
	if n.DataAtom == atom.Article || n.DataAtom == atom.Main || n.DataAtom == atom.Body {
		return false
	}
	for _, field := range []string{attr(n, "class"), attr(n, "id")} {
		for _, word := range strings.FieldsFunc(strings.ToLower(field), func(r rune) bool {
			return r == ' ' || r == '-' || r == '_' || r == '\t'
		}) {
			if furnitureWords[word] {
				return true
			}
		}
	}
	return false
}

// Block elements: each ends a paragraph.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.H1: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true, atom.Tr: true, atom.Dd: true,
	atom.Dt: true, atom.Dl: true, atom.Br: true, atom.Hr: true, atom.Address: true, atom.Center: true,
	atom.Body: true, atom.Td: true, atom.Th: true,
}

// textWriter collects a body's text, one paragraph per block, with white
// space collapsed.
type textWriter struct {
	out   strings.Builder
	para  strings.Builder
	space bool // a space is pending in para
}

func (w *textWriter) walk(n *html.Node, h1 *string) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if dropped(n) {
			return
		}
		if n.DataAtom == atom.H1 {
			if *h1 == "" {
				*h1 = strings.Join(strings.Fields(textOf(n)), " ")
			}
			return
		}
		if n.DataAtom == atom.Pre {
			w.flush()
			for _, line := range strings.Split(textOf(n), "\n") {
				w.text(line)
				w.flush()
			}
			return
		}
		if n.DataAtom == atom.Q {
			w.text("“")
			defer w.text("”")
		}
	}
	block := n.Type == html.ElementNode && blockElements[n.DataAtom]
	if block {
		w.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, h1)
	}
	if block {
		w.flush()
	}
}

func (w *textWriter) text(s string) {
	if s == "" {
		return
	}
	if first, _ := utf8.DecodeRuneInString(s); isSpace(first) {
		w.space = true
	}
	fields := strings.FieldsFunc(s, isSpace)
	for i, f := range fields {
		if w.space && w.para.Len() > 0 {
			w.para.WriteByte(' ')
		}
		w.para.WriteString(f)
		w.space = i < len(fields)-1
	}
	if last, _ := utf8.DecodeLastRuneInString(s); isSpace(last) {
		w.space = true
	}
}

// flush ends the current paragraph.
func (w *textWriter) flush() {
	p := strings.TrimSpace(w.para.String())
	w.para.Reset()
	w.space = false
	if p == "" {
		return
	}
	if w.out.Len() > 0 {
		w.out.WriteString("\n\n")
	}
	w.out.WriteString(p)
}

func (w *textWriter) String() string {
	w.flush()
	return w.out.String()
}

// textOf returns the text under n, unformatted, without that of nested
// scripts and styles.
func textOf(n *html.Node) string {
	var b strings.Builder
	var visit func(c *html.Node)
	visit = func(c *html.Node) {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
		if c != n && c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style) {
			return
		}
		for k := c.FirstChild; k != nil; k = k.NextSibling {
			visit(k)
		}
	}
	visit(n)
	return b.String()
}

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val, true
		}
	}
	return "", false
}
