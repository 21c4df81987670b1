package app

import (
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
)

type (
	fyneLabel       = widget.Label
	fyneRichText    = widget.RichText
	fyneHyperlink   = widget.Hyperlink
	desktopShortcut = desktop.CustomShortcut
)
