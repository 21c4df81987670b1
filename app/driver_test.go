package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
)

// Fyne's test driver is not its desktop driver. test.Tap unfocuses
// whatever has the keyboard unless the widget tapped has it, where the
// desktop driver leaves the focus alone when the click lands on any
// focusable widget (fyne internal/driver/glfw/window.go,
// processMouseClicked); test.Type types into the widget given, where the
// desktop driver types into the focused one; and the canvas's
// TypedShortcut skips the main menu, which the desktop driver asks first
// (triggersShortcut). The helpers here do what the desktop driver does, so
// that the tests click and type as a person does on a display.

// click presses and releases the primary button at pos, in the window's
// coordinates, on what the last frame drew.
func click(t testing.TB, u *UI, pos fyne.Position) {
	t.Helper()
	frame(u)
	c := u.Window.Canvas()
	co, local := objectAt(c, pos, func(o fyne.CanvasObject) bool {
		switch o.(type) {
		case fyne.Tappable, fyne.SecondaryTappable, fyne.DoubleTappable, fyne.Focusable, desktop.Mouseable:
			return true
		}
		return false
	})
	mouse := &desktop.MouseEvent{Button: desktop.MouseButtonPrimary}
	mouse.Position, mouse.AbsolutePosition = local, pos
	// On press and again on release: the widget hears the button, and the
	// focus is dropped unless the pointer is over something focusable.
	for _, down := range []bool{true, false} {
		if m, ok := co.(desktop.Mouseable); ok {
			if down {
				m.MouseDown(mouse)
			} else {
				m.MouseUp(mouse)
			}
		}
		if f, ok := co.(fyne.Focusable); !ok || f != c.Focused() {
			overFocusable, _ := objectAt(c, pos, func(o fyne.CanvasObject) bool {
				_, ok := o.(fyne.Focusable)
				return ok
			})
			if overFocusable == nil {
				c.Unfocus()
			}
		}
	}
	// A DoubleTappable hears its single tap after the double-tap delay;
	// here at once.
	if tap, ok := co.(fyne.Tappable); ok {
		tap.Tapped(&fyne.PointEvent{Position: local, AbsolutePosition: pos})
	}
}

// clickOn clicks o at the point at within it (its middle when at is nil).
func clickOn(t testing.TB, u *UI, o fyne.CanvasObject, at *fyne.Position) {
	t.Helper()
	p := fyne.NewPos(o.Size().Width/2, o.Size().Height/2)
	if at != nil {
		p = *at
	}
	click(t, u, fyne.CurrentApp().Driver().AbsolutePositionForObject(o).Add(p))
}

// frame lays out again whatever changed its minimum size since the last
// layout, as the desktop driver does before it draws a frame
// (common.Canvas.EnsureMinSize): Fyne's test canvas lays out only on
// Resize, so that a button shown, a line of text wrapped or a field grown
// would otherwise keep its old place and size.
func frame(u *UI) {
	var layout func(o fyne.CanvasObject)
	layout = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		switch w := o.(type) {
		case *fyne.Container:
			if w.Layout != nil {
				w.Layout.Layout(w.Objects, w.Size())
			}
			for _, child := range w.Objects {
				layout(child)
			}
		case fyne.Widget:
			r := test.WidgetRenderer(w)
			r.Layout(w.Size())
			for _, child := range r.Objects() {
				layout(child)
			}
		}
	}
	c := u.Window.Canvas()
	layout(c.Content())
	if top := c.Overlays().Top(); top != nil {
		layout(top)
	}
}

// objectAt returns the topmost object at pos that matches, and pos in its
// coordinates, as the desktop driver finds it: in the top overlay if there
// is one, else in the content; inside scrolls only where they show.
func objectAt(c fyne.Canvas, pos fyne.Position, matches func(fyne.CanvasObject) bool) (fyne.CanvasObject, fyne.Position) {
	var found fyne.CanvasObject
	var local fyne.Position
	var visit func(o fyne.CanvasObject, offset fyne.Position, clipPos fyne.Position, clipSize fyne.Size)
	visit = func(o fyne.CanvasObject, offset, clipPos fyne.Position, clipSize fyne.Size) {
		if o == nil || !o.Visible() {
			return
		}
		at := offset.Add(o.Position())
		if _, clips := o.(fyne.Scrollable); clips {
			clipPos, clipSize = at, o.Size()
		}
		inClip := pos.X >= clipPos.X && pos.Y >= clipPos.Y && pos.X < clipPos.X+clipSize.Width && pos.Y < clipPos.Y+clipSize.Height
		inside := pos.X >= at.X && pos.Y >= at.Y && pos.X < at.X+o.Size().Width && pos.Y < at.Y+o.Size().Height
		if inClip && inside && matches(o) {
			found, local = o, pos.Subtract(at)
		}
		var children []fyne.CanvasObject
		switch w := o.(type) {
		case *fyne.Container:
			children = w.Objects
		case fyne.Widget:
			children = test.WidgetRenderer(w).Objects()
		}
		for _, child := range children {
			visit(child, at, clipPos, clipSize)
		}
	}
	everything := fyne.NewSize(1e9, 1e9)
	if top := c.Overlays().Top(); top != nil {
		visit(top, fyne.Position{}, fyne.Position{}, everything)
	} else {
		visit(c.Content(), fyne.Position{}, fyne.Position{}, everything)
	}
	return found, local
}

