package notes

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/google/uuid"
)

// BenchmarkAdd measures adding a note durably: one transaction, committed
// and synced, per note. NORMAL is for comparison only: it does not sync
// each commit.
func BenchmarkAdd(b *testing.B) {
	for _, sync := range []string{"FULL", "NORMAL"} {
		b.Run("synchronous="+sync, func(b *testing.B) {
			s, err := open(filepath.Join(b.TempDir(), FileName), options{synchronous: sync})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			target := Target{ID: uuid.New(), Kind: KindEvent, Title: "benchmark"}
			for b.Loop() {
				if _, err := s.Add(ctx, target, "a note of ordinary length, a sentence or two about the event", []string{"tag"}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkEditUnchanged measures an auto-save when nothing changed.
func BenchmarkEditUnchanged(b *testing.B) {
	s := openTest(b)
	n := mustAdd(b, s, Target{ID: uuid.New(), Kind: KindEvent, Title: "t"}, "text", "tag")
	for b.Loop() {
		if _, err := s.Edit(ctx, n.ID, n.Text, n.Tags); err != nil {
			b.Fatal(err)
		}
	}
}

// bigStores caches bigStore's stores: building 100,000 notes takes longer
// than what the benchmarks measure.
var bigStores = map[int]*Store{}

// bigStore returns a store with one note on each of n events. Its folder
// is removed by TestMain.
func bigStore(b *testing.B, n int) *Store {
	b.Helper()
	if s := bigStores[n]; s != nil {
		return s
	}
	dir, err := os.MkdirTemp("", "notes-bench-")
	if err != nil {
		b.Fatal(err)
	}
	benchDirs = append(benchDirs, dir)
	s, err := Open(dir)
	if err != nil {
		b.Fatal(err)
	}
	set := &Set{}
	t0 := time.Date(2026, 1, 6, 9, 0, 0, 0, time.UTC)
	for i := range n {
		t := t0.Add(time.Duration(i) * time.Millisecond)
		set.Notes = append(set.Notes, Note{
			ID:     uuid.Must(uuid.NewV7()),
			Target: Target{ID: uuid.New(), Kind: KindEvent, Title: fmt.Sprint("event ", i)},
			Text:   fmt.Sprintf("note %d on an event, with a few words to search", i),
			Tags:   []string{"tag", fmt.Sprint("t", i%100)}, Created: t, Updated: t,
		})
	}
	if _, err := s.Merge(ctx, set); err != nil {
		b.Fatal(err)
	}
	bigStores[n] = s
	return s
}

// BenchmarkOverview measures what the window reads to mark, filter and
// search the timeline: the overview of 1,000 and of 100,000 annotated
// events.
func BenchmarkOverview(b *testing.B) {
	for _, n := range []int{1_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s := bigStore(b, n)
			for b.Loop() {
				o, err := s.Overview(ctx)
				if err != nil || o.Len() != n {
					b.Fatal(o.Len(), err)
				}
			}
		})
	}
}

// BenchmarkSnapshot100k measures listing every note of 100,000 events.
func BenchmarkSnapshot100k(b *testing.B) {
	s := bigStore(b, 100_000)
	b.ResetTimer()
	for b.Loop() {
		set, err := s.Snapshot(ctx)
		if err != nil || len(set.Notes) != 100_000 {
			b.Fatal(err)
		}
	}
}

// BenchmarkNotesOf measures reading one card's notes among 100,000.
func BenchmarkNotesOf(b *testing.B) {
	s := bigStore(b, 100_000)
	set := snapshotB(b, s)
	target := set.Notes[50_000].Target.ID
	b.ResetTimer()
	for b.Loop() {
		if ns, err := s.NotesOf(ctx, target); err != nil || len(ns) != 1 {
			b.Fatal(err)
		}
	}
}

// BenchmarkExport10k measures each export of 10,000 notes.
func BenchmarkExport10k(b *testing.B) {
	s := bigStore(b, 10_000)
	set := snapshotB(b, s)
	doc := seed(b)
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			for b.Loop() {
				if err := Export(io.Discard, f, set, Options{Doc: doc}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkOpen measures opening a database of 100,000 notes, quick
// check included.
func BenchmarkOpen(b *testing.B) {
	path := bigStore(b, 100_000).Path()
	for b.Loop() {
		s, err := OpenFile(path)
		if err != nil {
			b.Fatal(err)
		}
		s.Close()
	}
}

// BenchmarkImport10k measures reading and merging a 10,000-note export.
func BenchmarkImport10k(b *testing.B) {
	set := snapshotB(b, bigStore(b, 10_000))
	var buf bytes.Buffer
	if err := WriteJSON(&buf, set, Options{}); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		read, err := ReadJSON(buf.Bytes())
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		s := openTest(b)
		b.StartTimer()
		if _, err := s.Merge(ctx, read); err != nil {
			b.Fatal(err)
		}
	}
}

func snapshotB(b *testing.B, s *Store) *Set {
	b.Helper()
	set, err := s.Snapshot(ctx)
	if err != nil {
		b.Fatal(err)
	}
	return set
}
