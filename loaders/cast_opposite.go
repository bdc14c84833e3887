package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// coStarCredits handles co-stars named after "opposite" or "alongside" in
// a cast clause: "he played C in Mann's F, opposite A and B", "P played
// C opposite A in F". Each person of the list after the cue acted in the
// film of the cast credit this sentence gives the clause's actor (the
// subject of the latest cast claim before the cue, from index from on):
// the film named right after the list ("opposite Q in F", which the actor
// gets too), else the film named latest between the actor and the cue,
// else the claim's film. A crew word in the clause gives none. It runs
// after the sentence's cast rules.
func (p *pctx) coStarCredits(from int) {
	end := len(p.a.claims)
	if end == from || len(p.it) > careerSentenceItems {
		return
	}
	for k := range p.it {
		if p.isM(k) || p.w(k) != "opposite" && p.w(k) != "alongside" {
			continue
		}
		c := p.clauseCastClaim(from, end, k)
		if c < 0 {
			continue
		}
		people := p.coStarList(k + 1)
		if len(people) == 0 {
			continue
		}
		subj := p.a.claims[c].subj
		si := p.itemOf(subj.m, 0, k)
		if p.makerWordBetween(si, k) {
			continue // "P is an executive producer, alongside Q"
		}
		film := p.a.claims[c].obj
		after := false
		if l := people[len(people)-1]; p.w(l+1) == "in" {
			f := p.earlierTitle(l + 2)
			if f < 0 {
				continue // "opposite Q in <a name not read as a title>": no film to give
			}
			film, after = p.conv(mArg(f)), true // "opposite Q in F"
		}
		if !after {
			for f := k - 1; f > si; f-- {
				if m := p.mm(f); m != nil && m.typ == kg.Film && m.strength >= 2 && p.w(f+1) != "'s" {
					film = p.conv(mArg(f)) // "... and D in F, opposite Q": the clause's latest film
					break
				}
			}
		}
		if after {
			people = append(people, si)
		}
		for _, q := range people {
			if q != si && p.it[q].m == subj.m {
				continue
			}
			d := pclaim{rel: kg.ActedIn, subj: arg{m: p.it[q].m, of: -1, abs: true}, obj: film}
			if !p.hasClaim(from, d) {
				p.typ(q, kg.Person, 3)
				p.claim(d)
			}
		}
	}
}

// makerWordBetween reports whether a crew or author word stands between
// items a and b.
func (p *pctx) makerWordBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if !p.isM(k) && (p.wIn(k, makerTalk) || p.w(k) == "executive") {
			return true
		}
	}
	return false
}

// clauseCastClaim returns the index of the cast claim (in a.claims[from:end])
// a co-star cue at item k belongs to, or -1: its actor is the subject
// named latest before k with no semicolon between, and of that actor's
// claims the one whose film is named nearest k.
func (p *pctx) clauseCastClaim(from, end, k int) int {
	best, bestS, bestD := -1, -1, 1<<30
	for ci := from; ci < end; ci++ {
		c := p.a.claims[ci]
		if c.rel != kg.ActedIn || c.subj.m < 0 || !c.subj.abs || !c.obj.valid() {
			continue
		}
		s := p.itemOf(c.subj.m, 0, k)
		if s < 0 || s < bestS || p.semicolonBetween(s, k) {
			continue
		}
		d := 1 << 20 // a film the sentence does not name
		if c.obj.m >= 0 {
			if f := p.itemOf(c.obj.m, 0, len(p.it)); f >= 0 {
				d = abs(f - k)
			}
		}
		if s > bestS || d < bestD {
			best, bestS, bestD = ci, s, d
		}
	}
	return best
}

// semicolonBetween reports whether a semicolon stands between items a and b.
func (p *pctx) semicolonBetween(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if !p.isM(k) && p.w(k) == ";" {
			return true
		}
	}
	return false
}

// coStarList returns the items of the people listed from item j ("A",
// "A and B", "A, B and C"): each person-like and not a character; the
// list ends at the first item that is not a name or a joiner. A name
// followed by "as" starts a cast pair and ends the list with it.
func (p *pctx) coStarList(j int) []int {
	var out []int
	for j < len(p.it) && len(out) < 6 {
		m := p.mm(j)
		if m == nil || !p.isPersonLike(j) || m.typ == kg.Character || p.priorType(j) == kg.Character {
			break
		}
		out = append(out, j)
		j++
		if p.w(j) == "," && p.w(j+1) == "and" {
			j += 2
		} else if p.w(j) == "and" || p.w(j) == "," && p.isM(j+1) {
			j++
		} else {
			break
		}
	}
	return out
}
