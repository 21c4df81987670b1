package draft

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"

	"golang.org/x/text/encoding/unicode"

	"newsline/internal/textpos"
	"newsline/timeline"
)

// A Format is how an article's bytes are written.
type Format string

const (
	Auto     Format = ""         // decided from the name and the bytes
	Text     Format = "text"     // plain UTF-8 text, paragraphs one a line
	Markdown Format = "markdown" // CommonMark, with optional YAML front matter
	HTML     Format = "html"     // a web page; the article body is extracted
)

// ParseFormat reads a format name as the command line gives it: "auto"
// (or ""), "text", "markdown" (or "md") or "html".
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(s) {
	case "", "auto":
		return Auto, nil
	case "text", "txt", "plain":
		return Text, nil
	case "markdown", "md":
		return Markdown, nil
	case "html", "htm":
		return HTML, nil
	}
	return Auto, fmt.Errorf("unknown format %q (want auto, text, markdown or html)", s)
}

// A Source is an article to import and what is known of it. Fields other
// than Data may be left empty: Title, Publisher, URL and Published override
// what an HTML page's metadata or a Markdown file's front matter say.
type Source struct {
	Name   string // file name, for messages and for guessing the format; "" reads as "input"
	Data   []byte // the article as read, at most MaxInputSize bytes
	Format Format // Auto: guessed from Name's extension, else from Data

	Title     string
	Publisher string
	URL       string
	// Published is the publication date, day or minute precision; relative
	// dates ("Saturday") are resolved against it. Zero: taken from the
	// metadata, else Import fails with ErrNoPublished.
	Published timeline.Point

	// Gazetteer is what names are recognised with; nil for the default
	// (DefaultGazetteer).
	Gazetteer *Gazetteer
}

func (src *Source) name() string {
	if src.Name == "" {
		return "input"
	}
	return src.Name
}

// MaxInputSize bounds what the importer reads: 8 MB, eighty times the
// longest news articles (100 KB) and more than a novel, so that a wrong
// file fails at once with a clear message. Importing 8 MB of text takes a
// few seconds and some 400 MB of memory at its peak; a 1 MB article takes
// half a second.
const MaxInputSize = 8 << 20

// Errors of bad input. Import and Extract wrap them with the source's name
// and the place: "article.txt: invalid UTF-8 at byte offset 12 (line 1,
// column 13)".
var (
	ErrEmpty       = errors.New("no article text")
	ErrBinary      = errors.New("looks binary, not text")
	ErrInvalidUTF8 = textpos.ErrInvalidUTF8
	ErrTooLarge    = fmt.Errorf("larger than the importer reads (%d MB)", MaxInputSize>>20)
	ErrTooMany     = fmt.Errorf("more than %d events: too long to draft a timeline from", MaxEvents)
)

// MaxEvents bounds the events of a draft: a timeline of more is of no use,
// and memory grows with them. News prose has some 7,000 sentences to the
// megabyte, so MaxEvents is reached only near MaxInputSize, or by text
// that is not prose.
const MaxEvents = 50000

// ReadAll reads r to its end, refusing more than MaxInputSize bytes with
// ErrTooLarge.
func ReadAll(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxInputSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > MaxInputSize {
		return nil, ErrTooLarge
	}
	return data, nil
}

// Extracted is an article as Extract finds it: the text of its body and
// what its metadata say.
type Extracted struct {
	Format    Format // the format the bytes were read as
	Text      string // the body: paragraphs separated by blank lines (plain text keeps its own lines)
	Title     string // "" when the metadata give none
	Publisher string
	URL       string
	Published timeline.Point // zero when the metadata give none
}

