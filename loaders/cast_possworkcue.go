package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A check of "P's C" (possessiveCast) on what follows C: a filmmaker's
// possessive before a title ("Q's F, starring A and B", "Q's F, in which
// A plays C", "Q's village comedy") names a work, not a part the person
// plays.

// possWorkNouns, at most two items after the C of "P's C", make the
// possessive a filmmaker's work ("P's C revival", "P's C metro
// thriller", "P's C favourite"): genre and work nouns.
var possWorkNouns = setOf("film", "movie", "thriller", "drama", "comedy", "epic", "revival", "documentary", "biopic",
	"satire", "melodrama", "classic", "fable", "western", "favorite", "favourite", "romance", "sitcom", "miniseries")

// possWorkStops end the describing words between C and a possWorkNouns
// noun: a verb, article, pronoun or preposition says C heads a clause
// ("P's C is my favourite character").
var possWorkStops = setOf("is", "was", "are", "were", "be", "been", "has", "had", "have", "my", "his", "her", "their",
	"its", "our", "your", "the", "a", "an", "and", "or", "to", "of", "in", "on", "at", "as", "by", "for", "from", "with")

// possessedWork reports whether the name at item c, right after a
// person's possessive, is a work rather than the person's part, and
// whether it names the work itself (title) rather than describing it:
// a cast list or plot opens after it (", starring A", ", with A as B",
// ", in which", ", which stars", ", set in", ", about a": title), or a
// genre noun follows it within two describing items ("P's C comedy",
// "P's C metro thriller": C only describes).
func (p *pctx) possessedWork(c int) (work, title bool) {
	if p.chartClauseAfter(c) {
		return true, true // "P's F was fourth with $11.1 million": a chart line's film
	}
	if p.possWorkWhich(c) || p.possWorkAppositive(c) {
		return true, true // "P's F, which won ...", "P's F, another desert epic" (cast_possworkappositive.go)
	}
	k := c + 1
	comma := p.w(k) == ","
	if comma {
		k++
	}
	switch p.w(k) {
	case "starring":
		return true, true
	case "in":
		return comma && p.w(k+1) == "which", true
	case "which":
		return comma && (p.w(k+1) == "stars" || p.w(k+1) == "starred"), true
	case "set":
		return comma && (p.w(k+1) == "in" || p.w(k+1) == "on"), true
	case "about":
		return comma && (p.w(k+1) == "a" || p.w(k+1) == "an"), true
	case "with":
		if !comma || !p.isM(k+1) || !p.isPersonLike(k+1) {
			return false, false
		}
		as := k + 2
		if p.w(k+2) == "and" && p.isM(k+3) {
			as = k + 4
		}
		if p.w(as) != "as" {
			return false, false
		}
		// not "with A as executive producer": a job, not a part
		rel, _ := p.crewNoun(as + 1)
		return rel == "", true
	}
	for k := c + 1; k <= c+3; k++ {
		if p.isM(k) {
			continue
		}
		w := p.w(k)
		if possWorkNouns[w] {
			return k > c+1 || !filmNouns[w] && !seriesNouns[w], false
		}
		if !isWordLike(w) || possWorkStops[w] {
			return false, false
		}
	}
	return false, false
}

// possessedWorkTitle types the title of "Q's F, starring A" (possessedWork
// with title) a film unless it is shaped like a personal name ("Q's Ann
// Lee, with A as producer" names a person).
func (p *pctx) possessedWorkTitle(c int) {
	if m := p.mm(c); m != nil && m.typ == "" && !givenNameShaped(m) {
		p.typ(c, kg.Film, 2)
	}
}
