package timelineview

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"image/color"
	"io"
	"math"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"newsline/timeline"
)

// A Picture is a view of a document's timeline to export: its size and
// what it frames. Pictures are made with the current app's theme.
type Picture struct {
	Size fyne.Size
	// All fits every event, periods included; otherwise the picture
	// frames the story's days, as the window opens.
	All bool
	// Start and End, when set, are the span shown, as in a window.
	Start, End time.Time
	// Hidden leaves out the events for which it returns true (lanes
	// hidden, background passages), as a window's filters do.
	Hidden func(eventIndex int) bool
}

// WriteSVG writes the timeline of x as an SVG picture: each shape an SVG
// element, each label a real <text>, so that the text stays selectable
// and searchable. It is the frame the window would show at p.Size, drawn
// by the same layout.
func WriteSVG(w io.Writer, x *timeline.Index, p Picture) error {
	v := NewPicture(x, p)
	f := v.frame(p.Size)
	bg := v.Theme().Color(theme.ColorNameBackground, v.themeVariant())
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, `<?xml version="1.0" encoding="UTF-8"?>`+"\n")
	fmt.Fprintf(b, `<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" font-family="'Noto Sans', 'DejaVu Sans', Arial, sans-serif">`+"\n",
		num(p.Size.Width), num(p.Size.Height), num(p.Size.Width), num(p.Size.Height))
	b.WriteString("<title>")
	xml.EscapeText(b, []byte(x.Doc.Title))
	b.WriteString("</title>\n")
	fmt.Fprintf(b, `<rect width="100%%" height="100%%" %s/>`+"\n", paint("fill", colorOf(bg)))
	for l := range f.layers {
		for i := range f.layers[l] {
			writeShape(b, layerKinds[l], &f.layers[l][i])
		}
	}
	b.WriteString("</svg>\n")
	return b.Flush()
}

// NewPicture returns a timeline of x set up as p says, for a picture: its
// filter and its span.
func NewPicture(x *timeline.Index, p Picture) *View {
	v := New(x)
	if p.Hidden != nil {
		v.SetVisible(func(i int) bool { return !p.Hidden(i) })
	}
	switch {
	case !p.Start.IsZero() && p.End.After(p.Start):
		v.SetViewport(p.Start, p.End)
	case p.All:
		v.Fit()
	}
	return v
}

func (v *View) themeVariant() fyne.ThemeVariant {
	if a := fyne.CurrentApp(); a != nil {
		return a.Settings().ThemeVariant()
	}
	return theme.VariantLight
}

func writeShape(b *bufio.Writer, kind shapeKind, s *shape) {
	switch kind {
	case rectShape:
		fmt.Fprintf(b, `<rect x="%s" y="%s" width="%s" height="%s"`, num(s.x), num(s.y), num(max(s.w, 0)), num(max(s.h, 0)))
		if s.radius > 0 {
			fmt.Fprintf(b, ` rx="%s"`, num(min(s.radius, s.w/2, s.h/2)))
		}
		b.WriteString(fillStroke(s))
		b.WriteString("/>\n")
	case lineShape:
		fmt.Fprintf(b, `<line x1="%s" y1="%s" x2="%s" y2="%s" %s stroke-width="%s"/>`+"\n",
			num(s.x), num(s.y), num(s.x+s.w), num(s.y+s.h), paint("stroke", s.stroke), num(s.strokeW))
	case circleShape:
		fmt.Fprintf(b, `<circle cx="%s" cy="%s" r="%s"`, num(s.x+s.w/2), num(s.y+s.h/2), num(s.w/2))
		b.WriteString(fillStroke(s))
		b.WriteString("/>\n")
	case textShape:
		if s.text == "" {
			return
		}
		weight := ""
		if s.bold {
			weight = ` font-weight="bold"`
		}
		// The text's width as measured with Newsline's font: a viewer with
		// another fits it there, so that nothing overruns its place.
		fmt.Fprintf(b, `<text x="%s" y="%s" font-size="%s" textLength="%s" lengthAdjust="spacingAndGlyphs" dominant-baseline="central"%s %s>`,
			num(s.x), num(s.y+s.h/2), num(s.textSize), num(s.w), weight, paint("fill", s.fill))
		xml.EscapeText(b, []byte(s.text))
		b.WriteString("</text>\n")
	case triangleShape:
		// As Fyne draws a three-sided polygon: a regular triangle in the
		// box's circle, pointing up turned by its angle (down unturned).
		cx, cy, r := float64(s.x+s.w/2), float64(s.y+s.h/2), float64(min(s.w, s.h))/2
		b.WriteString(`<polygon points="`)
		for k := range 3 {
			a := (180 + float64(s.angle) + float64(k)*120) * math.Pi / 180
			if k > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(b, "%s,%s", num(float32(cx+r*math.Sin(a))), num(float32(cy-r*math.Cos(a))))
		}
		fmt.Fprintf(b, `" %s/>`+"\n", paint("fill", s.fill))
	}
}

// fillStroke gives a shape's fill and stroke as attributes.
func fillStroke(s *shape) string {
	out := " " + paint("fill", s.fill)
	if s.strokeW > 0 && s.stroke.A > 0 {
		out += " " + paint("stroke", s.stroke) + ` stroke-width="` + num(s.strokeW) + `"`
	}
	return out
}

// paint writes a colour as an SVG paint attribute and its opacity.
func paint(attr string, c color.NRGBA) string {
	if c.A == 0 {
		return attr + `="none"`
	}
	s := fmt.Sprintf(`%s="#%02x%02x%02x"`, attr, c.R, c.G, c.B)
	if c.A < 0xff {
		s += fmt.Sprintf(` %s-opacity="%s"`, attr, strconv.FormatFloat(float64(c.A)/255, 'f', 3, 64))
	}
	return s
}

func colorOf(c color.Color) color.NRGBA {
	return color.NRGBAModel.Convert(c).(color.NRGBA)
}

// num formats a coordinate with at most two decimals.
func num(f float32) string {
	return strconv.FormatFloat(math.Round(float64(f)*100)/100, 'f', -1, 64)
}
