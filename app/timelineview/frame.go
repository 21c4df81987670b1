package timelineview

import (
	"image/color"

	"fyne.io/fyne/v2"
)

// A Frame is one picture of the timeline: the shapes to draw, layer by
// layer from the bottom, and the targets that react to the pointer. The
// widget makes it from its state with a pure layout step (layout.go); the
// renderer only paints it (paint.go), and an SVG or PNG export could
// draw it too. Coordinates are in the widget's pixels, origin top left.
type Frame struct {
	size fyne.Size
	geom geometry
	// The span shown: the viewport, or the fitted one while fitting.
	viewStart, viewSpan float64
	stripOffset         float32 // pixels the undated strip is scrolled by, clamped

	layers [numLayers][]shape
	hits   []target // what was drawn, for hit tests: last drawn on top
	// hover is the hovered target as drawn in this frame (its rectangle
	// follows the view), or none when it is no longer drawn.
	hover target
	gen   uint64 // counts the frames laid out, so that painting skips repeats
	// laneItems holds each lane's items as stacked, by lane row.
	laneItems [][]laneItem
	// Scratch for merging a lane's items in order.
	runStarts []int
	sortBuf   []laneItem
}

// A layer is one stack of shapes of one kind; layers are painted in order.
type layer uint8

// The layers, bottom first.
const (
	layerBands layer = iota
	layerGrid
	layerPubBand
	layerBars
	layerBarArrows
	layerBarTexts
	layerHalos
	layerMarks
	layerBadges
	layerLabels
	layerPills
	layerPillTexts
	layerSelRings
	layerPlates
	layerPlateTexts
	layerColBg
	layerColLines
	layerSwatches
	layerLaneTexts
	layerAxisBg
	layerAxisLines
	layerTickTexts
	layerMajorTexts
	layerPubPill
	layerPubText
	layerPubTri
	layerThumb
	layerStripArrows
	layerTipBg
	layerTipTexts
	layerFocusRing
	numLayers
)

// shapeKind is what a shape is drawn as.
type shapeKind uint8

const (
	rectShape     shapeKind = iota // x, y, w, h: a rectangle, rounded by radius
	lineShape                      // x, y to x+w, y+h
	circleShape                    // x, y, w, h: the circle's bounding square
	textShape                      // x, y, w, h: the text's box; one line
	triangleShape                  // x, y, w, h: a triangle pointing down, or turned by angle degrees
)

// layerKinds gives each layer's kind of shape.
var layerKinds = [numLayers]shapeKind{
	layerBands: rectShape, layerGrid: lineShape, layerPubBand: rectShape, layerBars: rectShape,
	layerBarTexts: textShape, layerHalos: circleShape, layerMarks: circleShape, layerBadges: circleShape,
	layerLabels: textShape, layerPills: rectShape, layerPillTexts: textShape, layerSelRings: circleShape,
	layerPlates: rectShape, layerPlateTexts: textShape, layerColBg: rectShape, layerColLines: lineShape,
	layerSwatches: rectShape, layerLaneTexts: textShape, layerAxisBg: rectShape, layerAxisLines: lineShape,
	layerTickTexts: textShape, layerMajorTexts: textShape, layerPubPill: rectShape, layerPubText: textShape,
	layerPubTri: triangleShape, layerThumb: rectShape, layerBarArrows: triangleShape, layerStripArrows: triangleShape, layerTipBg: rectShape, layerTipTexts: textShape,
	layerFocusRing: rectShape,
}

// A shape is one thing drawn. Which fields count depends on its layer's
// kind: see shapeKind.
type shape struct {
	x, y, w, h   float32
	fill, stroke color.NRGBA // a line's colour is its stroke
	strokeW      float32
	radius       float32 // a rectangle's corners
	angle        float32 // a triangle's turn, clockwise from pointing down
	text         string
	textSize     float32
	bold         bool
}

type targetKind uint8

const (
	targetNone        targetKind = iota
	targetEvent                  // a marker, its label, a period bar, an undated chip
	targetCluster                // a cluster of markers or a run of merged bars
	targetStripScroll            // an arrow of the undated strip: count is -1 (back) or 1
)

