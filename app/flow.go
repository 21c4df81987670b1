package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// flowLayout places objects at their minimum size left to right, wrapping
// onto new lines, like words in a paragraph. Like Fyne's GridWrap layout,
// its MinSize height follows the width it was last laid out at, so that a
// wrapping row of chips asks for the lines it really needs.
type flowLayout struct {
	width float32 // width of the last Layout; 0 before the first
}

func newFlowLayout() *flowLayout { return &flowLayout{} }

func (f *flowLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	f.width = size.Width
	f.place(objects, size.Width, true)
}

func (f *flowLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	widest := float32(0)
	for _, o := range objects {
		if o.Visible() {
			widest = max(widest, o.MinSize().Width)
		}
	}
	width := f.width
	if width < widest {
		width = widest
	}
	return fyne.NewSize(widest, f.place(objects, width, false))
}

// place lays objects out in rows no wider than width (moving them if move)
// and returns the height used.
func (f *flowLayout) place(objects []fyne.CanvasObject, width float32, move bool) float32 {
	gap := theme.Padding()
	x, y, rowHeight := float32(0), float32(0), float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		s := o.MinSize()
		if x > 0 && x+s.Width > width {
			x = 0
			y += rowHeight + gap
			rowHeight = 0
		}
		if move {
			o.Move(fyne.NewPos(x, y))
			o.Resize(s)
		}
		x += s.Width + gap
		rowHeight = max(rowHeight, s.Height)
	}
	return y + rowHeight
}
