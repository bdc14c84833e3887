package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// describedCommaPart returns the item of the part a credit names after a
// described part and a comma ("as the warden, C", "plays the man who built
// the bomb, C", "as the commander of the prison guards, C", "plays her
// husband, the resistance leader C", "plays Tam's father, former headmaster
// C"), read from item j right after the credit's "as" or verb: a
// determiner, a possessive pronoun, "that"/"this" or an owner's name with
// "'s"; up to seven lower-case words or single capitalised words, one of
// them a part, kin or doer noun; a comma; then the part's name, after at
// most a determiner and four describing words (capitalised ones included),
// closed by a comma, a full stop, a semicolon, a bracket or the sentence's
// end. Else -1.
func (p *pctx) describedCommaPart(j int) int {
	k := j
	owned := p.in(k, possessivePronouns)
	owner := -1
	switch {
	case p.in(k, setRelations_0) || owned || p.w(k) == "that" || p.w(k) == "this":
		k++
	case p.isM(k) && p.w(k+1) == "'s" && castableName(p.mm(k)):
		if t := p.mm(k).typ; (t == "" || t == kg.Character) && p.priorType(k) == "" && !p.titleKey(p.mm(k).key) {
			owner = k // (a name no cue typed yet, nor an earlier mention, and no quoted title)
		}
		k += 2 // "Tam's father, ..."
	default:
		return -1
	}
	noun := false
	start := k
	for ; k < len(p.it) && k < start+7; k++ {
		w := p.w(k)
		if w == "," {
			break
		}
		if p.isM(k) {
			if m := p.mm(k); m.words != 1 || m.quoted || m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Film {
				return -1
			}
			continue // "the band's Swedish tax attorney"
		}
		if !isWordLike(w) && w != "'s" {
			return -1
		}
		if r, _ := p.crewNoun(k); r != "" && !owned {
			return -1 // "as the film's director, C": a crew job, not a part ("as his producer, C" is one)
		}
		if partNoun(w) || kinOrRoleWord(w) || describedPersonNouns[w] {
			noun = true
		}
	}
	if p.w(k) != "," || k == start || !noun {
		return -1
	}
	c := -1
	n := k + 1
	if p.in(n, setRelations_0) {
		n++
	}
	for d := 0; d <= 4 && n < len(p.it); d, n = d+1, n+1 {
		if p.isM(n) {
			if e := p.w(n + 1); e == "," || e == "." || e == ";" || e == "" || e == "(" {
				c = n
				break
			}
			if nw := p.w(n + 1); p.mm(n).words == 1 && (partNoun(nw) || kinOrRoleWord(nw) || describedPersonNouns[nw]) {
				continue // "the Resistance leader C": a capitalised describer
			}
			return -1
		}
		if p.w(n) == "and" && d > 0 {
			continue // "the poet and scholar C"
		}
		if !isWordLike(p.w(n)) || commonWords[p.w(n)] && !descriptorAdj[p.w(n)] {
			return -1
		}
	}
	if c < 0 {
		return -1
	}
	if m := p.mm(c); m.quoted || !castableName(m) || m.typ == kg.Film || m.typ == kg.Organisation && m.strength >= 2 {
		return -1
	}
	if owner >= 0 {
		p.mm(owner).setType(kg.Character, 3) // the part's kin or employer is a character too
	}
	return c
}

// describedPersonNouns are plain nouns for a person that a described part
// may rest on ("plays the man who built the bomb, C").
// (and a few trades and ties no part-noun list holds).
var describedPersonNouns = setOf("man", "woman", "boy", "girl", "teen", "teenager", "kid", "child", "guy", "lady", "figure", "character",
	"warden", "nanny", "maid", "chef", "coach", "clerk", "cook", "attorney", "neighbour", "neighbor", "landlady", "governess",
	"paramedic", "aide", "accomplice", "consort", "waitress", "ally", "colleague", "chauffeur", "valet", "bard", "convict",
	"inmate", "hostage", "victim", "god", "goddess", "demon", "werewolf")

// titleKey reports whether some mention of the article with this key is
// quoted or typed a film (a title, as in "'Kestrel' turns 70 ... plays
// Kestrel's mother, C").
func (p *pctx) titleKey(key string) bool {
	for i := range p.a.ments {
		if o := &p.a.ments[i]; o.key == key && (o.quoted || o.typ == kg.Film) {
			return true
		}
	}
	return false
}
