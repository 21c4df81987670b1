package tempeval

import (
	"fmt"
	"io"
	"path/filepath"
	"time"
)

// A Tagger finds the temporal expressions of a text published on the
// given day.
type Tagger func(text string, published time.Time) []Timex

// A Result is the outcome of tagging the documents of one directory.
type Result struct {
	Dir    string
	Counts Counts
	Bytes  int           // text bytes tagged
	Tagged time.Duration // time spent in the tagger alone
}

// Throughput is the tagger's speed in megabytes (10^6 bytes) per second.
func (r Result) Throughput() float64 {
	if r.Tagged <= 0 {
		return 0
	}
	return float64(r.Bytes) / 1e6 / r.Tagged.Seconds()
}

// Published returns the publication day of a document: the date part of
// its creation time.
func (d *Document) Published() (time.Time, error) {
	if len(d.DCT) < 10 {
		return time.Time{}, fmt.Errorf("%s: no creation date (DCT %q)", d.Name, d.DCT)
	}
	t, err := time.Parse("2006-01-02", d.DCT[:10])
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: creation date: %w", d.Name, err)
	}
	return t, nil
}

// EvaluateDir tags every .tml file of dir (not recursive) and scores the
// result. When errs is not nil, every miss, difference and false positive
// is written to it.
func EvaluateDir(dir string, tag Tagger, errs io.Writer) (Result, error) {
	res := Result{Dir: dir}
	paths, err := filepath.Glob(filepath.Join(dir, "*.tml"))
	if err != nil {
		return res, err
	}
	if len(paths) == 0 {
		return res, fmt.Errorf("no .tml files in %s", dir)
	}
	for _, path := range paths {
		doc, err := ParseFile(path)
		if err != nil {
			return res, err
		}
		published, err := doc.Published()
		if err != nil {
			return res, err
		}
		start := time.Now()
		system := tag(doc.Text, published)
		res.Tagged += time.Since(start)
		res.Bytes += len(doc.Text)
		c, pairs, kept := Score(doc.Gold, system, len(doc.Text))
		res.Counts.Add(c)
		if errs != nil {
			WriteErrors(errs, doc.Name, doc.Gold, kept, pairs)
		}
	}
	return res, nil
}
