package look

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

func hex(rgb uint32) color.NRGBA {
	return color.NRGBA{R: uint8(rgb >> 16), G: uint8(rgb >> 8), B: uint8(rgb), A: 0xff}
}

// WithAlpha returns c with its opacity multiplied by a/255.
func WithAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = uint8(uint16(c.A) * uint16(a) / 255)
	return c
}

// Blend mixes b into a with weight w/255, giving an opaque colour.
func Blend(a, b color.NRGBA, w uint8) color.NRGBA {
	mix := func(x, y uint8) uint8 { return uint8((uint16(x)*uint16(255-w) + uint16(y)*uint16(w)) / 255) }
	return color.NRGBA{R: mix(a.R, b.R), G: mix(a.G, b.G), B: mix(a.B, b.B), A: 0xff}
}

// Overlay paints over, which may be translucent, onto the opaque base.
func Overlay(base, over color.Color) color.NRGBA {
	o := NRGBA(over)
	b := NRGBA(base)
	a := o.A
	o.A = 0xff
	return Blend(b, o, a)
}

// NRGBA converts any colour to color.NRGBA.
func NRGBA(c color.Color) color.NRGBA {
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

// IsDarkColor reports whether a background colour is dark, by its relative
// luminance; it decides between the light and dark tones for any theme,
// including custom ones that report no variant.
func IsDarkColor(c color.Color) bool {
	n := NRGBA(c)
	lum := 0.2126*float64(n.R) + 0.7152*float64(n.G) + 0.0722*float64(n.B)
	return lum < 128
}

// IsDark reports whether th, in the app's current variant, has a dark
// background.
func IsDark(th fyne.Theme) bool {
	return IsDarkColor(th.Color(theme.ColorNameBackground, Variant()))
}

// Variant is the current app's theme variant (light without an app).
func Variant() fyne.ThemeVariant {
	if a := fyne.CurrentApp(); a != nil {
		return a.Settings().ThemeVariant()
	}
	return theme.VariantLight
}
