package cli

import (
	"fmt"

	"newsline/timeline"
	"newsline/timeline/synth"
)

var genCommand = &Command{
	Name:    "gen",
	Usage:   "--events N [--seed S] [-o FILE]",
	Summary: "write a synthetic timeline document (for tests and benchmarks)",
	Help: `Generates a valid timeline document of N synthetic events spread over the
ten years up to 6 January 2026, clustered in bursts like real news, in
every lane, with periods, undated and month- or year-precision events,
entities, quotes and articles that the evidence points into. The same N
and seed always give the same document. Writes to standard output, or
atomically to FILE with -o.`,
	Run: runGen,
}

func runGen(env *Env, c *Command, args []string) error {
	fs := c.FlagSet()
	events := fs.Int("events", 0, "number of events `N` (required)")
	seed := fs.Uint64("seed", 1, "random seed `S`")
	out := fs.String("o", "", "write to `FILE` instead of standard output")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return Usagef("unexpected argument %q", rest[0])
	}
	if *events <= 0 {
		return Usagef("--events N is required and must be positive")
	}
	if *events > 10_000_000 {
		return Usagef("--events %d is too many (at most 10,000,000)", *events)
	}
	doc := synth.Generate(synth.Options{Events: *events, Seed: *seed})
	if err := doc.Validate(); err != nil {
		return fmt.Errorf("generated an invalid document (a bug): %w", err)
	}
	if *out != "" {
		return timeline.Save(*out, doc)
	}
	data, err := timeline.Format(doc)
	if err != nil {
		return err
	}
	_, err = env.Stdout.Write(data)
	return err
}
