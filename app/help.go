package app

// The Help menu: the keyboard shortcuts and the key to the timeline's
// symbols. Both are drawn compactly so that they fit a 900×600 window.

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"

	"newsline/app/look"
	"newsline/timeline"
)

// shortcutsText is the Keyboard Shortcuts dialog, a key and what it does
// per line; README's keys table says the same.
const shortcutsText = `← →	previous / next event in time order
↑ ↓	the lane above / below
Home  End	first / last event
+  −  0	zoom in, zoom out, fit all
Enter	open the selected event's card, into which the keyboard moves
Esc	back to the timeline (a note is saved); there: clear the search, then the selection
Tab  Shift+Tab	move between the timeline, links, buttons and fields
Ctrl+F	search
Ctrl+J	jump to a date
Ctrl+N	write a note on the open card
Ctrl+Z	undo the last edit or note deletion (in a field: undo typing)
Ctrl+E	export notes
Ctrl+O  Ctrl+I	open a timeline document, import an article
Ctrl+S  Ctrl+Shift+S	save, save as
Ctrl+Q	quit (notes are saved; unsaved changes are offered a save)
Alt+←  Alt+→	back / forward`

func (u *UI) showShortcuts() {
	var rows []fyne.CanvasObject
	for _, line := range strings.Split(shortcutsText, "\n") {
		key, what, _ := strings.Cut(line, "\t")
		k := compactText(key, true)
		k.Alignment = fyne.TextAlignTrailing
		rows = append(rows, k, compactText(what, false))
	}
	grid := container.New(layout.NewFormLayout(), rows...)
	dialog.ShowCustom("Keyboard shortcuts", "Close", grid, u.Window)
}

// compactText is a line of text without a label's padding, in the
// theme's colour, so that a long list fits a small window.
func compactText(s string, bold bool) *canvas.Text {
	th := fyne.CurrentApp().Settings().Theme()
	t := canvas.NewText(s, th.Color(theme.ColorNameForeground, look.Variant()))
	t.TextStyle.Bold = bold
	t.TextSize = th.Size(theme.SizeNameText)
	return t
}

// showLegend explains the timeline's symbols, each drawn as the timeline
// draws it.
func (u *UI) showLegend() {
	th := fyne.CurrentApp().Settings().Theme()
	v := look.Variant()
	bg := look.NRGBA(th.Color(theme.ColorNameBackground, v))
	fg := look.NRGBA(th.Color(theme.ColorNameForeground, v))
	dark := look.IsDarkColor(bg)
	lane := look.NewLaneColors(u.Index.Lanes).Color(u.laneForLegend(), dark)
	star := look.NRGBA(look.Color(th, look.ColorNameStar, v))

	const r = 6 // the timeline's marker radius
	dot := func(fill, stroke color.Color, radius, width float32) fyne.CanvasObject {
		c := canvas.NewCircle(fill)
		c.StrokeColor, c.StrokeWidth = stroke, width
		return symbol(c, fyne.NewSquareSize(2*radius))
	}
	band := func(fill, stroke color.Color) fyne.CanvasObject {
		b := canvas.NewRectangle(fill)
		b.StrokeColor, b.StrokeWidth, b.CornerRadius = stroke, 1, 4
		return symbol(b, fyne.NewSize(40, 16))
	}
	pill := func() fyne.CanvasObject {
		b := canvas.NewRectangle(lane)
		b.CornerRadius = 8
		t := canvas.NewText("+3", bg)
		t.TextSize, t.TextStyle.Bold = 10, true
		return symbol(container.NewStack(b, container.NewCenter(t)), fyne.NewSize(28, 16))
	}
	badges := func() fyne.CanvasObject {
		return container.NewHBox(dot(star, bg, 3.5, 1), dot(fg, bg, 3, 1))
	}
	rows := []struct {
		sym  fyne.CanvasObject
		what string
	}{
		{dot(lane, bg, r, 1.5), "an event known to the day (or the minute)"},
		{dot(bg, lane, r, 2.5), "known only to the month or the year, or approximately"},
		{band(look.WithAlpha(lane, 0x55), look.WithAlpha(lane, 0xd0)), "zoomed in: the whole day, month or year it is known to"},
		{band(look.WithAlpha(lane, 0x22), look.WithAlpha(lane, 0x70)), "softer: an approximate date"},
		{pill(), "events too close to tell apart: click to zoom in"},
		{dot(star, bg, 3.5, 1), "before a label: a starred event"},
		{dot(fg, bg, 3, 1), "before a label: an event with notes"},
		{badges(), "both"},
		{dot(look.WithAlpha(lane, 0x48), bg, r, 1.5), "faded: does not match the search"},
		{symbol(canvas.NewText("‹ ›", fg), fyne.NewSize(40, 16)), "a period runs on past the edge"},
	}
	var cells []fyne.CanvasObject
	for _, row := range rows {
		cells = append(cells, container.NewCenter(row.sym), compactText(row.what, false))
	}
	grid := container.New(layout.NewFormLayout(), cells...)
	dialog.ShowCustom("Timeline key", "Close", grid, u.Window)
}

// laneForLegend is the lane whose colour the key draws in: the selected
// event's, else the first.
func (u *UI) laneForLegend() timeline.Lane {
	if ev, ok := u.Index.Event(u.Timeline.Selected()); ok {
		return ev.Lane
	}
	if len(u.Index.Lanes) > 0 {
		return u.Index.Lanes[0]
	}
	return ""
}

// symbol holds a drawing at a fixed size.
func symbol(o fyne.CanvasObject, size fyne.Size) fyne.CanvasObject {
	return container.NewGridWrap(size, o)
}
