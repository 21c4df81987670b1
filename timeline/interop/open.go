package interop

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-json-experiment/json/jsontext"

	"newsline/timeline"
)

// A Kind is what a file holds, as Open finds it.
type Kind uint8

const (
	Unknown       Kind = iota
	Newsline           // a Newsline timeline document (docs/format.md)
	TimelineJSON       // a TimelineJS JSON file
	TimelineSheet      // TimelineJS's spreadsheet saved as CSV
)

func (k Kind) String() string {
	switch k {
	case Newsline:
		return "Newsline timeline"
	case TimelineJSON:
		return "TimelineJS timeline"
	case TimelineSheet:
		return "TimelineJS spreadsheet"
	}
	return "unknown"
}

// errNotTimeline is what Open says of a file it cannot read as a timeline.
var errNotTimeline = errors.New("not a Newsline timeline, a TimelineJS JSON file or a TimelineJS spreadsheet (CSV with Year and Headline columns)")

// Open reads the timeline in the file at path, whatever its kind, told by
// its content rather than its name: a Newsline document (read by
// timeline.Load), a TimelineJS JSON file or TimelineJS's spreadsheet as
// CSV. It returns the document, which always passes validation, and a
// report whose Kind says what the file was (a caller saving the document
// should not write Newsline's format over a TimelineJS file) and whose
// Notices say what an import did not keep. Errors name the file and the
// place of the problem.
func Open(path string) (*timeline.Document, *Report, error) {
	kind, err := Sniff(path)
	if err != nil {
		return nil, nil, err
	}
	if kind == Newsline {
		doc, err := timeline.Load(path)
		if err != nil {
			return nil, nil, err
		}
		return doc, &Report{Kind: Newsline, Events: len(doc.Events)}, nil
	}
	data, err := readLimited(path)
	if err != nil {
		return nil, nil, err
	}
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	var doc *timeline.Document
	var r *Report
	if kind == TimelineJSON {
		doc, r, err = ReadTimelineJS(data, name)
	} else {
		doc, r, err = ReadTimelineCSV(data, name)
	}
	if err != nil {
		return nil, nil, fmt.Errorf("load %s: %s: %w", path, kind, err)
	}
	r.Kind = kind
	return doc, r, nil
}

func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxImportSize+1))
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	if len(data) > MaxImportSize {
		return nil, fmt.Errorf("load %s: larger than %d MB: too large for a TimelineJS timeline", path, MaxImportSize>>20)
	}
	return data, nil
}

// Sniff tells what the file at path holds by its content: a JSON object
// with "format": "newsline-timeline" is a Newsline document, another with
// "events" a TimelineJS file, and text whose first row has Year and
// Headline columns TimelineJS's spreadsheet. Anything else is an error
// naming the file.
func Sniff(path string) (Kind, error) {
	f, err := os.Open(path)
	if err != nil {
		return Unknown, fmt.Errorf("load %s: %w", path, err)
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return Unknown, fmt.Errorf("load %s: a folder, not a file", path)
	}
	br := bufio.NewReaderSize(f, 64<<10)
	head, err := br.Peek(64 << 10)
	if err != nil && err != io.EOF && !errors.Is(err, bufio.ErrBufferFull) {
		return Unknown, fmt.Errorf("load %s: %w", path, err)
	}
	text := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	switch {
	case len(text) == 0:
		return Unknown, fmt.Errorf("load %s: empty: %w", path, errNotTimeline)
	case bytes.IndexByte(head, 0) >= 0:
		return Unknown, fmt.Errorf("load %s: binary data: %w", path, errNotTimeline)
	case text[0] == '{':
		return sniffJSON(path, br)
	case text[0] == '[':
		return Unknown, fmt.Errorf("load %s: a JSON array: %w", path, errNotTimeline)
	}
	if isSheet(text) {
		return TimelineSheet, nil
	}
	return Unknown, fmt.Errorf("load %s: %w", path, errNotTimeline)
}

// sniffJSON reads the names at the top of a JSON object, skipping their
// values, until it knows what the object is.
func sniffJSON(path string, r io.Reader) (Kind, error) {
	dec := jsontext.NewDecoder(r, jsontext.AllowDuplicateNames(true), jsontext.AllowInvalidUTF8(true))
	events := false
	fail := func(err error) (Kind, error) {
		// Let the reader of the kind it looks like say what is wrong.
		if events {
			return TimelineJSON, nil
		}
		return Unknown, fmt.Errorf("load %s: malformed JSON (%v): %w", path, err, errNotTimeline)
	}
	if _, err := dec.ReadToken(); err != nil { // '{'
		return fail(err)
	}
	for dec.PeekKind() == '"' {
		name, err := dec.ReadToken()
		if err != nil {
			return fail(err)
		}
		switch name.String() {
		case "format":
			v, err := dec.ReadToken()
			if err != nil {
				return fail(err)
			}
			if v.Kind() == '"' && v.String() == timeline.FormatName {
				return Newsline, nil
			}
			continue
		case "events":
			events = true
		}
		if err := dec.SkipValue(); err != nil {
			return fail(err)
		}
	}
	if events {
		return TimelineJSON, nil
	}
	if _, err := dec.ReadToken(); err != nil {
		return fail(err)
	}
	return Unknown, fmt.Errorf("load %s: a JSON object without \"format\": %q or \"events\": %w", path, timeline.FormatName, errNotTimeline)
}

// isSheet reports whether text starts with a CSV row naming the columns
// Year and Headline.
func isSheet(text []byte) bool {
	r := csv.NewReader(bytes.NewReader(text))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		return false
	}
	var year, headline bool
	for _, h := range header {
		switch strings.ToLower(strings.TrimSpace(h)) {
		case "year":
			year = true
		case "headline":
			headline = true
		}
	}
	return year && headline
}
