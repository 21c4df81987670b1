package app

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsline/app/timelineview"
	"newsline/timeline"
	"newsline/timeline/synth"
)

// BenchmarkOpenDocument measures opening a document of 100,000 events:
// load and validate the file, index it, and lay out the timeline the
// first time. BenchmarkOpenWindow does the same for the whole window:
// timeline, card, article and search index. Both report the peak resident
// memory of the process while opening (Linux) the first time, the file
// generated beforehand and its memory returned to the system.
func BenchmarkOpenDocument(b *testing.B) {
	benchmarkOpen(b, func(b *testing.B, doc *timeline.Document) func() {
		tv := timelineview.New(timeline.NewIndex(doc))
		w := test.NewWindow(tv)
		w.SetPadded(false)
		w.Resize(fyne.NewSize(1600, 600))
		return w.Close
	})
}

func BenchmarkOpenWindow(b *testing.B) {
	benchmarkOpen(b, func(b *testing.B, doc *timeline.Document) func() {
		// Drained: the search index is built in the open, as before the
		// runner (when it was built synchronously in tests).
		q := NewQueueRunner()
		u := New(fyne.CurrentApp(), doc, Options{Runner: q})
		u.Window.Resize(fyne.NewSize(1600, 1000))
		q.Drain()
		return u.Window.Close
	})
}

// benchmarkOpen times loading a generated 100,000-event document and then
// open, which shows it and returns how to close it.
func benchmarkOpen(b *testing.B, open func(*testing.B, *timeline.Document) func()) {
	const n = 100000
	path := filepath.Join(b.TempDir(), "doc.json")
	if err := timeline.Save(path, synth.Generate(synth.Options{Events: n, Seed: 1})); err != nil {
		b.Fatal(err)
	}
	b.Run(fmt.Sprintf("events=%d", n), func(b *testing.B) {
		newTestApp(b, lightTheme)
		b.ReportAllocs()
		var load, show time.Duration
		var live uint64
		var peak int64
		for b.Loop() {
			// Each open starts from a clean process: the last document's
			// garbage collected and returned, the high-water mark reset.
			b.StopTimer()
			runtime.GC()
			debug.FreeOSMemory()
			resetPeakRSS()
			b.StartTimer()
			t0 := time.Now()
			doc, err := timeline.Load(path)
			if err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			closeIt := open(b, doc)
			t2 := time.Now()
			load, show = load+t1.Sub(t0), show+t2.Sub(t1)
			b.StopTimer()
			if live == 0 {
				// What an open document keeps, once the garbage is gone.
				runtime.GC()
				var ms runtime.MemStats
				runtime.ReadMemStats(&ms)
				live = ms.HeapAlloc
			}
			if peak == 0 {
				// Only the first open runs in a clean process: Fyne's
				// renderer cache keeps a closed window's widgets (and
				// through them the document) for a while.
				peak = peakRSS()
			}
			// Close the document before opening the next, as the app does:
			// the peak is that of one open, not of several held at once.
			closeIt()
			b.StartTimer()
		}
		// Where the time goes, in ms per open.
		n := float64(b.N)
		b.ReportMetric(float64(load.Milliseconds())/n, "load-ms")
		b.ReportMetric(float64(show.Milliseconds())/n, "show-ms")
		b.ReportMetric(float64(live)/(1<<20), "live-MB")
		if peak > 0 {
			b.ReportMetric(float64(peak)/(1<<20), "peak-RSS-MB")
		}
	})
}

// resetPeakRSS resets the kernel's high-water mark of this process's
// resident memory (Linux ≥ 4.0); elsewhere it does nothing.
func resetPeakRSS() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

// peakRSS returns the high-water mark of resident memory in bytes, or 0
// where /proc does not tell.
func peakRSS() int64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}
