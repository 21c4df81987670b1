// Package look is Newsline's appearance in one place: the theme (colours
// of both variants, Newsline's own colour names), the colour of each lane
// wherever a lane is shown (timeline, cards, article), and the colour
// arithmetic the widgets share. Widgets ask it when they refresh, so that
// a change of theme reaches everything drawn.
package look

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// Theme is Newsline's look: calm neutral surfaces, one blue accent, and
// text with enough contrast for long reading, in a light and a dark
// variant. Variant forces one of them; nil follows the system.
type Theme struct {
	Variant *fyne.ThemeVariant
}

// NewTheme returns the theme following the system's variant.
func NewTheme() *Theme { return &Theme{} }

// NewThemeVariant returns the theme fixed to one variant.
func NewThemeVariant(v fyne.ThemeVariant) *Theme { return &Theme{Variant: &v} }

var _ fyne.Theme = (*Theme)(nil)

// Newsline's own colour names, beside Fyne's.
const (
	// ColorNameMark is the band behind an event's passage in the article.
	ColorNameMark fyne.ThemeColorName = "newsline-mark"
	// ColorNameHighlight is the band behind the selected event's passages.
	ColorNameHighlight fyne.ThemeColorName = "newsline-highlight"
	// ColorNameSearchHit is the band behind the words a search found.
	ColorNameSearchHit fyne.ThemeColorName = "newsline-search-hit"
	// ColorNameSecondary is for secondary text that must stay readable:
	// how a date was derived, section titles (Fyne's disabled colour is
	// too faint for reading).
	ColorNameSecondary fyne.ThemeColorName = "newsline-secondary"
	// ColorNameStar is a starred event's star.
	ColorNameStar fyne.ThemeColorName = "newsline-star"
)

// Color returns one of Newsline's own colours from th, or from Newsline's
// theme when th does not know it (Fyne's test theme, a user's theme).
func Color(th fyne.Theme, name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if c := th.Color(name, v); c != nil {
		if _, _, _, a := c.RGBA(); a > 0 {
			return c
		}
	}
	// The tone follows th's background, whatever variant it claims.
	if IsDarkColor(th.Color(theme.ColorNameBackground, v)) {
		return palettes[theme.VariantDark][name]
	}
	return palettes[theme.VariantLight][name]
}

