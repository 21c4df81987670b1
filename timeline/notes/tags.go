package notes

import (
	"unicode"

	"newsline/timeline"
)

// The tag rule, the same in the window and on the command line: a word
// written "#like-this" in a note's text is one of its tags, and tags can
// also be given beside the text (newsline notes add --tag). Tags written
// in the text follow the text: removing "#nato" from it removes the tag.
// Tags given beside the text stay until they are replaced.

// Hashtags returns the #tags written in text, in order: a '#' at the start
// of a word (after space or punctuation), then letters, digits, '-' and
// '_'. "issue#4" and a lone "#" are not tags.
func Hashtags(text string) []string {
	var tags []string
	runes := []rune(text)
	for i := 0; i < len(runes); i++ {
		if runes[i] != '#' || (i > 0 && !unicode.IsSpace(runes[i-1]) && !unicode.IsPunct(runes[i-1])) {
			continue
		}
		j := i + 1
		for j < len(runes) && (unicode.IsLetter(runes[j]) || unicode.IsDigit(runes[j]) || runes[j] == '-' || runes[j] == '_') {
			j++
		}
		if j > i+1 {
			tags = append(tags, string(runes[i+1:j]))
		}
		i = j - 1
	}
	return tags
}

// TagsOf returns the tags of a new note: the #tags written in text, then
// the tags given beside it. The store normalises them (NormalizeTags), so
// duplicates are harmless.
func TagsOf(text string, given []string) []string {
	return append(Hashtags(text), given...)
}

// Retag returns the tags of note n once its text becomes text: the #tags
// written in the new text, then those of n's tags that were given beside
// its text rather than written in it.
func Retag(n Note, text string) []string {
	written := map[string]bool{}
	for _, t := range Hashtags(n.Text) {
		written[timeline.Fold(t)] = true
	}
	tags := Hashtags(text)
	for _, t := range n.Tags {
		if !written[timeline.Fold(t)] {
			tags = append(tags, t)
		}
	}
	return tags
}
