package app

// The keyboard in cards. Fyne's desktop driver hands every key to the
// focused widget and nothing else, so each focusable part of a card
// handles the keys that must work everywhere in it: Esc hands the keyboard
// back to the timeline, Enter follows a link or presses a button (Fyne's
// own Hyperlink and Button know only Space), and gaining the focus, by Tab
// or Shift+Tab, scrolls the part into view.

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// cardKeys is what every focusable part of a card does besides its own
// keys. One value is shared by a card's parts; its functions are set by
// the card's owner and may be nil.
type cardKeys struct {
	escape func()                  // Esc: give the keyboard back
	reveal func(fyne.CanvasObject) // the part gained the focus: scroll it into view
	resize func(fyne.CanvasObject) // the part with the focus grew: lay out and scroll it into view
}

func (k *cardKeys) escaped() {
	if k != nil && k.escape != nil {
		k.escape()
	}
}

func (k *cardKeys) focused(o fyne.CanvasObject) {
	if k != nil && k.reveal != nil {
		k.reveal(o)
	}
}

func (k *cardKeys) grew(o fyne.CanvasObject) {
	if k != nil && k.resize != nil {
		k.resize(o)
	}
}

// isEnter reports whether a key activates: Return or the keypad's Enter.
func isEnter(name fyne.KeyName) bool { return name == fyne.KeyReturn || name == fyne.KeyEnter }

// cardLink is a hyperlink of a card that follows itself with Enter as well
// as Space, gives the keyboard back with Esc, and scrolls into view when
// it gains the focus.
type cardLink struct {
	widget.Hyperlink
	keys *cardKeys
}

func newCardLink(text string, tapped func(), keys *cardKeys) *cardLink {
	l := &cardLink{keys: keys}
	l.Text = text
	l.OnTapped = tapped
	l.ExtendBaseWidget(l)
	return l
}

func (l *cardLink) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case ev.Name == fyne.KeyEscape:
		l.keys.escaped()
	case isEnter(ev.Name):
		if l.OnTapped != nil {
			l.OnTapped()
		}
	default:
		l.Hyperlink.TypedKey(ev)
	}
}

func (l *cardLink) FocusGained() {
	l.Hyperlink.FocusGained()
	l.keys.focused(l)
}

// linkSegment is a link inside a RichText, as widget.HyperlinkSegment, but
// drawn as a cardLink so that its keys are a card's.
type linkSegment struct {
	widget.HyperlinkSegment
	keys  *cardKeys
	drawn []*cardLink // the links made for it, for holds
}

func (s *linkSegment) Visual() fyne.CanvasObject {
	l := newCardLink(s.Text, s.OnTapped, s.keys)
	s.drawn = append(s.drawn, l)
	return &fyne.Container{Layout: unpadded{l}, Objects: []fyne.CanvasObject{l}}
}

func (s *linkSegment) Update(o fyne.CanvasObject) {
	l := o.(*fyne.Container).Objects[0].(*cardLink)
	l.Text, l.OnTapped, l.keys = s.Text, s.OnTapped, s.keys
	l.Refresh()
}

// unpadded lays a text widget out without its inner padding, so that it
// runs on with the text around it, as RichText does for its own links.
type unpadded struct{ w fyne.Widget }

func (u unpadded) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.SizeForWidget(theme.SizeNameInnerPadding, u.w)
	objects[0].Move(fyne.NewPos(-pad, -pad))
	objects[0].Resize(size.AddWidthHeight(2*pad, 2*pad))
}

func (u unpadded) MinSize(objects []fyne.CanvasObject) fyne.Size {
	pad := theme.SizeForWidget(theme.SizeNameInnerPadding, u.w)
	return objects[0].MinSize().SubtractWidthHeight(2*pad, 2*pad)
}

// cardButton is a button of a card: Enter presses it as Space does, Esc
// gives the keyboard back, and gaining the focus scrolls it into view.
type cardButton struct {
	widget.Button
	keys *cardKeys
}

func newCardButton(text string, icon fyne.Resource, tapped func(), keys *cardKeys) *cardButton {
	b := &cardButton{keys: keys}
	b.Text, b.Icon, b.OnTapped = text, icon, tapped
	b.Importance = widget.LowImportance
	b.ExtendBaseWidget(b)
	return b
}

func (b *cardButton) TypedKey(ev *fyne.KeyEvent) {
	switch {
	case ev.Name == fyne.KeyEscape:
		b.keys.escaped()
	case isEnter(ev.Name):
		if !b.Disabled() {
			b.Tapped(nil)
		}
	default:
		b.Button.TypedKey(ev)
	}
}

func (b *cardButton) FocusGained() {
	b.Button.FocusGained()
	b.keys.focused(b)
}

// holds reports whether target is root or inside it: in containers,
// scrolls, the links of rich texts, or the parts of Newsline's own widgets
// (see hasParts). It is for the card's content, where every focusable
// object is one of these.
func holds(root fyne.CanvasObject, target fyne.CanvasObject) bool {
	if root == nil || target == nil {
		return false
	}
	if root == target {
		return true
	}
	var children []fyne.CanvasObject
	switch o := root.(type) {
	case *fyne.Container:
		children = o.Objects
	case *widget.RichText:
		for _, seg := range o.Segments {
			if s, ok := seg.(*linkSegment); ok && s.holds(target) {
				return true
			}
		}
	case hasParts:
		children = o.parts()
	}
	for _, c := range children {
		if holds(c, target) {
			return true
		}
	}
	return false
}

// hasParts is a widget of Newsline's whose parts holds looks into.
type hasParts interface{ parts() []fyne.CanvasObject }

// holds reports whether target is a link the segment drew.
func (s *linkSegment) holds(target fyne.CanvasObject) bool {
	for _, l := range s.drawn {
		if fyne.CanvasObject(l) == target {
			return true
		}
	}
	return false
}
