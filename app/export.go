package app

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"newsline/timeline/notes"
)

const prefExportFolder = "export.folder"

// showExport asks for a format, a folder and a file name, then exports the
// notes there. A folder and a name rather than Fyne's save dialog: that
// dialog creates (and truncates) the file itself, which would defeat
// writing the export atomically.
func (u *UI) showExport() {
	store := u.notes.store
	if store == nil {
		msg := "Notes are off."
		if u.notes.err != nil {
			msg = "Notes are unavailable: " + u.notes.err.Error()
		}
		dialog.ShowInformation("Export notes", msg, u.Window)
		return
	}
	var names []string
	byName := map[string]notes.Format{}
	for _, f := range notes.Formats {
		names = append(names, f.Name())
		byName[f.Name()] = f
	}
	name := widget.NewEntry()
	name.SetText("newsline-notes" + notes.Markdown.Ext())
	format := widget.NewSelect(names, func(choice string) {
		f := byName[choice]
		base := strings.TrimSuffix(name.Text, filepath.Ext(name.Text))
		name.SetText(base + f.Ext())
	})
	format.SetSelected(notes.Markdown.Name())
	all := widget.NewCheck("Include events without notes", nil)
	folder, folderRow := u.folderField(prefExportFolder)
	items := []*widget.FormItem{
		widget.NewFormItem("Format", format),
		widget.NewFormItem("", all),
		folderRow,
		widget.NewFormItem("File name", name),
	}
	d := dialog.NewForm("Export notes", "Export", "Cancel", items, func(ok bool) {
		if !ok {
			return
		}
		path := filepath.Join(folder.Text, name.Text)
		u.App.Preferences().SetString(prefExportFolder, folder.Text)
		u.exportNotes(path, byName[format.Selected], all.Checked)
	}, u.Window)
	name.OnSubmitted = func(string) { d.Submit() }
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
	u.Window.Canvas().Focus(name)
}

// exportNotes writes the export in the background and says how it went.
func (u *UI) exportNotes(path string, f notes.Format, all bool) {
	store, doc := u.notes.store, u.Index.Doc
	progress := dialog.NewCustomWithoutButtons("Exporting notes…", widget.NewProgressBarInfinite(), u.Window)
	progress.Show()
	var set *notes.Set
	var err error
	u.run.Go(func() {
		ctx, cancel := notesContext()
		defer cancel()
		set, err = store.Snapshot(ctx)
		if err == nil {
			err = notes.ExportFile(path, f, set, notes.Options{Doc: doc, All: all})
		}
	}, func() {
		progress.Hide()
		if err != nil {
			dialog.ShowError(err, u.Window)
			return
		}
		dialog.ShowInformation("Export notes", fmt.Sprintf("Exported %d notes to %s", len(set.Notes), path), u.Window)
	})
}

func defaultExportFolder() string {
	home, err := os.UserHomeDir()
	if err != nil {
		return "."
	}
	if docs := filepath.Join(home, "Documents"); isDir(docs) {
		return docs
	}
	return home
}

func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
