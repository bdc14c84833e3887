package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// partCues come right before the name of a part someone played ("as Orrin
// Quell on Dustfall", "He was Mossy on The Brass Ward").
var partCues = setOf("as", "was", "is")

// typePartOnTitles types as films the titles named right after a part and
// "on": "as Orrin Quell on Dustfall", "He was Mossy on The Brass Ward", "was
// already Brisk on Pewter Parade" (not "in": "as Tilly Fox in Marrowgate"
// names a place as often as a title). The
// part is a name no cue typed (or typed a character) right after "as" or a
// copula (an adverb such as "already" may stand between); the title is a
// name no cue typed, not a place, a country, a personal name led by a
// given name or one common word. It returns nothing; it edits the
// mentions.
func (a *article) typePartOnTitles() {
	for s, k := range a.bodyMentions() {
		if k+1 >= len(a.ments) {
			return
		}
		p, t := &a.ments[k], &a.ments[k+1]
		if t.sent != p.sent || p.typ != "" && p.typ != kg.Character || p.quoted || p.colon || p.digit || p.the {
			continue
		}
		prep := int(p.b)
		tb := int(t.a)
		if t.the {
			tb--
		}
		if tb != prep+1 || a.toks[prep].lower != "on" {
			continue
		}
		c := int(p.a) - 1
		if c > s.a && roleAdverbs[a.toks[c].lower] {
			c--
		}
		if c < s.a || !partCues[a.toks[c].lower] || a.toks[c].cap {
			continue
		}
		if titleCandidate(t) && !isPlaceName(t) && !t.country && !(t.words == 1 && commonWords[a.toks[t.a].lower]) && !a.truncatedTitle(s, t) {
			t.setType(kg.Film, 2)
		}
	}
}
