package app

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"newsline/timeline"
)

// Lane colours. The hues follow the Okabe–Ito palette, which stays
// distinguishable with the common colour-vision deficiencies; each has a
// deeper tone for light backgrounds and a brighter one for dark, so that
// markers keep their contrast in both.
var (
	knownLaneColors = map[timeline.Lane][2]color.NRGBA{ // [light, dark]
		timeline.LaneStatement: {rgb(0x00, 0x6b, 0xb0), rgb(0x5a, 0xae, 0xea)}, // blue
		timeline.LaneDiplomacy: {rgb(0x00, 0x8f, 0x6a), rgb(0x2f, 0xc8, 0x9b)}, // bluish green
		timeline.LaneSecurity:  {rgb(0xc8, 0x4f, 0x00), rgb(0xf2, 0x80, 0x44)}, // vermillion
		timeline.LanePolitics:  {rgb(0xa8, 0x4c, 0x8a), rgb(0xe0, 0x92, 0xc4)}, // reddish purple
		timeline.LaneEconomy:   {rgb(0xb0, 0x7a, 0x00), rgb(0xf0, 0xb4, 0x3a)}, // orange
		timeline.LaneContext:   {rgb(0x5f, 0x6e, 0x82), rgb(0xa0, 0xae, 0xc0)}, // slate
	}
	// Lanes a document adds beyond the known ones cycle through these.
	extraLaneColors = [][2]color.NRGBA{
		{rgb(0x2d, 0x8f, 0xc4), rgb(0x86, 0xcd, 0xf5)}, // sky blue
		{rgb(0x85, 0x7b, 0x00), rgb(0xdc, 0xd0, 0x4a)}, // olive yellow
		{rgb(0x7a, 0x52, 0x30), rgb(0xc8, 0x9c, 0x72)}, // brown
		{rgb(0x45, 0x45, 0x45), rgb(0xd0, 0xd0, 0xd0)}, // neutral
	}
)

func rgb(r, g, b uint8) color.NRGBA { return color.NRGBA{R: r, G: g, B: b, A: 0xff} }

// laneColor returns the colour of a lane; extra is the lane's position
// among the document's lanes that are not known ones.
func laneColor(l timeline.Lane, extra int, dark bool) color.NRGBA {
	pair, ok := knownLaneColors[l]
	if !ok {
		pair = extraLaneColors[extra%len(extraLaneColors)]
	}
	if dark {
		return pair[1]
	}
	return pair[0]
}

// withAlpha returns c with its opacity multiplied by a/255.
func withAlpha(c color.NRGBA, a uint8) color.NRGBA {
	c.A = uint8(uint16(c.A) * uint16(a) / 255)
	return c
}

// isDarkColor reports whether a background colour is dark, by its
// relative luminance; it decides between the light and dark palettes for
// any theme, including custom ones that report no variant.
func isDarkColor(c color.Color) bool {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	lum := 0.2126*float64(n.R) + 0.7152*float64(n.G) + 0.0722*float64(n.B)
	return lum < 128
}

// tlColors are the colours of one timeline frame, looked up once per
// refresh rather than per object.
type tlColors struct {
	dark        bool
	background  color.NRGBA
	foreground  color.NRGBA
	muted       color.NRGBA // secondary text: tick labels, counts
	band        color.NRGBA // every other lane's background
	column      color.NRGBA // the lane label column and the axis
	grid        color.NRGBA
	gridMajor   color.NRGBA
	separator   color.NRGBA
	accent      color.NRGBA // the publication date
	onAccent    color.NRGBA
	focus       color.NRGBA
	tooltip     color.NRGBA
	tooltipText color.NRGBA
	shadow      color.NRGBA
	star        color.NRGBA
	lanes       []color.NRGBA // by lane row
}

func (c *tlColors) load(th fyne.Theme, lanes []timeline.Lane) {
	v := fyne.CurrentApp().Settings().ThemeVariant()
	get := func(n fyne.ThemeColorName) color.NRGBA {
		return color.NRGBAModel.Convert(th.Color(n, v)).(color.NRGBA)
	}
	c.background = get(theme.ColorNameBackground)
	c.dark = isDarkColor(c.background)
	c.foreground = get(theme.ColorNameForeground)
	c.muted = withAlpha(c.foreground, 0xa0)
	c.separator = get(theme.ColorNameSeparator)
	c.focus = withAlpha(get(theme.ColorNamePrimary), 0xd0)
	c.accent = get(theme.ColorNamePrimary)
	c.onAccent = get(theme.ColorNameForegroundOnPrimary)
	if c.dark {
		c.band = withAlpha(c.foreground, 0x0b)
		c.column = blend(c.background, c.foreground, 0x10)
		c.grid = withAlpha(c.foreground, 0x12)
		c.gridMajor = withAlpha(c.foreground, 0x2a)
		c.tooltip = blend(c.background, c.foreground, 0x30)
		c.shadow = color.NRGBA{A: 0x90}
		c.star = rgb(0xf5, 0xc5, 0x18)
	} else {
		c.band = withAlpha(c.foreground, 0x08)
		c.column = blend(c.background, c.foreground, 0x0c)
		c.grid = withAlpha(c.foreground, 0x10)
		c.gridMajor = withAlpha(c.foreground, 0x26)
		c.tooltip = blend(c.foreground, c.background, 0x18)
		c.shadow = color.NRGBA{A: 0x40}
		c.star = rgb(0xd9, 0x8e, 0x00)
	}
	c.tooltipText = c.background
	if c.dark {
		c.tooltipText = c.foreground
	}
	c.lanes = c.lanes[:0]
	extra := 0
	for _, l := range lanes {
		c.lanes = append(c.lanes, laneColor(l, extra, c.dark))
		if _, ok := knownLaneColors[l]; !ok {
			extra++
		}
	}
}

// blend mixes b into a with weight w/255, giving an opaque colour.
func blend(a, b color.NRGBA, w uint8) color.NRGBA {
	mix := func(x, y uint8) uint8 { return uint8((uint16(x)*uint16(255-w) + uint16(y)*uint16(w)) / 255) }
	return color.NRGBA{R: mix(a.R, b.R), G: mix(a.G, b.G), B: mix(a.B, b.B), A: 0xff}
}