// press types one key with modifiers, as the desktop driver delivers it
// (processKeyPressed): Tab moves the focus unless the focused widget takes
// tabs; a shortcut goes to the main menu, else the focused widget if it
// takes shortcuts, else the canvas; any other key to the focused widget,
// else the canvas.
func press(u *UI, key fyne.KeyName, mods fyne.KeyModifier) {
	c := u.Window.Canvas()
	ev := &fyne.KeyEvent{Name: key}
	if k, ok := c.Focused().(desktop.Keyable); ok {
		k.KeyDown(ev)
		defer k.KeyUp(ev)
	}
	if key == fyne.KeyTab && mods&^fyne.KeyModifierShift == 0 {
		if tab, ok := c.Focused().(fyne.Tabbable); !ok || !tab.AcceptsTab() {
			if mods == 0 {
				c.FocusNext()
			} else {
				c.FocusPrevious()
			}
			return
		}
	}
	if sc := shortcutOf(key, mods); sc != nil {
		if menuShortcut(u.Window.MainMenu(), sc) {
			return
		}
		if s, ok := c.Focused().(fyne.Shortcutable); ok {
			s.TypedShortcut(sc)
			return
		}
		c.(fyne.Shortcutable).TypedShortcut(sc)
		return
	}
	if f := c.Focused(); f != nil {
		f.TypedKey(ev)
	} else if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// shortcutOf is the shortcut the desktop driver makes of a key with
// modifiers (triggersShortcut), or nil.
func shortcutOf(key fyne.KeyName, mods fyne.KeyModifier) fyne.Shortcut {
	if mods == fyne.KeyModifierShortcutDefault {
		switch key {
		case fyne.KeyZ:
			return &fyne.ShortcutUndo{}
		case fyne.KeyY:
			return &fyne.ShortcutRedo{}
		case fyne.KeyA:
			return &fyne.ShortcutSelectAll{}
		case fyne.KeyC:
			return &fyne.ShortcutCopy{Clipboard: fyne.CurrentApp().Clipboard()}
		case fyne.KeyV:
			return &fyne.ShortcutPaste{Clipboard: fyne.CurrentApp().Clipboard()}
		case fyne.KeyX:
			return &fyne.ShortcutCut{Clipboard: fyne.CurrentApp().Clipboard()}
		}
	}
	if mods != 0 && mods != fyne.KeyModifierShift {
		return &desktop.CustomShortcut{KeyName: key, Modifier: mods}
	}
	return nil
}

// menuShortcut runs the main menu's item for sc, as the desktop driver
// does before anything else, and reports whether there was one.
func menuShortcut(m *fyne.MainMenu, sc fyne.Shortcut) bool {
	if m == nil {
		return false
	}
	var in func(items []*fyne.MenuItem) bool
	in = func(items []*fyne.MenuItem) bool {
		for _, i := range items {
			if i.Shortcut != nil && i.Shortcut.ShortcutName() == sc.ShortcutName() && i.Action != nil {
				i.Action()
				return true
			}
			if i.ChildMenu != nil && in(i.ChildMenu.Items) {
				return true
			}
		}
		return false
	}
	for _, menu := range m.Items {
		if in(menu.Items) {
			return true
		}
	}
	return false
}

// typeText types s into whatever has the keyboard, as the desktop driver
// does: for each character its key (processKeyPressed, which calls
// TypedKey for every key), then the character (processCharInput); "\n" is
// the Return key.
func typeText(u *UI, s string) {
	c := u.Window.Canvas()
	for _, r := range s {
		if r == '\n' {
			press(u, fyne.KeyReturn, 0)
			continue
		}
		press(u, keyOf(r), 0)
		if f := c.Focused(); f != nil {
			f.TypedRune(r)
		} else if h := c.OnTypedRune(); h != nil {
			h(r)
		}
	}
}

// keyOf is the key that types r on a US keyboard, as Fyne names it.
func keyOf(r rune) fyne.KeyName {
	switch {
	case r == ' ':
		return fyne.KeySpace
	case r >= 'a' && r <= 'z':
		return fyne.KeyName(strings.ToUpper(string(r)))
	}
	return fyne.KeyName(string(r))
}
