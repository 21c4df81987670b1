package notes

import (
	"strings"
	"testing"
)

func TestHashtags(t *testing.T) {
	tests := map[string]string{
		"#nato and #greenland":    "nato,greenland",
		"see issue#4, not a tag":  "",
		"(#paris) #2026 #a-b_c #": "paris,2026,a-b_c",
		"émigré #Zürich":          "Zürich",
		"line\n#next-line":        "next-line",
		"no tags here":            "",
	}
	for text, want := range tests {
		if got := strings.Join(Hashtags(text), ","); got != want {
			t.Errorf("Hashtags(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestRetag(t *testing.T) {
	tests := []struct {
		name       string
		text, tags string // the note before
		newText    string
		want       string
	}{
		{"written tags follow the text", "about #nato", "nato", "about #paris", "paris"},
		{"given tags stay", "about #nato", "nato,flagged", "no tags now", "flagged"},
		{"a given tag also written", "plain", "nato", "now #NATO", "NATO,nato"},
		{"case and accents", "#Zürich", "Zürich,zurich-given", "nothing", "zurich-given"},
	}
	for _, tt := range tests {
		n := Note{Text: tt.text, Tags: strings.Split(tt.tags, ",")}
		if got := strings.Join(Retag(n, tt.newText), ","); got != tt.want {
			t.Errorf("%s: Retag = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestTagRuleInTheStore: the rule as the store keeps it, through Add and
// Edit: a tag given beside the text survives an edit of the text, a
// written one follows it.
func TestTagRuleInTheStore(t *testing.T) {
	s := openTest(t)
	target := eventTarget(t, seed(t), 0)
	n, err := s.Add(ctx, target, "Greenland #arctic", TagsOf("Greenland #arctic", []string{"follow-up"}))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(n.Tags, ","); got != "arctic,follow-up" {
		t.Fatalf("tags after add = %q", got)
	}
	n, err = s.Edit(ctx, n.ID, "Greenland #nato", Retag(n, "Greenland #nato"))
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(n.Tags, ","); got != "nato,follow-up" {
		t.Errorf("tags after edit = %q, want nato,follow-up", got)
	}
}
