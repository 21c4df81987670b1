package notes

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/google/uuid"

	"newsline/internal/textpos"
	"newsline/timeline"
)

// The JSON export is a W3C Web Annotation AnnotationCollection. Newsline's
// copies of a target's title and date ride on the target as schema.org
// terms, which anno.jsonld's "schema" prefix makes valid JSON-LD.
const (
	annoContext = "http://www.w3.org/ns/anno.jsonld"
	urnPrefix   = "urn:uuid:"
)

// MaxImportBytes bounds what ReadJSONFile reads, so that a hostile file
// cannot exhaust memory.
const MaxImportBytes = 256 << 20

// starNamespace derives the ID of a star's Annotation from its target, so
// that the same star exported from two machines merges as one.
var starNamespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://newsline.app/ns/star"))

// StarID returns the ID of the bookmarking Annotation for a star on target.
func StarID(target uuid.UUID) uuid.UUID { return uuid.NewSHA1(starNamespace, target[:]) }

type (
	waCollection struct {
		Context   string  `json:"@context"`
		ID        string  `json:"id"`
		Type      string  `json:"type"`
		Label     string  `json:"label,omitempty"`
		Generated string  `json:"generated"`
		Total     int     `json:"total"`
		First     *waPage `json:"first,omitempty"`
	}
	waPage struct {
		Type       string         `json:"type"`
		StartIndex int            `json:"startIndex"`
		Items      []waAnnotation `json:"items"`
	}
	waAnnotation struct {
		Context    string    `json:"@context"`
		ID         string    `json:"id"`
		Type       string    `json:"type"`
		Motivation string    `json:"motivation"`
		Created    string    `json:"created"`
		Modified   string    `json:"modified"`
		Body       []waBody  `json:"body,omitempty"`
		Target     waTargets `json:"target"`
	}
	waBody struct {
		Type    string `json:"type"`
		Value   string `json:"value"`
		Purpose string `json:"purpose"`
		Format  string `json:"format,omitempty"`
	}
	waTarget struct {
		Type      string      `json:"type"`
		Source    string      `json:"source"`
		Selector  *waSelector `json:"selector,omitempty"`
		Kind      string      `json:"schema:additionalType,omitempty"`
		Name      string      `json:"schema:name,omitempty"`
		StartDate string      `json:"schema:startDate,omitempty"`
		EndDate   string      `json:"schema:endDate,omitempty"`
		Temporal  string      `json:"schema:temporal,omitempty"`
		PartOf    *waDocument `json:"dcterms:isPartOf,omitempty"`
	}
	// waTargets is one target, written as an object, or several, as an
	// array.
	waTargets  []waTarget
	waSelector struct {
		Type   string `json:"type"`
		Exact  string `json:"exact"`
		Prefix string `json:"prefix,omitempty"`
		Suffix string `json:"suffix,omitempty"`
	}
	waDocument struct {
		ID   string `json:"id"`
		Name string `json:"schema:name,omitempty"`
	}
)

// WriteJSON writes set as a Web Annotation collection: an Annotation per
// note (motivation commenting; a TextualBody with purpose commenting for
// the text and one with purpose tagging per tag) and one per star
// (motivation bookmarking, no body). Targets name the event or entity as
// urn:uuid:… with a TextQuoteSelector of the event's main evidence when
// the document is at hand. JSON carries text exactly, NUL included:
// ReadJSON gives back the same set. Options.All does not apply: JSON holds
// annotations, and events without notes have none.
func WriteJSON(w io.Writer, set *Set, opt Options) error {
	r := buildReport(set, opt)
	coll := waCollection{
		Context:   annoContext,
		ID:        urnPrefix + uuid.NewSHA1(uuid.NameSpaceURL, []byte(r.DocID.String()+r.Exported.String())).String(),
		Type:      "AnnotationCollection",
		Label:     "Newsline notes: " + r.Title,
		Generated: isoTime(r.Exported),
		First:     &waPage{Type: "AnnotationPage", Items: []waAnnotation{}},
	}
	for _, sec := range r.Sections {
		target := waTargetOf(sec)
		if st := sec.Star; st != nil {
			coll.First.Items = append(coll.First.Items, waAnnotation{
				Context: annoContext, ID: urnPrefix + StarID(st.Target.ID).String(), Type: "Annotation",
				Motivation: "bookmarking", Created: isoTime(st.Created), Modified: isoTime(st.Updated), Target: target,
			})
		}
		for _, n := range sec.Notes {
			a := waAnnotation{
				Context: annoContext, ID: urnPrefix + n.ID.String(), Type: "Annotation",
				Motivation: "commenting", Created: isoTime(n.Created), Modified: isoTime(n.Updated), Target: target,
				Body: []waBody{{Type: "TextualBody", Value: n.Text, Purpose: "commenting", Format: "text/plain"}},
			}
			for _, t := range n.Tags {
				a.Body = append(a.Body, waBody{Type: "TextualBody", Value: t, Purpose: "tagging"})
			}
			coll.First.Items = append(coll.First.Items, a)
		}
	}
	coll.Total = len(coll.First.Items)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(coll)
}

