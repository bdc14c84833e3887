package loaders

import "strings"

// possessedKindWords, last before a title after a person's possessive, say
// the title is a film the person made ("P's silent classic F", "P's 2017
// hit F", "P's original F").
var possessedKindWords = setOf("classic", "hit", "original", "debut", "masterpiece", "remake", "film", "movie", "feature",
	"thriller", "chiller", "shocker", "satire", "comedy", "western", "musical", "documentary", "biopic", "romance", "epic",
	"fantasy", "adventure", "mystery", "whodunit", "heist", "melodrama", "fable", "farce", "horror", "actioner", "caper",
	"noir", "drama", "blockbuster", "sequel", "prequel", "reboot", "two-hander", "slasher", "mockumentary", "spoof", "parody",
	"docudrama", "dramedy", "flick", "biopic")

// apposHeadEnds follow the head noun of a describing appositive after a
// title ("F, P's period musical about ...", "F, P's thriller whose ..."):
// what the describers ran into was the noun's complement, not a describer
// (not a bare "F, P's thriller.", which may name a star's vehicle).
var apposHeadEnds = map[string]bool{"about": true, "of": true, "whose": true, "with": true, "that": true, "which": true,
	"set": true, "starring": true, "in": true, "from": true, "for": true}

// pastFilmDescribers returns the item after up to four describing words
// from item k: ordinals, film adjectives, years, hyphenated or uncommon
// lowercase words, a comma between two of them ("P's breezy, sun-bleached
// prequel"), and with kinds the possessedKindWords too ("P's silent
// classic F").
func (p *pctx) pastFilmDescribers(k int, kinds bool) int {
	for n := 0; n < 4 && k < len(p.it) && !p.isM(k); n++ {
		w := p.w(k)
		switch {
		case p.in(k, ordinals) || p.in(k, adjFilm) || isYear(w) || kinds && possessedKindWords[w]:
		case (w == "," || w == "and") && n > 0 && !p.isM(k+1) && p.describerWord(k+1):
		case p.describerWord(k):
		default:
			return k
		}
		k++
	}
	return k
}

// describerWord reports whether item k is a lowercase describing word: a
// hyphenated one or one outside the common words.
func (p *pctx) describerWord(k int) bool {
	w := p.w(k)
	if p.isM(k) || !isWordLike(w) || w == "" || w[0] < 'a' || w[0] > 'z' || possessedKindWords[w] || filmNouns[w] || genreNouns[w] || spinNoun(w) {
		return false
	}
	return strings.Contains(w, "-") || !commonWords[w]
}

// filmKindBefore reports whether the word before the title at item k says
// the title is a made film ("classic", "hit", "original", a genre noun).
func (p *pctx) filmKindBefore(k int) bool {
	return !p.isM(k-1) && p.wIn(k-1, possessedKindWords)
}
