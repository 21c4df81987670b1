// Package app is Newsline's user interface: the main window, the timeline
// widget, the detail cards and the dialogs. It builds on any fyne.App, so
// that tests run it on fyne.io/fyne/v2/test without a display.
package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsline/timeline"
)

// UI is one main window showing one document.
type UI struct {
	App    fyne.App
	Window fyne.Window
	Index  *timeline.Index

	list *widget.List
}

// New builds the main window for doc on a.
func New(a fyne.App, doc *timeline.Document) *UI {
	u := &UI{App: a, Index: timeline.NewIndex(doc)}
	u.Window = a.NewWindow("Newsline — " + doc.Title)
	u.Window.Resize(fyne.NewSize(1280, 800))
	u.Window.SetContent(u.buildContent())
	return u
}

func (u *UI) buildContent() fyne.CanvasObject {
	x := u.Index
	// The date column is as wide as the widest date, so titles align.
	dateWidth := float32(0)
	for i := range x.Doc.Events {
		probe := widget.NewLabel(x.Doc.Events[i].Date.Human())
		dateWidth = max(dateWidth, probe.MinSize().Width)
	}
	u.list = widget.NewList(
		func() int { return len(x.Order) },
		func() fyne.CanvasObject {
			date := widget.NewLabel("")
			column := container.NewGridWrap(fyne.NewSize(dateWidth, date.MinSize().Height), date)
			return container.NewBorder(nil, nil, column, nil, widget.NewLabel(""))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			ev := &x.Doc.Events[x.Order[id]]
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Label).SetText(ev.Title)
			row.Objects[1].(*fyne.Container).Objects[0].(*widget.Label).SetText(ev.Date.Human())
		},
	)
	return u.list
}
