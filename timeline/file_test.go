package timeline

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/google/uuid"
)

// sampleDocument is a small document using every feature of the format.
func sampleDocument() *Document {
	id := func(n byte) uuid.UUID { return uuid.UUID{0x10, n, 0, 0, 0, 0, 0x40, 0, 0x80, 0, 0, 0, 0, 0, 0, n} }
	text := "On Saturday Zelenskyy said “peace is near”. Talks have run since November."
	art := Article{ID: id(1), Title: "Talks", Publisher: "Wire", URL: "https://example.com/a", Published: DayPoint(2026, 1, 6), Text: text}
	span := func(s string) Span {
		i := strings.Index(text, s)
		return Span{Article: art.ID, Start: i, End: i + len(s), Text: s}
	}
	return &Document{
		ID:       id(0),
		Title:    "Sample <&> “quoted”",
		Articles: []Article{art},
		Entities: []Entity{
			{ID: id(2), Kind: Person, Name: "Volodymyr Zelenskyy", Aliases: []string{"Zelensky"}, Role: "President of Ukraine"},
			{ID: id(3), Kind: Organisation, Name: "Wire"},
		},
		Events: []Event{
			{
				ID: id(4), Title: "Zelenskyy speaks", Short: "Zelenskyy", Summary: "He says peace is near.",
				Date:     Date{Start: DayPoint(2026, 1, 3), Expression: "Saturday", Resolution: "the Saturday before publication"},
				Lane:     LaneStatement,
				Entities: []uuid.UUID{id(2)},
				Quotes:   []uuid.UUID{id(6)},
				Evidence: []Span{span("On Saturday Zelenskyy said “peace is near”.")},
				Related:  []Relation{{Event: id(5), Label: "during"}},
			},
			{
				ID: id(5), Title: "Talks", Lane: "back-channel",
				Date:     Date{Start: MonthPoint(2025, 11), End: DayPoint(2026, 1, 6), Approximate: true, Expression: "since November"},
				Evidence: []Span{span("Talks have run since November.")},
			},
			{ID: id(7), Title: "Undated", Lane: LaneContext, Date: Date{After: YearPoint(2025), Before: DayPoint(2026, 1, 6)}},
		},
		Quotes: []Quote{{ID: id(6), Text: "peace is near", Speaker: id(2), Audience: id(3), Event: id(4), Span: span("peace is near")}},
	}
}

func TestFormatParseRoundTrip(t *testing.T) {
	doc := sampleDocument()
	if err := doc.Validate(); err != nil {
		t.Fatalf("sample document invalid: %v", err)
	}
	data, err := Format(doc)
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse(Format(doc)): %v\n%s", err, data)
	}
	again, err := Format(back)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Fatalf("Format(Parse(b)) != b:\n%s\n---\n%s", data, again)
	}
	// The model too: nothing lost or changed on the way.
	if got, want := describeDoc(back), describeDoc(doc); got != want {
		t.Fatalf("round trip changed the document:\n%s\nwant\n%s", got, want)
	}
	if !strings.Contains(string(data), "“peace is near”") || strings.Contains(string(data), `\u003c`) {
		t.Error("Format should write UTF-8 and <&> as they are")
	}
}

// describeDoc renders a document in a comparable form.
func describeDoc(doc *Document) string {
	data, _ := Format(doc)
	return string(data) + "|" + doc.Events[1].Date.Start.Time.String()
}

func TestSaveLoad(t *testing.T) {
	path := filepath.Join(t.TempDir(), "doc.json")
	doc := sampleDocument()
	if err := Save(path, doc); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if describeDoc(back) != describeDoc(doc) {
		t.Fatal("Save then Load changed the document")
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("Save left temporary files: %v", entries)
	}
}

func TestLoadErrorsNameTheFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "broken.json")
	os.WriteFile(path, []byte("{\n  \"format\": \"newsline-timeline\",\n  \"version\": 1,\n  \"id\": 7\n}"), 0o644)
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "line 4") {
		t.Fatalf("Load error %v should name %s and line 4", err, path)
	}
	_, err = Load(filepath.Join(dir, "missing.json"))
	if !errors.Is(err, os.ErrNotExist) {
		t.Fatalf("missing file: %v", err)
	}
}

// mutate returns the sample document's canonical JSON with old replaced by
// new, once.
func mutate(t *testing.T, old, new string) []byte {
	t.Helper()
	data, err := Format(sampleDocument())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		t.Fatalf("sample lacks %q", old)
	}
	return bytes.Replace(data, []byte(old), []byte(new), 1)
}