var palettes = map[fyne.ThemeVariant]map[fyne.ThemeColorName]color.Color{
	theme.VariantLight: {
		theme.ColorNameBackground:          hex(0xf6f6f3),
		theme.ColorNameForeground:          hex(0x1d2125),
		theme.ColorNamePrimary:             hex(0x2458c6),
		theme.ColorNameForegroundOnPrimary: hex(0xffffff),
		theme.ColorNameButton:              hex(0xe8e8e4),
		theme.ColorNameDisabledButton:      hex(0xeeeeeb),
		theme.ColorNameDisabled:            hex(0xa3a6aa),
		theme.ColorNameInputBackground:     hex(0xffffff),
		theme.ColorNameInputBorder:         hex(0xcfd0cc),
		theme.ColorNamePlaceHolder:         hex(0x83878c),
		theme.ColorNameHeaderBackground:    hex(0xebebe7),
		theme.ColorNameMenuBackground:      hex(0xffffff),
		theme.ColorNameOverlayBackground:   hex(0xffffff),
		theme.ColorNameSeparator:           hex(0xdcdcd7),
		theme.ColorNameHover:               WithAlpha(hex(0x000000), 0x0f),
		theme.ColorNamePressed:             WithAlpha(hex(0x000000), 0x1c),
		theme.ColorNameFocus:               WithAlpha(hex(0x2458c6), 0x66),
		theme.ColorNameSelection:           WithAlpha(hex(0x2458c6), 0x33),
		theme.ColorNameScrollBar:           WithAlpha(hex(0x000000), 0x55),
		theme.ColorNameScrollBarBackground: WithAlpha(hex(0x000000), 0x0c),
		theme.ColorNameShadow:              WithAlpha(hex(0x000000), 0x30),
		theme.ColorNameHyperlink:           hex(0x1f4fb5),
		theme.ColorNameError:               hex(0xc62828),
		theme.ColorNameSuccess:             hex(0x2e7d32),
		theme.ColorNameWarning:             hex(0xb26a00),
		ColorNameMark:                      WithAlpha(hex(0x2458c6), 0x14),
		ColorNameHighlight:                 WithAlpha(hex(0xffc21a), 0x80),
		ColorNameSearchHit:                 WithAlpha(hex(0x2ec4b6), 0x55),
		ColorNameSecondary:                 hex(0x5d6167),
		ColorNameStar:                      hex(0xd98e00),
	},
	theme.VariantDark: {
		theme.ColorNameBackground:          hex(0x17191d),
		theme.ColorNameForeground:          hex(0xe4e5e7),
		theme.ColorNamePrimary:             hex(0x78a6ff),
		theme.ColorNameForegroundOnPrimary: hex(0x0d1321),
		theme.ColorNameButton:              hex(0x2a2d33),
		theme.ColorNameDisabledButton:      hex(0x23262b),
		theme.ColorNameDisabled:            hex(0x6b7078),
		theme.ColorNameInputBackground:     hex(0x202329),
		theme.ColorNameInputBorder:         hex(0x3a3e46),
		theme.ColorNamePlaceHolder:         hex(0x8a8f97),
		theme.ColorNameHeaderBackground:    hex(0x1f2226),
		theme.ColorNameMenuBackground:      hex(0x23262b),
		theme.ColorNameOverlayBackground:   hex(0x23262b),
		theme.ColorNameSeparator:           hex(0x30343b),
		theme.ColorNameHover:               WithAlpha(hex(0xffffff), 0x12),
		theme.ColorNamePressed:             WithAlpha(hex(0xffffff), 0x22),
		theme.ColorNameFocus:               WithAlpha(hex(0x78a6ff), 0x77),
		theme.ColorNameSelection:           WithAlpha(hex(0x78a6ff), 0x40),
		theme.ColorNameScrollBar:           WithAlpha(hex(0xffffff), 0x55),
		theme.ColorNameScrollBarBackground: WithAlpha(hex(0xffffff), 0x0c),
		theme.ColorNameShadow:              WithAlpha(hex(0x000000), 0x66),
		theme.ColorNameHyperlink:           hex(0x8db4ff),
		theme.ColorNameError:               hex(0xff6b6b),
		theme.ColorNameSuccess:             hex(0x66bb6a),
		theme.ColorNameWarning:             hex(0xffb74d),
		ColorNameMark:                      WithAlpha(hex(0x78a6ff), 0x1c),
		ColorNameHighlight:                 WithAlpha(hex(0xffc21a), 0x50),
		ColorNameSearchHit:                 WithAlpha(hex(0x2ec4b6), 0x60),
		ColorNameSecondary:                 hex(0xa4a9b0),
		ColorNameStar:                      hex(0xf5c518),
	},
}

func (t *Theme) variant(v fyne.ThemeVariant) fyne.ThemeVariant {
	if t.Variant != nil {
		return *t.Variant
	}
	if v != theme.VariantDark {
		return theme.VariantLight
	}
	return v
}

// Color returns the named colour for the variant (or the forced one).
func (t *Theme) Color(name fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	v = t.variant(v)
	if c, ok := palettes[v][name]; ok {
		return c
	}
	return theme.DefaultTheme().Color(name, v)
}

func (t *Theme) Font(s fyne.TextStyle) fyne.Resource     { return theme.DefaultTheme().Font(s) }
func (t *Theme) Icon(n fyne.ThemeIconName) fyne.Resource { return theme.DefaultTheme().Icon(n) }

// Size keeps Fyne's sizes but for slightly rounder inputs and a calmer
// scroll bar.
func (t *Theme) Size(n fyne.ThemeSizeName) float32 {
	switch n {
	case theme.SizeNameInputRadius, theme.SizeNameSelectionRadius:
		return 6
	case theme.SizeNameScrollBarSmall:
		return 4
	}
	return theme.DefaultTheme().Size(n)
}
