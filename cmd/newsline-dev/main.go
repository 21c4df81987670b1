// Command newsline-dev holds Newsline's developer tools, kept out of the
// released binary:
//
//	newsline-dev tlview-demo [--doc FILE] [--width W] [--height H]
//	newsline-dev eval-dates [--errors] DIR...
//	newsline-dev review --published YYYY-MM-DD ARTICLE
//
// tlview-demo shows the timeline widget alone in a window, under its own
// Fyne app ID so that it never reads or writes the real app's preferences.
// eval-dates scores the date tagger on TimeML corpora (make eval-dates).
// review prints an import's review as JSON, for scripts/eval-review.py
// (make eval-review).
// Run "newsline-dev --help" for the details; it is built and run with
// "go run -tags migrated_fynedo ./cmd/newsline-dev".
package main

import (
	"flag"
	"os"

	_ "newsline/internal/localefix" // before Fyne initialises: see its doc

	"newsline/internal/cli"
)

// devTools is the command line of newsline-dev.
var devTools = &cli.Program{
	Name:     "newsline-dev",
	About:    "Newsline's developer tools; they are not part of the newsline binary.",
	Commands: []*cli.Command{evalDatesCommand, reviewCommand, tlviewDemoCommand},
	Flags: func(fs *flag.FlagSet, env *cli.Env) {
		env.DocFlag(fs, "show")
	},
}

func main() {
	os.Exit(devTools.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
