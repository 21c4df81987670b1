package timelineview

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/vector"

	"newsline/app/look"
)

// Software OpenGL (Mesa on a machine or VM without a GPU, Xvfb) pays for
// every object it draws, and a frame of the timeline has hundreds of
// rectangles, circles and lines that move with each pan step. So the
// painter draws the frame's shapes itself, into one image the window
// shows as one object (a canvas.Raster), and leaves only the texts to
// Fyne, whose textures it keeps across frames (paint.go). The image is
// drawn with golang.org/x/image/vector, anti-aliased, at the screen's
// pixel scale.

// rasterLayer reports whether layer l is drawn into the image; texts
// stay Fyne's, and the tooltip's box must cover them.
func rasterLayer(l layer) bool {
	return layerKinds[l] != textShape && l != layerTipBg
}

// rasterOrder lists the layers drawn into the image, bottom first: the
// frame's order, but for the publication day's band, which tints the bars
// drawn opaque before it.
var rasterOrder = func() []layer {
	var out []layer
	for l := range numLayers {
		if rasterLayer(l) && l != layerPubBand {
			out = append(out, l)
			if l == layerBars {
				out = append(out, layerPubBand)
			}
		}
	}
	return out
}()

// shapeImage draws frames' shapes into an image it keeps.
type shapeImage struct {
	img *image.RGBA
	z   vector.Rasterizer
}

// draw paints the shapes of f's raster layers into an image w×h pixels
// (f's size at the screen's scale), on the background bg, and returns it.
func (si *shapeImage) draw(f *Frame, w, h int, bg color.NRGBA) *image.RGBA {
	if si.img == nil || si.img.Rect.Dx() != w || si.img.Rect.Dy() != h {
		si.img = image.NewRGBA(image.Rect(0, 0, w, h))
	}
	draw.Draw(si.img, si.img.Rect, image.NewUniform(bg), image.Point{}, draw.Src)
	if f.size.Width <= 0 || f.size.Height <= 0 {
		return si.img
	}
	sx, sy := float32(w)/f.size.Width, float32(h)/f.size.Height
	// The lane bands come first, straight on the background: their
	// colours are mixed with it once, and filled opaque, fast. So are the
	// bars and bands of events, on their lane's background (they do not
	// overlap one another): translucent fills cost a blend a pixel, and
	// a week's view of a busy timeline is full of month-long bands.
	laneBg := func(y float32) color.NRGBA {
		for ri := range f.geom.laneTop {
			if top := f.geom.laneTop[ri]; y >= top && y < top+f.geom.laneH[ri] {
				for _, b := range f.layers[layerBands] {
					if b.y <= y && y < b.y+b.h {
						return look.Overlay(bg, b.fill)
					}
				}
			}
		}
		return bg
	}
	for _, l := range rasterOrder {
		for i := range f.layers[l] {
			s := &f.layers[l][i]
			switch l {
			case layerBands:
				o := *s
				o.fill = look.Overlay(bg, s.fill)
				s = &o
			case layerBars:
				if s.strokeW == 0 && s.fill.A > 0 {
					o := *s
					o.fill = look.Overlay(laneBg(s.y+s.h/2), s.fill)
					s = &o
				}
			}
			si.shape(layerKinds[l], s, sx, sy)
		}
	}
	return si.img
}

