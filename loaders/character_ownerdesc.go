package loaders

import "strings"

// describedActorOwner reports whether the owner of part mention k, whose
// possessive is token poss of sentence s, may be an actor no cue typed
// strongly or credited ("Ada Vell's bullish Father Corran", "Ada Vell's
// architect, Tom Drew"): the part is not in the headline (where "P's C"
// names a maker's work), the owner has no article before it ("the Fleet's
// Viper pilot") and is no part ("as P's bodyguard C": P is a part too), a
// plural before a comma is no description ("P's powers, C"), and no
// describing word between the possessive and the part is "of" ("P's
// land of C", "P's portrait of a C businesswoman"), a work's
// adjective ("P's animated F"), a plural of a real relation ("P's sons C
// and D") or a work noun ("P's manga C", "P's four-hour cut").
func (a *article) describedActorOwner(s *sentence, k, poss int) bool {
	m := &a.ments[k]
	if m.sent == 0 || k == 0 {
		return false
	}
	if o := &a.ments[k-1]; o.the || int(o.a) > s.a && (a.toks[o.a-1].lower == "the" || a.toks[o.a-1].lower == "as") {
		return false
	}
	for t := poss + 1; t < int(m.a); t++ {
		w := a.toks[t].lower
		if t+1 < int(m.a) && a.toks[t+1].text == "," && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return false // "P's powers, C": a plural before the comma is no part's description
		}
		if w == "of" || ownedAdjectives[w] || seriesModifiers[w] || workNouns[w] || ownerWorkNouns[w] ||
			strings.HasSuffix(w, "s") && realRelationNouns[w[:len(w)-1]] {
			return false
		}
	}
	return true
}

// ownerWorkNouns name works a possessive's owner wrote or drew, not parts
// ("P's manga C").
var ownerWorkNouns = setOf("manga", "manhua", "manhwa", "webtoon", "novella", "memoir", "film", "movie", "documentary",
	"show", "album", "song", "podcast", "thriller", "drama", "comedy", "epic", "feature", "picture", "cut")
