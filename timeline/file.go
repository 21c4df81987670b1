package timeline

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/google/uuid"
)

// FormatName and FormatVersion identify the file format (docs/format.md).
const (
	FormatName    = "newsline-timeline"
	FormatVersion = 1
)

// MaxFileSize bounds what Load reads, so that a hostile file cannot
// exhaust memory. A 100,000-event document is about 60 MB.
const MaxFileSize = 512 << 20

// The wire types mirror the model with every ID and date as a string, so
// that a bad value is reported with its place in the file rather than by
// the JSON decoder without one. Field order is the order Format writes.
type (
	wireDocument struct {
		Format   string        `json:"format"`
		Version  int           `json:"version"`
		ID       string        `json:"id"`
		Title    string        `json:"title"`
		Articles []wireArticle `json:"articles"`
		Entities []wireEntity  `json:"entities"`
		Events   []wireEvent   `json:"events"`
		Quotes   []wireQuote   `json:"quotes"`
	}
	wireArticle struct {
		ID        string `json:"id"`
		Title     string `json:"title"`
		Publisher string `json:"publisher,omitempty"`
		URL       string `json:"url,omitempty"`
		Published string `json:"published,omitempty"`
		Text      string `json:"text"`
	}
	wireEntity struct {
		ID      string   `json:"id"`
		Kind    string   `json:"kind"`
		Name    string   `json:"name"`
		Aliases []string `json:"aliases,omitempty"`
		Role    string   `json:"role,omitempty"`
	}
	wireEvent struct {
		ID       string         `json:"id"`
		Title    string         `json:"title"`
		Short    string         `json:"short,omitempty"`
		Summary  string         `json:"summary,omitempty"`
		Date     *wireDate      `json:"date,omitempty"`
		Lane     string         `json:"lane"`
		Entities []string       `json:"entities,omitempty"`
		Quotes   []string       `json:"quotes,omitempty"`
		Evidence []wireSpan     `json:"evidence,omitempty"`
		Related  []wireRelation `json:"related,omitempty"`
	}
	wireDate struct {
		Start       string `json:"start,omitempty"`
		End         string `json:"end,omitempty"`
		After       string `json:"after,omitempty"`
		Before      string `json:"before,omitempty"`
		Approximate bool   `json:"approximate,omitempty"`
		Expression  string `json:"expression,omitempty"`
		Resolution  string `json:"resolution,omitempty"`
	}
	wireSpan struct {
		Article string `json:"article"`
		Start   int    `json:"start"`
		End     int    `json:"end"`
		Text    string `json:"text"`
	}
	wireRelation struct {
		Event string `json:"event"`
		Label string `json:"label"`
	}
	wireQuote struct {
		ID       string   `json:"id"`
		Text     string   `json:"text"`
		Speaker  string   `json:"speaker,omitempty"`
		Audience string   `json:"audience,omitempty"`
		Event    string   `json:"event"`
		Span     wireSpan `json:"span"`
	}
)

// Load reads and validates the document in the file at path.
func Load(path string) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	if len(data) > MaxFileSize {
		return nil, fmt.Errorf("load %s: file is larger than %d MB", path, MaxFileSize>>20)
	}
	doc, err := Parse(data)
	if err != nil {
		return nil, fmt.Errorf("load %s: %w", path, err)
	}
	return doc, nil
}

// Parse decodes and validates a document. Errors name the place of the
// problem: "line 12, column 5: …" for malformed JSON, "events[3].entities[1]:
// unknown entity …" for a document that does not hang together.
func Parse(data []byte) (*Document, error) {
	if !utf8.Valid(data) {
		line, col := lineCol(data, invalidUTF8Offset(data))
		return nil, fmt.Errorf("line %d, column %d: invalid UTF-8", line, col)
	}
	var w wireDocument
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&w); err != nil {
		if v := peekVersion(data); v > FormatVersion {
			return nil, newerVersionError(v)
		}
		return nil, describeJSONError(data, err)
	}
	if dec.More() {
		line, col := lineCol(data, int(dec.InputOffset()))
		return nil, fmt.Errorf("line %d, column %d: unexpected data after the document", line, col)
	}
	if w.Format != FormatName {
		return nil, fmt.Errorf("not a Newsline timeline: format is %q, want %q", w.Format, FormatName)
	}
	if w.Version > FormatVersion {
		return nil, newerVersionError(w.Version)
	}
	if w.Version < 1 {
		return nil, fmt.Errorf("version %d: versions start at 1", w.Version)
	}
	var p problems
	doc := w.toModel(&p)
	if p.list == nil {
		doc.validate(&p)
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return doc, nil
}