// A target is something drawn that reacts to the pointer, with its
// rectangle in widget coordinates.
type target struct {
	kind           targetKind
	row            int16   // the lane row; the strip's is the number of lanes
	sub            int8    // the sub-row in the lane
	ev             int32   // targetEvent: the event index
	count          int32   // targetCluster: how many
	ax             float32 // targetEvent: where across it is anchored (a marker's centre, a bar's visible middle)
	t0, t1         float64
	x0, y0, x1, y1 float32
}

// sameAs reports whether a and b are the same thing, wherever drawn.
func (a target) sameAs(b target) bool {
	return a.kind == b.kind && a.ev == b.ev && a.row == b.row && a.count == b.count && a.t0 == b.t0
}

// geometry is where the parts of the widget are, for a size.
type geometry struct {
	plotX, plotW   float32 // the plot: right of the lane label column
	laneTop, laneH []float32
	laneRows       []int   // each lane's sub-rows
	stripY, stripH float32 // stripH is 0 when nothing is undated
	chipW          float32
	stripScrolls   bool // the strip holds more chips than it shows
}

// hitAt returns what is drawn at pos, the topmost first.
func (f *Frame) hitAt(pos fyne.Position) target {
	for k := len(f.hits) - 1; k >= 0; k-- {
		if h := f.hits[k]; pos.X >= h.x0 && pos.X < h.x1 && pos.Y >= h.y0 && pos.Y < h.y1 {
			return h
		}
	}
	return target{}
}

// inStrip reports whether pos is over the undated strip.
func (f *Frame) inStrip(pos fyne.Position) bool {
	g := &f.geom
	return g.stripH > 0 && pos.Y >= g.stripY && pos.Y < g.stripY+g.stripH
}

// x maps an instant to a plot x-coordinate.
func (f *Frame) x(at float64) float32 {
	return float32((at - f.viewStart) / f.viewSpan * float64(f.geom.plotW))
}

// at maps a plot x-coordinate to an instant.
func (f *Frame) at(x float32) float64 {
	return f.viewStart + float64(x)/float64(f.geom.plotW)*f.viewSpan
}

// The shape builders. Each appends one shape to a layer.

func (f *Frame) rect(l layer, x, y, w, h float32, fill, stroke color.NRGBA, strokeW, radius float32) {
	f.layers[l] = append(f.layers[l], shape{x: x, y: y, w: w, h: h, fill: fill, stroke: stroke, strokeW: strokeW, radius: radius})
}

func (f *Frame) line(l layer, x0, y0, x1, y1 float32, col color.NRGBA, w float32) {
	f.layers[l] = append(f.layers[l], shape{x: x0, y: y0, w: x1 - x0, h: y1 - y0, stroke: col, strokeW: w})
}

func (f *Frame) circle(l layer, cx, cy, radius float32, fill, stroke color.NRGBA, strokeW float32) {
	f.layers[l] = append(f.layers[l], shape{x: cx - radius, y: cy - radius, w: 2 * radius, h: 2 * radius, fill: fill, stroke: stroke, strokeW: strokeW})
}

// text draws s with its left edge at x, centred vertically on cy, in a box
// w wide and one line high.
func (f *Frame) text(l layer, s string, x, cy, w, lineH, size float32, col color.NRGBA, bold bool) {
	f.layers[l] = append(f.layers[l], shape{x: x, y: cy - lineH/2, w: w, h: lineH, fill: col, text: s, textSize: size, bold: bold})
}

func (f *Frame) triangle(l layer, x, y, w, h float32, fill color.NRGBA) {
	f.layers[l] = append(f.layers[l], shape{x: x, y: y, w: w, h: h, fill: fill})
}

// chevron draws a small triangle pointing right (or left) with its tip
// side at x, centred on cy, w wide and h high.
func (f *Frame) chevron(l layer, x, cy, w, h float32, right bool, fill color.NRGBA) {
	angle := float32(90) // a down-pointing triangle turned to point left
	if right {
		angle = 270
	}
	// Turned a quarter, the triangle's box is h wide and w high.
	f.layers[l] = append(f.layers[l], shape{x: x + w/2 - h/2, y: cy - w/2, w: h, h: w, fill: fill, angle: angle})
}

func (f *Frame) hit(h target) { f.hits = append(f.hits, h) }

// reset empties f for a new frame, keeping its memory.
func (f *Frame) reset() {
	for l := range f.layers {
		f.layers[l] = f.layers[l][:0]
	}
	f.hits = f.hits[:0]
	f.hover = target{}
}
