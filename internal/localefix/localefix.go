// Package localefix quiets Fyne's complaint about the C.UTF-8 locale.
//
// Debian and most containers default to LANG=C.UTF-8, which Fyne 2.7 (via
// github.com/jeandeaual/go-locale) reads as the language tag "C" and then
// logs "Error parsing user locale C" several times from its package
// initialisation, on every command, before main runs. A plain "C" or
// "POSIX" is ignored quietly there, but "C.UTF-8" is not, and LANGUAGE is
// consulted in that case. Setting LANGUAGE=en for such a locale gives Fyne
// the English it falls back to anyway, without the noise.
//
// It must run before fyne.io/fyne/v2/lang initialises. Go initialises
// packages in import-path order among those whose imports are ready
// (https://go.dev/ref/spec#Package_initialization); this package imports
// only os and strings, so it becomes ready as soon as they are, before
// Fyne's lang package, which needs text/template (initialised after
// "newsline/…" in that order). main imports it for its side effect.
package localefix

import (
	"os"
	"strings"
)

func init() {
	if os.Getenv("LANGUAGE") != "" {
		return
	}
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(key)
		if v == "" {
			continue
		}
		if strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.") {
			os.Setenv("LANGUAGE", "en")
		}
		return
	}
}
