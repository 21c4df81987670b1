package interop

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"

	"newsline/internal/textpos"
	"newsline/timeline"
)

// MaxImportSize bounds the TimelineJS files Newsline reads, so that a
// hostile file cannot exhaust memory. TimelineJS itself slows to a crawl
// long before: a timeline of 10,000 slides is a few megabytes.
const MaxImportSize = 64 << 20

// The JSON form of a TimelineJS file, for reading and writing.
type (
	jsonFile struct {
		Title  *jsonSlide  `json:"title,omitzero"`
		Events []jsonSlide `json:"events"`
		Eras   []jsonSlide `json:"eras,omitzero"`
	}
	jsonSlide struct {
		StartDate   *tlDate    `json:"start_date,omitzero"`
		EndDate     *tlDate    `json:"end_date,omitzero"`
		DisplayDate str        `json:"display_date,omitzero"`
		Text        *jsonText  `json:"text,omitzero"`
		Group       str        `json:"group,omitzero"`
		UniqueID    str        `json:"unique_id,omitzero"`
		Media       *jsonMedia `json:"media,omitzero"`
		Background  *jsonMedia `json:"background,omitzero"`
	}
	jsonText struct {
		Headline str `json:"headline,omitzero"`
		Text     str `json:"text,omitzero"`
	}
	// jsonMedia is read only to tell whether a slide has media or a
	// background, which Newsline does not keep.
	jsonMedia struct {
		URL   str `json:"url,omitzero"`
		Color str `json:"color,omitzero"`
	}
)

var (
	readOptions  = jsontext.AllowDuplicateNames(true) // as browsers do
	writeOptions = json.JoinOptions(json.Deterministic(true), jsontext.WithIndent("  "), jsontext.EscapeForHTML(false))
)

// ReadTimelineJS reads a TimelineJS JSON file as a document (see the
// package comment for how). name, the file's name without its extension,
// titles the document when the file has no title headline. Errors name
// the place of each problem: "events[3].start_date.year: 0 is outside …",
// or "line 4, column 7: malformed JSON: …". The report counts the events
// read and lists what was not kept.
func ReadTimelineJS(data []byte, name string) (*timeline.Document, *Report, error) {
	if len(data) > MaxImportSize {
		return nil, nil, fmt.Errorf("larger than %d MB: too large for a TimelineJS timeline", MaxImportSize>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\uFEFF"))
	var f jsonFile
	if err := json.Unmarshal(data, &f, readOptions); err != nil {
		return nil, nil, describeJSON(data, err)
	}
	tl := &tlFile{}
	if f.Title != nil {
		tl.Title = f.Title.slide("title")
	}
	for i := range f.Events {
		tl.Events = append(tl.Events, *f.Events[i].slide(fmt.Sprintf("events[%d]", i)))
	}
	for i := range f.Eras {
		tl.Eras = append(tl.Eras, *f.Eras[i].slide(fmt.Sprintf("eras[%d]", i)))
	}
	return build(tl, name)
}

func (j *jsonSlide) slide(where string) *slide {
	s := &slide{
		Where: where, Start: j.StartDate, End: j.EndDate, DisplayDate: string(j.DisplayDate),
		Group: string(j.Group), ID: string(j.UniqueID),
		Media:      j.Media != nil && strings.TrimSpace(string(j.Media.URL)) != "",
		Background: j.Background != nil && strings.TrimSpace(string(j.Background.URL)+string(j.Background.Color)) != "",
	}
	if j.Text != nil {
		s.Headline, s.Text = string(j.Text.Headline), string(j.Text.Text)
	}
	return s
}

// describeJSON turns a decoding error into a message with its place.
func describeJSON(data []byte, err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return errors.New("truncated: the JSON ends before it is complete")
	}
	var syn *jsontext.SyntacticError
	if errors.As(err, &syn) {
		if errors.Is(syn.Err, io.ErrUnexpectedEOF) {
			return errors.New("truncated: the JSON ends before it is complete")
		}
		return fmt.Errorf("%smalformed JSON: %v", place(data, syn.ByteOffset, syn.JSONPointer), syn.Err)
	}
	var sem *json.SemanticError
	if errors.As(err, &sem) {
		where := place(data, sem.ByteOffset, sem.JSONPointer)
		switch {
		case sem.Err != nil:
			return fmt.Errorf("%s%v", where, sem.Err)
		case sem.JSONKind != 0:
			return fmt.Errorf("%sunexpected JSON %s", where, kindNames[sem.JSONKind])
		}
	}
	return err
}

var kindNames = map[jsontext.Kind]string{
	'[': "array", '{': "object", '"': "string", '0': "number", 't': "true", 'f': "false", 'n': "null",
}

// place describes a place in a JSON file: "line 3, column 14: events[0].text: ".
func place(data []byte, offset int64, ptr jsontext.Pointer) string {
	line, col := textpos.LineCol(data, int(offset))
	s := fmt.Sprintf("line %d, column %d: ", line, col)
	var b strings.Builder
	for tok := range ptr.Tokens() {
		if _, err := strconv.Atoi(tok); err == nil {
			b.WriteString("[" + tok + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(clip(tok))
	}
	if b.Len() > 0 {
		s += b.String() + ": "
	}
	return s
}

// WriteTimelineJS writes doc as a TimelineJS JSON file (see the package
// comment for how). The report counts the events written and the
// undated ones left out. A document with no dated event is an error:
// TimelineJS shows nothing without one.
func WriteTimelineJS(w io.Writer, doc *timeline.Document) (*Report, error) {
	tl, r, err := slidesOf(doc)
	if err != nil {
		return nil, err
	}
	f := jsonFile{Title: jsonSlideOf(tl.Title), Events: []jsonSlide{}}
	for i := range tl.Events {
		f.Events = append(f.Events, *jsonSlideOf(&tl.Events[i]))
	}
	for i := range tl.Eras {
		f.Eras = append(f.Eras, *jsonSlideOf(&tl.Eras[i]))
	}
	var buf bytes.Buffer
	if err := json.MarshalWrite(&buf, f, writeOptions); err != nil {
		return nil, err
	}
	buf.WriteByte('\n')
	if _, err := w.Write(buf.Bytes()); err != nil {
		return nil, err
	}
	return r, nil
}

func jsonSlideOf(s *slide) *jsonSlide {
	return &jsonSlide{
		StartDate: s.Start, EndDate: s.End, DisplayDate: str(s.DisplayDate),
		Text:  &jsonText{Headline: str(s.Headline), Text: str(s.Text)},
		Group: str(s.Group), UniqueID: str(s.ID),
	}
}
