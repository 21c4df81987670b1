package cli

import (
	"bytes"
	"fmt"
	"image/png"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/google/uuid"

	"newsline/app"
	"newsline/app/i18n"
	"newsline/app/look"
	"newsline/timeline"
	"newsline/timeline/notes"
)

var renderCommand = &Command{
	Name:    "render",
	Usage:   "[--doc FILE] [--select ID] [--search QUERY] [--size WxH] [--theme light|dark] [--lang en|uk|fr] -o FILE.png",
	Summary: "draw the window to a PNG file, without a display",
	Help: `Draws the window's content off-screen with Fyne's software renderer, as it
would look on screen, and writes it as a PNG. --select opens the card of an
event or entity (its ID, as "newsline events --json" prints them);
--search shows a search; --lang draws it in English (the default),
Ukrainian or French. The saved preferences of the app are not used:
the picture shows a fresh window; with --data DIR (or NEWSLINE_DATA) it
shows the notes kept there.`,
	Run: runRender,
}

func runRender(env *Env, c *Command, args []string) error {
	fs := c.FlagSet()
	env.DocFlag(fs, "draw")
	selectID := fs.String("select", "", "open the card of the event or entity with this `ID`")
	query := fs.String("search", "", "search for `QUERY`")
	sizeFlag := fs.String("size", "1280x800", "window size `WxH` in Fyne units")
	themeFlag := fs.String("theme", "light", "`light` or dark")
	langFlag := fs.String("lang", "en", "the window's language: `en`, uk or fr")
	out := fs.String("o", "", "write the PNG to `FILE` (required)")
	rest, err := c.Parse(env, fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return Usagef("unexpected argument %q", rest[0])
	}
	if *out == "" {
		return Usagef("-o FILE.png is required")
	}
	size, err := parseSize(*sizeFlag)
	if err != nil {
		return Usagef("--size: %v", err)
	}
	variant, err := parseTheme(*themeFlag)
	if err != nil {
		return err
	}
	if !i18n.Supported(*langFlag) {
		return Usagef("--lang: %q is not en, uk or fr", *langFlag)
	}
	var id uuid.UUID
	if *selectID != "" {
		if id, err = uuid.Parse(*selectID); err != nil {
			return Usagef("--select: %q is not an ID", *selectID)
		}
	}
	doc, err := env.LoadDocument()
	if err != nil {
		return err
	}

	// Fyne's test driver runs fyne.Do on the calling goroutine; a queue
	// keeps background results for Drain, on this goroutine.
	q := app.NewQueueRunner()
	opts := app.Options{Runner: q, Language: *langFlag}
	if env.Data != "" {
		// Show the notes of --data (or NEWSLINE_DATA) too.
		store, err := notes.Open(env.Data)
		if err != nil {
			return err
		}
		defer store.Close()
		opts.Notes = store
	}
	a := test.NewApp()
	defer test.NewApp() // leave no state behind for a next run in the same process
	a.Settings().SetTheme(look.NewThemeVariant(variant))
	ui := app.New(a, doc, opts)
	defer ui.Close()
	q.Drain()
	ui.Window.Resize(size)
	if id != uuid.Nil && !ui.OpenEvent(id) && !ui.OpenEntity(id) {
		return fmt.Errorf("--select: no event or entity %s in the document", id)
	}
	if *query != "" {
		ui.SearchFor(*query)
	}
	q.Drain()
	// Wrapped text learns its height from its width in a first layout;
	// a second one places what follows it.
	ui.Window.Resize(size.AddWidthHeight(1, 1))
	ui.Window.Resize(size)
	img := ui.Window.Canvas().Capture()
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		return fmt.Errorf("encode %s: %w", *out, err)
	}
	if err := timeline.WriteFileAtomic(*out, buf.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", *out, err)
	}
	return nil
}

// parseSize reads "1280x800".
func parseSize(s string) (fyne.Size, error) {
	ws, hs, ok := strings.Cut(strings.ToLower(s), "x")
	w, err1 := strconv.Atoi(ws)
	h, err2 := strconv.Atoi(hs)
	if !ok || err1 != nil || err2 != nil || w < 200 || h < 150 || w > 8000 || h > 8000 {
		return fyne.Size{}, fmt.Errorf("%q is not a size such as 1280x800 (200x150 to 8000x8000)", s)
	}
	return fyne.NewSize(float32(w), float32(h)), nil
}
