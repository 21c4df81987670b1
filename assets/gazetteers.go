package assets

import "embed"

// Gazetteers holds the word lists the article importer (timeline/draft)
// recognises names with: gazetteer/countries.txt, regions.txt, cities.txt,
// organisations.txt, titles.txt and given-names.txt. Each file's header
// says its format; they are plain UTF-8 text, one entry a line.
//
//go:embed gazetteer/*.txt
var Gazetteers embed.FS
