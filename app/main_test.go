package app

import (
	"os"
	"testing"

	"newsline/app/i18n"
)

// TestMain pins the window's language to English, whatever the machine's
// locale, so that the tests and golden pictures read the same everywhere;
// the tests of other languages switch and come back.
func TestMain(m *testing.M) {
	i18n.Use("en")
	os.Exit(m.Run())
}
