package draft

import "strings"

// speechKind says how a speech cue finds its speaker.
type speechKind uint8

const (
	finiteSpeech     speechKind = iota + 1 // "said", "tells": the subject before it, or the name after it ("said Tusk")
	participleSpeech                       // "saying", "telling", "to say": the subject of the clause it hangs from
)

// A speechCue is what the lexicon knows of a word that may report speech.
type speechCue struct {
	kind     speechKind
	base     string // the verb's base form: "say"
	particle string // a word that must follow: "back" of "shot back"; "" for none
	bare     bool   // the base form itself ("they say"), which only some verbs may be without ambiguity
	// weak verbs attribute a quotation next to them ("demanded “…”") but
	// do not make their sentence a statement ("Netanyahu demanded
	// guarantees").
	weak bool
}

// speechVerbs maps the forms of the verbs that report speech, in lower
// case, to what they are. Each base form below gives its -s, past and -ing
// forms; "+" marks a final consonant doubled ("quip+" → "quipped"), and
// irregular pasts are listed in speechIrregular. A verb written "shoot
// back" is speech only with its particle ("shot back"). The bare base form
// ("say", "tell") is a cue only for the verbs of speechBare, as many base
// forms are nouns too ("report", "note", "call").
var speechVerbs = func() map[string]speechCue {
	m := map[string]speechCue{}
	bare := wordSet(speechBare)
	weak := wordSet(speechWeak)
	put := func(form string, c speechCue) {
		if _, ok := m[form]; !ok {
			m[form] = c
		}
	}
	for _, entry := range strings.Fields(speechBases) {
		base, particle, _ := strings.Cut(entry, "_")
		double := strings.HasSuffix(base, "+")
		base = strings.TrimSuffix(base, "+")
		c := speechCue{kind: finiteSpeech, base: base, particle: particle, weak: weak[base]}
		past := regularPast(base, double)
		if irr, ok := speechIrregular[base]; ok {
			past = irr
		}
		put(sForm(base), c)
		for _, p := range strings.Split(past, "/") {
			put(p, c)
		}
		if bare[base] {
			b := c
			b.bare = true
			put(base, b)
		}
		ing := c
		ing.kind = participleSpeech
		put(ingForm(base, double), ing)
	}
	return m
}()

// speechBases are the verbs that report speech, in their base forms.
const speechBases = `say tell add ask write speak note argue claim insist warn explain declare announce reply respond
retort quip+ joke charge contend counter concede acknowledge admit+ complain lament recall predict promise vow
pledge suggest boast brag+ muse observe remark state testify shout yell scream exclaim interject interrupt snap+
continue conclude stress emphasize emphasise urge plead demand caution confirm deny assert maintain allege accuse
blast slam+ criticize criticise mock ridicule praise call describe dub+ label tout characterize characterise
report grouse gripe snipe opine wonder marvel rail decry lambaste scold chide proclaim threaten propose recommend
advise tease hint reveal disclose clarify recount thank hail laud applaud congratulate whisper mutter murmur
shriek bellow chant summarize summarise inform assure reassure remind reiterate repeat echo recite cite sigh
laugh chuckle gush rave enthuse fume scoff sneer snarl bark growl roar blurt stammer mumble gasp groan moan whine
wail sob cheer intone drawl crow gloat taunt jeer heckle answer query press probe challenge needle jab+ tweet post
text email blog estimate forecast guess comment object protest concur reason posit theorize
speculate preach lecture rant implore exhort instruct order command admonish pronounce acknowledge quote
recommend predict ponder imagine imply demur lecture talk state muse joke wonder shoot_back fire_back push_back hit_back strike_back snap_back write_back go_on chime_in weigh_in
point_out speak_out speak_up pipe_up cry_out lash_out sound_off`