func TestParseReportsProblemsWithTheirPlace(t *testing.T) {
	const (
		entity = "10020000-0000-4000-8000-000000000002"
		quote  = "10060000-0000-4000-8000-000000000006"
		event5 = "10050000-0000-4000-8000-000000000005"
		art    = "10010000-0000-4000-8000-000000000001"
	)
	ghost := "99990000-0000-4000-8000-000000000099"
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"unknown entity", mutate(t, `"entities": [
        "`+entity, `"entities": [
        "`+ghost), `events[0].entities[0]: unknown entity "` + ghost + `"`},
		{"unknown related event", mutate(t, `"event": "`+event5, `"event": "`+ghost), `events[0].related[0].event: unknown event`},
		{"bad id", mutate(t, `"id": "`+entity, `"id": "not-a-uuid`), `entities[0].id: invalid ID "not-a-uuid"`},
		{"upper-case id", mutate(t, `"id": "`+entity, `"id": "10020000-0000-4000-8000-00000000000A`), `entities[0].id: invalid ID`},
		{"duplicate id", mutate(t, `"id": "`+entity, `"id": "`+art), `entities[0].id: ID ` + art + ` is already used by article articles[0].id`},
		{"bad date", mutate(t, `"start": "2026-01-03"`, `"start": "2026-02-30"`), `events[0].date.start: invalid date "2026-02-30"`},
		{"end before start", mutate(t, `"end": "2026-01-06"`, `"end": "2025-10-06"`), `events[1].date: end 2025-10-06 is before start 2025-11`},
		{"span outside", mutate(t, `"start": 0,`, `"start": -4,`), `events[0].evidence[0]: bytes [-4,`},
		{"span mismatch", mutate(t, `near”."`, `near”!"`), `events[0].evidence[0]: text "On Saturday Zelenskyy said “peace is near”!" does not match the article there`},
		{"span cuts a character", mutate(t, `"end": 47`, `"end": 45`), `cut a character in two`},
		{"quote not listed", mutate(t, `"quotes": [
        "`+quote+`"
      ],`, ``), `quotes[0].event: event ` + "10040000-0000-4000-8000-000000000004" + ` does not list this quote`},
		{"unknown speaker", mutate(t, `"speaker": "`+entity, `"speaker": "`+ghost), `quotes[0].speaker: unknown entity`},
		{"unknown kind", mutate(t, `"kind": "person"`, `"kind": "robot"`), `entities[0].kind: unknown kind "robot"`},
		{"bad lane", mutate(t, `"lane": "statement"`, `"lane": "Statement!"`), `events[0].lane: invalid lane "Statement!"`},
		{"empty title", mutate(t, `"title": "Zelenskyy speaks"`, `"title": " "`), `events[0].title: empty`},
		{"unknown field", mutate(t, `"summary":`, `"summry":`), `line 37, column 7: events[0].summry: unknown field "summry"`},
		{"wrong type", mutate(t, `"version": 1`, `"version": "1"`), `line 3, column 14: version: expected a number, found JSON string`},
		{"truncated", mutate(t, `"quotes": [`, `"quotes": [{"id": "`)[:900], `truncated`},
		{"not ours", mutate(t, `"format": "newsline-timeline"`, `"format": "geojson"`), `not a Newsline timeline`},
		{"newer", mutate(t, `"version": 1`, `"version": 2`), `format version 2 is newer than this Newsline reads (1)`},
		{"newer with new fields", mutate(t, `"version": 1,`, `"version": 3, "colour": "red",`), `format version 3 is newer`},
		{"trailing data", append(mutate(t, `"version": 1`, `"version": 1`), "{}"...), `line 110, column 1: malformed JSON: invalid character '{' after top-level value`},
		{"invalid UTF-8", mutate(t, `Zelenskyy speaks`, "Zelenskyy \xff speaks"), `invalid UTF-8`},
		{"not JSON", []byte("\x00\x01binary"), `line 1, column 1: malformed JSON`},
		{"empty", nil, `truncated`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse(tt.data)
			if err == nil {
				t.Fatalf("Parse accepted it")
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %q\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

func TestValidationErrorLists(t *testing.T) {
	doc := sampleDocument()
	doc.Events[0].Entities = append(doc.Events[0].Entities, uuid.New(), doc.Entities[0].ID)
	doc.Events[1].Title = ""
	err := doc.Validate()
	var ve *ValidationError
	if !errors.As(err, &ve) || len(ve.Problems) != 3 {
		t.Fatalf("want 3 problems, got %v", err)
	}
	paths := []string{ve.Problems[0].Path, ve.Problems[1].Path, ve.Problems[2].Path}
	want := []string{"events[0].entities[1]", "events[0].entities[2]", "events[1].title"}
	for i := range want {
		if !strings.Contains(strings.Join(paths, " "), want[i]) {
			t.Errorf("problems %v lack %s", paths, want[i])
		}
	}
}

func TestHugeProblemListIsBounded(t *testing.T) {
	doc := sampleDocument()
	for i := 0; i < 500; i++ {
		doc.Events = append(doc.Events, Event{ID: uuid.New(), Lane: LaneContext})
	}
	err := doc.Validate()
	if err == nil || !strings.Contains(err.Error(), "and 450 more problems") {
		t.Fatalf("error should be bounded: %.200v", err)
	}
}

func FuzzParse(f *testing.F) {
	data, _ := Format(sampleDocument())
	f.Add(data)
	f.Add([]byte(`{"format":"newsline-timeline","version":1}`))
	f.Add([]byte(`{"format":"newsline-timeline","version":1,"events":[{"evidence":[{"start":-1,"end":99999999999}]}]}`))
	f.Add([]byte(`[[[[[[[[[[[[[[[[[[[[[[[[[[[`))
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Parse(data)
		if err != nil {
			return
		}
		// Whatever parses must format and parse back to itself.
		out, err := Format(doc)
		if err != nil {
			t.Fatal(err)
		}
		back, err := Parse(out)
		if err != nil {
			t.Fatalf("formatted document does not parse: %v", err)
		}
		out2, _ := Format(back)
		if !bytes.Equal(out, out2) {
			t.Fatal("format is not stable")
		}
	})
}

