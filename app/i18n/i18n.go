// Package i18n puts Newsline's window in the user's language: English,
// Ukrainian or French.
//
// The words come from catalogues (catalog/en.json, uk.json, fr.json) in
// go-i18n's JSON form, which Fyne's lang package reads: the code asks for
// a text with lang.L("Open…") (the English is the key, as with gettext),
// lang.N for a count ("{{.Count}} events", with one/few/many/other forms
// per language) and lang.X for a named text. Going through Fyne's lang
// rather than golang.org/x/text/message keeps one language for the whole
// window: Fyne's own dialogs (the file chooser, Cancel, OK) translate
// through the same localizer, which also picks the system's language.
//
// Fyne 2.7 reads the language from the environment (LANGUAGE, then
// LC_ALL, LC_MESSAGES, LANG) whenever a catalogue is added, and has no
// setter; Use chooses a language by setting LANGUAGE for the process and
// adding a catalogue again, so that Fyne looks once more.
//
// Dates and numbers are written for the language by this package too
// (dates.go): golang.org/x/text formats numbers but not dates.
package i18n

import (
	"embed"
	"os"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
)

// Catalogues holds catalog/<language>.json, one per language.
//
//go:embed catalog/*.json
var Catalogues embed.FS

// A Language is one the window can speak.
type Language struct {
	Code string // "en", "uk", "fr": a catalogue's name
	Name string // in itself: "Українська"
}

// Languages lists the languages of the catalogues, English first (the
// fallback).
var Languages = []Language{
	{"en", "English"},
	{"uk", "Українська"},
	{"fr", "Français"},
}

// languageKey names, in each catalogue, the catalogue's own language: it
// tells which catalogue Fyne chose.
const languageKey = "newsline.language"

var (
	loadOnce sync.Once
	mu       sync.Mutex
	// systemEnv is the environment as the process started, which "the
	// system's language" means.
	systemEnv map[string]*string
	current   atomic.Value // string: the code of the language in use
)

// localeVars are the environment variables Fyne's locale lookup reads
// (github.com/jeandeaual/go-locale on Linux and BSD).
var localeVars = []string{"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"}

// Load adds the catalogues to Fyne's translations, once, and notes which
// language Fyne chose for the environment.
func Load() {
	loadOnce.Do(func() {
		mu.Lock()
		defer mu.Unlock()
		systemEnv = map[string]*string{}
		for _, k := range localeVars {
			if v, ok := os.LookupEnv(k); ok {
				systemEnv[k] = &v
			}
		}
		if err := lang.AddTranslationsFS(Catalogues, "catalog"); err != nil {
			fyne.LogError("Newsline's translations", err)
		}
		noteCurrent()
	})
}

// Use switches the window's language to code ("en", "uk", "fr"), or to
// the system's for "" or a code without a catalogue. The text already
// shown stays as it is until it is built again.
func Use(code string) {
	Load()
	mu.Lock()
	defer mu.Unlock()
	for _, k := range localeVars {
		if v := systemEnv[k]; v != nil {
			os.Setenv(k, *v)
		} else {
			os.Unsetenv(k)
		}
	}
	if Supported(code) {
		os.Setenv("LANGUAGE", code)
		// LANGUAGE is ignored when the locale is C or POSIX.
		for _, k := range localeVars[1:] {
			if v := os.Getenv(k); v != "" {
				if v == "C" || v == "POSIX" {
					os.Setenv(k, code)
				}
				break
			}
		}
	}
	// Adding a catalogue is what makes Fyne read the environment again.
	data, err := Catalogues.ReadFile("catalog/en.json")
	if err == nil {
		err = lang.AddTranslationsForLocale(data, "en")
	}
	if err != nil {
		fyne.LogError("Newsline's translations", err)
	}
	noteCurrent()
}

func noteCurrent() { current.Store(lang.X("newsline.language", "en")) }

// Supported reports whether code names a language with a catalogue.
func Supported(code string) bool {
	for _, l := range Languages {
		if l.Code == code {
			return true
		}
	}
	return false
}

// Current returns the code of the language the window speaks: "en", "uk"
// or "fr". It is English until Load.
func Current() string {
	if c, ok := current.Load().(string); ok && c != "" {
		return c
	}
	return "en"
}

// Key marks s as a catalogue key for the text that lang.L(s) gives later:
// for tables of texts translated where they are shown. It returns s.
func Key(s string) string { return s }
