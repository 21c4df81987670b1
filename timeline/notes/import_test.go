package notes

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"newsline/timeline"
)

// TestReadJSONErrors feeds malformed and hostile files to ReadJSON and
// checks that each is refused with a message naming the place.
func TestReadJSONErrors(t *testing.T) {
	const ann = `{"type":"Annotation","id":"urn:uuid:0194b2c4-0000-7000-8000-000000000001","created":"2026-01-06T10:00:00Z","target":"urn:uuid:0194b2c4-0000-7000-8000-000000000002"`
	coll := func(items string) string {
		return `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationCollection","first":{"type":"AnnotationPage","items":[` + items + `]}}`
	}
	tests := []struct {
		name, data, want string
	}{
		{"empty", ``, "truncated"},
		{"not JSON", `hello`, "line 1, column 1: malformed JSON"},
		{"syntax error on line 3", "{\n\"type\": \"AnnotationCollection\",\n\"first\": [,]}", "line 3, column"},
		{"truncated", `{"type":"AnnotationCollection","first":{"items":[`, "truncated"},
		{"trailing data", `[] []`, "unexpected data after"},
		{"not UTF-8", "[\"\xff\"]", "not UTF-8"},
		{"a number", `42`, "expected a JSON object"},
		{"wrong type", `{"type":"Person"}`, "type: expected AnnotationCollection"},
		{"first by link", `{"type":"AnnotationCollection","first":"http://x/page1"}`, "first: the first page must be embedded"},
		{"more pages", `{"type":"AnnotationCollection","first":{"items":[],"next":{"items":[]}}}`, "first.next"},
		{"items not a list", `{"type":"AnnotationCollection","first":{"items":{}}}`, "first.items: expected an array"},
		{"item not an object", coll(`"x"`), "first.items[0]: expected an Annotation"},
		{"item of another type", coll(`{"type":"Note"}`), "first.items[0].type"},
		{"bad id", coll(`{"type":"Annotation","id":"urn:uuid:nope"}`), `first.items[0].id: "urn:uuid:nope" is not`},
		{"nil id", coll(`{"type":"Annotation","id":"urn:uuid:00000000-0000-0000-0000-000000000000"}`), "first.items[0].id"},
		{"missing created", coll(`{"type":"Annotation","id":"urn:uuid:0194b2c4-0000-7000-8000-000000000001"}`), "first.items[0].created: expected a date"},
		{"bad created", coll(`{"type":"Annotation","id":"urn:uuid:0194b2c4-0000-7000-8000-000000000001","created":"yesterday"}`), `first.items[0].created: "yesterday"`},
		{"modified before created", coll(ann + `,"modified":"2025-01-01T00:00:00Z"}`), "first.items[1-1].modified"},
		{"no target", coll(`{"type":"Annotation","id":"urn:uuid:0194b2c4-0000-7000-8000-000000000001","created":"2026-01-06T10:00:00Z"}`), "first.items[0].target: expected an object"},
		{"bad source", coll(ann[:strings.Index(ann, `"target"`)] + `"target":{"source":"http://example.com"}}`), "first.items[0].target.source"},
		{"two targets", coll(ann[:strings.Index(ann, `"target"`)] + `"target":["urn:uuid:0194b2c4-0000-7000-8000-000000000002","urn:uuid:0194b2c4-0000-7000-8000-000000000003"]}`), "first.items[0].target: 2 targets are Newsline events or entities; a note has one"},
		{"only a web page", coll(ann[:strings.Index(ann, `"target"`)] + `"target":[{"source":"https://example.org/a","selector":{"type":"TextQuoteSelector","exact":"x"}}]}`), "first.items[0].target: no target is a Newsline event or entity"},
		{"a bad second target", coll(ann[:strings.Index(ann, `"target"`)] + `"target":[{"source":"https://example.org/a"},{"source":"urn:uuid:0194b2c4-0000-7000-8000-000000000002","schema:name":7}]}`), "first.items[0].target[1].schema:name: expected a string"},
		{"bad date", coll(ann[:strings.Index(ann, `"target"`)] + `"target":{"source":"urn:uuid:0194b2c4-0000-7000-8000-000000000002","schema:startDate":"2026-13-01"}}`), "target.schema:startDate: invalid date"},
		{"title not a string", coll(ann[:strings.Index(ann, `"target"`)] + `"target":{"source":"urn:uuid:0194b2c4-0000-7000-8000-000000000002","schema:name":7}}`), "target.schema:name: expected a string"},
		{"unknown motivation", coll(ann + `,"motivation":"editing"}`), `first.items[0].motivation: "editing"`},
		{"body by link", coll(ann + `,"body":"http://x/comment"}`), "first.items[0].body: expected TextualBody"},
		{"body value not a string", coll(ann + `,"body":[{"type":"TextualBody","value":1}]}`), "first.items[0].body[0].value: expected a string"},
		{"body of another type", coll(ann + `,"body":[{"type":"Image","value":"x"}]}`), "first.items[0].body[0].type"},
		{"two texts", coll(ann + `,"body":[{"value":"a"},{"value":"b","purpose":"commenting"}]}`), "first.items[0].body[1]: a second commenting body"},
		{"unknown purpose", coll(ann + `,"body":[{"value":"a","purpose":"moderating"}]}`), `body[0].purpose: "moderating"`},
		{"text too long", coll(ann + `,"body":[{"value":"` + strings.Repeat("x", MaxTextBytes+1) + `"}]}`), "first.items[0].body[0].value: invalid note: note is 4.0 MB"},
		{"too many tags", coll(ann + `,"body":[` + strings.Repeat(`{"value":"t","purpose":"tagging"},`, 0) + manyTags() + `]}`), "first.items[0].body: invalid note"},
		{"deep nesting", strings.Repeat("[", 100000) + strings.Repeat("]", 100000), "exceeded max depth"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.want = strings.ReplaceAll(tt.want, "[1-1]", "[0]")
			set, err := ReadJSON([]byte(tt.data))
			if err == nil {
				t.Fatalf("accepted: %d notes", len(set.Notes))
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %q does not say %q", timeline.Clip(err.Error()), tt.want)
			}
		})
	}
}

