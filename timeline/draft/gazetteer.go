package draft

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"newsline/assets"
	"newsline/timeline"
)

// A Gazetteer is what the importer knows of names before it reads an
// article: places (countries, their capitals, demonyms and adjectives,
// regions, cities), organisations, the titles that stand before people's
// names, and common given names. It is read-only once loaded and safe for
// concurrent use.
type Gazetteer struct {
	names      map[string][]*known // folded token key → entries of that name or alias
	adjectives map[string]*known   // folded token key → the country or region: "danish" → Denmark
	titles     map[string]titleKind
	given      map[string]bool // folded given names
	firsts     map[string]bool // folded first words of names, adjectives and titles
	maxName    int             // longest name, in tokens
	maxAdj     int
	maxTitle   int
}

// A known entity from the gazetteer.
type known struct {
	kind    timeline.EntityKind
	name    string    // canonical, without a leading article: "United States"
	the     bool      // written with "the" in running text: "the United States"
	aliases []string  // other names: "U.S.", "USA"
	role    string    // "Country", "Capital of France", "US broadcaster"
	capital *known    // a country's capital
	country *known    // the country of a capital or city
	forms   [][]token // name and aliases as written, tokenized, for case checks
}

// withArticle returns the name as running text writes it: "the United
// States".
func (k *known) withArticle() string {
	if k.the {
		return "the " + k.name
	}
	return k.name
}

// titleKind says how a title word before a name makes a role.
type titleKind uint8

const (
	office    titleKind = iota + 1 // "Prime Minister": "Danish Prime Minister" → "Prime Minister of Denmark"
	plainRole                      // "special envoy": kept as written
	honorific                      // "Mr.": no role
)

var (
	defaultGazetteer     *Gazetteer
	defaultGazetteerErr  error
	defaultGazetteerOnce sync.Once
)

// DefaultGazetteer returns the gazetteer shipped with Newsline
// (assets/gazetteer), loaded once.
func DefaultGazetteer() (*Gazetteer, error) {
	defaultGazetteerOnce.Do(func() {
		defaultGazetteer, defaultGazetteerErr = LoadGazetteer(assets.Gazetteers, "gazetteer")
	})
	return defaultGazetteer, defaultGazetteerErr
}

// LoadGazetteer reads the gazetteer files countries.txt, regions.txt,
// cities.txt, organisations.txt, titles.txt and given-names.txt from the
// directory dir of fsys. Their formats are described in their headers
// (lines starting with "#"); fields are separated by "|", lists within a
// field by ",".
func LoadGazetteer(fsys fs.FS, dir string) (*Gazetteer, error) {
	g := &Gazetteer{
		names:      map[string][]*known{},
		adjectives: map[string]*known{},
		titles:     map[string]titleKind{},
		given:      map[string]bool{},
		firsts:     map[string]bool{},
	}
	countries := map[string]*known{}
	steps := []struct {
		file string
		line func(fields []string) error
	}{
		{"countries.txt", func(f []string) error {
			c := g.add(timeline.Place, f[0], list(field(f, 1)), field(f, 4), "Country")
			countries[c.name] = c
			g.addAdjectives(c, list(field(f, 2)))
			if capital := field(f, 3); capital != "" {
				names := strings.Split(capital, "/")
				for i := range names {
					names[i] = strings.TrimSpace(names[i])
				}
				cap := g.add(timeline.Place, names[0], names[1:], "", "Capital of "+c.withArticle())
				cap.country = c
				c.capital = cap
			}
			return nil
		}},
		{"regions.txt", func(f []string) error {
			r := g.add(timeline.Place, f[0], list(field(f, 1)), field(f, 3), "Region")
			g.addAdjectives(r, list(field(f, 2)))
			return nil
		}},
		{"cities.txt", func(f []string) error {
			c := countries[field(f, 2)]
			role := "City"
			if c != nil {
				role = "City in " + c.withArticle()
			}
			city := g.add(timeline.Place, f[0], list(field(f, 1)), "", role)
			city.country = c
			return nil
		}},
		{"organisations.txt", func(f []string) error {
			kind := timeline.EntityKind(field(f, 2))
			if kind != timeline.Organisation && kind != timeline.Group {
				return fmt.Errorf("kind %q: want organisation or group", kind)
			}
			g.add(kind, f[0], list(field(f, 1)), field(f, 3), "Organisation")
			return nil
		}},
		{"titles.txt", func(f []string) error {
			kinds := map[string]titleKind{"office": office, "title": plainRole, "honorific": honorific}
			k, ok := kinds[f[0]]
			if !ok || len(f) < 2 {
				return fmt.Errorf("want office, title or honorific, then the title")
			}
			key, n := nameKey(f[1])
			g.titles[key] = k
			g.firsts[strings.SplitN(key, " ", 2)[0]] = true
			g.maxTitle = max(g.maxTitle, n)
			return nil
		}},
	}
	for _, s := range steps {
		if err := readLines(fsys, dir+"/"+s.file, s.line); err != nil {
			return nil, err
		}
	}
	err := readLines(fsys, dir+"/given-names.txt", func(f []string) error {
		for _, name := range strings.Fields(f[0]) {
			g.given[foldWord(name)] = true
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return g, nil
}

// add records an entry under its name and aliases.
func (g *Gazetteer) add(kind timeline.EntityKind, name string, aliases []string, role, defaultRole string) *known {
	k := &known{kind: kind, aliases: aliases, role: role}
	if rest, ok := strings.CutPrefix(name, "the "); ok {
		k.the, name = true, rest
	}
	k.name = name
	if k.role == "" {
		k.role = defaultRole
	}
	for _, form := range append([]string{name}, aliases...) {
		form = strings.TrimPrefix(form, "the ")
		key, n := nameKey(form)
		if key == "" {
			continue
		}
		g.names[key] = append(g.names[key], k)
		g.maxName = max(g.maxName, n)
		g.firsts[strings.SplitN(key, " ", 2)[0]] = true
		k.forms = append(k.forms, tokenize(nil, form, 0, len(form)))
	}
	return k
}

func (g *Gazetteer) addAdjectives(k *known, adjectives []string) {
	for _, a := range adjectives {
		key, n := nameKey(a)
		if key != "" {
			g.adjectives[key] = k
			g.firsts[strings.SplitN(key, " ", 2)[0]] = true
			g.maxAdj = max(g.maxAdj, n)
		}
	}
}

// nameKey returns the lookup key of a name, its folded tokens joined by
// spaces, and the number of tokens.
func nameKey(name string) (string, int) {
	toks := tokenize(nil, name, 0, len(name))
	return tokensKey(toks), len(toks)
}

// tokensKey joins the folded texts of toks.
func tokensKey(toks []token) string {
	switch len(toks) {
	case 0:
		return ""
	case 1:
		return foldWord(toks[0].text)
	}
	var b strings.Builder
	for i := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(foldWord(toks[i].text))
	}
	return b.String()
}

// field returns the i'th field, or "".
func field(f []string, i int) string {
	if i < len(f) {
		return f[i]
	}
	return ""
}

// list splits a comma-separated field.
func list(s string) []string {
	var out []string
	for _, item := range strings.Split(s, ",") {
		if item = strings.TrimSpace(item); item != "" {
			out = append(out, item)
		}
	}
	return out
}

// readLines calls fn with the "|"-separated, trimmed fields of each line
// of the file that is neither blank nor a comment.
func readLines(fsys fs.FS, path string, fn func(fields []string) error) error {
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return fmt.Errorf("gazetteer: %w", err)
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' {
			continue
		}
		fields := strings.Split(line, "|")
		for i := range fields {
			fields[i] = strings.TrimSpace(fields[i])
		}
		if fields[0] == "" {
			return fmt.Errorf("gazetteer %s:%d: empty name", path, n)
		}
		if err := fn(fields); err != nil {
			return fmt.Errorf("gazetteer %s:%d: %w", path, n, err)
		}
	}
	return sc.Err()
}

