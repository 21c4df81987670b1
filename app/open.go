package app

import (
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"newsline/app/i18n"
	"newsline/timeline"
	"newsline/timeline/interop"
)

// Opening a timeline: File → Open…, File → Open Recent and a file dropped
// on the window all open Newsline documents and TimelineJS JSON or CSV
// files alike, told apart by their content (interop.Open), and say
// clearly what any other file is not.

// prefRecent keeps the paths of the documents opened last, newest first,
// one a line.
const prefRecent = "documents.recent"

// maxRecent bounds File → Open Recent.
const maxRecent = 8

// showOpen opens a timeline document from a file.
func (u *UI) showOpen() {
	open := func() {
		d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
			if err != nil || r == nil {
				return
			}
			path := r.URI().Path()
			r.Close()
			u.openFile(path)
		}, u.Window)
		d.SetFilter(storage.NewExtensionFileFilter([]string{".json", ".csv"}))
		if l, err := storage.ListerForURI(storage.NewFileURI(u.App.Preferences().StringWithFallback(prefDocFolder, defaultExportFolder()))); err == nil {
			d.SetLocation(l)
		}
		d.Show()
	}
	u.whenSaved(lang.L("Open another without saving?"), open)
}

// whenSaved runs then, offering first to save the document's unsaved
// changes.
func (u *UI) whenSaved(question string, then func()) {
	if u.dirty() {
		u.confirmDiscard(question, then)
		return
	}
	then()
}

// openFile reads a timeline in the background and shows it: a Newsline
// document, or a TimelineJS file, which File → Save then writes as a
// Newsline document elsewhere, never over it.
func (u *UI) openFile(path string) {
	progress := dialog.NewCustomWithoutButtons(lang.L("Opening {{.File}}…", map[string]any{"File": filepath.Base(path)}), widget.NewProgressBarInfinite(), u.Window)
	progress.Show()
	var doc *timeline.Document
	var rep *interop.Report
	var err error
	u.run.Go(func() { doc, rep, err = interop.Open(path) }, func() {
		progress.Hide()
		if err != nil {
			dialog.ShowError(err, u.Window)
			return
		}
		u.App.Preferences().SetString(prefDocFolder, filepath.Dir(path))
		u.addRecent(path)
		savePath := path
		if rep.Kind != interop.Newsline {
			savePath = ""
		}
		u.SetDocument(doc, savePath)
		if rep.Kind != interop.Newsline {
			file := filepath.Base(path)
			msg := lang.L("{{.File}} read as a {{.Kind}}: {{.Report}}.", map[string]any{"File": file, "Kind": kindName(rep.Kind), "Report": reportText(rep)}) +
				"\n" + lang.L("File → Save writes it as a Newsline timeline, leaving this file as it is.")
			dialog.ShowInformation(lang.L("Opened {{.File}}", map[string]any{"File": file}), msg, u.Window)
		}
	})
}

// recent returns the documents opened last, newest first.
func (u *UI) recent() []string {
	var out []string
	for _, p := range strings.Split(u.App.Preferences().String(prefRecent), "\n") {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// addRecent puts path first in File → Open Recent.
func (u *UI) addRecent(path string) {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	list := slices.DeleteFunc(u.recent(), func(p string) bool { return p == path })
	list = append([]string{path}, list...)
	if len(list) > maxRecent {
		list = list[:maxRecent]
	}
	u.App.Preferences().SetString(prefRecent, strings.Join(list, "\n"))
	u.refreshRecentMenu()
}

// recentMenuItem is File → Open Recent, its items the documents opened
// last.
func (u *UI) recentMenuItem() *fyne.MenuItem {
	u.recentItem = fyne.NewMenuItem(lang.L("Open Recent"), nil)
	u.refreshRecentMenu()
	return u.recentItem
}

func (u *UI) refreshRecentMenu() {
	if u.recentItem == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, p := range u.recent() {
		items = append(items, fyne.NewMenuItem(p, func() { u.whenSaved(lang.L("Open another without saving?"), func() { u.openFile(p) }) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem(lang.L("No documents yet"), nil)
		none.Disabled = true
		items = append(items, none)
	} else {
		items = append(items, fyne.NewMenuItemSeparator(), fyne.NewMenuItem(lang.L("Clear the List"), func() {
			u.App.Preferences().SetString(prefRecent, "")
			u.refreshRecentMenu()
		}))
	}
	u.recentItem.ChildMenu = fyne.NewMenu("", items...)
	if m := u.Window.MainMenu(); m != nil {
		m.Refresh()
	}
}

// dropped opens a file dropped on the window: a timeline, by its
// content, as File → Open does.
func (u *UI) dropped(_ fyne.Position, uris []fyne.URI) {
	for _, uri := range uris {
		if uri.Scheme() != "file" {
			continue
		}
		path := uri.Path()
		u.whenSaved(lang.L("Open another without saving?"), func() { u.openFile(path) })
		return
	}
}

// kindName names a kind of timeline file for the window: "TimelineJS
// timeline".
func kindName(k interop.Kind) string {
	switch k {
	case interop.Newsline:
		return lang.L("Newsline timeline")
	case interop.TimelineJSON:
		return lang.L("TimelineJS timeline")
	case interop.TimelineSheet:
		return lang.L("TimelineJS spreadsheet")
	}
	return k.String()
}

// reportText says what an import or export kept and left out, as
// interop.Report.String does in English. The readers' notices stay in
// English: they quote the file.
func reportText(r *interop.Report) string {
	s := lang.N("{{.Count}} events", r.Events, map[string]any{"Count": i18n.Int(r.Events)})
	var out []string
	if r.Undated > 0 {
		out = append(out, lang.N("{{.Count}} undated", r.Undated, map[string]any{"Count": i18n.Int(r.Undated)}))
	}
	if r.Coarse > 0 {
		out = append(out, lang.N("{{.Count}} dated only to a month or year", r.Coarse, map[string]any{"Count": i18n.Int(r.Coarse)}))
	}
	if len(out) > 0 {
		s += "; " + lang.L("left out: {{.What}}", map[string]any{"What": strings.Join(out, ", ")})
	}
	for _, n := range r.Notices {
		s += "; " + n
	}
	return s
}
