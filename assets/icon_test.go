package assets

// The application icon is drawn in icon.svg. icon.png, which the window
// and the Linux package use, is rendered from it here, and so is
// docs/images/icon-sizes.png, the icon at the sizes a desktop shows it.
// After editing icon.svg run: go test ./assets -run TestIcon -update-icon

import (
	"bytes"
	"flag"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"testing"

	"github.com/fyne-io/oksvg"
	"github.com/srwiley/rasterx"
	"golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/basicfont"
	"golang.org/x/image/math/fixed"
)

var updateIcon = flag.Bool("update-icon", false, "rewrite icon.png and docs/images/icon-sizes.png from icon.svg")

const (
	iconSize    = 512 // IconPNG's width and height
	iconPreview = "../docs/images/icon-sizes.png"
)

// renderIcon rasterises an SVG icon at size×size with the SVG library
// Fyne itself uses.
func renderIcon(svg []byte, size int) (*image.RGBA, error) {
	icon, err := oksvg.ReadIconStream(bytes.NewReader(svg), oksvg.StrictErrorMode)
	if err != nil {
		return nil, err
	}
	icon.SetTarget(0, 0, float64(size), float64(size))
	img := image.NewRGBA(image.Rect(0, 0, size, size))
	icon.Draw(rasterx.NewDasher(size, size, rasterx.NewScannerGV(size, size, img, img.Bounds())), 1)
	return img, nil
}

func TestIconIsCurrent(t *testing.T) {
	svg, err := os.ReadFile("icon.svg")
	if err != nil {
		t.Fatal(err)
	}
	want, err := renderIcon(svg, iconSize)
	if err != nil {
		t.Fatalf("icon.svg: %v", err)
	}
	if *updateIcon {
		writePNG(t, "icon.png", want)
		writePNG(t, iconPreview, iconSizes(want))
		return
	}
	got, err := png.Decode(bytes.NewReader(IconPNG))
	if err != nil {
		t.Fatalf("icon.png: %v", err)
	}
	if b := got.Bounds(); b.Dx() != iconSize || b.Dy() != iconSize {
		t.Fatalf("icon.png is %d×%d, want %d×%d", b.Dx(), b.Dy(), iconSize, iconSize)
	}
	// A little tolerance: floating point may round differently elsewhere.
	const tolerance = 3
	for y := 0; y < iconSize; y++ {
		for x := 0; x < iconSize; x++ {
			if d := channelDiff(got.At(x, y), want.At(x, y)); d > tolerance {
				t.Fatalf("icon.png differs from icon.svg at (%d,%d) by %d; run: go test ./assets -run TestIcon -update-icon", x, y, d)
			}
		}
	}
}

// channelDiff is the largest difference between two colours' 8-bit
// non-premultiplied channels.
func channelDiff(a, b color.Color) int {
	ca, cb := color.NRGBAModel.Convert(a).(color.NRGBA), color.NRGBAModel.Convert(b).(color.NRGBA)
	d := 0
	for _, p := range [][2]uint8{{ca.R, cb.R}, {ca.G, cb.G}, {ca.B, cb.B}, {ca.A, cb.A}} {
		d = max(d, abs(int(p[0])-int(p[1])))
	}
	return d
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// iconSizes draws the icon as a desktop shows it, scaled down from
// icon.png to 256, 32 and 16 pixels, on the light and the dark theme's
// backgrounds; beside them the 32 and 16 pixel icons are enlarged,
// pixel by pixel, to judge what is left of the drawing.
func iconSizes(icon image.Image) *image.RGBA {
	const pad, label, zoomed = 24, 20, 128
	sizes := []int{256, 32, 16}
	scaled := make([]*image.RGBA, len(sizes))
	for i, s := range sizes {
		scaled[i] = image.NewRGBA(image.Rect(0, 0, s, s))
		draw.CatmullRom.Scale(scaled[i], scaled[i].Bounds(), icon, icon.Bounds(), draw.Over, nil)
	}
	type cell struct {
		img  image.Image
		size int // drawn size
		text string
	}
	cells := []cell{
		{scaled[0], 256, "256 px"},
		{scaled[1], 32, "32 px"},
		{scaled[2], 16, "16 px"},
		{scaled[1], zoomed, "32 px, x4"},
		{scaled[2], zoomed, "16 px, x8"},
	}
	width := pad
	for _, c := range cells {
		width += max(c.size, 64) + pad
	}
	rowHeight := pad + 256 + label + pad
	out := image.NewRGBA(image.Rect(0, 0, width, 2*rowHeight))
	backgrounds := []struct{ bg, fg color.RGBA }{
		{color.RGBA{0xf6, 0xf6, 0xf3, 0xff}, color.RGBA{0x1d, 0x21, 0x25, 0xff}}, // the light theme's
		{color.RGBA{0x17, 0x19, 0x1d, 0xff}, color.RGBA{0xe8, 0xea, 0xed, 0xff}}, // the dark theme's
	}
	for row, b := range backgrounds {
		top := row * rowHeight
		draw.Draw(out, image.Rect(0, top, width, top+rowHeight), image.NewUniform(b.bg), image.Point{}, draw.Src)
		x := pad
		for _, c := range cells {
			y := top + pad + 256 - c.size // bottoms aligned
			r := image.Rect(x, y, x+c.size, y+c.size)
			if c.size == c.img.Bounds().Dx() {
				draw.Draw(out, r, c.img, image.Point{}, draw.Over)
			} else {
				draw.NearestNeighbor.Scale(out, r, c.img, c.img.Bounds(), draw.Over, nil)
			}
			d := font.Drawer{Dst: out, Src: image.NewUniform(b.fg), Face: basicfont.Face7x13,
				Dot: fixed.P(x, top+pad+256+label-4)}
			d.DrawString(c.text)
			x += max(c.size, 64) + pad
		}
	}
	return out
}

func writePNG(t *testing.T, path string, img image.Image) {
	t.Helper()
	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestCompression}
	if err := enc.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(fmt.Errorf("write %s: %w", path, err))
	}
}
