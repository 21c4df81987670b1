package app

// The toolbar: history, search, zoom, lanes, notes filter, article pane,
// export. Its buttons explain themselves on hover, and when the window is
// narrow those with an icon drop their text so that every button stays on
// screen (at 900 px with notes on, lang.L("All events") and lang.L("Export") were cut off).

import (
	"image/color"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"newsline/app/look"
)

// minSearchWidth is the narrowest the search field gets before the
// toolbar's buttons drop their text.
const minSearchWidth = 220

func (u *UI) toolbar() fyne.CanvasObject {
	tool := func(text, short string, icon fyne.Resource, tip string, tapped func()) *toolButton {
		return newToolButton(text, short, icon, tip, tapped, u.tips)
	}
	u.back = tool("", "", theme.NavigateBackIcon(), lang.L("Back (Alt+←)"), u.Back)
	u.forward = tool("", "", theme.NavigateNextIcon(), lang.L("Forward (Alt+→)"), u.Forward)
	if u.Search == nil {
		u.Search = newSearchEntry()
	}
	u.Search.SetPlaceHolder(lang.L("Search events, people, notes…"))
	u.Search.OnChanged = u.searchChanged
	u.Search.onEscape = func() {
		u.ClearSearch()
		u.Window.Canvas().Focus(u.Timeline)
	}
	u.Search.onSubmit = func() {
		if len(u.results.Events) > 0 {
			u.Open(place{kind: placeEvent, id: u.Index.Doc.Events[u.results.Events[0]].ID})
			u.Window.Canvas().Focus(u.Timeline)
		}
	}
	zoomOut := tool("", "", theme.ZoomOutIcon(), lang.L("Zoom out (−)"), func() { u.Timeline.ZoomOut() })
	zoomIn := tool("", "", theme.ZoomInIcon(), lang.L("Zoom in (+)"), func() { u.Timeline.ZoomIn() })
	fit := tool(lang.L("Fit"), "", theme.ZoomFitIcon(), lang.L("Show every event (0)"), func() { u.Timeline.Fit() })
	u.laneButton = tool(lang.L("Lanes"), "", theme.ListIcon(), lang.L("Lanes to show"), u.showLaneMenu)
	u.showButton = tool(lang.L("All events"), lang.L("All events"), theme.MenuDropDownIcon(), lang.L("Show only events with notes or a star"), u.showFilterMenu)
	u.showButton.IconPlacement = widget.ButtonIconTrailingText
	article := tool(lang.L("Article"), "", theme.FileTextIcon(), lang.L("Show or hide the article"), func() { u.showArticle(!u.articleShown) })
	export := tool(lang.L("Export"), "", theme.DownloadIcon(), lang.L("Export notes (Ctrl+E)"), u.showExport)
	if u.notes.store == nil {
		u.showButton.Hide()
		export.Hide()
	}
	left := container.NewHBox(u.back, u.forward)
	right := container.NewHBox(zoomOut, zoomIn, fit, widget.NewSeparator(), u.laneButton, u.showButton, article, export)
	row := container.New(&toolbarLayout{buttons: []*toolButton{fit, u.laneButton, article, export}}, left, u.Search, right)
	return container.NewVBox(row, widget.NewSeparator())
}

// toolbarLayout places the history buttons on the left, the other buttons
// on the right and the search field between, at least minSearchWidth
// wide: when that leaves too little room, buttons drop their text.
type toolbarLayout struct {
	buttons []*toolButton // those that may drop their text
	compact bool
}

func (l *toolbarLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	left, search, right := objects[0], objects[1], objects[2]
	gap := theme.Padding()
	room := size.Width - left.MinSize().Width - 2*gap - minSearchWidth
	compact := l.fullWidth(right) > room
	if compact != l.compact {
		l.compact = compact
		for _, b := range l.buttons {
			b.setCompact(compact)
		}
	}
	lw, rw := left.MinSize().Width, right.MinSize().Width
	left.Move(fyne.NewPos(0, 0))
	left.Resize(fyne.NewSize(lw, size.Height))
	right.Move(fyne.NewPos(size.Width-rw, 0))
	right.Resize(fyne.NewSize(rw, size.Height))
	search.Move(fyne.NewPos(lw+gap, (size.Height-search.MinSize().Height)/2))
	search.Resize(fyne.NewSize(max(size.Width-lw-rw-2*gap, 0), search.MinSize().Height))
}

// fullWidth is the width of the right-hand buttons with all their text.
func (l *toolbarLayout) fullWidth(right fyne.CanvasObject) float32 {
	w := right.MinSize().Width
	for _, b := range l.buttons {
		if b.Visible() {
			w += b.widthWith(true) - b.MinSize().Width
		}
	}
	return w
}

