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
Ctrl+R	review an imported draft: ↑ ↓ rows, A accept, E edit, R reject, Esc close
Ctrl+Z	undo the last edit or note deletion (in a field: undo typing)
Ctrl+E	export notes
Ctrl+Shift+E	export the timeline: TimelineJS, calendar, picture
Ctrl+O  Ctrl+I	open a timeline (Newsline or TimelineJS), import an article
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
	u.showHelp("Keyboard shortcuts", container.New(twoColumns{}, rows...))
}

// showHelp shows a help dialog, which Esc closes.
func (u *UI) showHelp(title string, content fyne.CanvasObject) {
	d := dialog.NewCustom(title, "Close", content, u.Window)
	d.SetOnClosed(func() {
		if u.dismiss == d {
			u.dismiss = nil
		}
	})
	u.dismiss = d
	d.Show()
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
	u.showHelp("Timeline key", container.New(twoColumns{}, cells...))
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

// twoColumns lays pairs of objects out as rows of a table: the first
// column as wide as its widest, rows as tall as their tallest, with only a
// little room between them (Fyne's form layout pads every row as a field).
type twoColumns struct{}

func (twoColumns) sizes(objects []fyne.CanvasObject) (first, second float32, rows []float32) {
	for i := 0; i+1 < len(objects); i += 2 {
		a, b := objects[i].MinSize(), objects[i+1].MinSize()
		first, second = max(first, a.Width), max(second, b.Width)
		rows = append(rows, max(a.Height, b.Height))
	}
	return first, second, rows
}

func (t twoColumns) Layout(objects []fyne.CanvasObject, _ fyne.Size) {
	first, second, rows := t.sizes(objects)
	gap := theme.Padding()
	y := float32(0)
	for r, h := range rows {
		objects[2*r].Move(fyne.NewPos(0, y))
		objects[2*r].Resize(fyne.NewSize(first, h))
		objects[2*r+1].Move(fyne.NewPos(first+3*gap, y))
		objects[2*r+1].Resize(fyne.NewSize(second, h))
		y += h + gap
	}
}

func (t twoColumns) MinSize(objects []fyne.CanvasObject) fyne.Size {
	first, second, rows := t.sizes(objects)
	gap := theme.Padding()
	h := float32(0)
	for _, r := range rows {
		h += r + gap
	}
	return fyne.NewSize(first+3*gap+second, max(h-gap, 0))
}

// symbol holds a drawing at a fixed size.
func symbol(o fyne.CanvasObject, size fyne.Size) fyne.CanvasObject {
	return container.NewGridWrap(size, o)
}