// MarshalJSON writes one target as an object, several as an array.
func (t waTargets) MarshalJSON() ([]byte, error) {
	if len(t) == 1 {
		return json.Marshal(t[0])
	}
	return json.Marshal([]waTarget(t))
}

// waTargetOf returns an annotation's targets. The event or entity is a
// target named by its urn:uuid:. When the event's article has a web
// address, the passage there is the first target (its source the
// address, with a TextQuoteSelector), so that tools like Hypothesis
// anchor the note in the article; otherwise the selector rides on the
// event's target.
func waTargetOf(sec *section) waTargets {
	t := sec.Target
	wt := waTarget{
		Type: "SpecificResource", Source: urnPrefix + t.ID.String(),
		Kind: string(t.Kind), Name: t.Title,
		StartDate: t.Date.Start.String(), EndDate: t.Date.End.String(), Temporal: t.Date.Human,
	}
	if t.DocID != uuid.Nil {
		wt.PartOf = &waDocument{ID: urnPrefix + t.DocID.String(), Name: t.DocTitle}
	}
	sel := sec.Evidence
	if sel == nil {
		return waTargets{wt}
	}
	quote := &waSelector{Type: "TextQuoteSelector", Exact: sel.Exact, Prefix: sel.Prefix, Suffix: sel.Suffix}
	if sel.Source == "" {
		wt.Selector = quote
		return waTargets{wt}
	}
	return waTargets{{Type: "SpecificResource", Source: sel.Source, Selector: quote}, wt}
}

// ReadJSONFile reads a JSON export (see ReadJSON). Errors name the file.
func ReadJSONFile(path string) (*Set, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxImportBytes+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	if len(data) > MaxImportBytes {
		return nil, fmt.Errorf("read %s: larger than %d MB: not a notes export", path, MaxImportBytes>>20)
	}
	set, err := ReadJSON(data)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return set, nil
}

// ReadJSON decodes Web Annotations: a collection as WriteJSON writes it, an
// AnnotationPage, a single Annotation, or a JSON array of Annotations.
// Annotations motivated by commenting, describing or tagging (or by
// nothing) become notes; bookmarking ones become stars. It validates
// everything and names the place of the first problem:
// "first.items[3].target.source: …", or "line 4, column 7: …" for
// malformed JSON.
func ReadJSON(data []byte) (*Set, error) {
	if !utf8.Valid(data) {
		return nil, errors.New("not UTF-8 text: not a notes export")
	}
	var top any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&top); err != nil {
		return nil, jsonError(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		line, col := textpos.LineCol(data, int(dec.InputOffset()))
		return nil, fmt.Errorf("line %d, column %d: unexpected data after the JSON value", line, col)
	}
	items, path, err := annotationsIn(top)
	if err != nil {
		return nil, err
	}
	set := &Set{}
	for i, item := range items {
		at := fmt.Sprintf("%s[%d]", path, i)
		if err := readAnnotation(set, at, item); err != nil {
			return nil, err
		}
	}
	return set, nil
}

// annotationsIn finds the list of annotations in a decoded file and the
// path to it, for messages.
func annotationsIn(top any) ([]any, string, error) {
	if list, ok := top.([]any); ok {
		return list, "", nil
	}
	obj, ok := top.(map[string]any)
	if !ok {
		return nil, "", errors.New("expected a JSON object (an AnnotationCollection) or an array of Annotations")
	}
	switch {
	case hasType(obj, "AnnotationCollection"):
		first, ok := obj["first"]
		if !ok || first == nil {
			return nil, "", nil // an empty collection
		}
		page, ok := first.(map[string]any)
		if !ok {
			return nil, "", errors.New("first: the first page must be embedded (a JSON object), not a link")
		}
		if next, ok := page["next"]; ok && next != nil {
			return nil, "", errors.New("first.next: collections of more than one page are not supported")
		}
		items, err := arrayField(page, "first", "items")
		return items, "first.items", err
	case hasType(obj, "AnnotationPage"):
		items, err := arrayField(obj, "", "items")
		return items, "items", err
	case hasType(obj, "Annotation"):
		return []any{obj}, "", nil
	}
	return nil, "", errors.New("type: expected AnnotationCollection, AnnotationPage or Annotation: not a notes export")
}

