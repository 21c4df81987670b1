// Package cli is Newsline's command line: "newsline" without a command
// opens the window, and its commands (events, export, render, notes,
// import, dates, gen) work on the command line. main calls Run and nothing else.
//
// A Program (command.go) parses the global flags, finds the command and
// reports errors the same way for every command: "newsline: …" on stderr,
// exit status 1, or 2 with the command's usage for a mistake in the
// command line. Each command is a Command value in its own file, listed in
// Commands; its Run receives the value itself, for its flag set and help.
// The developer tool cmd/newsline-dev is another Program built from the
// same parts.
//
// This package opens the real window, so it is the one package (with the
// developer tool) that imports Fyne's driver, fyne.io/fyne/v2/app; the UI
// packages it calls need no display in their tests.
package cli

import (
	"flag"
	"fmt"
	"io"
	"os"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"newsline/app"
	"newsline/assets"
	"newsline/timeline/interop"
	"newsline/timeline/notes"
)

// appID is the Fyne application ID, as in FyneApp.toml; preferences and
// storage live under it.
const appID = "app.newsline.desktop"

// newsline is the command line of the newsline binary.
var newsline = &Program{
	Name: "newsline",
	About: `Newsline shows the events of a news article as an interactive timeline with
linked detail cards.`,
	Version:        Version,
	Commands:       []*Command{datesCommand, eventsCommand, exportCommand, genCommand, importCommand, notesCommand, renderCommand},
	Default:        openWindow,
	DefaultSummary: "open the window",
	Flags: func(fs *flag.FlagSet, env *Env) {
		env.DocFlag(fs, "open")
		env.Data = os.Getenv("NEWSLINE_DATA")
		env.dataFlag(fs, "(default $NEWSLINE_DATA, else the user data directory)")
	},
}

// Run executes a newsline command line and returns the exit status: 0 on
// success, 1 on failure, 2 on a usage error.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return newsline.Run(args, stdin, stdout, stderr)
}

// openWindow starts the GUI. It is the only place that needs a display.
func openWindow(env *Env) error {
	doc, rep, err := env.OpenDocument()
	if err != nil {
		return err
	}
	// A TimelineJS file opened is saved as a Newsline document elsewhere,
	// never over the file it came from.
	path := env.Doc
	if rep != nil && rep.Kind != interop.Newsline {
		path = ""
	}
	// Without notes the timeline still opens; the cards say why notes are
	// off (a damaged or newer database is left untouched).
	store, notesErr := notes.Open(env.Data)
	if store != nil {
		defer store.Close()
	}
	a := fyneapp.NewWithID(appID)
	a.SetIcon(fyne.NewStaticResource("newsline.png", assets.IconPNG))
	ui := app.New(a, doc, app.Options{Notes: store, NotesError: notesErr, Path: path, Screen: screenSize(a)})
	if notesErr != nil {
		fmt.Fprintf(env.Stderr, "newsline: %v\n", notesErr)
	}
	ui.Window.ShowAndRun()
	return nil
}
