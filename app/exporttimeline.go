package app

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsline/app/timelineview"
	"newsline/timeline"
	"newsline/timeline/interop"
)

// File → Export Timeline…: the document for TimelineJS (JSON or its
// spreadsheet), for a calendar (iCalendar), or the timeline as a picture
// (SVG, its text real text, or PNG), as the window shows it.

const prefTimelineExportFolder = "export.timeline.folder"

// A timelineFormat is a choice of the export dialog.
type timelineFormat struct {
	name string
	ext  string
	conv interop.Format // "" for a picture
}

var timelineFormats = []timelineFormat{
	{interop.TimelineJS.Name(), interop.TimelineJS.Ext(), interop.TimelineJS},
	{interop.TimelineCSV.Name(), interop.TimelineCSV.Ext(), interop.TimelineCSV},
	{interop.ICalendar.Name(), interop.ICalendar.Ext(), interop.ICalendar},
	{"Picture of the timeline (SVG)", ".svg", ""},
	{"Picture of the timeline (PNG)", ".png", ""},
}

// showExportTimeline asks for a format, a folder and a file name, then
// exports there.
func (u *UI) showExportTimeline() {
	var names []string
	byName := map[string]timelineFormat{}
	for _, f := range timelineFormats {
		names = append(names, f.name)
		byName[f.name] = f
	}
	base := fileNameFrom(u.Index.Doc.Title)
	if base == "" {
		base = "timeline"
	}
	name := widget.NewEntry()
	name.SetText(base + timelineFormats[0].ext)
	format := widget.NewSelect(names, func(choice string) {
		n := strings.TrimSuffix(name.Text, filepath.Ext(name.Text))
		name.SetText(n + byName[choice].ext)
	})
	format.SetSelected(timelineFormats[0].name)
	folder, folderRow := u.folderField(prefTimelineExportFolder)
	items := []*widget.FormItem{
		widget.NewFormItem("Format", format),
		folderRow,
		widget.NewFormItem("File name", name),
	}
	d := dialog.NewForm("Export timeline", "Export", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		u.App.Preferences().SetString(prefTimelineExportFolder, folder.Text)
		u.exportTimeline(filepath.Join(folder.Text, name.Text), byName[format.Selected])
	}, u.Window)
	name.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
	u.Window.Canvas().Focus(name)
}

// exportTimeline writes the export in the background and says how it went.
// A picture is drawn first, on the UI goroutine: an SVG of the timeline as
// it shows now (its span, size, filters and theme), a PNG of what the
// window shows of it.
func (u *UI) exportTimeline(path string, f timelineFormat) {
	doc := u.Index.Doc
	var picture []byte
	switch f.ext {
	case ".svg":
		start, end := u.Timeline.Viewport()
		var buf bytes.Buffer
		if err := timelineview.WriteSVG(&buf, u.Index, timelineview.Picture{
			Size: u.Timeline.Size(), Start: start, End: end, Hidden: u.hiddenEvent,
		}); err != nil {
			dialog.ShowError(fmt.Errorf("draw %s: %w", path, err), u.Window)
			return
		}
		picture = buf.Bytes()
	case ".png":
		img := u.timelineImage()
		var buf bytes.Buffer
		if err := png.Encode(&buf, img); err != nil {
			dialog.ShowError(fmt.Errorf("encode %s: %w", path, err), u.Window)
			return
		}
		picture = buf.Bytes()
	}
	var rep *interop.Report
	var err error
	u.run.Go(func() {
		if picture != nil {
			err = timeline.WriteFileAtomic(path, picture, 0o644)
			return
		}
		rep, err = interop.ExportFile(path, f.conv, doc, interop.Options{})
	}, func() {
		if err != nil {
			dialog.ShowError(err, u.Window)
			return
		}
		msg := "Exported the timeline to " + path
		if rep != nil {
			msg += "\n" + rep.String()
		}
		dialog.ShowInformation("Export timeline", msg, u.Window)
	})
}

// hiddenEvent reports whether event i is filtered off the timeline: its
// lane hidden, or a background passage not shown.
func (u *UI) hiddenEvent(i int) bool {
	ev := &u.Index.Doc.Events[i]
	return u.hiddenLanes[ev.Lane] || (ev.Background && !u.showBackground)
}

// timelineImage returns the pixels of the timeline as the window shows
// them.
func (u *UI) timelineImage() image.Image {
	c := u.Window.Canvas()
	img := c.Capture()
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(u.Timeline)
	size := u.Timeline.Size()
	scale := float32(img.Bounds().Dx()) / c.Size().Width
	r := image.Rect(int(pos.X*scale), int(pos.Y*scale), int((pos.X+size.Width)*scale), int((pos.Y+size.Height)*scale))
	if sub, ok := img.(interface {
		SubImage(image.Rectangle) image.Image
	}); ok {
		return sub.SubImage(r.Intersect(img.Bounds()))
	}
	return img
}
