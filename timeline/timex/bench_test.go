package timex

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// timemlDir is where the TimeBank and AQUAINT corpora are: $TIMEML_DIR,
// else shared/timeml beside the repository as on developer and CI machines.
func timemlDir() string {
	if dir := os.Getenv("TIMEML_DIR"); dir != "" {
		return dir
	}
	return filepath.Join("..", "..", "..", "shared", "timeml")
}

// benchArticles returns news articles: the TimeML corpora's texts when they
// are present, else articles made of the table tests' sentences.
func benchArticles(b *testing.B) []string {
	var articles []string
	paths, _ := filepath.Glob(filepath.Join(timemlDir(), "*", "*.tml"))
	tags := regexp.MustCompile(`<[^>]*>`)
	for _, path := range paths {
		data, err := os.ReadFile(path)
		if err != nil {
			b.Fatal(err)
		}
		s := string(data)
		if i := strings.Index(s, "<TEXT>"); i >= 0 {
			if j := strings.Index(s[i:], "</TEXT>"); j >= 0 {
				articles = append(articles, tags.ReplaceAllString(s[i+len("<TEXT>"):i+j], ""))
			}
		}
	}
	if len(articles) == 0 {
		for i := range 50 {
			articles = append(articles, strings.Join(seedSentences[i%3:], "\n\n"))
		}
	}
	return articles
}

// seedSentences are news sentences for benchmarking without the corpora.
var seedSentences = []string{
	"Instead the twin shadows of Venezuela and Greenland hung over crucial talks in Paris on Tuesday, as President Donald Trump’s military action raised questions over the United States’ focus on the war in Ukraine — and its status as an ally of the powers it was meeting with.",
	"Ukraine’s president called the meeting “a new opportunity to end this war,” in a statement Saturday.",
	"But despite this apparent progress, after months of painstaking peace talks it remains a colossal ask to bridge the chasm between Russia’s insistence on its hardline demands and the fears held by Ukraine and Europe.",
	"Danish Prime Minister Mette Frederiksen said much the same Monday, telling her country’s TV2 broadcaster that “if the United States chooses to attack another NATO country militarily, then everything stops.”",
	"That said, talks to end the war in Ukraine have accelerated since November, with a frenzy of shuttle diplomacy between American, European, Ukrainian and Russian officials.",
	"Third-quarter net income fell 5% to $10 million, or 50 cents a share, from $12 million, or 60 cents, a year ago, the company said yesterday.",
	"The ministers will meet again next week, and a decision is expected by the end of the year, officials said on Oct. 14.",
	"Revenue in the first nine months rose to $1.2 billion from $1.1 billion in the 1988 period.",
}

// BenchmarkTag tags news articles one at a time, as the app does; its
// MB/s is the tagger's throughput on news text.
func BenchmarkTag(b *testing.B) {
	articles := benchArticles(b)
	size := 0
	for _, a := range articles {
		size += len(a)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, a := range articles {
			Tag(a, published)
		}
	}
}