func newerVersionError(v int) error {
	return fmt.Errorf("format version %d is newer than this Newsline reads (%d): update Newsline to open it", v, FormatVersion)
}

// peekVersion returns the "version" of a document that failed to decode
// strictly, or 0.
func peekVersion(data []byte) int {
	var head struct {
		Version int `json:"version"`
	}
	if json.Unmarshal(data, &head) != nil {
		return 0
	}
	return head.Version
}

// describeJSONError gives a decoding error its line and column.
func describeJSONError(data []byte, err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return errors.New("truncated: the document ends before it is complete")
	case errors.As(err, &syntax):
		// Offset counts the offending byte as read.
		line, col := lineCol(data, int(syntax.Offset)-1)
		return fmt.Errorf("line %d, column %d: malformed JSON: %v", line, col, syntax)
	case errors.As(err, &typ):
		line, col := lineCol(data, valueStart(data, int(typ.Offset)))
		return fmt.Errorf("line %d, column %d: %s: expected %s, found JSON %s", line, col, typ.Field, typ.Type, typ.Value)
	}
	// An unknown field carries no offset: find the key itself.
	if name, ok := strings.CutPrefix(err.Error(), "json: unknown field "); ok {
		if key, uerr := strconv.Unquote(name); uerr == nil {
			if i := findKey(data, key); i >= 0 {
				line, col := lineCol(data, i)
				return fmt.Errorf("line %d, column %d: unknown field %q", line, col, key)
			}
			return fmt.Errorf("unknown field %q", key)
		}
	}
	return err
}

// findKey returns the offset of the first object key named key, or -1.
func findKey(data []byte, key string) int {
	quoted, _ := json.Marshal(key)
	for from := 0; ; {
		i := bytes.Index(data[from:], quoted)
		if i < 0 {
			return -1
		}
		i += from
		rest := bytes.TrimLeft(data[i+len(quoted):], " \t\r\n")
		if len(rest) > 0 && rest[0] == ':' {
			return i
		}
		from = i + 1
	}
}

// valueStart steps back from end, the offset just after a JSON string,
// number or literal, to where that value starts.
func valueStart(data []byte, end int) int {
	i := min(end, len(data)) - 1
	for i >= 0 && (data[i] == ' ' || data[i] == '\t' || data[i] == '\n' || data[i] == '\r' || data[i] == ':') {
		i--
	}
	if i < 0 {
		return 0
	}
	if data[i] == '"' {
		for j := i - 1; j >= 0; j-- {
			if data[j] == '"' {
				backslashes := 0
				for k := j - 1; k >= 0 && data[k] == '\\'; k-- {
					backslashes++
				}
				if backslashes%2 == 0 {
					return j
				}
			}
		}
		return 0
	}
	for i > 0 && bytes.IndexByte([]byte("+-.0123456789abcdefghijklmnopqrstuvwxyzE"), data[i-1]) >= 0 {
		i--
	}
	return i
}

// lineCol converts a byte offset into a 1-based line and column (in runes).
func lineCol(data []byte, offset int) (line, col int) {
	offset = max(0, min(offset, len(data)))
	before := data[:offset]
	line = 1 + bytes.Count(before, []byte("\n"))
	col = 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return line, col
}