func arrayField(obj map[string]any, at, key string) ([]any, error) {
	v, ok := obj[key]
	if !ok || v == nil {
		return nil, nil
	}
	list, ok := v.([]any)
	if !ok {
		return nil, fmt.Errorf("%s: expected an array", join(at, key))
	}
	return list, nil
}

// hasType reports whether a JSON-LD object's "type" is, or includes, want.
func hasType(obj map[string]any, want string) bool {
	for _, t := range stringOrList(obj["type"]) {
		if t == want {
			return true
		}
	}
	return false
}

func stringOrList(v any) []string {
	switch v := v.(type) {
	case string:
		return []string{v}
	case []any:
		var out []string
		for _, x := range v {
			if s, ok := x.(string); ok {
				out = append(out, s)
			}
		}
		return out
	}
	return nil
}

func join(at, key string) string {
	if at == "" {
		return key
	}
	return at + "." + key
}

// readAnnotation adds the note or star that item describes to set.
func readAnnotation(set *Set, at string, item any) error {
	obj, ok := item.(map[string]any)
	if !ok {
		return fmt.Errorf("%s: expected an Annotation object", at)
	}
	if !hasType(obj, "Annotation") {
		return fmt.Errorf("%s.type: expected Annotation", at)
	}
	id, err := urnField(obj, at, "id")
	if err != nil {
		return err
	}
	created, err := timeField(obj, at, "created", time.Time{})
	if err != nil {
		return err
	}
	modified, err := timeField(obj, at, "modified", created)
	if err != nil {
		return err
	}
	if modified.Before(created) {
		return fmt.Errorf("%s.modified: before created", at)
	}
	target, err := readTarget(obj, at)
	if err != nil {
		return err
	}
	motivations := stringOrList(obj["motivation"])
	if len(motivations) > 1 {
		return fmt.Errorf("%s.motivation: more than one motivation", at)
	}
	switch m := append(motivations, "")[0]; m {
	case "bookmarking":
		set.Stars = append(set.Stars, Star{Target: target, Created: created, Updated: modified})
		return nil
	case "", "commenting", "describing", "tagging":
	default:
		return fmt.Errorf("%s.motivation: %q is not one Newsline reads (commenting, tagging, bookmarking)", at, timeline.Clip(m))
	}
	n := Note{ID: id, Target: target, Created: created, Updated: modified}
	if err := readBodies(&n, obj, at); err != nil {
		return err
	}
	set.Notes = append(set.Notes, n)
	return nil
}

func readBodies(n *Note, obj map[string]any, at string) error {
	var bodies []any
	switch b := obj["body"].(type) {
	case nil:
	case []any:
		bodies = b
	case map[string]any:
		bodies = []any{b}
	default:
		return fmt.Errorf("%s.body: expected TextualBody objects (a body given by link is not supported)", at)
	}
	if v, ok := obj["bodyValue"]; ok {
		bodies = append(bodies, map[string]any{"value": v, "purpose": "commenting"})
	}
	hasText := false
	var tags []string
	for i, b := range bodies {
		bat := fmt.Sprintf("%s.body[%d]", at, i)
		body, ok := b.(map[string]any)
		if !ok {
			return fmt.Errorf("%s: expected a TextualBody object", bat)
		}
		if _, ok := body["type"]; ok && !hasType(body, "TextualBody") {
			return fmt.Errorf("%s.type: expected TextualBody", bat)
		}
		value, ok := body["value"].(string)
		if !ok {
			return fmt.Errorf("%s.value: expected a string", bat)
		}
		purposes := stringOrList(body["purpose"])
		switch p := append(purposes, "")[0]; p {
		case "tagging":
			tags = append(tags, value)
		case "", "commenting", "describing":
			if hasText {
				return fmt.Errorf("%s: a second commenting body: a note has one text", bat)
			}
			if err := checkText(value); err != nil {
				return fmt.Errorf("%s.value: %w", bat, err)
			}
			n.Text, hasText = value, true
		default:
			return fmt.Errorf("%s.purpose: %q is not one Newsline reads (commenting, tagging)", bat, timeline.Clip(p))
		}
	}
	var err error
	if n.Tags, err = NormalizeTags(tags); err != nil {
		return fmt.Errorf("%s.body: %w", at, err)
	}
	return nil
}

