package draft

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"strings"
	"sync"

	"newsline/timeline"
)

// shipped holds the word lists the importer recognises names with:
// gazetteer/countries.txt, regions.txt, cities.txt, organisations.txt,
// titles.txt, given-names.txt and genders.txt. Each file's header says its format;
// they are plain UTF-8 text, one entry a line.
//
//go:embed gazetteer/*.txt
var shipped embed.FS

// A Gazetteer is what the importer knows of names before it reads an
// article: places (countries, their capitals, demonyms and adjectives,
// regions, cities), organisations, the titles that stand before people's
// names, and common given names. It is read-only once loaded and safe for
// concurrent use.
type Gazetteer struct {
	names      phraseIndex       // names and aliases of places and organisations
	byName     map[string]*known // folded kind/name (canonical, without "the") → entry
	adjectives phraseIndex       // "Danish" → Denmark
	titles     phraseIndex       // "Prime Minister", "special envoy", "Mr."
	given      map[string]bool   // folded given names
	genders    map[string]gender // folded given name → the gender it usually goes with
}

// A phrase is a name, adjective or title of the gazetteer, as words.
type phrase struct {
	words []string // folded
	form  []token  // as written, for case checks
	known *known   // for names and adjectives
	title titleKind
}

// A phraseIndex finds phrases by their first folded word, longest first.
type phraseIndex map[string][]*phrase

func (ix phraseIndex) add(p *phrase) {
	if len(p.words) == 0 {
		return
	}
	list := append(ix[p.words[0]], p)
	for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
		list[i], list[i-1] = list[i-1], list[i]
	}
	ix[p.words[0]] = list
}

// match returns the longest phrase that starts at toks[i] and that ok
// accepts, and its length in tokens.
func (ix phraseIndex) match(toks []token, i int, ok func(p *phrase, toks []token) bool) (*phrase, int) {
	for _, p := range ix[toks[i].low] {
		n := len(p.words)
		if i+n > len(toks) {
			continue
		}
		same := true
		for k := 1; k < n; k++ {
			if toks[i+k].low != p.words[k] {
				same = false
				break
			}
		}
		if same && (ok == nil || ok(p, toks[i:i+n])) {
			return p, n
		}
	}
	return nil, 0
}

// newPhrase tokenizes s.
func newPhrase(s string) *phrase {
	toks := tokenize(nil, s, 0, len(s))
	p := &phrase{form: toks}
	for _, t := range toks {
		p.words = append(p.words, t.low)
	}
	return p
}

// A known entity from the gazetteer.
type known struct {
	kind    timeline.EntityKind
	name    string   // canonical, without a leading article: "United States"
	the     bool     // written with "the" in running text: "the United States"
	aliases []string // other names: "U.S.", "USA"
	role    string   // "Country", "Capital of France", "US broadcaster"
	capital *known   // a country's capital
	country *known   // the country of a capital or city
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
// (timeline/draft/gazetteer, embedded), loaded once.
func DefaultGazetteer() (*Gazetteer, error) {
	defaultGazetteerOnce.Do(func() {
		defaultGazetteer, defaultGazetteerErr = LoadGazetteer(shipped, "gazetteer")
	})
	return defaultGazetteer, defaultGazetteerErr
}

// LoadGazetteer reads the gazetteer files countries.txt, regions.txt,
// cities.txt, organisations.txt, titles.txt, given-names.txt and
// genders.txt from the
// directory dir of fsys. Their formats are described in their headers
// (lines starting with "#"); fields are separated by "|", lists within a
// field by ",".
func LoadGazetteer(fsys fs.FS, dir string) (*Gazetteer, error) {
	g := &Gazetteer{names: phraseIndex{}, adjectives: phraseIndex{}, titles: phraseIndex{}, given: map[string]bool{}, byName: map[string]*known{}, genders: map[string]gender{}}
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
			p := newPhrase(f[1])
			p.title = k
			g.titles.add(p)
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
	err = readLines(fsys, dir+"/genders.txt", func(f []string) error {
		gs := map[string]gender{"female": female, "male": male, "unisex": unknownGender}
		gd, ok := gs[f[0]]
		if !ok || len(f) < 2 {
			return fmt.Errorf("want female, male or unisex, then names")
		}
		for _, name := range strings.Fields(f[1]) {
			g.genders[foldName(name)] = gd
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
	if key := string(kind) + "/" + foldName(name); g.byName[key] == nil {
		g.byName[key] = k
	}
	for _, form := range append([]string{name}, aliases...) {
		p := newPhrase(strings.TrimPrefix(form, "the "))
		p.known = k
		g.names.add(p)
	}
	return k
}

func (g *Gazetteer) addAdjectives(k *known, adjectives []string) {
	for _, a := range adjectives {
		p := newPhrase(a)
		p.known = k
		g.adjectives.add(p)
	}
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

// exact returns the entry of kind whose canonical name is name (case and
// accents ignored, a leading "the" dropped), or nil.
func (g *Gazetteer) exact(kind timeline.EntityKind, name string) *known {
	if rest, ok := strings.CutPrefix(name, "the "); ok {
		name = rest
	} else if rest, ok := strings.CutPrefix(name, "The "); ok {
		name = rest
	}
	return g.byName[string(kind)+"/"+foldName(name)]
}

// lookupName returns the longest gazetteer name that starts at toks[i], and
// its length in tokens. A name written in capitals ("US", "UN") matches
// only as written; otherwise capitalised words must be capitalised in the
// text too ("Turkey", not "turkey").
func (g *Gazetteer) lookupName(toks []token, i int) (*known, int) {
	p, n := g.names.match(toks, i, casesFit)
	if p == nil {
		return nil, 0
	}
	return p.known, n
}

// casesFit reports whether toks are capitalised as the phrase is written.
func casesFit(p *phrase, toks []token) bool {
	for j := range p.form {
		want, got := p.form[j].text, toks[j].text
		switch {
		case isAllCaps(want) && want != got:
			return false // acronyms as written: "US", not "us"
		case p.form[j].isCap() && !toks[j].isCap():
			return false
		}
	}
	return true
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
	if !toks[i].isCap() {
		return nil, 0
	}
	p, n := g.adjectives.match(toks, i, casesFit)
	if p == nil {
		return nil, 0
	}
	return p.known, n
}

// lookupTitle returns the longest title that starts at toks[i], in any
// case.
func (g *Gazetteer) lookupTitle(toks []token, i int) (titleKind, int) {
	p, n := g.titles.match(toks, i, nil)
	if p == nil {
		return 0, 0
	}
	return p.title, n
}
