package timeline

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Zelenskyy", "zelenskyy"},
		{"FREDERIKSEN", "frederiksen"},
		{"Nicolás", "nicolas"},
		{"Løkke", "lokke"},
		{"Wałęsa", "walesa"},
		{"Straße", "strasse"},
		{"Ukraine’s", "ukraine's"},
		{"Ærø", "ærø"}, // Æ has no decomposition; case still folds
		{"ΟΔΥΣΣΕΥΣ", "οδυσσευσ"},
	}
	for _, tt := range tests {
		if Fold(tt.a) != Fold(tt.b) {
			t.Errorf("Fold(%q) = %q, Fold(%q) = %q; want equal", tt.a, Fold(tt.a), tt.b, Fold(tt.b))
		}
	}
	if Fold("Zelenskyy") == Fold("Zelensky") {
		t.Error("Fold must not drop letters")
	}
}

func TestMatcher(t *testing.T) {
	tests := []struct {
		query, text string
		want        bool
	}{
		{"zelensky", "Volodymyr Zelenskyy", true},
		{"FREDERIKSEN", "Mette Frederiksen", true},
		{"nicolás maduro", "President Nicolas Maduro", true},
		{"maduro nicolas", "President Nicolas Maduro", true},
		{"maduro putin", "President Nicolas Maduro", false},
		{"ukraine's", "Ukraine’s president", true},
		{"", "anything", true},
		{"   ", "anything", true},
		{"greenland", "Paris", false},
	}
	for _, tt := range tests {
		if got := NewMatcher(tt.query).Match(tt.text); got != tt.want {
			t.Errorf("NewMatcher(%q).Match(%q) = %v, want %v", tt.query, tt.text, got, tt.want)
		}
	}
}

func TestCollatorSortsLikePeople(t *testing.T) {
	c := NewCollator()
	if c.CompareString("Émile", "Frederiksen") >= 0 {
		t.Error("Émile should sort with the Es, before F")
	}
	if c.CompareString("de Gaulle", "Macron") >= 0 {
		t.Error("de Gaulle should sort before Macron")
	}
}
