package draft

import (
	"context"
	"os"
	"strings"
	"testing"

	"newsline/assets"
	"newsline/timeline"
)

// longArticle returns about n bytes of news text: the seed article and the
// fixtures' bodies, repeated.
func longArticle(b *testing.B, n int) string {
	md, err := os.ReadFile("testdata/election.md")
	if err != nil {
		b.Fatal(err)
	}
	ex, err := ExtractMarkdown(md)
	if err != nil {
		b.Fatal(err)
	}
	unit := assets.ArticleText + "\n\n" + ex.Text + "\n\n"
	return strings.Repeat(unit, n/len(unit)+1)
}

// BenchmarkImport drafts a 1 MB article (its MB/s is the importer's
// throughput); a 1 MB article should take well under a second.
func BenchmarkImport(b *testing.B) {
	text := longArticle(b, 1<<20)
	benchImport(b, text)
}

// BenchmarkImportSeed drafts the seed article, the size of a real one.
func BenchmarkImportSeed(b *testing.B) {
	benchImport(b, assets.ArticleText)
}

// BenchmarkImportHostile drafts 1 MB that is not prose: short quotations
// without sentence ends, every one a candidate speaker's words. It shows
// that the work stays linear in the input.
func BenchmarkImportHostile(b *testing.B) {
	text := strings.Repeat(`"a" Trump said "b," `, (1<<20)/20)
	benchImport(b, text)
}

// BenchmarkImportOccasions drafts 1 MB in which every sentence names dated
// occasions again and counts days from them ("the day after the attack"):
// finding the occasion of each stays linear in the input.
func BenchmarkImportOccasions(b *testing.B) {
	text := strings.Repeat("A bomb exploded outside the embassy on Oct. 3. Officials searched the site of the bombing and the murder 2 days after the bombing. His death came the day after the attack.\n\n", (1<<20)/170)
	benchImport(b, text)
}

// BenchmarkImportStatements drafts 1 MB of statements whose words come
// before their speaker ("…, Carter said."), each titled from those words:
// the title's look-up of how the article writes a word stays linear.
func BenchmarkImportStatements(b *testing.B) {
	text := "Ash Carter spoke in Singapore.\n\n" + strings.Repeat("Trump would win the state easily, Carter said.\n\n", (1<<20)/48)
	benchImport(b, text)
}

// benchImport measures Import on text published on 6 January 2026, in
// bytes of text a second.
func benchImport(b *testing.B, text string) {
	b.Helper()
	src := Source{Data: []byte(text), Published: timeline.DayPoint(2026, 1, 6)}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Import(context.Background(), src, nil); err != nil {
			b.Fatal(err)
		}
	}
}
