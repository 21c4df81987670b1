package notes

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

// DataDir returns the folder notes live in when neither --data nor
// NEWSLINE_DATA says otherwise: $XDG_DATA_HOME/newsline, else
// ~/.local/share/newsline, on Linux and the BSDs; ~/Library/Application
// Support/Newsline on macOS; %AppData%\Newsline on Windows. It does not
// create the folder; Open does.
func DataDir() (string, error) {
	return dataDir(runtime.GOOS, os.Getenv, os.UserHomeDir)
}

func dataDir(goos string, getenv func(string) string, home func() (string, error)) (string, error) {
	switch goos {
	case "windows":
		if d := getenv("AppData"); d != "" {
			return filepath.Join(d, "Newsline"), nil
		}
		return "", errors.New("notes folder: %AppData% is not set; choose a folder with --data DIR or NEWSLINE_DATA")
	case "darwin", "ios":
		h, err := home()
		if err != nil {
			return "", fmt.Errorf("notes folder: %w; choose one with --data DIR or NEWSLINE_DATA", err)
		}
		return filepath.Join(h, "Library", "Application Support", "Newsline"), nil
	}
	// XDG says a relative $XDG_DATA_HOME is invalid and to be ignored.
	if d := getenv("XDG_DATA_HOME"); d != "" && filepath.IsAbs(d) {
		return filepath.Join(d, "newsline"), nil
	}
	h, err := home()
	if err != nil {
		return "", fmt.Errorf("notes folder: %w; choose one with --data DIR or NEWSLINE_DATA", err)
	}
	return filepath.Join(h, ".local", "share", "newsline"), nil
}
