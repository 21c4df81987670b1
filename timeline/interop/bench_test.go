package interop

import (
	"bytes"
	"testing"

	"newsline/timeline/synth"
)

// The benchmarks use a synthetic document of 10,000 events, far more than
// TimelineJS itself shows comfortably.
func benchDoc(b *testing.B, f Format) []byte {
	b.Helper()
	doc := synth.Generate(synth.Options{Events: 10_000, Seed: 1})
	var buf bytes.Buffer
	if _, err := Export(&buf, f, doc, Options{Time: exportTime}); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

func benchmarkWrite(b *testing.B, f Format) {
	doc := synth.Generate(synth.Options{Events: 10_000, Seed: 1})
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if _, err := Export(&buf, f, doc, Options{Time: exportTime}); err != nil {
			b.Fatal(err)
		}
		b.SetBytes(int64(buf.Len()))
	}
}

func BenchmarkWriteTimelineJS(b *testing.B)  { benchmarkWrite(b, TimelineJS) }
func BenchmarkWriteTimelineCSV(b *testing.B) { benchmarkWrite(b, TimelineCSV) }
func BenchmarkWriteICS(b *testing.B)         { benchmarkWrite(b, ICalendar) }

func BenchmarkReadTimelineJS(b *testing.B) {
	data := benchDoc(b, TimelineJS)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ReadTimelineJS(data, "bench"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkReadTimelineCSV(b *testing.B) {
	data := benchDoc(b, TimelineCSV)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := ReadTimelineCSV(data, "bench"); err != nil {
			b.Fatal(err)
		}
	}
}