// MinSize is what the toolbar needs with its buttons compact.
func (l *toolbarLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	left, search, right := objects[0], objects[1], objects[2]
	w := right.MinSize().Width
	for _, b := range l.buttons {
		if b.Visible() {
			w += b.widthWith(false) - b.MinSize().Width
		}
	}
	h := max(left.MinSize().Height, search.MinSize().Height, right.MinSize().Height)
	return fyne.NewSize(left.MinSize().Width+2*theme.Padding()+minSearchWidth+w, h)
}

// toolButton is a toolbar button that says what it does when the pointer
// rests on it, and that can drop to a shorter text (or none) when the
// toolbar is short of room.
type toolButton struct {
	widget.Button
	full, short string
	compact     bool
	tip         string
	tips        *tipLayer
	probe       *widget.Button // measures the button with its other text
}

func newToolButton(text, short string, icon fyne.Resource, tip string, tapped func(), tips *tipLayer) *toolButton {
	b := &toolButton{full: text, short: short, tip: tip, tips: tips}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.Importance = widget.LowImportance
	b.probe = widget.NewButtonWithIcon("", icon, nil)
	b.ExtendBaseWidget(b)
	return b
}

// setTexts changes the button's texts, with room and without.
func (b *toolButton) setTexts(full, short string) {
	b.full, b.short = full, short
	b.SetText(b.text())
}

func (b *toolButton) setCompact(on bool) {
	b.compact = on
	b.SetText(b.text())
}

func (b *toolButton) text() string {
	if b.compact {
		return b.short
	}
	return b.full
}

// widthWith is the button's width with its full or its short text.
func (b *toolButton) widthWith(full bool) float32 {
	text := b.short
	if full {
		text = b.full
	}
	if b.probe.Text != text || b.probe.IconPlacement != b.IconPlacement {
		b.probe.Text, b.probe.IconPlacement = text, b.IconPlacement
		b.probe.Refresh()
	}
	return b.probe.MinSize().Width
}

func (b *toolButton) MouseIn(e *desktop.MouseEvent) {
	b.Button.MouseIn(e)
	b.tips.hovering(b)
}

func (b *toolButton) MouseOut() {
	b.Button.MouseOut()
	b.tips.left(b)
}

func (b *toolButton) Tapped(e *fyne.PointEvent) {
	b.tips.hide()
	b.Button.Tapped(e)
}

// tipDelay is how long the pointer rests on a button before its tip shows.
const tipDelay = 600 * time.Millisecond

// tipLayer shows a tooltip over the window: a layer above the content
// that nothing in it takes clicks from.
type tipLayer struct {
	layer *fyne.Container // the whole window, without a layout
	panel *fyne.Container
	back  *canvas.Rectangle
	text  *canvas.Text
	timer Timer
	over  *toolButton // the button the pointer rests on
}

func newTipLayer(run Runner) *tipLayer {
	t := &tipLayer{back: canvas.NewRectangle(color.Transparent), text: canvas.NewText("", color.Transparent)}
	t.back.CornerRadius = 4
	t.panel = container.NewStack(t.back, container.NewPadded(t.text))
	t.panel.Hide()
	t.layer = container.NewWithoutLayout(t.panel)
	t.timer = run.NewTimer(t.show)
	return t
}

func (t *tipLayer) hovering(b *toolButton) {
	if t == nil || b.tip == "" {
		return
	}
	t.over = b
	t.timer.Reset(tipDelay)
}

func (t *tipLayer) left(b *toolButton) {
	if t != nil && t.over == b {
		t.hide()
	}
}

func (t *tipLayer) hide() {
	if t == nil {
		return
	}
	t.over = nil
	t.timer.Stop()
	if t.panel.Visible() {
		t.panel.Hide()
		t.layer.Refresh()
	}
}

// show puts the tip of the button the pointer rests on below it, inside
// the window, in the timeline's tooltip colours.
func (t *tipLayer) show() {
	b := t.over
	if b == nil || !b.Visible() {
		return
	}
	th, v := b.Theme(), look.Variant()
	bg := look.NRGBA(th.Color(theme.ColorNameBackground, v))
	fg := look.NRGBA(th.Color(theme.ColorNameForeground, v))
	t.back.FillColor, t.text.Color = look.Blend(fg, bg, 0x18), bg
	if look.IsDarkColor(bg) {
		t.back.FillColor, t.text.Color = look.Blend(bg, fg, 0x30), fg
	}
	t.text.Text = b.tip
	t.text.TextSize = th.Size(theme.SizeNameCaptionText)
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(b).Subtract(d.AbsolutePositionForObject(t.layer))
	size := t.panel.MinSize()
	x := min(at.X, t.layer.Size().Width-size.Width-theme.Padding())
	t.panel.Move(fyne.NewPos(max(x, 0), at.Y+b.Size().Height+2))
	t.panel.Resize(size)
	t.panel.Show()
	// Container.Show does not repaint, and the panel, hidden until now,
	// is not known to the canvas: refresh the layer, which is.
	t.layer.Refresh()
}
