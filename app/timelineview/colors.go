package timelineview

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"newsline/app/look"
	"newsline/timeline"
)

// colors are the colours of one timeline frame, looked up once per
// refresh rather than per object.
type colors struct {
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

// load looks the colours up in th; lanes are the rows shown, palette the
// colours of all the document's lanes.
func (c *colors) load(th fyne.Theme, lanes []timeline.Lane, palette look.LaneColors) {
	v := look.Variant()
	get := func(n fyne.ThemeColorName) color.NRGBA {
		return color.NRGBAModel.Convert(th.Color(n, v)).(color.NRGBA)
	}
	c.background = get(theme.ColorNameBackground)
	c.dark = look.IsDarkColor(c.background)
	c.foreground = get(theme.ColorNameForeground)
	c.muted = look.WithAlpha(c.foreground, 0xa0)
	c.separator = get(theme.ColorNameSeparator)
	c.focus = look.WithAlpha(get(theme.ColorNamePrimary), 0xd0)
	c.accent = get(theme.ColorNamePrimary)
	c.onAccent = get(theme.ColorNameForegroundOnPrimary)
	if c.dark {
		c.band = look.WithAlpha(c.foreground, 0x0b)
		c.column = look.Blend(c.background, c.foreground, 0x10)
		c.grid = look.WithAlpha(c.foreground, 0x12)
		c.gridMajor = look.WithAlpha(c.foreground, 0x2a)
		c.tooltip = look.Blend(c.background, c.foreground, 0x30)
		c.shadow = color.NRGBA{A: 0x90}
	} else {
		c.band = look.WithAlpha(c.foreground, 0x08)
		c.column = look.Blend(c.background, c.foreground, 0x0c)
		c.grid = look.WithAlpha(c.foreground, 0x10)
		c.gridMajor = look.WithAlpha(c.foreground, 0x26)
		c.tooltip = look.Blend(c.foreground, c.background, 0x18)
		c.shadow = color.NRGBA{A: 0x40}
	}
	c.star = look.NRGBA(look.Color(th, look.ColorNameStar, v))
	c.tooltipText = c.background
	if c.dark {
		c.tooltipText = c.foreground
	}
	c.lanes = c.lanes[:0]
	for _, l := range lanes {
		c.lanes = append(c.lanes, palette.Color(l, c.dark))
	}
}
