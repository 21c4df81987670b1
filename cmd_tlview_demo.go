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
	"newsline/timeline"
)

func init() {
	register(&command{
		name:    "tlview-demo",
		usage:   "[--doc FILE] [--width W] [--height H]",
		summary: "show the timeline widget alone in a window (developer tool)",
		help: `Opens a window with only the timeline widget, zoom buttons and a status
line saying what was selected or activated, to try the widget by hand.`,
		hidden: true,
		run:    runTLViewDemo,
	})
}

func runTLViewDemo(env *cmdEnv, args []string) error {
	c := commands["tlview-demo"]
	fs := newFlagSet(c)
	fs.StringVar(&env.global.doc, "doc", env.global.doc, "show the timeline document `FILE` instead of the built-in seed")
	width := fs.Int("width", 1280, "window width `W`")
	height := fs.Int("height", 400, "window height `H`")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return helpOr(env, c, fs, err)
	}
	if len(rest) > 0 {
		return usagef("unexpected argument %q", rest[0])
	}
	started := time.Now()
	doc, err := loadDocument(env.global.doc)
	if err != nil {
		return err
	}
	x := timeline.NewIndex(doc)
	fmt.Fprintf(env.stderr, "loaded %d events in %v\n", len(doc.Events), time.Since(started).Round(time.Millisecond))

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