func readTarget(obj map[string]any, at string) (Target, error) {
	at += ".target"
	var t Target
	raw := obj["target"]
	if list, ok := raw.([]any); ok {
		// Several targets: the passage in the article (as WriteJSON
		// writes it, or Hypothesis) and the one Newsline reads, named by
		// its urn:uuid:.
		var ours []int
		for i, x := range list {
			if _, err := urnField(map[string]any{"source": sourceOf(x)}, "", "source"); err == nil {
				ours = append(ours, i)
			}
		}
		switch len(ours) {
		case 0:
			return t, fmt.Errorf("%s: no target is a Newsline event or entity (a urn:uuid: source)", at)
		case 1:
			raw, at = list[ours[0]], fmt.Sprintf("%s[%d]", at, ours[0])
		default:
			return t, fmt.Errorf("%s: %d targets are Newsline events or entities; a note has one", at, len(ours))
		}
	}
	var tobj map[string]any
	switch v := raw.(type) {
	case string:
		tobj = map[string]any{"source": v}
	case map[string]any:
		tobj = v
	default:
		return t, fmt.Errorf("%s: expected an object with a source", at)
	}
	var err error
	if t.ID, err = urnField(tobj, at, "source"); err != nil {
		return t, err
	}
	t.Kind = KindEvent
	if k, _ := tobj["schema:additionalType"].(string); k == string(KindEntity) {
		t.Kind = KindEntity
	}
	strs := []struct {
		key string
		to  *string
	}{{"schema:name", &t.Title}, {"schema:temporal", &t.Date.Human}}
	for _, f := range strs {
		if v, ok := tobj[f.key]; ok {
			s, ok := v.(string)
			if !ok {
				return t, fmt.Errorf("%s.%s: expected a string", at, f.key)
			}
			if err := checkText(s); err != nil {
				return t, fmt.Errorf("%s.%s: %w", at, f.key, err)
			}
			*f.to = s
		}
	}
	points := []struct {
		key string
		to  *timeline.Point
	}{{"schema:startDate", &t.Date.Start}, {"schema:endDate", &t.Date.End}}
	for _, f := range points {
		s, _ := tobj[f.key].(string)
		if *f.to, err = timeline.ParsePoint(s); err != nil {
			return t, fmt.Errorf("%s.%s: %v", at, f.key, err)
		}
	}
	if part, ok := tobj["dcterms:isPartOf"].(map[string]any); ok {
		if t.DocID, err = urnField(part, at+".dcterms:isPartOf", "id"); err != nil {
			return t, err
		}
		t.DocTitle, _ = part["schema:name"].(string)
		if err := checkText(t.DocTitle); err != nil {
			return t, fmt.Errorf("%s.dcterms:isPartOf: %w", at, err)
		}
	}
	return t, nil
}

// sourceOf returns a target's source: the target itself when it is a
// string, else its "source".
func sourceOf(target any) any {
	if obj, ok := target.(map[string]any); ok {
		return obj["source"]
	}
	return target
}

// urnField reads a urn:uuid: (or bare UUID) field.
func urnField(obj map[string]any, at, key string) (uuid.UUID, error) {
	s, ok := obj[key].(string)
	if !ok {
		return uuid.Nil, fmt.Errorf("%s: expected a urn:uuid: string", join(at, key))
	}
	id, err := uuid.Parse(strings.TrimPrefix(s, urnPrefix))
	if err != nil || id == uuid.Nil || strings.HasPrefix(s, "{") {
		return uuid.Nil, fmt.Errorf("%s: %q is not a urn:uuid: of a UUID", join(at, key), timeline.Clip(s))
	}
	return id, nil
}

// timeField reads an RFC 3339 time; def is used when the field is missing
// and not zero.
func timeField(obj map[string]any, at, key string, def time.Time) (time.Time, error) {
	v, ok := obj[key]
	if !ok && !def.IsZero() {
		return def, nil
	}
	s, ok := v.(string)
	if !ok {
		return time.Time{}, fmt.Errorf("%s: expected a date and time such as 2026-01-06T09:30:00Z", join(at, key))
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil || t.Year() < 1 || t.Year() > 9999 {
		return time.Time{}, fmt.Errorf("%s: %q is not a date and time such as 2026-01-06T09:30:00Z", join(at, key), timeline.Clip(s))
	}
	return t.UTC().Truncate(time.Millisecond), nil
}

func jsonError(data []byte, err error) error {
	var syntax *json.SyntaxError
	switch {
	case errors.As(err, &syntax):
		// Offset counts the bytes read, the bad one included.
		line, col := textpos.LineCol(data, int(syntax.Offset)-1)
		return fmt.Errorf("line %d, column %d: malformed JSON: %v", line, col, syntax)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return errors.New("truncated: the JSON ends before it is complete")
	}
	return err
}
