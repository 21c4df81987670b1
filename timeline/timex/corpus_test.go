package timex_test

import (
	"os"
	"path/filepath"
	"testing"

	"newsline/timeline/timex/tempeval"
)

// corpusDir holds TimeBank/ and AQUAINT/: $TIMEML_DIR (as for the
// reference scorer's run.sh), else shared/timeml beside the repository, as
// on developer and CI machines.
func corpusDir() string {
	if dir := os.Getenv("TIMEML_DIR"); dir != "" {
		return dir
	}
	return filepath.Join("..", "..", "..", "shared", "timeml")
}

// TestCorpus scores the tagger on TimeBank and AQUAINT when they are
// present, guarding against regressions. The floors sit a little under the
// measured scores (over both corpora: value F1 0.825, relaxed F1 0.948).
func TestCorpus(t *testing.T) {
	var total tempeval.Counts
	for _, name := range []string{"TimeBank", "AQUAINT"} {
		dir := filepath.Join(corpusDir(), name)
		if _, err := os.Stat(dir); err != nil {
			t.Skipf("no corpus at %s", dir)
		}
		r, err := tempeval.EvaluateDir(dir, tempeval.TagTimex, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %s", name, r.Counts.Scores().Summary())
		total.Add(r.Counts)
	}
	s := total.Scores()
	t.Logf("both: %s", s.Summary())
	if s.ValueF1 < 0.82 || s.RelaxedF1 < 0.94 {
		t.Errorf("scores fell: %s", s.Summary())
	}
}