func invalidUTF8Offset(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// Format encodes doc in the canonical form: two-space indentation, fields
// in a fixed order, empty fields left out, a final newline. Parse(Format(d))
// equals d, and Format(Parse(b)) equals b for canonical b.
func Format(doc *Document) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(toWire(doc)); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Save writes doc to path atomically: a reader sees the old file or the
// new one, never half of one.
func Save(path string, doc *Document) error {
	data, err := Format(doc)
	if err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	if err := WriteFileAtomic(path, data, 0o644); err != nil {
		return fmt.Errorf("save %s: %w", path, err)
	}
	return nil
}

// WriteFileAtomic writes data to a temporary file beside path, syncs it and
// renames it over path, so that a crash leaves either the old file or the
// new one.
func WriteFileAtomic(path string, data []byte, perm os.FileMode) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if _, err = tmp.Write(data); err != nil {
		return err
	}
	if err = tmp.Chmod(perm); err != nil {
		return err
	}
	if err = tmp.Sync(); err != nil {
		return err
	}
	if err = tmp.Close(); err != nil {
		return err
	}
	if err = os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	// Make the rename itself durable; not every system can sync a directory.
	if d, derr := os.Open(dir); derr == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

func toWire(doc *Document) *wireDocument {
	w := &wireDocument{
		Format:   FormatName,
		Version:  FormatVersion,
		ID:       doc.ID.String(),
		Title:    doc.Title,
		Articles: make([]wireArticle, len(doc.Articles)),
		Entities: make([]wireEntity, len(doc.Entities)),
		Events:   make([]wireEvent, len(doc.Events)),
		Quotes:   make([]wireQuote, len(doc.Quotes)),
	}
	for i, a := range doc.Articles {
		w.Articles[i] = wireArticle{ID: a.ID.String(), Title: a.Title, Publisher: a.Publisher, URL: a.URL, Published: a.Published.String(), Text: a.Text}
	}
	for i, e := range doc.Entities {
		w.Entities[i] = wireEntity{ID: e.ID.String(), Kind: string(e.Kind), Name: e.Name, Aliases: e.Aliases, Role: e.Role}
	}
	for i, ev := range doc.Events {
		we := wireEvent{ID: ev.ID.String(), Title: ev.Title, Short: ev.Short, Summary: ev.Summary, Lane: string(ev.Lane), Entities: idStrings(ev.Entities), Quotes: idStrings(ev.Quotes)}
		if !ev.Date.IsZero() {
			d := ev.Date
			we.Date = &wireDate{Start: d.Start.String(), End: d.End.String(), After: d.After.String(), Before: d.Before.String(), Approximate: d.Approximate, Expression: d.Expression, Resolution: d.Resolution}
		}
		for _, s := range ev.Evidence {
			we.Evidence = append(we.Evidence, spanToWire(s))
		}
		for _, r := range ev.Related {
			we.Related = append(we.Related, wireRelation{Event: r.Event.String(), Label: r.Label})
		}
		w.Events[i] = we
	}
	for i, q := range doc.Quotes {
		w.Quotes[i] = wireQuote{ID: q.ID.String(), Text: q.Text, Speaker: optionalID(q.Speaker), Audience: optionalID(q.Audience), Event: q.Event.String(), Span: spanToWire(q.Span)}
	}
	return w
}

func spanToWire(s Span) wireSpan {
	return wireSpan{Article: s.Article.String(), Start: s.Start, End: s.End, Text: s.Text}
}

func idStrings(ids []uuid.UUID) []string {
	if len(ids) == 0 {
		return nil
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = id.String()
	}
	return out
}

func optionalID(id uuid.UUID) string {
	if id == uuid.Nil {
		return ""
	}
	return id.String()
}

// toModel converts the wire form, reporting malformed IDs and dates to p.
func (w *wireDocument) toModel(p *problems) *Document {
	doc := &Document{
		ID:       p.id("id", w.ID),
		Title:    w.Title,
		Articles: make([]Article, len(w.Articles)),
		Entities: make([]Entity, len(w.Entities)),
		Events:   make([]Event, len(w.Events)),
		Quotes:   make([]Quote, len(w.Quotes)),
	}
	for i, a := range w.Articles {
		at := fmt.Sprintf("articles[%d]", i)
		doc.Articles[i] = Article{ID: p.id(at+".id", a.ID), Title: a.Title, Publisher: a.Publisher, URL: a.URL, Published: p.point(at+".published", a.Published), Text: a.Text}
	}
	for i, e := range w.Entities {
		at := fmt.Sprintf("entities[%d]", i)
		doc.Entities[i] = Entity{ID: p.id(at+".id", e.ID), Kind: EntityKind(e.Kind), Name: e.Name, Aliases: emptyToNil(e.Aliases), Role: e.Role}
	}
	for i, we := range w.Events {
		at := fmt.Sprintf("events[%d]", i)
		ev := Event{ID: p.id(at+".id", we.ID), Title: we.Title, Short: we.Short, Summary: we.Summary, Lane: Lane(we.Lane)}
		if d := we.Date; d != nil {
			ev.Date = Date{
				Start:       p.point(at+".date.start", d.Start),
				End:         p.point(at+".date.end", d.End),
				After:       p.point(at+".date.after", d.After),
				Before:      p.point(at+".date.before", d.Before),
				Approximate: d.Approximate,
				Expression:  d.Expression,
				Resolution:  d.Resolution,
			}
		}
		ev.Entities = p.ids(at+".entities", we.Entities)
		ev.Quotes = p.ids(at+".quotes", we.Quotes)
		for j, s := range we.Evidence {
			ev.Evidence = append(ev.Evidence, p.span(fmt.Sprintf("%s.evidence[%d]", at, j), s))
		}
		for j, r := range we.Related {
			ev.Related = append(ev.Related, Relation{Event: p.id(fmt.Sprintf("%s.related[%d].event", at, j), r.Event), Label: r.Label})
		}
		doc.Events[i] = ev
	}
	for i, q := range w.Quotes {
		at := fmt.Sprintf("quotes[%d]", i)
		doc.Quotes[i] = Quote{
			ID:       p.id(at+".id", q.ID),
			Text:     q.Text,
			Speaker:  p.optionalID(at+".speaker", q.Speaker),
			Audience: p.optionalID(at+".audience", q.Audience),
			Event:    p.id(at+".event", q.Event),
			Span:     p.span(at+".span", q.Span),
		}
	}
	return doc
}

func emptyToNil(s []string) []string {
	if len(s) == 0 {
		return nil
	}
	return s
}

// problems collects what is wrong with a document, each with its place.
type problems struct {
	list []Problem
}

// maxProblems bounds the list: past it, a broken file says "and more".
const maxProblems = 50

func (p *problems) add(path, format string, args ...any) {
	p.list = append(p.list, Problem{Path: path, Message: fmt.Sprintf(format, args...)})
}

func (p *problems) err() error {
	if len(p.list) == 0 {
		return nil
	}
	return &ValidationError{Problems: p.list}
}

func (p *problems) id(path, s string) uuid.UUID {
	if s == "" {
		p.add(path, "missing ID")
		return uuid.Nil
	}
	return p.optionalID(path, s)
}

func (p *problems) optionalID(path, s string) uuid.UUID {
	if s == "" {
		return uuid.Nil
	}
	// uuid.Parse accepts braces and urn: prefixes; the format wants the
	// plain 36-character form so that files compare and round-trip.
	id, err := uuid.Parse(s)
	if err != nil || len(s) != 36 || id.String() != s {
		p.add(path, "invalid ID %q (want a lower-case UUID such as 3f1c2a9e-…)", clip(s))
		return uuid.Nil
	}
	return id
}

func (p *problems) ids(path string, list []string) []uuid.UUID {
	if len(list) == 0 {
		return nil
	}
	out := make([]uuid.UUID, len(list))
	for i, s := range list {
		out[i] = p.id(fmt.Sprintf("%s[%d]", path, i), s)
	}
	return out
}

func (p *problems) point(path, s string) Point {
	pt, err := ParsePoint(s)
	if err != nil {
		p.add(path, "%v", err)
	}
	return pt
}

func (p *problems) span(path string, s wireSpan) Span {
	return Span{Article: p.id(path+".article", s.Article), Start: s.Start, End: s.End, Text: s.Text}
}

// clip shortens hostile values quoted in messages.
func clip(s string) string {
	const n = 60
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
