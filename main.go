// Newsline shows the events of a news article as an interactive timeline
// with linked detail cards.
//
// Without a sub-command it opens the window; sub-commands work on the
// command line. Run "newsline --help" for the list.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	_ "newsline/internal/localefix" // before Fyne initialises: see its doc

	"newsline/app"
	"newsline/assets"
	"newsline/timeline/notes"
)

// appID is the Fyne application ID; preferences and storage live under it.
const appID = "app.newsline.desktop"

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes a command line and returns the exit status: 0 on success,
// 1 on failure, 2 on a usage error.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	env := &cmdEnv{stdin: stdin, stdout: stdout, stderr: stderr}
	fs := flag.NewFlagSet("newsline", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	fs.StringVar(&env.global.doc, "doc", "", "open the timeline document `FILE` instead of the built-in seed")
	fs.StringVar(&env.global.data, "data", os.Getenv("NEWSLINE_DATA"), "keep notes in `DIR` (default $NEWSLINE_DATA, else the user data directory)")
	version := fs.Bool("version", false, "print the version and exit")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			writeMainHelp(stdout, fs)
			return 0
		}
		fmt.Fprintf(stderr, "newsline: %v\nRun 'newsline --help' for usage.\n", err)
		return 2
	}
	if *version {
		fmt.Fprintln(stdout, "newsline", Version)
		return 0
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return report(stderr, nil, openWindow(env))
	}
	name := rest[0]
	if name == "help" {
		if len(rest) > 1 {
			if c, ok := commands[rest[1]]; ok {
				return runCommand(env, c, []string{"--help"})
			}
		}
		writeMainHelp(stdout, fs)
		return 0
	}
	c, ok := commands[name]
	if !ok {
		fmt.Fprintf(stderr, "newsline: unknown command %q\nRun 'newsline --help' for the list of commands.\n", name)
		return 2
	}
	return runCommand(env, c, rest[1:])
}

func runCommand(env *cmdEnv, c *command, args []string) int {
	err := c.run(env, args)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	return report(env.stderr, c, err)
}

// report prints err the way every command does and returns the exit status.
func report(stderr io.Writer, c *command, err error) int {
	if err == nil {
		return 0
	}
	var ue usageError
	if errors.As(err, &ue) {
		fmt.Fprintf(stderr, "newsline: %v\n", err)
		if c != nil {
			fmt.Fprintf(stderr, "Usage: newsline %s %s\nRun 'newsline %s --help' for details.\n", c.name, c.usage, c.name)
		}
		return 2
	}
	fmt.Fprintf(stderr, "newsline: %v\n", err)
	return 1
}

func writeMainHelp(w io.Writer, fs *flag.FlagSet) {
	fmt.Fprint(w, `Newsline shows the events of a news article as an interactive timeline with
linked detail cards.

Usage:
  newsline [global flags]                 open the window
  newsline [global flags] COMMAND [args]  run a command

Commands:
`)
	for _, c := range sortedCommands() {
		fmt.Fprintf(w, "  %-12s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, "\nGlobal flags:\n")
	fs.SetOutput(w)
	fs.PrintDefaults()
	fs.SetOutput(io.Discard)
	fmt.Fprint(w, "\nRun 'newsline COMMAND --help' for a command's flags and details.\n")
}

// openWindow starts the GUI. It is the only place that needs a display.
func openWindow(env *cmdEnv) error {
	doc, err := loadDocument(env.global.doc)
	if err != nil {
		return err
	}
	// Without notes the timeline still opens; the cards say why notes are
	// off (a damaged or newer database is left untouched).
	store, notesErr := notes.Open(env.global.data)
	if store != nil {
		defer store.Close()
	}
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("newsline.png", assets.IconPNG))
	ui := app.New(a, doc, app.Options{Notes: store, NotesError: notesErr, Path: env.global.doc})
	if notesErr != nil {
		fmt.Fprintf(env.stderr, "newsline: %v\n", notesErr)
	}
	ui.Window.ShowAndRun()
	return nil
}
