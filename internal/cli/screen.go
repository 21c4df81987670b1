package cli

import (
	"os"
	"strconv"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// screenSize returns the work area of the primary monitor (the screen
// less its panels) in Fyne's units, or the zero size when GLFW cannot
// tell: the window opens no larger.
//
// Fyne 2.7 has no API for it; its desktop driver asks GLFW for the
// monitors and keeps the answer to itself. GLFW is called on the main
// thread, as it must be: openWindow runs on the main goroutine, which
// Fyne's driver locks to the main thread when it loads; glfw.Init does
// nothing when Fyne has initialised GLFW already, and Fyne's own Init
// does nothing after this one.
func screenSize(a fyne.App) fyne.Size {
	if err := glfw.Init(); err != nil {
		return fyne.Size{}
	}
	m := glfw.GetPrimaryMonitor()
	if m == nil {
		return fyne.Size{}
	}
	_, _, w, h := m.GetWorkarea()
	mode := m.GetVideoMode()
	if w <= 0 || h <= 0 || mode == nil {
		return fyne.Size{}
	}
	widthMm, _ := m.GetPhysicalSize()
	scale := detectedScale(widthMm, mode.Width) * userScale(a)
	return fyne.NewSize(float32(w)/scale, float32(h)/scale)
}

// detectedScale is the scale Fyne's driver gives a monitor of that width,
// in millimetres and pixels (calculateDetectedScale in its
// internal/driver/glfw/scale.go): its DPI over 120, at least 1.
func detectedScale(widthMm, widthPx int) float32 {
	dpi := float32(120)
	if widthMm > 0 {
		if d := float32(widthPx) / (float32(widthMm) / 25.4); d >= 10 && d <= 1000 {
			dpi = d
		}
	}
	return max(dpi/120, 1)
}

// userScale is the scale the user asks for, as Fyne reads it: FYNE_SCALE,
// else the app's setting, else 1.
func userScale(a fyne.App) float32 {
	if env := os.Getenv("FYNE_SCALE"); env != "" && env != "auto" {
		if s, err := strconv.ParseFloat(env, 32); err == nil && s > 0 {
			return float32(s)
		}
	}
	if s := a.Settings().Scale(); s > 0 {
		return s
	}
	return 1
}