// speechWeak are the verbs of speechBases that report speech only when a
// quotation goes with them.
const speechWeak = `demand threaten propose recommend promise vow pledge praise thank hail laud applaud
	congratulate call describe dub label tout characterize characterise challenge press probe cheer post text
	email blog estimate forecast guess comment object protest concur reason posit order command instruct
	continue counter charge report mock ridicule blast slam criticize criticise accuse quote cite echo repeat
	recall predict suggest reveal disclose confirm deny admit acknowledge concede imagine imply talk`

// speechBare are the verbs whose base form is a cue too: "they say",
// "would tell", "to add".
const speechBare = `say tell add ask write argue insist explain claim warn suggest predict promise vow note
recall respond reply acknowledge admit concede complain contend maintain`

// speechIrregular gives the past forms of irregular verbs, "/"-separated.
var speechIrregular = map[string]string{
	"say": "said", "tell": "told", "write": "wrote/written", "speak": "spoke/spoken", "shoot": "shot",
	"hit": "hit", "strike": "struck", "go": "went/gone", "swear": "swore/sworn", "cry": "cried",
}

// sForm is the third person singular: "says", "pushes", "cries".
func sForm(base string) string {
	switch {
	case strings.HasSuffix(base, "y") && len(base) > 1 && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		return base[:len(base)-1] + "ies"
	case strings.HasSuffix(base, "s"), strings.HasSuffix(base, "x"), strings.HasSuffix(base, "z"),
		strings.HasSuffix(base, "ch"), strings.HasSuffix(base, "sh"), base == "go", base == "echo":
		return base + "es"
	}
	return base + "s"
}

// regularPast is the -ed form: "noted", "cried", "quipped".
func regularPast(base string, double bool) string {
	switch {
	case double:
		return base + base[len(base)-1:] + "ed"
	case strings.HasSuffix(base, "e"):
		return base + "d"
	case strings.HasSuffix(base, "y") && len(base) > 1 && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		return base[:len(base)-1] + "ied"
	}
	return base + "ed"
}

// ingForm is the present participle: "saying", "noting", "quipping".
func ingForm(base string, double bool) string {
	switch {
	case double:
		return base + base[len(base)-1:] + "ing"
	case strings.HasSuffix(base, "ie"):
		return base[:len(base)-2] + "ying"
	case strings.HasSuffix(base, "e") && !strings.HasSuffix(base, "ee") && len(base) > 2:
		return base[:len(base)-1] + "ing"
	}
	return base + "ing"
}

// speechAt returns the speech cue at toks[i], and the number of tokens it
// spans ("shot back" is two), or 0 when there is none.
func speechAt(toks []token, i int) (speechCue, int) {
	c, ok := speechVerbs[toks[i].low]
	if !ok {
		return speechCue{}, 0
	}
	if c.particle != "" {
		if i+1 < len(toks) && toks[i+1].low == c.particle {
			return c, 2
		}
		return speechCue{}, 0
	}
	if c.bare && i > 0 && toks[i-1].isAny("the", "a", "an", "this", "that", "his", "her", "their", "its", "our", "my", "your") {
		return speechCue{}, 0 // a noun: "the claim", "a note"
	}
	if c.kind == finiteSpeech && passiveBefore(toks, i) {
		return speechCue{}, 0 // "Clinton was asked about …": she is spoken to
	}
	return c, 1
}

// passiveBefore reports whether a form of "be" stands before the verb at
// toks[i], past an adverb or two: "was asked", "has been told", "is not
// quoted". A verb of speech in the passive says who was spoken to or of.
func passiveBefore(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		switch {
		case toks[k].isAny("is", "are", "was", "were", "be", "been", "being"):
			return true
		case !adverbs[toks[k].low]:
			return false
		}
	}
	return false
}

// tellingVerbs name their audience next: "told NBC News", "telling her
// country’s TV2 broadcaster".
var tellingVerbs = wordSet("told tells telling tell")

// Words before a quotation that make it a name or a term rather than
// something said: "the so-called “coalition of the willing”".
var termMarkers = wordSet("so-called dubbed termed labelled labeled branded nicknamed titled entitled")