func (si *shapeImage) shape(kind shapeKind, s *shape, sx, sy float32) {
	x, y, w, h := s.x*sx, s.y*sy, s.w*sx, s.h*sy
	sw := s.strokeW * sx
	switch kind {
	case rectShape:
		r := min(s.radius*sx, w/2, h/2)
		if r < 0.5 && (sw <= 0 || s.stroke.A == 0) {
			// Square corners, no outline: the backgrounds, bands and
			// grids, most of the pixels: filled whole, fast.
			si.box(x, y, w, h, s.fill)
			return
		}
		if s.fill.A > 0 && (sw <= 0 || s.stroke.A == 0) && w > 2*r+4 {
			// A long rounded bar (a band, a period): its middle is a plain
			// box; only the rounded ends take the rasterizer.
			y0, y1 := float32(math.Round(float64(y))), float32(math.Round(float64(y+h)))
			xa, xb := float32(math.Ceil(float64(x+r))), float32(math.Floor(float64(x+w-r)))
			si.box(xa, y0, xb-xa, y1-y0, s.fill)
			bar := func(p pather, ox, oy float32) { roundRect(p, x-ox, y0-oy, w, y1-y0, r, false) }
			si.fillIn(image.Rect(int(math.Floor(float64(x))), int(y0), int(xa), int(y1)), s.fill, bar)
			si.fillIn(image.Rect(int(xb), int(y0), int(math.Ceil(float64(x+w))), int(y1)), s.fill, bar)
			return
		}
		if s.fill.A > 0 {
			si.fill(x, y, w, h, s.fill, func(p pather, ox, oy float32) { roundRect(p, x-ox, y-oy, w, h, r, false) })
		}
		if sw > 0 && s.stroke.A > 0 {
			ring := func(p pather, ox, oy float32) {
				roundRect(p, x-ox, y-oy, w, h, r, false)
				roundRect(p, x-ox+sw, y-oy+sw, w-2*sw, h-2*sw, max(r-sw, 0), true)
			}
			if w*h < 4096 {
				si.fill(x, y, w, h, s.stroke, ring)
				return
			}
			// A large outline (the focus ring, a long selected bar): its
			// sides are boxes; only its corners take the rasterizer.
			c := int(math.Ceil(float64(max(r, sw)))) + 1
			x0, y0 := int(math.Floor(float64(x))), int(math.Floor(float64(y)))
			x1, y1 := int(math.Ceil(float64(x+w))), int(math.Ceil(float64(y+h)))
			si.box(float32(x0+c), y, float32(x1-x0-2*c), sw, s.stroke)
			si.box(float32(x0+c), y+h-sw, float32(x1-x0-2*c), sw, s.stroke)
			si.box(x, float32(y0+c), sw, float32(y1-y0-2*c), s.stroke)
			si.box(x+w-sw, float32(y0+c), sw, float32(y1-y0-2*c), s.stroke)
			for _, corner := range []image.Rectangle{
				image.Rect(x0, y0, x0+c, y0+c), image.Rect(x1-c, y0, x1, y0+c),
				image.Rect(x0, y1-c, x0+c, y1), image.Rect(x1-c, y1-c, x1, y1),
			} {
				si.fillIn(corner, s.stroke, ring)
			}
		}
	case circleShape:
		cx, cy, rad := x+w/2, y+h/2, w/2
		if s.fill.A > 0 {
			si.fill(x, y, w, h, s.fill, func(p pather, ox, oy float32) { circle(p, cx-ox, cy-oy, rad, false) })
		}
		if sw > 0 && s.stroke.A > 0 {
			si.fill(x, y, w, h, s.stroke, func(p pather, ox, oy float32) {
				circle(p, cx-ox, cy-oy, rad, false)
				circle(p, cx-ox, cy-oy, max(rad-sw, 0), true)
			})
		}
	case lineShape:
		// A line is a thin quad along it; an upright or level one a box.
		x1, y1 := x+w, y+h
		if w == 0 || h == 0 {
			if w == 0 {
				si.box(x-sw/2, min(y, y1), max(sw, 1), abs32(h), s.stroke)
			} else {
				si.box(min(x, x1), y-sw/2, abs32(w), max(sw, 1), s.stroke)
			}
			return
		}
		length := float32(math.Hypot(float64(w), float64(h)))
		if length == 0 || sw <= 0 {
			return
		}
		nx, ny := -h/length*sw/2, w/length*sw/2
		bx0, by0 := min(x, x1)-sw, min(y, y1)-sw
		bx1, by1 := max(x, x1)+sw, max(y, y1)+sw
		si.fill(bx0, by0, bx1-bx0, by1-by0, s.stroke, func(p pather, ox, oy float32) {
			p.MoveTo(x+nx-ox, y+ny-oy)
			p.LineTo(x1+nx-ox, y1+ny-oy)
			p.LineTo(x1-nx-ox, y1-ny-oy)
			p.LineTo(x-nx-ox, y-ny-oy)
			p.ClosePath()
		})
	case triangleShape:
		cx, cy, rad := float64(x+w/2), float64(y+h/2), float64(min(w, h))/2
		si.fill(x, y, w, h, s.fill, func(p pather, ox, oy float32) {
			for k := range 3 {
				a := (180 + float64(s.angle) + float64(k)*120) * math.Pi / 180
				px, py := float32(cx+rad*math.Sin(a))-ox, float32(cy-rad*math.Cos(a))-oy
				if k == 0 {
					p.MoveTo(px, py)
				} else {
					p.LineTo(px, py)
				}
			}
			p.ClosePath()
		})
	}
}