func TestParseCanonicalUUID(t *testing.T) {
	for _, s := range []string{"3f1c2a9e-5b7d-4c1e-9a2b-8d7e6f5a4b3c", "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff"} {
		id, ok := parseCanonicalUUID([]byte(`"` + s + `"`))
		if !ok || id.String() != s {
			t.Errorf("parseCanonicalUUID(%q) = %v, %v", s, id, ok)
		}
	}
	for _, s := range []string{`"3F1C2A9E-5B7D-4C1E-9A2B-8D7E6F5A4B3C"`, `"{3f1c2a9e-5b7d-4c1e-9a2b-8d7e6f5a4b3c}"`, `"3f1c2a9e5b7d4c1e9a2b8d7e6f5a4b3c"`,
		`"3f1c2a9e-5b7d-4c1e-9a2b_8d7e6f5a4b3c"`, `3f1c2a9e-5b7d-4c1e-9a2b-8d7e6f5a4b3c`, `"3f1c2a9e-5b7d-4c1e-9a2b-8d7e6f5a4b3g"`, `""`, `null`} {
		if id, ok := parseCanonicalUUID([]byte(s)); ok {
			t.Errorf("parseCanonicalUUID(%s) accepted it: %v", s, id)
		}
	}
}

// BenchmarkLoad measures reading a large generated-like document: the
// sample's events repeated with fresh IDs.
func BenchmarkLoad(b *testing.B) {
	doc := sampleDocument()
	base := doc.Events[2]
	for i := 0; i < 100000; i++ {
		ev := base
		ev.ID = uuid.New()
		ev.Title = fmt.Sprintf("Event %d", i)
		doc.Events = append(doc.Events, ev)
	}
	path := filepath.Join(b.TempDir(), "big.json")
	if err := Save(path, doc); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(path); err != nil {
			b.Fatal(err)
		}
	}
}

// TestBackgroundRoundTrip: a background event keeps its mark through the
// file; an event that is not one writes nothing, as documents did before.
func TestBackgroundRoundTrip(t *testing.T) {
	doc := sampleDocument()
	plain, err := Format(doc)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(plain, []byte(`"background"`)) {
		t.Error("an event that is not background writes the field")
	}
	doc.Events[0].Background = true
	b, err := Format(doc)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(`"background": true`)) {
		t.Fatalf("the background mark is not written:\n%s", b)
	}
	back, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	if !back.Events[0].Background {
		t.Error("the background mark is lost on reading")
	}
	if again, _ := Format(back); !bytes.Equal(again, b) {
		t.Error("the document does not round-trip")
	}
}

// TestWriteFileAtomicKeepsWhatIsThere: writing over a link writes its
// target and keeps the link; an existing file keeps its permissions; a
// pipe (as /dev/stdout or /dev/null would be) stays a pipe and receives the
// data, where renaming a file over it would replace it.
func TestWriteFileAtomicKeepsWhatIsThere(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "doc.json")
	if err := os.WriteFile(target, []byte("old"), 0o600); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFileAtomic(link, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link is no longer a link: %v, %v", fi.Mode(), err)
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Errorf("target holds %q, want %q", got, "new")
	}
	if err := WriteFileAtomic(target, []byte("newer"), 0o644); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Stat(target); err != nil || fi.Mode().Perm() != 0o600 {
		t.Errorf("target mode %v, want 0600 kept: %v", fi.Mode().Perm(), err)
	}

	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	// The reader opens first, without waiting for a writer, so that the
	// write neither blocks nor, were the pipe replaced, leaves it waiting.
	fd, err := syscall.Open(fifo, syscall.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		t.Fatal(err)
	}
	reader := os.NewFile(uintptr(fd), fifo)
	defer reader.Close()
	if err := WriteFileAtomic(fifo, []byte("through the pipe"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, err := io.ReadAll(reader); string(b) != "through the pipe" {
		t.Errorf("the pipe's reader got %q (%v)", b, err)
	}
	if fi, err := os.Lstat(fifo); err != nil || fi.Mode()&os.ModeNamedPipe == 0 {
		t.Errorf("the pipe was replaced: mode %v, %v", fi.Mode(), err)
	}
	if err := WriteFileAtomic(dir, []byte("x"), 0o644); err == nil || !strings.Contains(err.Error(), "is a directory") {
		t.Errorf("writing over a directory: %v", err)
	}
}
