package main

import (
	"fmt"
	"io"
	"path/filepath"

	"newsline/internal/cli"
	"newsline/timeline/timex/tempeval"
)

var evalDatesCommand = &cli.Command{
	Name:    "eval-dates",
	Usage:   "[--errors] DIR...",
	Summary: "score the date tagger on TimeML (.tml) corpora",
	Help: `Tags the text of every .tml file in each DIR against its creation date and
scores the result the TempEval-3 way: strict (same span) and relaxed
(overlapping span) precision, recall and F1, and value and type F1 (relaxed F1
times the share of relaxed matches with the right value or type). Prints one
line per DIR and the total, with the tagger's throughput; the last line reads
"relaxedF1=… strictF1=… valueF1=… typeF1=…". With --errors, first lists every
miss (MISS), difference (DIFF) and false positive (FP).`,
	Run: runEvalDates,
}

func runEvalDates(env *cli.Env, c *cli.Command, args []string) error {
	fs := c.FlagSet()
	listErrors := fs.Bool("errors", false, "list every miss, difference and false positive")
	dirs, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(dirs) == 0 {
		return cli.Usagef("no corpus directory given")
	}
	var errs io.Writer
	if *listErrors {
		errs = env.Stdout
	}
	var total tempeval.Result
	var results []tempeval.Result
	for _, dir := range dirs {
		r, err := tempeval.EvaluateDir(dir, tempeval.TagTimex, errs)
		if err != nil {
			return err
		}
		results = append(results, r)
		total.Counts.Add(r.Counts)
		total.Bytes += r.Bytes
		total.Tagged += r.Tagged
	}
	w := env.Stdout
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
