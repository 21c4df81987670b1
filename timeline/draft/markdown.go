package draft

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/yuin/goldmark"
	"go.yaml.in/yaml/v3"

	"newsline/timeline"
)

// ExtractMarkdown reads a Markdown article: its text without markup,
// paragraphs (and headings, list items, quotations) separated by blank
// lines, and the title, date, publisher and URL of a YAML front matter
// block ("---" lines around "title:", "date:" or "published:",
// "publisher:", "url:"). The first level-1 heading is the title when the
// front matter gives none, and is left out of the body. Raw HTML in the
// Markdown is dropped.
func ExtractMarkdown(data []byte) (Extracted, error) {
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var front struct {
		Title     string `yaml:"title"`
		Date      string `yaml:"date"`
		Published string `yaml:"published"`
		Publisher string `yaml:"publisher"`
		Source    string `yaml:"source"`
		URL       string `yaml:"url"`
	}
	if body, fm, ok := cutFrontMatter(data); ok {
		// A front matter that is not YAML is left out, not fatal.
		_ = yaml.Unmarshal(fm, &front)
		data = body
	}
	var page bytes.Buffer
	if err := goldmark.Convert(data, &page); err != nil {
		return Extracted{}, fmt.Errorf("read Markdown: %w", err)
	}
	ex, err := ExtractHTML(page.Bytes())
	if err != nil {
		return Extracted{}, err
	}
	ex.Format = Markdown
	ex.Title = firstNonEmpty(front.Title, ex.Title)
	ex.Publisher = firstNonEmpty(front.Publisher, front.Source)
	ex.URL = front.URL
	ex.Published = timelinePointOr(front.Published, front.Date)
	return ex, nil
}

// cutFrontMatter splits a leading "---" … "---" block from data.
func cutFrontMatter(data []byte) (body, front []byte, ok bool) {
	s := string(data)
	if !strings.HasPrefix(s, "---\n") && !strings.HasPrefix(s, "---\r\n") {
		return data, nil, false
	}
	rest := s[strings.IndexByte(s, '\n')+1:]
	for off := 0; off < len(rest); {
		end := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if end >= 0 {
			line = rest[off : off+end]
		}
		if t := strings.TrimRight(line, "\r "); t == "---" || t == "..." {
			next := len(rest)
			if end >= 0 {
				next = off + end + 1
			}
			return []byte(rest[next:]), []byte(rest[:off]), true
		}
		if end < 0 {
			break
		}
		off += end + 1
	}
	return data, nil, false
}

// timelinePointOr parses the first of dates that reads as a publication
// date, or returns the zero Point.
func timelinePointOr(dates ...string) timeline.Point {
	for _, d := range dates {
		if p, ok := parsePublished(d); ok {
			return p
		}
	}
	return timeline.Point{}
}
