package main

import (
	"fmt"
	"time"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"newsline/app/timelineview"
	"newsline/internal/cli"
	"newsline/timeline"
)

// appID is the developer tool's own Fyne application ID: whatever Fyne
// keeps under an app ID (preferences, storage) stays apart from the real
// app's, app.newsline.desktop, whatever the demo or a future widget saves.
const appID = "app.newsline.dev"

var tlviewDemoCommand = &cli.Command{
	Name:    "tlview-demo",
	Usage:   "[--doc FILE] [--width W] [--height H]",
	Summary: "show the timeline widget alone in a window",
	Help: `Opens a window with only the timeline widget, zoom buttons and a status
line saying what was selected or activated, to try the widget by hand. It
keeps its preferences under its own app ID, apart from the real app's.`,
	Run: runTLViewDemo,
}

func runTLViewDemo(env *cli.Env, c *cli.Command, args []string) error {
	fs := c.FlagSet()
	env.DocFlag(fs, "show")
	width := fs.Int("width", 1280, "window width `W`")
	height := fs.Int("height", 400, "window height `H`")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return cli.Usagef("unexpected argument %q", rest[0])
	}
	started := time.Now()
	doc, err := env.LoadDocument()
	if err != nil {
		return err
	}
	x := timeline.NewIndex(doc)
	fmt.Fprintf(env.Stderr, "loaded %d events in %v\n", len(doc.Events), time.Since(started).Round(time.Millisecond))

	a := fyneapp.NewWithID(appID)
	w := a.NewWindow("Newsline timeline widget")
	tv := timelineview.New(x)
	status := widget.NewLabel("Click an event, or focus the timeline and use the arrow keys.")
	name := func(id uuid.UUID) string {
		if ev, ok := x.Event(id); ok {
			return ev.Title + " (" + ev.Date.Human() + ")"
		}
		return "nothing"
	}
	tv.OnSelected = func(id uuid.UUID) { status.SetText("Selected: " + name(id)) }
	tv.OnActivated = func(id uuid.UUID) { status.SetText("Opened: " + name(id)) }
	tv.OnViewportChanged = func(start, end time.Time) {
		status.SetText(fmt.Sprintf("Showing %s – %s", start.Format("2 Jan 2006 15:04"), end.Format("2 Jan 2006 15:04")))
	}
	bar := container.NewHBox(
		widget.NewButton("Zoom in", tv.ZoomIn),
		widget.NewButton("Zoom out", tv.ZoomOut),
		widget.NewButton("Fit", tv.Fit),
		widget.NewButton("Publication day", func() {
			if len(doc.Articles) > 0 {
				tv.JumpTo(doc.Articles[0].Published.Time)
			}
		}),
	)
	w.SetContent(container.NewBorder(bar, status, nil, nil, tv))
	w.Resize(fyne.NewSize(float32(*width), float32(*height)))
	w.Canvas().Focus(tv)
	w.ShowAndRun()
	return nil
}