func manyTags() string {
	var b strings.Builder
	for i := range MaxTags + 1 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`{"value":"t` + strings.Repeat("x", i) + `","purpose":"tagging"}`)
	}
	return b.String()
}

// TestReadJSONForms reads the shapes of Web Annotation that other tools
// write.
func TestReadJSONForms(t *testing.T) {
	const one = `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:uuid:0194b2c4-0000-7000-8000-000000000001","type":"Annotation",
		"created":"2026-01-06T10:00:00.123456Z","bodyValue":"plain body",
		"target":"urn:uuid:0194b2c4-0000-7000-8000-000000000002"}`
	tests := []struct {
		name, data string
		notes      int
	}{
		{"single annotation", one, 1},
		{"array", "[" + one + "," + strings.Replace(one, "01\"", "03\"", 1) + "]", 2},
		{"page", `{"type":"AnnotationPage","items":[` + one + `]}`, 1},
		{"empty collection", `{"type":"AnnotationCollection","total":0}`, 0},
		{"type list", strings.Replace(one, `"type":"Annotation"`, `"type":["Annotation","Extra"]`, 1), 1},
		{"the article's passage, then the event", strings.Replace(one, `"target":"urn:uuid:0194b2c4-0000-7000-8000-000000000002"`,
			`"target":[{"type":"SpecificResource","source":"https://example.org/a","selector":{"type":"TextQuoteSelector","exact":"x"}},{"source":"urn:uuid:0194b2c4-0000-7000-8000-000000000002"}]`, 1), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			set, err := ReadJSON([]byte(tt.data))
			if err != nil {
				t.Fatal(err)
			}
			if len(set.Notes) != tt.notes {
				t.Fatalf("%d notes, want %d", len(set.Notes), tt.notes)
			}
			if tt.notes > 0 {
				n := set.Notes[0]
				if n.Text != "plain body" || n.Target.Kind != KindEvent || !n.Updated.Equal(n.Created) || n.Target.ID != uuid.MustParse("0194b2c4-0000-7000-8000-000000000002") ||
					!n.Created.Equal(time.Date(2026, 1, 6, 10, 0, 0, 123e6, time.UTC)) {
					t.Errorf("note %+v", n)
				}
			}
		})
	}
}

func TestReadJSONFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "bad.json")
	os.WriteFile(path, []byte("{\n  oops\n}"), 0o644)
	_, err := ReadJSONFile(path)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "line 2, column 3") {
		t.Errorf("error %v does not name the file and place", err)
	}
	if _, err := ReadJSONFile(filepath.Join(dir, "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Errorf("missing file: %v", err)
	}
}

// TestImportNewerWins exports from two stores that share notes and edited
// them at different times, and imports each into the other: both end with
// the newest version of every note.
func TestImportNewerWins(t *testing.T) {
	a, doc := fixture(t)
	var buf bytes.Buffer
	if err := WriteJSON(&buf, snapshot(t, a), Options{Doc: doc}); err != nil {
		t.Fatal(err)
	}
	b := openTest(t)
	b.now = func() time.Time { return time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC) } // later than a's clock
	read, err := ReadJSON(buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.Merge(ctx, read); err != nil {
		t.Fatal(err)
	}
	first, second := read.Notes[0], read.Notes[1]
	if _, err := b.Edit(ctx, first.ID, "edited on b, later", first.Tags); err != nil {
		t.Fatal(err)
	}
	if _, err := a.Edit(ctx, second.ID, "edited on a", second.Tags); err != nil {
		t.Fatal(err)
	}
	exchange := func(from, to *Store) {
		var buf bytes.Buffer
		if err := WriteJSON(&buf, snapshot(t, from), Options{Doc: doc}); err != nil {
			t.Fatal(err)
		}
		set, err := ReadJSON(buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := to.Merge(ctx, set); err != nil {
			t.Fatal(err)
		}
	}
	exchange(a, b)
	exchange(b, a)
	for _, s := range []*Store{a, b} {
		for id, want := range map[uuid.UUID]string{first.ID: "edited on b, later", second.ID: "edited on a"} {
			n, err := s.Note(ctx, id)
			if err != nil || n.Text != want {
				t.Errorf("note %s reads %q (%v), want %q", id, n.Text, err, want)
			}
		}
	}
	compareSets(t, snapshot(t, a), snapshot(t, b))
}
