package look

import (
	"image/color"
	"slices"

	"newsline/timeline"
)

// Lane colours. The hues follow the Okabe–Ito palette, which stays
// distinguishable with the common colour-vision deficiencies; each has a
// deeper tone for light backgrounds and a brighter one for dark, so that
// markers keep their contrast in both.
var (
	knownLaneColors = map[timeline.Lane][2]color.NRGBA{ // [light, dark]
		timeline.LaneStatement: {hex(0x006bb0), hex(0x5aaeea)}, // blue
		timeline.LaneDiplomacy: {hex(0x008f6a), hex(0x2fc89b)}, // bluish green
		timeline.LaneSecurity:  {hex(0xc84f00), hex(0xf28044)}, // vermillion
		timeline.LanePolitics:  {hex(0xa84c8a), hex(0xe092c4)}, // reddish purple
		timeline.LaneEconomy:   {hex(0xb07a00), hex(0xf0b43a)}, // orange
		timeline.LaneContext:   {hex(0x5f6e82), hex(0xa0aec0)}, // slate
	}
	// Lanes a document adds beyond the known ones cycle through these.
	extraLaneColors = [][2]color.NRGBA{
		{hex(0x2d8fc4), hex(0x86cdf5)}, // sky blue
		{hex(0x857b00), hex(0xdcd04a)}, // olive yellow
		{hex(0x7a5230), hex(0xc89c72)}, // brown
		{hex(0x454545), hex(0xd0d0d0)}, // neutral
	}
)

// LaneColors is the one mapping from lanes to colours, for the timeline,
// the cards and the article alike. Known lanes have their own colours;
// the others take the extra colours in the order of all the document's
// lanes, so that hiding a lane on the timeline never recolours another.
type LaneColors struct {
	extra map[timeline.Lane]int // a lane that is not a known one → its place among them
}

// NewLaneColors returns the colours of a document's lanes: lanes lists
// them all, in display order (timeline.Index.Lanes), hidden ones included.
func NewLaneColors(lanes []timeline.Lane) LaneColors {
	lc := LaneColors{extra: map[timeline.Lane]int{}}
	for _, l := range lanes {
		if _, known := knownLaneColors[l]; !known {
			lc.extra[l] = len(lc.extra)
		}
	}
	return lc
}

// Color returns lane l's colour in the light or dark tone. A lane the
// document did not have when lc was made gets the first extra colour.
func (lc LaneColors) Color(l timeline.Lane, dark bool) color.NRGBA {
	pair, ok := knownLaneColors[l]
	if !ok {
		pair = extraLaneColors[lc.extra[l]%len(extraLaneColors)]
	}
	if dark {
		return pair[1]
	}
	return pair[0]
}

// KnownLaneColor reports whether l has a colour of its own.
func KnownLaneColor(l timeline.Lane) bool {
	return slices.Contains(timeline.KnownLanes, l)
}
