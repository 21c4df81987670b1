package app

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

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
	u.whenSaved("Open another", open)
}

// whenSaved runs then, offering first to save the document's unsaved
// changes.
func (u *UI) whenSaved(verb string, then func()) {
	if u.dirty() {
		u.confirmDiscard(verb, then)
		return
	}
	then()
}

// openFile reads a timeline in the background and shows it: a Newsline
// document, or a TimelineJS file, which File → Save then writes as a
// Newsline document elsewhere, never over it.
func (u *UI) openFile(path string) {
	progress := dialog.NewCustomWithoutButtons("Opening "+filepath.Base(path)+"…", widget.NewProgressBarInfinite(), u.Window)
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
			msg := fmt.Sprintf("%s read as a %s: %s.\nFile → Save writes it as a Newsline timeline, leaving this file as it is.", filepath.Base(path), rep.Kind, rep)
			dialog.ShowInformation("Opened "+filepath.Base(path), msg, u.Window)
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
	u.recentItem = fyne.NewMenuItem("Open Recent", nil)
	u.refreshRecentMenu()
	return u.recentItem
}

func (u *UI) refreshRecentMenu() {
	if u.recentItem == nil {
		return
	}
	var items []*fyne.MenuItem
	for _, p := range u.recent() {
		items = append(items, fyne.NewMenuItem(p, func() { u.whenSaved("Open another", func() { u.openFile(p) }) }))
	}
	if len(items) == 0 {
		none := fyne.NewMenuItem("No documents yet", nil)
		none.Disabled = true
		items = append(items, none)
	} else {
		items = append(items, fyne.NewMenuItemSeparator(), fyne.NewMenuItem("Clear the List", func() {
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
		u.whenSaved("Open another", func() { u.openFile(path) })
		return
	}
}