// Extract reads an article's text and metadata from src.Data. Plain text is
// kept as it is, but for a byte-order mark and Windows line ends; Markdown
// loses its markup; HTML is reduced to the article's body (see ExtractHTML).
// Empty, binary, over-long and invalid UTF-8 input is refused with an error
// that names the source and the place.
func Extract(src Source) (Extracted, error) {
	fail := func(err error) (Extracted, error) { return Extracted{}, fmt.Errorf("%s: %w", src.name(), err) }
	data := src.Data
	if len(data) > MaxInputSize {
		return fail(fmt.Errorf("%s is %w", SizeString(int64(len(data))), ErrTooLarge))
	}
	data, err := decodeUTF16(data)
	if err != nil {
		return fail(err)
	}
	if err := checkBinary(data); err != nil {
		return fail(err)
	}
	format := src.Format
	if format == Auto {
		format = detectFormat(src.Name, data)
	}
	var ex Extracted
	switch format {
	case HTML:
		ex, err = ExtractHTML(data)
	case Markdown:
		if err = textpos.CheckUTF8(data); err == nil {
			ex, err = ExtractMarkdown(data)
		}
	case Text:
		if err = textpos.CheckUTF8(data); err == nil {
			ex = Extracted{Format: Text, Text: normalizeText(string(data))}
			ex.Title = headline(ex.Text)
		}
	default:
		err = fmt.Errorf("unknown format %q", format)
	}
	if err != nil {
		return fail(err)
	}
	if strings.TrimSpace(ex.Text) == "" {
		if len(bytes.TrimSpace(data)) == 0 {
			return fail(fmt.Errorf("%w: the file is empty", ErrEmpty))
		}
		return fail(fmt.Errorf("%w: nothing readable in the %s", ErrEmpty, format))
	}
	return ex, nil
}

// decodeUTF16 turns text with a UTF-16 byte-order mark into UTF-8.
func decodeUTF16(data []byte) ([]byte, error) {
	if len(data) < 2 || !(data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF) {
		return data, nil
	}
	out, err := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("%w: bad UTF-16: %v", ErrInvalidUTF8, err)
	}
	return out, nil
}

// checkBinary refuses data with NUL bytes or many control characters.
func checkBinary(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		line, col := textpos.LineCol(data, i)
		return fmt.Errorf("%w: NUL byte at offset %d (line %d, column %d)", ErrBinary, i, line, col)
	}
	head := data[:min(len(data), 64<<10)]
	controls := 0
	for _, c := range head {
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			controls++
		}
	}
	if controls > len(head)/100+8 {
		return fmt.Errorf("%w: %d control characters in its first %d bytes", ErrBinary, controls, len(head))
	}
	return nil
}

// normalizeText drops a byte-order mark and makes line ends "\n".
func normalizeText(s string) string {
	s = strings.TrimPrefix(s, "\uFEFF")
	if strings.Contains(s, "\r") {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return s
}

// detectFormat guesses the format from the file name's extension, else
// from the bytes: markup of a web page, or two signs of Markdown (headings,
// emphasis, links, lists, front matter).
func detectFormat(name string, data []byte) Format {
	switch strings.ToLower(path.Ext(strings.ReplaceAll(name, "\\", "/"))) {
	case ".html", ".htm", ".xhtml", ".shtml":
		return HTML
	case ".md", ".markdown", ".mdown", ".mkd", ".mkdn":
		return Markdown
	case ".txt", ".text":
		return Text
	}
	head := strings.ToLower(string(data[:min(len(data), 4096)]))
	trimmed := strings.TrimLeft(strings.TrimPrefix(head, "\uFEFF"), " \t\r\n")
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<?xml", "<meta", "<p>", "<div"} {
		if strings.HasPrefix(trimmed, p) {
			return HTML
		}
	}
	if strings.HasPrefix(trimmed, "<") && (strings.Contains(head, "</p>") || strings.Contains(head, "</div>")) {
		return HTML
	}
	signs := 0
	if strings.HasPrefix(trimmed, "---\n") {
		signs++
	}
	for _, line := range strings.Split(head, "\n") {
		switch {
		case strings.HasPrefix(line, "# "), strings.HasPrefix(line, "## "), strings.HasPrefix(line, "### "):
			signs++
		case strings.HasPrefix(line, "- "), strings.HasPrefix(line, "* "), strings.HasPrefix(line, "> "):
			signs++
		}
		if strings.Contains(line, "](") || strings.Contains(line, "**") {
			signs++
		}
	}
	if signs >= 2 {
		return Markdown
	}
	return Text
}

// headline returns the first line of a plain text when it reads as a
// headline: short, without final punctuation, and followed by more text.
func headline(text string) string {
	first, rest, ok := strings.Cut(strings.TrimLeft(text, " \t\n"), "\n")
	first = strings.TrimSpace(first)
	if !ok || strings.TrimSpace(rest) == "" || first == "" || len(strings.Fields(first)) > 20 || strings.ContainsAny(first[len(first)-1:], ".!?:;,…”\"") {
		return ""
	}
	return first
}

// SizeString writes a size for messages: "100 MB", or bytes below 10 MB
// ("8388609 bytes"), where megabytes would round to the limit itself.
func SizeString(n int64) string {
	if n >= 10<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}
