package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"newsline/internal/textpos"
	"newsline/timeline/timex"
	"newsline/timeline/timex/tempeval"
)

func init() {
	register(&command{
		name:    "dates",
		usage:   "--published YYYY-MM-DD [FILE]",
		summary: "find the dates and times in a news text",
		help: `Reads UTF-8 text from FILE (standard input without FILE) and prints one JSON
object per line for each temporal expression found, in text order:

  {"start":…,"end":…,"text":"…","type":"DATE","value":"2026-01-03","mod":"…","explanation":"…"}

start and end are byte offsets into the input (end exclusive); type is DATE,
TIME, DURATION or SET; value is the TIMEX3 value resolved against the
publication date ("2026-01-03", "2025-11", "2026-W02", "P3M", "PRESENT_REF",
…); mod (when there is one) and explanation say how it was resolved.
An empty input prints nothing and succeeds. Input that is not UTF-8 or looks
binary (it holds NUL bytes) is refused.`,
		run: runDates,
	})
	register(&command{
		name:    "eval-dates",
		usage:   "[--errors] DIR...",
		summary: "score the date tagger on TimeML (.tml) corpora",
		hidden:  true,
		help: `Tags the text of every .tml file in each DIR against its creation date and
scores the result the TempEval-3 way: strict (same span) and relaxed
(overlapping span) precision, recall and F1, and value and type F1 (relaxed F1
times the share of relaxed matches with the right value or type). Prints one
line per DIR and the total, with the tagger's throughput; the last line reads
"relaxedF1=… strictF1=… valueF1=… typeF1=…". With --errors, first lists every
miss (MISS), difference (DIFF) and false positive (FP).`,
		run: runEvalDates,
	})
}

func runDates(env *cmdEnv, args []string) error {
	c := commands["dates"]
	fs := newFlagSet(c)
	published := fs.String("published", "", "publication date `YYYY-MM-DD` that relative expressions are resolved against")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return helpOr(env, c, fs, err)
	}
	if *published == "" {
		return usagef("--published YYYY-MM-DD is required")
	}
	pub, err := time.Parse("2006-01-02", *published)
	if err != nil {
		return usagef("--published: want a date as YYYY-MM-DD, got %q", *published)
	}
	if len(rest) > 1 {
		return usagef("unexpected argument %q", rest[1])
	}
	name, in := "standard input", env.stdin
	// Read into a strings.Builder, whose String does not copy: a big input
	// is held once.
	var text strings.Builder
	if len(rest) == 1 {
		f, err := os.Open(rest[0])
		if err != nil {
			return err // *PathError names the file: "open x: no such file or directory"
		}
		defer f.Close()
		info, err := f.Stat()
		if err != nil {
			return err
		}
		if info.IsDir() {
			return fmt.Errorf("%s is a directory, not a text file", rest[0])
		}
		if info.Mode().IsRegular() {
			text.Grow(int(info.Size()) + 1)
		}
		name, in = rest[0], f
	}
	if _, err := io.Copy(&text, in); err != nil {
		if len(rest) == 1 {
			return err // a *PathError: "read FILE: …"
		}
		return fmt.Errorf("read standard input: %w", err)
	}
	if err := checkText(text.String()); err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	w := bufio.NewWriter(env.stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, t := range timex.Tag(text.String(), pub) {
		if err := enc.Encode(dateJSON{t.Start, t.End, t.Text, string(t.Type), t.Value, t.Mod, t.Explanation}); err != nil {
			return err
		}
	}
	return w.Flush()
}

// dateJSON is one line of "dates" output; the field order is the contract.
type dateJSON struct {
	Start       int    `json:"start"`
	End         int    `json:"end"`
	Text        string `json:"text"`
	Type        string `json:"type"`
	Value       string `json:"value"`
	Mod         string `json:"mod,omitempty"`
	Explanation string `json:"explanation,omitempty"`
}

// checkText refuses input that is not text: NUL bytes (binary files) or
// invalid UTF-8, saying where.
func checkText(data string) error {
	if i := strings.IndexByte(data, 0); i >= 0 {
		line, col := textpos.LineCol([]byte(data), i)
		return fmt.Errorf("looks binary: NUL byte at offset %d (line %d, column %d)", i, line, col)
	}
	return textpos.CheckUTF8([]byte(data))
}

func runEvalDates(env *cmdEnv, args []string) error {
	c := commands["eval-dates"]
	fs := newFlagSet(c)
	listErrors := fs.Bool("errors", false, "list every miss, difference and false positive")
	dirs, err := parseFlags(fs, args)
	if err != nil {
		return helpOr(env, c, fs, err)
	}
	if len(dirs) == 0 {
		return usagef("no corpus directory given")
	}
	var errs io.Writer
	if *listErrors {
		errs = env.stdout
	}
	var total tempeval.Result
	var results []tempeval.Result
	for _, dir := range dirs {
		r, err := tempeval.EvaluateDir(dir, tagForEval, errs)
		if err != nil {
			return err
		}
		results = append(results, r)
		total.Counts.Add(r.Counts)
		total.Bytes += r.Bytes
		total.Tagged += r.Tagged
	}
	w := env.stdout
	fmt.Fprintf(w, "%-24s %5s %5s %5s  %7s %7s %7s %7s  %8s\n", "corpus", "files", "gold", "found", "strict", "relaxed", "value", "type", "MB/s")
	line := func(name string, r tempeval.Result) {
		s := r.Counts.Scores()
		fmt.Fprintf(w, "%-24s %5d %5d %5d  %7.2f %7.2f %7.2f %7.2f  %8.1f\n", name, r.Counts.Files, r.Counts.Gold, r.Counts.System,
			100*s.StrictF1, 100*s.RelaxedF1, 100*s.ValueF1, 100*s.TypeF1, r.Throughput())
	}
	for _, r := range results {
		line(filepath.Base(r.Dir), r)
	}
	if len(results) > 1 {
		line("total", total)
	}
	fmt.Fprintln(w, total.Counts.Scores().Summary())
	return nil
}

// tagForEval adapts the tagger to the evaluator.
func tagForEval(text string, published time.Time) []tempeval.Timex {
	found := timex.Tag(text, published)
	out := make([]tempeval.Timex, len(found))
	for i, t := range found {
		out[i] = tempeval.Timex{Start: t.Start, End: t.End, Text: t.Text, Type: string(t.Type), Value: t.Value}
	}
	return out
}
