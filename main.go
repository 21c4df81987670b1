// Newsline shows the events of a news article as an interactive timeline
// with linked detail cards.
//
// Without a sub-command it opens the window; sub-commands work on the
// command line. Run "newsline --help" for the list. The command line is
// package newsline/internal/cli.
package main

import (
	"os"

	_ "newsline/internal/localefix" // before Fyne initialises: see its doc

	"newsline/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
