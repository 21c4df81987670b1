package notes

import (
	"bytes"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"newsline/timeline"
)

// A Format is an export format.
type Format string

const (
	Markdown Format = "md"
	JSON     Format = "json"
	CSV      Format = "csv"
	HTML     Format = "html"
)

// Formats lists the export formats in the order a save dialog offers them.
var Formats = []Format{Markdown, JSON, CSV, HTML}

// Name returns the format's name for people: "Markdown", "JSON (Web
// Annotation)", "CSV", "HTML".
func (f Format) Name() string {
	switch f {
	case Markdown:
		return "Markdown"
	case JSON:
		return "JSON (W3C Web Annotation)"
	case CSV:
		return "CSV (spreadsheet)"
	case HTML:
		return "HTML (printable page)"
	}
	return string(f)
}

// Ext returns the file extension, with its dot.
func (f Format) Ext() string { return "." + string(f) }

// ParseFormat parses a format name as the command line takes it ("md",
// "markdown", "json", "csv", "html"), case ignored.
func ParseFormat(s string) (Format, error) {
	switch strings.ToLower(strings.TrimPrefix(s, ".")) {
	case "md", "markdown":
		return Markdown, nil
	case "json", "jsonld", "json-ld":
		return JSON, nil
	case "csv":
		return CSV, nil
	case "html", "htm":
		return HTML, nil
	}
	return "", fmt.Errorf("unknown format %q: want md, json, csv or html", s)
}

// FormatOf guesses the format from a file name's extension.
func FormatOf(path string) (Format, bool) {
	f, err := ParseFormat(filepath.Ext(path))
	return f, err == nil && filepath.Ext(path) != ""
}

// Export writes set to w in format f.
func Export(w io.Writer, f Format, set *Set, opt Options) error {
	switch f {
	case Markdown:
		return WriteMarkdown(w, set, opt)
	case JSON:
		return WriteJSON(w, set, opt)
	case CSV:
		return WriteCSV(w, set, opt)
	case HTML:
		return WriteHTML(w, set, opt)
	}
	return fmt.Errorf("unknown format %q", f)
}

// ExportFile writes set to the file at path atomically: the export is made
// in memory, then written to a temporary file beside path, synced and
// renamed over it, so that path holds either its old content or the whole
// export, never a part.
func ExportFile(path string, f Format, set *Set, opt Options) error {
	var buf bytes.Buffer
	if err := Export(&buf, f, set, opt); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	if err := timeline.WriteFileAtomic(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("export %s: %w", path, err)
	}
	return nil
}
