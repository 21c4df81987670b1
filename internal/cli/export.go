package cli

import (
	"bytes"
	"fmt"
	"image/png"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"newsline/app/look"
	"newsline/app/timelineview"
	"newsline/timeline"
	"newsline/timeline/interop"
)

var exportCommand = &Command{
	Name:    "export",
	Usage:   "[--doc FILE] [--format timelinejs|csv|ics|svg|png] [--size WxH] [--theme light|dark] [--all] -o FILE",
	Summary: "export the timeline for TimelineJS, a calendar, or as a picture",
	Help: `Writes the document's timeline (the built-in seed, or --doc FILE) to FILE, in
the format --format names, else the one FILE's extension says:

  timelinejs  .json  TimelineJS JSON: groups are lanes, periods have an end date,
                     display dates keep the article's wording ("since November
                     2025"); undated events are left out
  csv         .csv   TimelineJS's spreadsheet (Year, Month, Day, …, Group)
  ics         .ics   iCalendar: all-day events for the dated days, multi-day ones
                     for periods; events known only to the month or year, and
                     undated ones, are left out
  svg         .svg   a picture of the timeline, its text real text
  png         .png   a picture of the timeline

Pictures show the timeline as the window opens on it (the story's days),
or everything with --all, at --size (default 1600x600) in the --theme
(default light). The file is written atomically; what was left out is said
on standard error. --doc also reads TimelineJS JSON and CSV files.`,
	Run: runExport,
}

// pictureFormats are the formats export draws rather than converts.
var pictureFormats = []string{"svg", "png"}

func exportFormatNames() string {
	var names []string
	for _, f := range interop.Formats {
		names = append(names, string(f))
	}
	return strings.Join(append(names, pictureFormats...), ", ")
}

func runExport(env *Env, c *Command, args []string) error {
	fs := c.FlagSet()
	env.DocFlag(fs, "export")
	formatName := fs.String("format", "", "export as `FORMAT`: timelinejs, csv, ics, svg or png (default: from -o's extension)")
	sizeFlag := fs.String("size", "1600x600", "a picture's size `WxH`")
	themeFlag := fs.String("theme", "light", "a picture's theme: `light` or dark")
	all := fs.Bool("all", false, "a picture shows every event, not the story's days")
	out := fs.String("o", "", "write to `FILE` (required)")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return Usagef("unexpected argument %q", rest[0])
	}
	if *out == "" {
		return Usagef("-o FILE is required")
	}
	name := strings.ToLower(*formatName)
	if name == "" {
		name = strings.TrimPrefix(strings.ToLower(filepath.Ext(*out)), ".")
		if f, ok := interop.FormatOf(*out); ok {
			name = string(f)
		}
		if name == "" {
			return Usagef("-o %s: no extension to tell the format by; give --format (%s)", *out, exportFormatNames())
		}
	}
	doc, err := env.LoadDocument()
	if err != nil {
		return err
	}
	switch name {
	case "svg", "png":
		size, err := parseSize(*sizeFlag)
		if err != nil {
			return Usagef("--size: %v", err)
		}
		variant, err := parseTheme(*themeFlag)
		if err != nil {
			return err
		}
		return exportPicture(*out, name, doc, timelineview.Picture{Size: size, All: *all}, variant)
	}
	f, err := interop.ParseFormat(name)
	if err != nil {
		return Usagef("format %q: the formats are %s", name, exportFormatNames())
	}
	rep, err := interop.ExportFile(*out, f, doc, interop.Options{})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stderr, "newsline: wrote %s: %s\n", *out, rep)
	return nil
}

// parseTheme reads --theme.
func parseTheme(s string) (fyne.ThemeVariant, error) {
	switch s {
	case "light":
		return theme.VariantLight, nil
	case "dark":
		return theme.VariantDark, nil
	}
	return 0, Usagef("--theme must be light or dark, not %q", s)
}

// exportPicture draws the timeline off-screen, with Fyne's software
// renderer for a PNG, and writes it atomically.
func exportPicture(path, format string, doc *timeline.Document, p timelineview.Picture, variant fyne.ThemeVariant) error {
	a := test.NewApp()
	defer test.NewApp() // leave no state behind for a next run in the same process
	a.Settings().SetTheme(look.NewThemeVariant(variant))
	x := timeline.NewIndex(doc)
	var buf bytes.Buffer
	if format == "svg" {
		if err := timelineview.WriteSVG(&buf, x, p); err != nil {
			return fmt.Errorf("draw %s: %w", path, err)
		}
	} else {
		v := timelineview.NewPicture(x, p)
		w := test.NewWindow(v)
		defer w.Close()
		w.SetPadded(false)
		w.Resize(p.Size)
		if err := png.Encode(&buf, w.Canvas().Capture()); err != nil {
			return fmt.Errorf("encode %s: %w", path, err)
		}
	}
	if err := timeline.WriteFileAtomic(path, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
