package app

import (
	"context"
	"image"
	"image/draw"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"github.com/google/uuid"

	"newsline/app/look"
	"newsline/timeline/notes"
)

// TestCardFollowsTheTheme: a card built in the light theme looks, once the
// theme turns dark, exactly like a card built in the dark: its kicker, lane
// dot, chips and texts look their colours up again (golden renders in
// testdata/card/).
func TestCardFollowsTheTheme(t *testing.T) {
	a := test.NewTempApp(t)
	a.Settings().SetTheme(look.NewThemeVariant(theme.VariantLight))
	x := seedIndex(t)
	fred := eventIndexByLabel(t, x, "Frederiksen to TV2")
	size := fyne.NewSize(480, 720)
	showCard := func() fyne.Window {
		c := NewCardView(x)
		c.OnEdit = func(uuid.UUID) {} // shows the Edit button, as in the window
		w := test.NewTempWindow(t, c)
		w.Resize(size)
		c.ShowEvent(x.Doc.Events[fred].ID)
		// Wrapped text settles its height in a second layout.
		w.Resize(size.AddWidthHeight(1, 1))
		w.Resize(size)
		return w
	}
	w := showCard()
	test.AssertRendersToImage(t, "card/event-light.png", w.Canvas())

	a.Settings().SetTheme(look.NewThemeVariant(theme.VariantDark))
	test.AssertRendersToImage(t, "card/event-light-then-dark.png", w.Canvas())
	switched := w.Canvas().Capture()
	if !sameImage(switched, showCard().Canvas().Capture()) {
		t.Error("after a switch to the dark theme the card differs from one built dark")
	}
}

// TestWindowFollowsTheTheme: after View → Theme → Dark, the card (its
// notes, star and tags included) and the article look as in a window
// opened dark.
func TestWindowFollowsTheTheme(t *testing.T) {
	size := fyne.NewSize(1280, 800)
	open := func(variant fyne.ThemeVariant) *UI {
		store, err := notes.Open(t.TempDir())
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { store.Close() })
		a := test.NewTempApp(t)
		a.Settings().SetTheme(look.NewThemeVariant(variant))
		u := openTestUI(t, a, seedDoc(t), Options{Notes: store})
		paris := eventByTitle(t, u, "meets in Paris")
		ctx := context.Background()
		target := notes.EventTarget(u.Index.Doc, paris)
		if _, err := store.Add(ctx, target, "Compare with the Berlin format #diplomacy", notes.TagsOf("#diplomacy", nil)); err != nil {
			t.Fatal(err)
		}
		if err := store.SetStar(ctx, target, true); err != nil {
			t.Fatal(err)
		}
		u.Window.Resize(size)
		u.OpenEvent(paris.ID)
		drain(u)
		u.Window.Resize(size.AddWidthHeight(1, 1))
		u.Window.Resize(size)
		return u
	}
	u := open(theme.VariantLight)
	chooseMenu(t, u.Window.MainMenu(), "View", "Theme", "Dark")
	if !look.IsDark(u.App.Settings().Theme()) {
		t.Fatal("View → Theme → Dark left the theme light")
	}
	v := open(theme.VariantDark)
	switched, built := u.Window.Canvas().Capture(), v.Window.Canvas().Capture()
	for _, part := range []struct {
		name string
		o    fyne.CanvasObject
	}{{"card", v.Card}, {"article", v.Article}} {
		r := bounds(part.o)
		if !sameImage(crop(switched, r), crop(built, r)) {
			t.Errorf("after a switch to the dark theme the %s differs from one opened dark", part.name)
		}
	}
}

// chooseMenu runs the action of a menu item by its path of labels.
func chooseMenu(t *testing.T, m *fyne.MainMenu, path ...string) {
	t.Helper()
	items := []*fyne.MenuItem{}
	for _, menu := range m.Items {
		if menu.Label == path[0] {
			items = menu.Items
		}
	}
	for _, label := range path[1:] {
		var found *fyne.MenuItem
		for _, it := range items {
			if it.Label == label {
				found = it
			}
		}
		if found == nil {
			t.Fatalf("no menu item %q", label)
		}
		if found.ChildMenu != nil {
			items = found.ChildMenu.Items
			continue
		}
		found.Action()
		return
	}
	t.Fatalf("menu path %v ends in a submenu", path)
}

// bounds is where o lies on its canvas (of the current app), in pixels of
// a test canvas.
func bounds(o fyne.CanvasObject) image.Rectangle {
	p := fyne.CurrentApp().Driver().AbsolutePositionForObject(o)
	s := o.Size()
	return image.Rect(int(p.X), int(p.Y), int(p.X+s.Width), int(p.Y+s.Height))
}

func crop(img image.Image, r image.Rectangle) image.Image {
	out := image.NewNRGBA(image.Rect(0, 0, r.Dx(), r.Dy()))
	draw.Draw(out, out.Bounds(), img, r.Min, draw.Src)
	return out
}

func sameImage(a, b image.Image) bool {
	if a.Bounds().Size() != b.Bounds().Size() {
		return false
	}
	ao, bo := a.Bounds().Min, b.Bounds().Min
	for y := 0; y < a.Bounds().Dy(); y++ {
		for x := 0; x < a.Bounds().Dx(); x++ {
			r1, g1, b1, a1 := a.At(ao.X+x, ao.Y+y).RGBA()
			r2, g2, b2, a2 := b.At(bo.X+x, bo.Y+y).RGBA()
			if r1 != r2 || g1 != g2 || b1 != b2 || a1 != a2 {
				return false
			}
		}
	}
	return true
}
