package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// possessorParts mends the credits whose part is the possessor of the part
// rather than the part: "P played Austin Tucker's nervous associate, Ward
// Halloran", "Q played Van's best mate, Munter", "R reprises her role as the
// Circus's former head of research, Connie Sachs". When the part of an
// ACTED_IN credit or a PORTRAYED claim is followed by "'s", at most six
// lower-case words, a comma and a castable name nothing types a person or a
// title, that name is the part: the credit is dropped when the sentence
// already credits the same person with that name, else it takes the name
// as its part. Obituaries and career tributes describe their person's
// parts through the lead's character this way; so do cast rundowns.
func (a *article) possessorParts() {
	var drop []int
	for i := range a.claims {
		c := &a.claims[i]
		ch := a.creditPart(c)
		if ch < 0 || c.subj.m < 0 {
			continue
		}
		n := a.possessedName(ch)
		if n < 0 {
			continue
		}
		if a.creditsNamedPart(c.sent, a.ments[c.subj.m].key, a.ments[n].key) {
			drop = append(drop, i)
			continue
		}
		a.ments[n].setType(kg.Character, 3)
		if c.rel == kg.ActedIn {
			c.char.m = int32(n)
		} else {
			c.obj.m = int32(n)
		}
	}
	a.dropClaims(drop)
}

// possessedName returns the mention of the name in "C's nervous associate,
// N" after the mention ch, or -1: "'s" right after ch, one to six
// lower-case words, a comma, then N (a castable name, untyped or a
// character, not the article's person) followed by a comma, a full stop, a
// semicolon, "in", "on" or the sentence end.
func (a *article) possessedName(ch int) int {
	m := &a.ments[ch]
	s := &a.sents[m.sent]
	k := int(m.b)
	if k >= int(s.b) || a.toks[k].lower != "'s" {
		return -1
	}
	k++
	w := 0
	for k < int(s.b) && w < 7 && isWordLike(a.toks[k].lower) && !a.toks[k].cap {
		k, w = k+1, w+1
	}
	if w == 0 || w > 6 || k >= int(s.b) || a.toks[k].lower != "," {
		return -1
	}
	k++
	for n := ch + 1; n < len(a.ments) && a.ments[n].sent == m.sent; n++ {
		o := &a.ments[n]
		if int(o.a) < k {
			continue
		}
		if int(o.a) > k || !castableName(o) || o.typ != "" && o.typ != kg.Character || o.pronoun || a.isSubjectPerson(o) {
			return -1
		}
		if e := int(o.b); e < int(s.b) {
			switch a.toks[e].lower {
			case ",", ".", ";", "in", "on":
			default:
				return -1
			}
		}
		return n
	}
	return -1
}

// creditsNamedPart reports whether a claim of sentence si credits the person
// keyed subj with the part keyed part.
func (a *article) creditsNamedPart(si int32, subj, part string) bool {
	for i := range a.claims {
		c := &a.claims[i]
		if c.sent != si || c.subj.m < 0 {
			continue
		}
		if ch := a.creditPart(c); ch >= 0 && a.ments[ch].key == part && a.ments[c.subj.m].key == subj {
			return true
		}
	}
	return false
}
