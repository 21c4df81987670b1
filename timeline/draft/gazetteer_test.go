package draft

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// gazetteerWith is the shipped gazetteer with genders.txt replaced.
func gazetteerWith(t *testing.T, genders string) (*Gazetteer, error) {
	t.Helper()
	fsys := fstest.MapFS{}
	err := fs.WalkDir(shipped, "gazetteer", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(shipped, path)
		fsys[path] = &fstest.MapFile{Data: data}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	fsys["gazetteer/genders.txt"] = &fstest.MapFile{Data: []byte(genders)}
	return LoadGazetteer(fsys, "gazetteer")
}

func TestGenders(t *testing.T) {
	g, err := gazetteerWith(t, "# a comment\nfemale | ann\nmale | jan bob\nunisex | jan\n")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]gender{"ann": female, "bob": male, "jan": unknownGender} {
		got, ok := g.genders[name]
		if !ok || got != want {
			t.Errorf("%s: gender %v (listed %v), want %v", name, got, ok, want)
		}
	}
	_, err = gazetteerWith(t, "female | ann\nneuter | pat\n")
	if err == nil || !strings.Contains(err.Error(), "genders.txt:2") {
		t.Errorf("a line of an unknown kind: error %v, want one naming genders.txt:2", err)
	}
}