// box fills the rectangle (x, y, w, h), its edges rounded to pixels.
func (si *shapeImage) box(x, y, w, h float32, c color.NRGBA) {
	if c.A == 0 {
		return
	}
	rect := image.Rect(int(math.Round(float64(x))), int(math.Round(float64(y))),
		int(math.Round(float64(x+w))), int(math.Round(float64(y+h))))
	op := draw.Over
	if c.A == 0xff {
		op = draw.Src
	}
	draw.Draw(si.img, rect.Intersect(si.img.Rect), image.NewUniform(c), image.Point{}, op)
}

// pather is what the shape paths are drawn with: a vector.Rasterizer.
type pather interface {
	MoveTo(x, y float32)
	LineTo(x, y float32)
	CubeTo(x1, y1, x2, y2, x, y float32)
	ClosePath()
}

// fill rasterizes the path that path draws, within the box (x, y, w, h)
// of the image, in colour c. The rasterizer works on the box alone: its
// cost follows the shape's size, not the image's.
func (si *shapeImage) fill(x, y, w, h float32, c color.NRGBA, path func(p pather, ox, oy float32)) {
	si.fillIn(image.Rect(int(math.Floor(float64(x)))-1, int(math.Floor(float64(y)))-1,
		int(math.Ceil(float64(x+w)))+1, int(math.Ceil(float64(y+h)))+1), c, path)
}

// fillIn is fill within the pixels of box only: what the path draws
// outside them is left out.
func (si *shapeImage) fillIn(box image.Rectangle, c color.NRGBA, path func(p pather, ox, oy float32)) {
	box = box.Intersect(si.img.Rect)
	if box.Empty() || c.A == 0 {
		return
	}
	si.z.Reset(box.Dx(), box.Dy())
	si.z.DrawOp = draw.Over
	path(&si.z, float32(box.Min.X), float32(box.Min.Y))
	si.z.Draw(si.img, box, image.NewUniform(c), image.Point{})
}

// kappa places the control points of a cubic Bézier quarter circle.
const kappa = 0.5522847

// roundRect adds a rectangle with corners of radius r, clockwise, or the
// other way round when reverse (to cut a hole in a shape).
func roundRect(p pather, x, y, w, h, r float32, reverse bool) {
	if w <= 0 || h <= 0 {
		return
	}
	k := r * kappa
	if !reverse {
		p.MoveTo(x+r, y)
		p.LineTo(x+w-r, y)
		p.CubeTo(x+w-r+k, y, x+w, y+r-k, x+w, y+r)
		p.LineTo(x+w, y+h-r)
		p.CubeTo(x+w, y+h-r+k, x+w-r+k, y+h, x+w-r, y+h)
		p.LineTo(x+r, y+h)
		p.CubeTo(x+r-k, y+h, x, y+h-r+k, x, y+h-r)
		p.LineTo(x, y+r)
		p.CubeTo(x, y+r-k, x+r-k, y, x+r, y)
	} else {
		p.MoveTo(x+r, y)
		p.CubeTo(x+r-k, y, x, y+r-k, x, y+r)
		p.LineTo(x, y+h-r)
		p.CubeTo(x, y+h-r+k, x+r-k, y+h, x+r, y+h)
		p.LineTo(x+w-r, y+h)
		p.CubeTo(x+w-r+k, y+h, x+w, y+h-r+k, x+w, y+h-r)
		p.LineTo(x+w, y+r)
		p.CubeTo(x+w, y+r-k, x+w-r+k, y, x+w-r, y)
	}
	p.ClosePath()
}

// circle adds a circle, clockwise or, when reverse, the other way round.
func circle(p pather, cx, cy, r float32, reverse bool) {
	if r <= 0 {
		return
	}
	k := r * kappa
	if !reverse {
		p.MoveTo(cx, cy-r)
		p.CubeTo(cx+k, cy-r, cx+r, cy-k, cx+r, cy)
		p.CubeTo(cx+r, cy+k, cx+k, cy+r, cx, cy+r)
		p.CubeTo(cx-k, cy+r, cx-r, cy+k, cx-r, cy)
		p.CubeTo(cx-r, cy-k, cx-k, cy-r, cx, cy-r)
	} else {
		p.MoveTo(cx, cy-r)
		p.CubeTo(cx-k, cy-r, cx-r, cy-k, cx-r, cy)
		p.CubeTo(cx-r, cy+k, cx-k, cy+r, cx, cy+r)
		p.CubeTo(cx+k, cy+r, cx+r, cy+k, cx+r, cy)
		p.CubeTo(cx+r, cy-k, cx+k, cy-r, cx, cy-r)
	}
	p.ClosePath()
}
