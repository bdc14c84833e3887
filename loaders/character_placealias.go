package loaders

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeAliasRanks are the words before "of" that make "of" part of a
// character's name ("the Duke of C", "Mary Queen of C", "Upper Rank
// Three of C"), beyond nameTitles.
var placeAliasRanks = setOf("earl", "marquis", "marquess", "viscount", "pope", "bishop", "archbishop", "tsar", "czar", "sultan",
	"pharaoh", "khan", "rank", "lord", "master", "keeper", "knight", "heir", "son", "daughter", "wife", "widow")

// placeAliasLeadRanks are police ranks beyond nameTitles that open a
// character's name ("Superintendent Roy Grace").
var placeAliasLeadRanks = setOf("superintendent", "constable", "chief", "deputy", "dci", "di", "ds")

// characterPlaceAlias returns a character's name without the place or
// group a mention carried after it ("Montague Barnes of DEPRAC" →
// "Montague Barnes", "Ana Lin in Tides" → "Ana Lin"): two to four
// capitalised words, the first no article and the last no title, rank or
// tie ("the Duke of C", "Mary Queen of C" keep their "of"), then "of" or
// "in" and a capitalised word (or "the" and one). bare is that name
// without the titles it opens with, when two words remain
// ("Superintendent Roy Grace of Sussex Police" → "Roy Grace"), else "".
// It returns "", "" when the name does not read so.
func characterPlaceAlias(name string) (base, bare string) {
	i := strings.Index(name, " of ")
	if j := strings.Index(name, " in "); j > 0 && (i < 0 || j < i) {
		i = j
	}
	if i <= 0 {
		return "", ""
	}
	rest := strings.TrimPrefix(name[i+4:], "the ")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsUpper(r) {
		return "", ""
	}
	base = name[:i]
	words := strings.Fields(base)
	if len(words) < 2 || len(words) > 4 || words[0] == "The" || words[0] == "A" || words[0] == "An" {
		return "", ""
	}
	for _, w := range words {
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return "", ""
		}
	}
	last := strings.ToLower(strings.TrimSuffix(words[len(words)-1], "."))
	if nameTitles[last] || placeAliasRanks[last] {
		return "", ""
	}
	k := 0
	for k < len(words)-2 && (nameTitles[strings.ToLower(strings.TrimSuffix(words[k], "."))] || placeAliasLeadRanks[strings.ToLower(words[k])]) {
		k++
	}
	if k > 0 {
		bare = strings.Join(words[k:], " ")
	}
	return base, bare
}
