package notes

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"newsline/assets"
	"newsline/timeline"
)

var ctx = context.Background()

// testClock is a clock that moves one second per reading, so that tests
// see distinct, predictable times.
type testClock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *testClock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Second)
	return c.t
}

func newClock() *testClock {
	return &testClock{t: time.Date(2026, 1, 6, 9, 0, 0, 0, time.UTC)}
}

// openTest opens a store in a new folder with a test clock.
func openTest(t testing.TB) *Store {
	t.Helper()
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	s.now = newClock().now
	t.Cleanup(func() { s.Close() })
	return s
}

func seed(t testing.TB) *timeline.Document {
	t.Helper()
	doc, err := assets.Seed()
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// eventTarget returns the target of the seed's i-th event in timeline order.
func eventTarget(t testing.TB, doc *timeline.Document, i int) Target {
	t.Helper()
	x := timeline.NewIndex(doc)
	return EventTarget(doc, &doc.Events[x.Order[i]])
}

func TestAddEditDeleteRestore(t *testing.T) {
	s := openTest(t)
	doc := seed(t)
	target := eventTarget(t, doc, 2)

	n, err := s.Add(ctx, target, "first\nsecond line", []string{"#Follow up", "follow-up", "Venezuela"})
	if err != nil {
		t.Fatal(err)
	}
	if n.ID.Version() != 7 {
		t.Errorf("note ID %s is version %d, want 7", n.ID, n.ID.Version())
	}
	if want := []string{"Follow-up", "Venezuela"}; !slices.Equal(n.Tags, want) {
		t.Errorf("tags = %q, want %q", n.Tags, want)
	}
	got, err := s.Note(ctx, n.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !equalNotes(got, n) {
		t.Errorf("read back %+v, want %+v", got, n)
	}

	gen, _ := s.Generation(ctx)
	same, err := s.Edit(ctx, n.ID, n.Text, n.Tags)
	if err != nil {
		t.Fatal(err)
	}
	if gen2, _ := s.Generation(ctx); gen2 != gen || !same.Updated.Equal(n.Updated) {
		t.Errorf("an edit that changes nothing wrote: generation %d → %d, updated %v → %v", gen, gen2, n.Updated, same.Updated)
	}

	edited, err := s.Edit(ctx, n.ID, "changed", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !edited.Updated.After(n.Updated) || !edited.Created.Equal(n.Created) || len(edited.Tags) != 0 {
		t.Errorf("edit: %+v", edited)
	}

	deleted, err := s.Delete(ctx, n.ID)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Note(ctx, n.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("after delete, Note: %v, want ErrNotFound", err)
	}
	if _, err := s.Delete(ctx, n.ID); !errors.Is(err, ErrNotFound) {
		t.Errorf("second delete: %v, want ErrNotFound", err)
	}
	if _, err := s.Edit(ctx, n.ID, "x", nil); !errors.Is(err, ErrNotFound) {
		t.Errorf("edit of a deleted note: %v, want ErrNotFound", err)
	}
	if err := s.Restore(ctx, deleted); err != nil {
		t.Fatal(err)
	}
	back, err := s.Note(ctx, n.ID)
	if err != nil {
		t.Fatal(err)
	}
	if !equalNotes(back, edited) {
		t.Errorf("restored %+v, want %+v", back, edited)
	}
	list, err := s.NotesOf(ctx, target.ID)
	if err != nil || len(list) != 1 {
		t.Errorf("NotesOf = %d notes, %v; want 1", len(list), err)
	}
}

func equalNotes(a, b Note) bool {
	return a.ID == b.ID && a.Target == b.Target && a.Text == b.Text && slices.Equal(a.Tags, b.Tags) &&
		a.Created.Equal(b.Created) && a.Updated.Equal(b.Updated)
}

func TestNotesOfOrderAndTargets(t *testing.T) {
	s := openTest(t)
	doc := seed(t)
	ev := eventTarget(t, doc, 0)
	ent := EntityTarget(doc, &doc.Entities[0])
	var want []uuid.UUID
	for i := range 5 {
		n, err := s.Add(ctx, ev, fmt.Sprint("note ", i), nil)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, n.ID)
	}
	if _, err := s.Add(ctx, ent, "about an entity", nil); err != nil {
		t.Fatal(err)
	}
	list, err := s.NotesOf(ctx, ev.ID)
	if err != nil {
		t.Fatal(err)
	}
	var got []uuid.UUID
	for _, n := range list {
		got = append(got, n.ID)
	}
	if !slices.Equal(got, want) {
		t.Errorf("NotesOf order = %v, want %v", got, want)
	}
	es, err := s.NotesOf(ctx, ent.ID)
	if err != nil || len(es) != 1 || es[0].Target.Kind != KindEntity || es[0].Target.Title != doc.Entities[0].Name {
		t.Errorf("entity notes = %+v, %v", es, err)
	}
}

// TestTextRoundTrip stores hostile and unusual text and reads it back
// byte for byte.
func TestTextRoundTrip(t *testing.T) {
	s := openTest(t)
	target := eventTarget(t, seed(t), 1)
	for name, text := range hostileTexts() {
		t.Run(name, func(t *testing.T) {
			n, err := s.Add(ctx, target, text, []string{"t"})
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Note(ctx, n.ID)
			if err != nil {
				t.Fatal(err)
			}
			if got.Text != text {
				t.Errorf("text changed: %d bytes in, %d out", len(text), len(got.Text))
			}
		})
	}
}

// hostileTexts are note texts that every part of the package must carry
// or escape.
func hostileTexts() map[string]string {
	return map[string]string{
		"empty":      "",
		"script":     `<script>alert("x")</script><img src=x onerror=alert(1)>`,
		"formula":    `=HYPERLINK("http://evil.example","click")`,
		"plus":       "+1+2",
		"minus":      "-2+3",
		"at":         "@SUM(A1)",
		"tab":        "\t=1+1",
		"cr":         "\r=1+1\r\nline",
		"emoji":      "🇺🇦 👍🏽 👨‍👩‍👧 — «ça»",
		"rtl":        "عربي: مرحبا بالعالم\nעברית: שלום \u202Eevil\u202C",
		"nul":        "before\x00after\x00",
		"controls":   "bell\a esc\x1b[31m red del\x7f c1\u0085\u0090",
		"markdown":   "# heading\n- item\n1. one\n> quote\n```\ncode\n```\n---\n[link](javascript:alert(1)) **bold** #tag %%hidden%% ==mark== $x$",
		"yaml":       "---\nkey: value\n...\n\"quoted\" 'single' \\ back",
		"html-ish":   "&lt;b&gt; &amp; </section></main><!-- -->",
		"separators": "line\u2028para\u2029bom\ufeff",
		"megabyte":   strings.Repeat("1 MB of text, ", (1<<20)/14),
		"csv":        "a,b;\"c\"\n\"\"",
		"indent":     "    four spaces\n\ttab",
	}
}

func TestInvalidInput(t *testing.T) {
	s := openTest(t)
	target := eventTarget(t, seed(t), 0)
	tests := []struct {
		name   string
		target Target
		text   string
		tags   []string
	}{
		{"invalid UTF-8", target, "a\xffb", nil},
		{"too long", target, strings.Repeat("x", MaxTextBytes+1), nil},
		{"tag not UTF-8", target, "x", []string{"\xff"}},
		{"tag too long", target, "x", []string{strings.Repeat("t", MaxTagBytes+1)}},
		{"too many tags", target, "x", func() []string {
			var tags []string
			for i := range MaxTags + 1 {
				tags = append(tags, fmt.Sprint("t", i))
			}
			return tags
		}()},
		{"no target ID", Target{Kind: KindEvent}, "x", nil},
		{"bad kind", Target{ID: uuid.New(), Kind: "article"}, "x", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := s.Add(ctx, tt.target, tt.text, tt.tags); !errors.Is(err, ErrInvalid) {
				t.Errorf("Add: %v, want ErrInvalid", err)
			}
		})
	}
	set, err := s.Snapshot(ctx)
	if err != nil || len(set.Notes) != 0 {
		t.Errorf("after invalid adds: %d notes, %v", len(set.Notes), err)
	}
}

func TestNormalizeTags(t *testing.T) {
	tests := []struct {
		in, want []string
	}{
		{nil, []string{}},
		{[]string{"", "  ", "#"}, []string{}},
		{[]string{"#urgent", "Urgent", "URGENT"}, []string{"urgent"}},
		{[]string{"follow up", "follow\tup", " follow  up "}, []string{"follow-up"}},
		{[]string{"Zelenskyy", "zelénskyy"}, []string{"Zelenskyy"}},
		{[]string{"a\x00b", "c\nd"}, []string{"a-b", "c-d"}},
		{[]string{"=HYPERLINK(x)", "<b>"}, []string{"=HYPERLINK(x)", "<b>"}},
	}
	for _, tt := range tests {
		got, err := NormalizeTags(tt.in)
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("NormalizeTags(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestStars(t *testing.T) {
	s := openTest(t)
	target := eventTarget(t, seed(t), 4)
	for _, step := range []struct {
		on, want bool
	}{{true, true}, {true, true}, {false, false}, {false, false}, {true, true}} {
		if err := s.SetStar(ctx, target, step.on); err != nil {
			t.Fatal(err)
		}
		if got, err := s.Starred(ctx, target.ID); err != nil || got != step.want {
			t.Errorf("after SetStar(%v): Starred = %v, %v", step.on, got, err)
		}
	}
	set, err := s.Snapshot(ctx)
	if err != nil || len(set.Stars) != 1 || set.Stars[0].Target != target {
		t.Errorf("Snapshot stars = %+v, %v", set.Stars, err)
	}
	n, err := s.AddStarred(ctx, eventTarget(t, seed(t), 5), "starred at once", nil)
	if err != nil {
		t.Fatal(err)
	}
	if on, _ := s.Starred(ctx, n.Target.ID); !on {
		t.Error("AddStarred did not star")
	}
}

func TestOverview(t *testing.T) {
	s := openTest(t)
	doc := seed(t)
	a, b, c := eventTarget(t, doc, 0), eventTarget(t, doc, 1), eventTarget(t, doc, 2)
	mustAdd(t, s, a, "Meeting in Élysée palace", "Diplomacy")
	mustAdd(t, s, a, "second thought", "diplomacy", "urgent")
	if err := s.SetStar(ctx, b, true); err != nil {
		t.Fatal(err)
	}
	o, err := s.Overview(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if o.Len() != 2 {
		t.Errorf("Len = %d, want 2", o.Len())
	}
	tests := []struct {
		id                         uuid.UUID
		annotated, notes, starred  bool
		showAnnotated, showStarred bool
	}{
		{a.ID, true, true, false, true, false},
		{b.ID, true, false, true, true, true},
		{c.ID, false, false, false, false, false},
	}
	for i, tt := range tests {
		if o.Annotated(tt.id) != tt.annotated || o.HasNotes(tt.id) != tt.notes || o.Starred(tt.id) != tt.starred ||
			o.Show(tt.id, ShowAnnotated) != tt.showAnnotated || o.Show(tt.id, ShowStarred) != tt.showStarred || !o.Show(tt.id, ShowAll) {
			t.Errorf("target %d: wrong markers or filter", i)
		}
	}
	if sum, _ := o.Get(a.ID); sum.Notes != 2 || !slices.Equal(sum.Tags, []string{"Diplomacy", "urgent"}) {
		t.Errorf("summary of a = %+v", sum)
	}
	searches := []struct {
		query string
		want  bool
	}{
		{"elysee", true}, {"ÉLYSÉE palace", true}, {"#urgent", true}, {"urgent thought", true},
		{"#second", false}, {"missing", false},
	}
	for _, q := range searches {
		if got := o.Match(a.ID, timeline.NewMatcher(q.query)); got != q.want {
			t.Errorf("Match(%q) = %v, want %v", q.query, got, q.want)
		}
	}
	if o.Match(c.ID, timeline.NewMatcher("")) {
		t.Error("an unannotated target matched")
	}
}

func mustAdd(t testing.TB, s *Store, target Target, text string, tags ...string) Note {
	t.Helper()
	n, err := s.Add(ctx, target, text, tags)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestGenerationSeesOtherConnections(t *testing.T) {
	dir := t.TempDir()
	a, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	b, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	g1, err := a.Generation(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n := mustAdd(t, b, eventTarget(t, seed(t), 0), "from the other one")
	if g2, _ := a.Generation(ctx); g2 == g1 {
		t.Error("generation did not change after another store wrote")
	}
	if got, err := a.Note(ctx, n.ID); err != nil || got.Text != n.Text {
		t.Errorf("other store reads %q, %v", got.Text, err)
	}
}

func TestResolve(t *testing.T) {
	s := openTest(t)
	n := mustAdd(t, s, eventTarget(t, seed(t), 0), "x")
	m := mustAdd(t, s, eventTarget(t, seed(t), 0), "y")
	common := 0
	for common < 36 && n.ID.String()[common] == m.ID.String()[common] {
		common++
	}
	tests := []struct {
		in      string
		want    uuid.UUID
		wantErr error
	}{
		{n.ID.String(), n.ID, nil},
		{"urn:uuid:" + n.ID.String(), n.ID, nil},
		{strings.ToUpper(n.ID.String()[:common+1]), n.ID, nil},
		{n.ID.String()[:8], uuid.Nil, ErrAmbiguous},
		{"0123", uuid.Nil, ErrNotFound},
		{"ffffffff", uuid.Nil, ErrNotFound},
		{"not-hex!", uuid.Nil, ErrNotFound},
	}
	if common+1 < 8 {
		tests = tests[:2] // the IDs differ early; prefix cases do not apply
	}
	for _, tt := range tests {
		got, err := s.Resolve(ctx, tt.in)
		if got != tt.want || !errors.Is(err, tt.wantErr) {
			t.Errorf("Resolve(%q) = %v, %v; want %v, %v", tt.in, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestMerge(t *testing.T) {
	doc := seed(t)
	target := eventTarget(t, doc, 0)
	t0 := time.Date(2026, 1, 6, 9, 0, 0, 0, time.UTC)
	note := func(id uuid.UUID, text string, updated time.Time) Note {
		return Note{ID: id, Target: target, Text: text, Tags: []string{}, Created: t0, Updated: updated}
	}
	id := uuid.Must(uuid.NewV7())
	tests := []struct {
		name     string
		local    []Note
		deleteAt *time.Time // delete the local note at this time
		incoming Note
		want     MergeResult
		wantText string // "" for no note
	}{
		{"new", nil, nil, note(id, "in", t0), MergeResult{Added: 1}, "in"},
		{"newer wins", []Note{note(id, "old", t0)}, nil, note(id, "new", t0.Add(time.Minute)), MergeResult{Updated: 1}, "new"},
		{"older loses", []Note{note(id, "mine", t0.Add(time.Minute))}, nil, note(id, "theirs", t0), MergeResult{Unchanged: 1}, "mine"},
		{"same time keeps local", []Note{note(id, "mine", t0)}, nil, note(id, "theirs", t0), MergeResult{Unchanged: 1}, "mine"},
		{"sub-millisecond is not newer", []Note{note(id, "mine", t0)}, nil, note(id, "theirs", t0.Add(time.Microsecond)), MergeResult{Unchanged: 1}, "mine"},
		{"deleted stays deleted", []Note{note(id, "mine", t0)}, ptr(t0.Add(time.Hour)), note(id, "theirs", t0.Add(time.Minute)), MergeResult{Unchanged: 1}, ""},
		{"edited after deletion comes back", []Note{note(id, "mine", t0)}, ptr(t0.Add(time.Hour)), note(id, "theirs", t0.Add(2*time.Hour)), MergeResult{Updated: 1}, "theirs"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := openTest(t)
			if len(tt.local) > 0 {
				if _, err := s.Merge(ctx, &Set{Notes: tt.local}); err != nil {
					t.Fatal(err)
				}
			}
			if tt.deleteAt != nil {
				s.now = func() time.Time { return *tt.deleteAt }
				if _, err := s.Delete(ctx, id); err != nil {
					t.Fatal(err)
				}
			}
			got, err := s.Merge(ctx, &Set{Notes: []Note{tt.incoming}})
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Merge = %+v, want %+v", got, tt.want)
			}
			n, err := s.Note(ctx, id)
			switch {
			case tt.wantText == "" && !errors.Is(err, ErrNotFound):
				t.Errorf("note is there (%q, %v), want it deleted", n.Text, err)
			case tt.wantText != "" && n.Text != tt.wantText:
				t.Errorf("text = %q (%v), want %q", n.Text, err, tt.wantText)
			}
			// Merging the same again changes nothing.
			gen, _ := s.Generation(ctx)
			again, err := s.Merge(ctx, &Set{Notes: []Note{tt.incoming}})
			if gen2, _ := s.Generation(ctx); err != nil || again.Added+again.Updated != 0 || gen2 != gen {
				t.Errorf("second merge = %+v, %v (generation %d → %d)", again, err, gen, gen2)
			}
		})
	}
}

func ptr[T any](v T) *T { return &v }

func TestMergeStars(t *testing.T) {
	s := openTest(t)
	target := eventTarget(t, seed(t), 0)
	s.now = func() time.Time { return time.Date(2026, 1, 6, 12, 0, 0, 0, time.UTC) }
	if err := s.SetStar(ctx, target, true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStar(ctx, target, false); err != nil { // unstarred at 12:00:00.001
		t.Fatal(err)
	}
	older := Star{Target: target, Created: time.Date(2026, 1, 6, 11, 0, 0, 0, time.UTC), Updated: time.Date(2026, 1, 6, 11, 0, 0, 0, time.UTC)}
	if res, err := s.Merge(ctx, &Set{Stars: []Star{older}}); err != nil || res.Stars != 0 {
		t.Errorf("older star merged: %+v, %v", res, err)
	}
	if on, _ := s.Starred(ctx, target.ID); on {
		t.Error("an older star undid a later unstar")
	}
	newer := older
	newer.Updated = time.Date(2026, 1, 6, 13, 0, 0, 0, time.UTC)
	if res, err := s.Merge(ctx, &Set{Stars: []Star{newer}}); err != nil || res.Stars != 1 {
		t.Errorf("newer star: %+v, %v", res, err)
	}
	if on, _ := s.Starred(ctx, target.ID); !on {
		t.Error("a newer star was not merged")
	}
}

// TestMergeAllOrNothing checks that a merge with one bad note writes none.
func TestMergeAllOrNothing(t *testing.T) {
	s := openTest(t)
	target := eventTarget(t, seed(t), 0)
	now := time.Now()
	good := Note{ID: uuid.New(), Target: target, Text: "good", Created: now, Updated: now}
	bad := Note{ID: uuid.New(), Target: target, Text: "bad\xff", Created: now, Updated: now}
	if _, err := s.Merge(ctx, &Set{Notes: []Note{good, bad}}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("Merge: %v, want ErrInvalid", err)
	}
	if set, _ := s.Snapshot(ctx); len(set.Notes) != 0 {
		t.Errorf("%d notes written by a failed merge", len(set.Notes))
	}
}

func TestClockStepBack(t *testing.T) {
	s := openTest(t)
	n := mustAdd(t, s, eventTarget(t, seed(t), 0), "x")
	s.now = func() time.Time { return n.Updated.Add(-time.Hour) }
	e, err := s.Edit(ctx, n.ID, "y", nil)
	if err != nil {
		t.Fatal(err)
	}
	if !e.Updated.After(n.Updated) {
		t.Errorf("edit with the clock set back: updated %v, not after %v", e.Updated, n.Updated)
	}
}

func TestDataDir(t *testing.T) {
	home := func() (string, error) { return "/home/ann", nil }
	noHome := func() (string, error) { return "", errors.New("$HOME is not defined") }
	tests := []struct {
		goos string
		env  map[string]string
		home func() (string, error)
		want string // "" for an error
	}{
		{"linux", map[string]string{"XDG_DATA_HOME": "/xdg"}, home, "/xdg/newsline"},
		{"linux", map[string]string{"XDG_DATA_HOME": "relative"}, home, "/home/ann/.local/share/newsline"},
		{"freebsd", nil, home, "/home/ann/.local/share/newsline"},
		{"linux", nil, noHome, ""},
		{"darwin", map[string]string{"XDG_DATA_HOME": "/xdg"}, home, "/home/ann/Library/Application Support/Newsline"},
		{"windows", map[string]string{"AppData": `C:\Users\ann\AppData\Roaming`}, home, filepath.Join(`C:\Users\ann\AppData\Roaming`, "Newsline")},
		{"windows", nil, home, ""},
	}
	for _, tt := range tests {
		got, err := dataDir(tt.goos, func(k string) string { return tt.env[k] }, tt.home)
		if got != filepath.FromSlash(tt.want) || (tt.want == "") != (err != nil) {
			t.Errorf("dataDir(%s, %v) = %q, %v; want %q", tt.goos, tt.env, got, err, tt.want)
		}
	}
}

func TestOpenCreatesPrivateFolder(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "newsline")
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	fi, err := os.Stat(dir)
	if err != nil {
		t.Fatal(err)
	}
	if fi.Mode().Perm() != 0o700 {
		t.Errorf("folder mode %v, want 0700", fi.Mode().Perm())
	}
	var mode, sync string
	s.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
	s.db.QueryRow("PRAGMA synchronous").Scan(&sync)
	if mode != "wal" || sync != "2" {
		t.Errorf("journal_mode %s, synchronous %s; want wal, 2 (FULL)", mode, sync)
	}
}

// TestRefusedUntouched opens files that must be refused and checks that
// they are, with a helpful message, and that not a byte changed.
func TestRefusedUntouched(t *testing.T) {
	tests := []struct {
		name    string
		make    func(t *testing.T, path string)
		want    error
		message string
	}{
		{"text file", func(t *testing.T, path string) {
			os.WriteFile(path, []byte("these are my notes, not a database\n"), 0o600)
		}, ErrCorrupt, "recover"},
		{"truncated header", func(t *testing.T, path string) {
			os.WriteFile(path, []byte("SQLite format 3\x00\x10\x00"), 0o600)
		}, ErrCorrupt, "recover"},
		{"truncated database", func(t *testing.T, path string) {
			makeDatabase(t, path, 200)
			data, _ := os.ReadFile(path)
			os.WriteFile(path, data[:len(data)/2], 0o600)
		}, ErrCorrupt, "recover"},
		{"damaged page", func(t *testing.T, path string) {
			makeDatabase(t, path, 200)
			data, _ := os.ReadFile(path)
			pageSize := int(data[16])<<8 | int(data[17])
			for i := pageSize; i < 2*pageSize && i < len(data); i++ {
				data[i] = 0x5a
			}
			os.WriteFile(path, data, 0o600)
		}, ErrCorrupt, "recover"},
		{"another application's database", func(t *testing.T, path string) {
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			db.Exec("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER)")
			db.Exec("PRAGMA application_id = 42")
			db.Close()
		}, ErrCorrupt, "not Newsline's"},
		{"newer version", func(t *testing.T, path string) {
			makeDatabase(t, path, 3)
			db, err := sql.Open("sqlite", path)
			if err != nil {
				t.Fatal(err)
			}
			db.Exec("PRAGMA user_version = 99")
			db.Close()
		}, ErrNewer, "update Newsline"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			tt.make(t, path)
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s, err := Open(dir)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			t.Log(err)
			if !errors.Is(err, tt.want) {
				t.Errorf("Open: %v, want %v", err, tt.want)
			}
			for _, part := range []string{path, tt.message, "untouched", "--data"} {
				if !strings.Contains(err.Error(), part) {
					t.Errorf("message %q does not say %q", err, part)
				}
			}
			after, err := os.ReadFile(path)
			if err != nil || !bytes.Equal(before, after) {
				t.Errorf("the file changed (%d → %d bytes, %v)", len(before), len(after), err)
			}
		})
	}
}

// makeDatabase makes a notes database with n notes and closes it.
func makeDatabase(t *testing.T, path string, n int) {
	t.Helper()
	s, err := OpenFile(path)
	if err != nil {
		t.Fatal(err)
	}
	target := Target{ID: uuid.New(), Kind: KindEvent, Title: "t"}
	for i := range n {
		if _, err := s.Add(ctx, target, strings.Repeat(fmt.Sprint(i), 50), []string{"x"}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
}

// TestDiskFull fills the database to its size limit, which SQLite reports
// as a full disk, and checks that the failed note is not half-written and
// the earlier ones are intact.
func TestDiskFull(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	s, err := open(path, options{synchronous: "FULL", pragmas: []string{"max_page_count(40)"}})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	target := Target{ID: uuid.New(), Kind: KindEvent, Title: "t"}
	var saved []Note
	var full error
	for i := 0; i < 1000 && full == nil; i++ {
		n, err := s.Add(ctx, target, strings.Repeat("x", 3000), nil)
		if err != nil {
			full = err
			break
		}
		saved = append(saved, n)
	}
	t.Log(full)
	if !errors.Is(full, ErrDiskFull) {
		t.Fatalf("filling the database: %v, want ErrDiskFull", full)
	}
	for _, part := range []string{path, "full", "nothing was saved"} {
		if !strings.Contains(full.Error(), part) {
			t.Errorf("message %q does not say %q", full, part)
		}
	}
	set, err := s.Snapshot(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(set.Notes) != len(saved) {
		t.Errorf("%d notes in the database, %d acknowledged", len(set.Notes), len(saved))
	}
	if err := s.Check(ctx); err != nil {
		t.Error(err)
	}
}

func TestConcurrentOpenAndWrite(t *testing.T) {
	dir := t.TempDir()
	const writers, each = 4, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers)
	ids := make(chan uuid.UUID, writers*each)
	target := Target{ID: uuid.New(), Kind: KindEvent, Title: "t"}
	for w := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s, err := Open(dir) // every writer opens a new database at once
			if err != nil {
				errs <- err
				return
			}
			defer s.Close()
			for i := range each {
				n, err := s.Add(ctx, target, fmt.Sprint(w, "/", i), nil)
				if err != nil {
					errs <- err
					return
				}
				ids <- n.ID
			}
		}()
	}
	wg.Wait()
	close(errs)
	close(ids)
	for err := range errs {
		t.Error(err)
	}
	s, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	list, err := s.NotesOf(ctx, target.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != writers*each || len(ids) != writers*each {
		t.Errorf("%d notes stored, %d acknowledged; want %d", len(list), len(ids), writers*each)
	}
}

// creatingElsewhere is a querier that lets another process create the
// schema just before its second query, as a second Newsline opening a new
// database at the same moment may.
type creatingElsewhere struct {
	querier
	calls  int
	create func()
}

func (c *creatingElsewhere) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	if c.calls++; c.calls == 2 {
		c.create()
	}
	return c.querier.QueryRowContext(ctx, query, args...)
}

// TestCheckOneSnapshot: check reads a new database's marks in one
// snapshot, so another process creating the schema meanwhile never makes
// it look like someone else's database.
func TestCheckOneSnapshot(t *testing.T) {
	path := filepath.Join(t.TempDir(), FileName)
	reader, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	if _, err := reader.Exec("PRAGMA journal_mode=WAL"); err != nil { // the file, with no schema yet
		t.Fatal(err)
	}
	q := &creatingElsewhere{querier: reader, create: func() {
		s, err := OpenFile(path)
		if err != nil {
			t.Fatalf("the other process: %v", err)
		}
		s.Close()
	}}
	if err := check(ctx, q, path, true); err != nil {
		t.Errorf("check while another process creates the schema: %v", err)
	}
}

func TestMigrationsStepByStep(t *testing.T) {
	// A database at every older version opens and ends at the current one.
	for from := 0; from < len(migrations); from++ {
		path := filepath.Join(t.TempDir(), FileName)
		db, err := sql.Open("sqlite", path)
		if err != nil {
			t.Fatal(err)
		}
		for v := 0; v < from; v++ {
			if _, err := db.Exec(migrations[v]); err != nil {
				t.Fatal(err)
			}
		}
		db.Exec(fmt.Sprintf("PRAGMA user_version = %d", from))
		if from > 0 {
			db.Exec(fmt.Sprintf("PRAGMA application_id = %d", applicationID))
		}
		db.Close()
		s, err := OpenFile(path)
		if err != nil {
			t.Fatalf("from version %d: %v", from, err)
		}
		if v, _ := s.version(ctx, s.db); v != SchemaVersion {
			t.Errorf("from version %d: at %d, want %d", from, v, SchemaVersion)
		}
		s.Close()
	}
}

func TestDecodeTags(t *testing.T) {
	for _, tags := range [][]string{{}, {"a"}, {"a", "b"}, {`x","y`}, {"a,b", "c"}, {`back\slash`}, {"<b>&"}, {"ünï", "🇺🇦"}} {
		enc, err := json.Marshal(tags)
		if err != nil {
			t.Fatal(err)
		}
		if got := decodeTags(string(enc)); !slices.Equal(got, tags) || got == nil {
			t.Errorf("decodeTags(%s) = %q, want %q", enc, got, tags)
		}
	}
	for _, bad := range []string{"", "[", `["]`, "{}", `[1]`} {
		if got := decodeTags(bad); got != nil {
			t.Errorf("decodeTags(%q) = %q, want nil", bad, got)
		}
	}
}
