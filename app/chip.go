package app

import (
	"image/color"
	"newsline/app/look"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A Chip is a small rounded, tappable label: a person, place or
// organisation in a card, a note's tag. It takes keyboard focus (Tab) and
// activates with Space or Enter; in a card, Esc gives the keyboard back.
type Chip struct {
	widget.BaseWidget
	Text     string
	Icon     fyne.Resource // optional, drawn before the text
	OnTapped func()

	keys             *cardKeys // of the card it is on, if any
	hovered, focused bool
}

// NewChip returns a chip showing text that calls tapped when activated.
func NewChip(text string, icon fyne.Resource, tapped func()) *Chip {
	c := &Chip{Text: text, Icon: icon, OnTapped: tapped}
	c.ExtendBaseWidget(c)
	return c
}

// SetText changes the chip's text.
func (c *Chip) SetText(text string) {
	c.Text = text
	c.Refresh()
}

func (c *Chip) Tapped(*fyne.PointEvent) {
	if c.OnTapped != nil {
		c.OnTapped()
	}
}

func (c *Chip) FocusGained() { c.focused = true; c.Refresh(); c.keys.focused(c) }
func (c *Chip) FocusLost()   { c.focused = false; c.Refresh() }
func (c *Chip) TypedRune(r rune) {
	if r == ' ' {
		c.Tapped(nil)
	}
}
func (c *Chip) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case isEnter(ev.Name):
		c.Tapped(nil)
	case ev.Name == fyne.KeyEscape:
		c.keys.escaped()
	}
}

func (c *Chip) MouseIn(*desktop.MouseEvent)    { c.hovered = true; c.Refresh() }
func (c *Chip) MouseMoved(*desktop.MouseEvent) {}
func (c *Chip) MouseOut()                      { c.hovered = false; c.Refresh() }
func (c *Chip) Cursor() desktop.Cursor         { return desktop.PointerCursor }

func (c *Chip) CreateRenderer() fyne.WidgetRenderer {
	c.ExtendBaseWidget(c)
	r := &chipRenderer{
		chip:       c,
		background: canvas.NewRectangle(color.Transparent),
		text:       canvas.NewText(c.Text, color.Black),
		icon:       canvas.NewImageFromResource(nil),
	}
	r.icon.FillMode = canvas.ImageFillContain
	r.Refresh()
	return r
}

type chipRenderer struct {
	chip       *Chip
	background *canvas.Rectangle
	text       *canvas.Text
	icon       *canvas.Image
}

const chipIconSize = 14

func (r *chipRenderer) padding() (h, v float32) {
	p := theme.Padding()
	return p * 1.5, p * 0.75
}

func (r *chipRenderer) MinSize() fyne.Size {
	h, v := r.padding()
	ts := r.text.MinSize()
	w := ts.Width + 2*h
	if r.chip.Icon != nil {
		w += chipIconSize + theme.Padding()
	}
	return fyne.NewSize(w, max(ts.Height, chipIconSize)+2*v)
}

func (r *chipRenderer) Layout(size fyne.Size) {
	h, _ := r.padding()
	r.background.Resize(size)
	r.background.CornerRadius = size.Height / 2
	x := h
	if r.chip.Icon != nil {
		r.icon.Move(fyne.NewPos(x, (size.Height-chipIconSize)/2))
		r.icon.Resize(fyne.NewSquareSize(chipIconSize))
		x += chipIconSize + theme.Padding()
	}
	ts := r.text.MinSize()
	r.text.Move(fyne.NewPos(x, (size.Height-ts.Height)/2))
	r.text.Resize(ts)
}

func (r *chipRenderer) Refresh() {
	th := r.chip.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	r.text.Text = r.chip.Text
	r.text.TextSize = th.Size(theme.SizeNameCaptionText) + 1
	r.text.Color = th.Color(theme.ColorNameForeground, v)
	fill := th.Color(theme.ColorNameButton, v)
	if r.chip.hovered {
		fill = look.Overlay(fill, th.Color(theme.ColorNameHover, v))
	}
	r.background.FillColor = fill
	r.background.StrokeWidth = 0
	if r.chip.focused {
		r.background.StrokeColor = th.Color(theme.ColorNameFocus, v)
		r.background.StrokeWidth = 2
	}
	r.icon.Resource = r.chip.Icon
	r.icon.Hidden = r.chip.Icon == nil
	r.Layout(r.chip.Size())
	r.background.Refresh()
	r.text.Refresh()
	r.icon.Refresh()
}

func (r *chipRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.background, r.icon, r.text}
}

func (r *chipRenderer) Destroy() {}
