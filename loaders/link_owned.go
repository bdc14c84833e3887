package loaders

// ownedAdjectives may close the describing words between an owner's
// possessive and a title when no work noun does ("P's animated F", "O's
// new F").
var ownedAdjectives = setOf("animated", "live-action", "new", "latest", "upcoming", "acclaimed")

// ownedStops end a describing phrase: a title after them is no longer the
// owner's work ("P's boss in F", "O's deal with F").
var ownedStops = setOf("the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "with", "by", "to", "from",
	"as", "who", "which", "that", "is", "was", "has", "had", "will", "own")

// ownedWorkNoun reports whether w names a kind of production ("hit",
// "thriller", "series", "fable").
func ownedWorkNoun(w string) bool {
	return filmNouns[w] || seriesNouns[w] || genreNouns[w] || airNouns[w] || possessiveWorkNouns[w] || w == "hit" || w == "debut" || w == "smash"
}

// ownedTitle reads the describing words after an owner's possessive,
// from item k ("2017 hit", "horror movie", "sci-fi thriller series",
// "animated"), and returns the item of the name right after them, or
// -1: one to four plain lower-case words or years, none of ownedStops,
// the last a work noun (ownedWorkNoun) or one of ownedAdjectives.
func (p *pctx) ownedTitle(k int) int {
	n := k
	for ; n < len(p.it) && n < k+4 && !p.isM(n); n++ {
		if w := p.w(n); !(isWordLike(w) || isYear(w)) || ownedStops[w] {
			return -1
		}
	}
	if n == k || !p.isM(n) {
		return -1
	}
	if last := p.w(n - 1); !ownedWorkNoun(last) && !ownedAdjectives[last] || last == "original" {
		return -1 // ("P's original F": the first of a line, often merged with the new one)
	}
	return n
}
