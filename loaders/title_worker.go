package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// byTitleWorkers name someone by a production they worked on when a
// title stands right before them ("the Tallow Shoals star", "a Copper Road
// alum", "his former Night Ferry co-star").
var byTitleWorkers = setOf("star", "stars", "co-star", "costar", "actor", "actress", "alum", "alumna", "alumnus", "castmate",
	"director", "directors", "co-director", "creator", "creators", "co-creator", "showrunner", "writer", "writers",
	"cinematographer", "helmer", "filmmaker", "filmmakers", "composer", "editor")

// titleWorkerLeads may open the noun phrase "the F star": an article, a
// possessive pronoun, and at most one describing word after it.
var titleWorkerLeads = setOf("the", "a", "an", "his", "her", "their", "its")

// titleWorkerAdjs may stand between titleWorkerLeads and the title ("his
// former F co-star").
var titleWorkerAdjs = setOf("former", "fellow", "onetime", "one-time", "longtime", "erstwhile")

// titleWorkerScenes are capitalised words of an industry or a scene, not a
// production, that may stand before a worker noun ("the Broadway star").
var titleWorkerScenes = setOf("broadway", "youtube", "tiktok", "instagram", "twitch", "vine", "disney", "marvel", "pixar",
	"netflix", "sundance", "oscar", "oscars", "emmy", "emmys", "golden", "hallmark", "k-pop", "j-pop", "roman", "parisian",
	"venetian", "neapolitan", "viennese")

// typeWorkerTitles types as films the untyped names that stand, alone or
// as a list joined by commas and "and", between "the" (or "a", or a
// possessive pronoun, and perhaps "former") and a worker noun with no name
// after it: "the Tallow Shoals star", "the Dry Reach and Copper Road
// director", "his former Night Ferry co-star". The noun phrase names
// someone by the production they are known for. Places, demonyms,
// countries, names in capitals, personal names led by a given name, scene
// words ("the Broadway star") and one common word are left alone; so is a
// worker noun followed by a capitalised name ("the Tallow Shoals director
// Ada Pell" is read by the patterns).
func (a *article) typeWorkerTitles() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		p := int(m.a) - 1
		if m.the || m.theOpen || p <= s.a {
			// (not "The F star will play C" opening a sentence: the
			// subject's earlier work next to the part they will play)
			continue
		}
		if tokIn(&a.toks[p], titleWorkerAdjs) && p-1 > s.a {
			p--
		}
		if !tokIn(&a.toks[p], titleWorkerLeads) || a.toks[p].cap {
			continue
		}
		last := k
		for last+1 < len(a.ments) && a.ments[last+1].sent == m.sent && a.listNext(&a.ments[last], &a.ments[last+1]) {
			last++
		}
		e := int(a.ments[last].b)
		if e >= s.b || a.toks[e].kind != kWord || a.toks[e].cap || !tokIn(&a.toks[e], byTitleWorkers) {
			continue
		}
		if e+1 < s.b && a.toks[e+1].kind == kWord && (a.toks[e+1].cap || tokIn(&a.toks[e+1], relativeWords) || a.toks[e+1].lower == "that") {
			// "the F director Ada Pell": left to the patterns; "the F
			// director who ...": a clause about the worker, read there too
			continue
		}
		ok := true
		for j := k; j <= last && ok; j++ {
			n := &a.ments[j]
			ok = titleCandidate(n) && !n.allCaps && !n.country && !n.short && !isPlaceName(n) &&
				!(n.words == 1 && (tokIn(&a.toks[n.a], commonWords) || tokIn(&a.toks[n.a], titleWorkerScenes))) && !demonym(a.toks[n.b-1].lower)
		}
		if !ok {
			continue
		}
		for j := k; j <= last; j++ {
			a.ments[j].setType(kg.Film, 2)
		}
	}
}