// lookupName returns the longest gazetteer name that starts at toks[i], and
// its length in tokens. A name written in capitals ("US", "UN") matches
// only as written; otherwise the words must be capitalised as in the
// gazetteer, except the first (sentence-initial) word of a lower-case
// name.
func (g *Gazetteer) lookupName(toks []token, i int) (*known, int) {
	if !g.firsts[toks[i].lower()] {
		return nil, 0
	}
	for n := min(g.maxName, len(toks)-i); n > 0; n-- {
		cands := g.names[tokensKey(toks[i:i+n])]
		for _, k := range cands {
			if k.matches(toks[i : i+n]) {
				return k, n
			}
		}
	}
	return nil, 0
}

// matches reports whether toks spell one of k's forms with fitting case.
func (k *known) matches(toks []token) bool {
	for _, ft := range k.forms {
		if len(ft) != len(toks) {
			continue
		}
		ok := true
		for j := range ft {
			want, got := ft[j].text, toks[j].text
			switch {
			case !strings.EqualFold(foldWord(want), foldWord(got)):
				ok = false
			case isAllCaps(want) && want != got:
				ok = false // acronyms as written: "US", not "us"
			case ft[j].isCap() && !toks[j].isCap():
				ok = false // "Turkey", not "turkey"
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// isAllCaps reports whether s has two or more letters, all upper-case.
func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			return false
		case r >= 'A' && r <= 'Z':
			letters++
		}
	}
	return letters >= 2
}

// lookupAdjective returns the country or region whose adjective or demonym
// ("Danish", "North Korean") starts at toks[i], capitalised.
func (g *Gazetteer) lookupAdjective(toks []token, i int) (*known, int) {
	if !toks[i].isCap() || !g.firsts[toks[i].lower()] {
		return nil, 0
	}
	for n := min(g.maxAdj, len(toks)-i); n > 0; n-- {
		if k := g.adjectives[tokensKey(toks[i:i+n])]; k != nil {
			return k, n
		}
	}
	return nil, 0
}

// lookupTitle returns the longest title that starts at toks[i].
func (g *Gazetteer) lookupTitle(toks []token, i int) (titleKind, int) {
	if !g.firsts[toks[i].lower()] {
		return 0, 0
	}
	for n := min(g.maxTitle, len(toks)-i); n > 0; n-- {
		if k := g.titles[tokensKey(toks[i:i+n])]; k != 0 {
			return k, n
		}
	}
	return 0, 0
}
