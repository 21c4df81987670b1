// Package assets holds Newsline's embedded data: the curated seed timeline
// of the article Newsline was made for, and the application icon.
package assets

import (
	_ "embed"
	"fmt"

	"newsline/timeline"
)

// SeedJSON is the curated seed timeline in the file format of package
// timeline. It is generated from seed_source_test.go: edit the curation
// there, then run `go test ./assets -run TestSeed -update`.
//
//go:embed seed.json
var SeedJSON []byte

// ArticleText is the seed article exactly as published, the text that the
// seed timeline's spans point into.
//
//go:embed article.txt
var ArticleText string

// Seed returns a fresh copy of the seed timeline.
func Seed() (*timeline.Document, error) {
	doc, err := timeline.Parse(SeedJSON)
	if err != nil {
		return nil, fmt.Errorf("embedded seed timeline: %w", err)
	}
	return doc, nil
}

// IconPNG is the application icon, 512×512.
//
//go:embed icon.png
var IconPNG []byte
