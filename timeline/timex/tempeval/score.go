package tempeval

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Counts are the tallies of one or more documents.
type Counts struct {
	Files   int // documents
	Gold    int // gold expressions
	System  int // expressions the tagger found
	Strict  int // pairs with identical spans
	Relaxed int // pairs with overlapping spans
	Value   int // relaxed pairs with identical values
	Type    int // relaxed pairs with identical types
}

// Add adds the tallies of o to c.
func (c *Counts) Add(o Counts) {
	c.Files += o.Files
	c.Gold += o.Gold
	c.System += o.System
	c.Strict += o.Strict
	c.Relaxed += o.Relaxed
	c.Value += o.Value
	c.Type += o.Type
}

// Scores are fractions between 0 and 1.
type Scores struct {
	StrictP, StrictR, StrictF1    float64
	RelaxedP, RelaxedR, RelaxedF1 float64
	ValueAccuracy, ValueF1        float64 // among relaxed pairs; F1 = RelaxedF1 × accuracy
	TypeAccuracy, TypeF1          float64
}

// Scores computes precision, recall and F1 from c. With no gold and no
// system expressions at all every score is 1.
func (c Counts) Scores() Scores {
	if c.Gold == 0 && c.System == 0 {
		return Scores{1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
	}
	ratio := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	f1 := func(p, r float64) float64 {
		if p+r == 0 {
			return 0
		}
		return 2 * p * r / (p + r)
	}
	var s Scores
	s.StrictP, s.StrictR = ratio(c.Strict, c.System), ratio(c.Strict, c.Gold)
	s.StrictF1 = f1(s.StrictP, s.StrictR)
	s.RelaxedP, s.RelaxedR = ratio(c.Relaxed, c.System), ratio(c.Relaxed, c.Gold)
	s.RelaxedF1 = f1(s.RelaxedP, s.RelaxedR)
	s.ValueAccuracy = ratio(c.Value, c.Relaxed)
	s.ValueF1 = s.RelaxedF1 * s.ValueAccuracy
	s.TypeAccuracy = ratio(c.Type, c.Relaxed)
	s.TypeF1 = s.RelaxedF1 * s.TypeAccuracy
	return s
}

// Summary is the closing line of an evaluation, as the reference scorer
// prints it: "relaxedF1=… strictF1=… valueF1=… typeF1=…" in percent.
func (s Scores) Summary() string {
	return fmt.Sprintf("relaxedF1=%.2f strictF1=%.2f valueF1=%.2f typeF1=%.2f",
		100*s.RelaxedF1, 100*s.StrictF1, 100*s.ValueF1, 100*s.TypeF1)
}

// A Pair links a gold expression to a system one, by index.
type Pair struct{ Gold, System int }

// usable reports whether an expression can be matched at all: one whose
// text is empty or blank never is, as in the official scorer.
func usable(t Timex) bool { return strings.TrimSpace(t.Text) != "" }

// Match pairs gold and system expressions one to one: identical spans
// first, then overlapping spans in document order, extending the pairing
// with augmenting paths so that it is maximal. Pairs are sorted by gold
// index.
func Match(gold, system []Timex) []Pair {
	goldOf := map[int]int{} // system index → gold index
	sysOf := map[int]int{}  // gold index → system index
	bySpan := map[[2]int][]int{}
	for gi, g := range gold {
		if usable(g) {
			k := [2]int{g.Start, g.End}
			bySpan[k] = append(bySpan[k], gi)
		}
	}
	for si, s := range system {
		if !usable(s) {
			continue
		}
		for _, gi := range bySpan[[2]int{s.Start, s.End}] {
			if _, taken := sysOf[gi]; !taken {
				goldOf[si], sysOf[gi] = gi, si
				break
			}
		}
	}
	exact := map[Pair]bool{}
	for si, gi := range goldOf {
		exact[Pair{gi, si}] = true
	}
	byPosition := func(list []Timex, idx []int) {
		sort.SliceStable(idx, func(a, b int) bool {
			x, y := list[idx[a]], list[idx[b]]
			if x.Start != y.Start {
				return x.Start < y.Start
			}
			if x.End != y.End {
				return x.End < y.End
			}
			return idx[a] < idx[b]
		})
	}
	var orderS, orderG []int
	for si, s := range system {
		if _, done := goldOf[si]; usable(s) && !done {
			orderS = append(orderS, si)
		}
	}
	for gi, g := range gold {
		if usable(g) {
			orderG = append(orderG, gi)
		}
	}
	byPosition(system, orderS)
	byPosition(gold, orderG)
	cand := map[int][]int{}
	for _, si := range orderS {
		s := system[si]
		for _, gi := range orderG {
			if g := gold[gi]; g.Start < s.End && s.Start < g.End {
				cand[si] = append(cand[si], gi)
			}
		}
	}
	var augment func(si int, seen map[int]bool) bool
	augment = func(si int, seen map[int]bool) bool {
		for _, gi := range cand[si] {
			if seen[gi] {
				continue
			}
			seen[gi] = true
			other, taken := sysOf[gi]
			if !taken || (!exact[Pair{gi, other}] && augment(other, seen)) {
				goldOf[si], sysOf[gi] = gi, si
				return true
			}
		}
		return false
	}
	for _, si := range orderS {
		augment(si, map[int]bool{})
	}
	pairs := make([]Pair, 0, len(goldOf))
	for si, gi := range goldOf {
		pairs = append(pairs, Pair{gi, si})
	}
	sort.Slice(pairs, func(a, b int) bool {
		return pairs[a].Gold < pairs[b].Gold || pairs[a].Gold == pairs[b].Gold && pairs[a].System < pairs[b].System
	})
	return pairs
}

// Score counts how well system matches the gold expressions of one
// document. System expressions whose span lies outside the text are
// dropped, as the reference scorer drops them.
func Score(gold, system []Timex, textLen int) (Counts, []Pair, []Timex) {
	kept := make([]Timex, 0, len(system))
	for _, s := range system {
		if 0 <= s.Start && s.Start < s.End && s.End <= textLen {
			kept = append(kept, s)
		}
	}
	pairs := Match(gold, kept)
	c := Counts{Files: 1, Gold: len(gold), System: len(kept), Relaxed: len(pairs)}
	for _, p := range pairs {
		g, s := gold[p.Gold], kept[p.System]
		if g.Start == s.Start && g.End == s.End {
			c.Strict++
		}
		if g.Value == s.Value {
			c.Value++
		}
		if g.Type == s.Type {
			c.Type++
		}
	}
	return c, pairs, kept
}

// WriteErrors lists, for development, every gold expression the system
// missed (MISS), every pair that differs in span, value or type (DIFF) and
// every system expression matched to nothing (FP), in the reference
// scorer's format.
func WriteErrors(w io.Writer, name string, gold, system []Timex, pairs []Pair) {
	sysOfGold := map[int]int{}
	matched := map[int]bool{}
	for _, p := range pairs {
		sysOfGold[p.Gold] = p.System
		matched[p.System] = true
	}
	for gi, g := range gold {
		si, ok := sysOfGold[gi]
		if !ok {
			fmt.Fprintf(w, "  MISS %s %d-%d %q %s %s\n", name, g.Start, g.End, g.Text, g.Type, g.Value)
			continue
		}
		s := system[si]
		var flags []string
		if g.Start != s.Start || g.End != s.End {
			flags = append(flags, "span")
		}
		if g.Value != s.Value {
			flags = append(flags, "value")
		}
		if g.Type != s.Type {
			flags = append(flags, "type")
		}
		if len(flags) > 0 {
			fmt.Fprintf(w, "  DIFF(%s) %s gold %q %s %s | sys %q %s %s\n", strings.Join(flags, ","), name,
				g.Text, g.Type, g.Value, s.Text, s.Type, s.Value)
		}
	}
	for si, s := range system {
		if !matched[si] {
			fmt.Fprintf(w, "  FP   %s %d-%d %q %s %s\n", name, s.Start, s.End, s.Text, s.Type, s.Value)
		}
	}
}
