package app

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"newsline/app/i18n"
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
		msg := lang.L("Notes are off.")
		if u.notes.err != nil {
			msg = lang.L("Notes are unavailable: {{.Error}}", map[string]any{"Error": u.notes.err.Error()})
		}
		dialog.ShowInformation(lang.L("Export notes"), msg, u.Window)
		return
	}
	var names []string
	byName := map[string]notes.Format{}
	for _, f := range notes.Formats {
		names = append(names, formatName(f.Name()))
		byName[formatName(f.Name())] = f
	}
	name := widget.NewEntry()
	name.SetText("newsline-notes" + notes.Markdown.Ext())
	format := widget.NewSelect(names, func(choice string) {
		f := byName[choice]
		base := strings.TrimSuffix(name.Text, filepath.Ext(name.Text))
		name.SetText(base + f.Ext())
	})
	format.SetSelected(formatName(notes.Markdown.Name()))
	all := widget.NewCheck(lang.L("Include events without notes"), nil)
	folder, folderRow := u.folderField(prefExportFolder)
	items := []*widget.FormItem{
		widget.NewFormItem(lang.L("Format"), format),
		widget.NewFormItem("", all),
		folderRow,
		widget.NewFormItem(lang.L("File name"), name),
	}
	d := dialog.NewForm(lang.L("Export notes"), lang.L("Export"), lang.L("Cancel"), items, func(ok bool) {
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
	progress := dialog.NewCustomWithoutButtons(lang.L("Exporting notes…"), widget.NewProgressBarInfinite(), u.Window)
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
		dialog.ShowInformation(lang.L("Export notes"), lang.N("Exported {{.Count}} notes to {{.Path}}", len(set.Notes), map[string]any{"Count": i18n.Int(len(set.Notes)), "Path": path}), u.Window)
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

// formatNames translate the names of the export formats: "CSV
// (spreadsheet)".
var formatNames = map[string]string{
	"Markdown":                      i18n.Key("Markdown"),
	"JSON (W3C Web Annotation)":     i18n.Key("JSON (W3C Web Annotation)"),
	"CSV (spreadsheet)":             i18n.Key("CSV (spreadsheet)"),
	"HTML (printable page)":         i18n.Key("HTML (printable page)"),
	"TimelineJS (JSON)":             i18n.Key("TimelineJS (JSON)"),
	"TimelineJS spreadsheet (CSV)":  i18n.Key("TimelineJS spreadsheet (CSV)"),
	"Calendar (iCalendar .ics)":     i18n.Key("Calendar (iCalendar .ics)"),
	"Picture of the timeline (SVG)": i18n.Key("Picture of the timeline (SVG)"),
	"Picture of the timeline (PNG)": i18n.Key("Picture of the timeline (PNG)"),
}

// formatName is the name of an export format in the window's language.
func formatName(name string) string {
	if key, ok := formatNames[name]; ok {
		return lang.L(key)
	}
	return name
}
