package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A check of the credits read from "P's C", run once the whole article is
// typed: a possessive in a production credit ("made by P's C", "P's C
// produced") owns a company or a staff member, not a part.

// productionWords, right after the C of "P's C" (past a comma and
// "which"), make C a company of the production: "P's C produced", "P's
// C, which produces the series", "P's C banner".
var productionWords = setOf("produced", "produces", "co-produced", "coproduced", "financed", "finances", "co-financed",
	"banner", "banners", "backed", "distributed", "distributes")

// productionLeads, at most eight tokens before the "by", "with",
// "alongside" or "through" that leads to "P's C", say the clause lists the
// makers of a production: "produced by P's C", "financed by P's C",
// "executive producers alongside P's C".
var productionLeads = setOf("produced", "produces", "produce", "producing", "co-produced", "financed", "financing",
	"co-financed", "backed", "producer", "producers", "co-producer", "co-producers", "distributed")

// productionLinks lead from a production word to the makers it lists.
var productionLinks = setOf("by", "with", "alongside", "through", "via")

// possessivePair returns the subject and part mentions of claim c when it
// credits a part read from "P's C" (the part's name right after the
// actor's possessive), else -1, -1.
func (a *article) possessivePair(c *pclaim) (int, int) {
	if !c.subj.abs || c.subj.m < 0 {
		return -1, -1
	}
	ch := -1
	switch {
	case c.rel == kg.ActedIn && c.char.abs && c.char.m >= 0:
		ch = int(c.char.m)
	case c.rel == kg.Portrayed && c.obj.abs && c.obj.m >= 0:
		ch = int(c.obj.m)
	default:
		return -1, -1
	}
	p, m := &a.ments[c.subj.m], &a.ments[ch]
	if e := int(p.b); p.sent != m.sent || e >= len(a.toks) || a.toks[e].kind != kPoss || int(m.a) != e+1 {
		return -1, -1
	}
	return int(c.subj.m), ch
}

// productionPossessive reports whether the "P's C" pair of mentions p and
// c of sentence s stands in a production credit: a productionWords word
// after C, or a productionLinks word right before P with a
// productionLeads word at most eight tokens before it.
func (a *article) productionPossessive(s *sentence, p, c int) bool {
	e := int(a.ments[c].b)
	if e < s.b && a.toks[e].text == "," {
		e++
		if e < s.b && (a.toks[e].lower == "which" || a.toks[e].lower == "that") {
			e++
		}
	}
	if e < s.b && a.toks[e].kind == kWord && productionWords[a.toks[e].lower] {
		return true
	}
	t := int(a.ments[p].a) - 1
	if t <= s.a || !productionLinks[a.toks[t].lower] {
		return false
	}
	for u := t - 1; u >= s.a && u >= t-8; u-- {
		if w := &a.toks[u]; w.kind == kWord && productionLeads[w.lower] {
			return true
		}
		if a.toks[u].text == ";" || a.toks[u].text == "." {
			break
		}
	}
	return false
}

// dropProductionPossessives withdraws the credits read from "P's C" when
// the pair stands in a production credit (productionPossessive): "produced
// by Inez Varga's Lantern Yard", "Aldo Brenn's Copperline produced",
// "executive producers alongside Marlow Films' Ida Kestrel". C is typed a
// person when it is a personal name led by a given name, else a company;
// P keeps its type. It returns nothing; claims and mentions change in
// place.
func (a *article) dropProductionPossessives() {
	var drop []int // the claims withdrawn, in order
	for i := range a.claims {
		c := &a.claims[i]
		p, ch := a.possessivePair(c)
		if p < 0 {
			continue
		}
		if !a.productionPossessive(&a.sents[a.ments[ch].sent], p, ch) {
			continue
		}
		m := &a.ments[ch]
		if m.personShaped() && isGivenName(a.toks[m.a].lower) {
			m.typ, m.strength, m.world, m.kind = kg.Person, 2, "", ""
		} else {
			m.typ, m.strength = kg.Organisation, 2
		}
		drop = append(drop, i)
	}
	a.dropClaims(drop)
}

// attributivePart reports whether mention mi, read as a part, modifies the
// noun after it instead of naming someone: a determiner (and at most two
// lower-case words) before it and a part noun right after it or after one
// more lower-case word ("as the Dunmere detective", "as an Ardmore
// farmer", "played the Kesterton radio executive C"); or its name is a
// place or a demonym, and no given name ("as the mustachioed Kansan").
func (a *article) attributivePart(mi int) bool {
	m := &a.ments[mi]
	if m.quoted || m.words > 3 {
		return false
	}
	if (placeNames[m.key] || demonym(m.key) || moreDemonyms[m.key] || placeDemonym(m.key)) && !isGivenName(m.key) {
		return true // (not "Sofia", a city and a given name)
	}
	s := &a.sents[m.sent]
	e := int(m.b)
	if e >= s.b || a.toks[e].kind != kWord || a.toks[e].cap {
		return false
	}
	if !partNoun(a.toks[e].lower) {
		if e+1 >= s.b || a.toks[e+1].kind != kWord || a.toks[e+1].cap || !partNoun(a.toks[e+1].lower) || tokIn(&a.toks[e], commonWords) {
			return false
		}
	}
	t := int(m.a) - 1
	for n := 0; n < 2 && t > s.a && a.toks[t].kind == kWord && !a.toks[t].cap && !tokIn(&a.toks[t], partDeterminers); n++ {
		t--
	}
	if t < s.a || a.toks[t].kind != kWord {
		return false
	}
	w := a.toks[t].lower
	return w == "a" || w == "an" || w == "the"
}

// dropAttributiveParts withdraws the part of every credit whose part
// mention is attributive (attributivePart): the actor keeps an ACTED_IN
// credit without a part, a PORTRAYED claim goes, and the mention loses
// its character type when no other credit names it. It returns nothing;
// claims and mentions change in place.
func (a *article) dropAttributiveParts() {
	var found []int // the claims whose part is attributive, in order
	for i := range a.claims {
		if ch := a.creditPart(&a.claims[i]); ch >= 0 && a.ments[ch].typ == kg.Character && a.attributivePart(ch) {
			found = append(found, i)
		}
	}
	if found == nil {
		return
	}
	drop := false
	for _, i := range found {
		c := &a.claims[i]
		ch := a.creditPart(c)
		a.ments[ch].typ, a.ments[ch].strength = "", 0
		if c.rel == kg.Portrayed {
			c.subj.m, drop = -1, true // withdrawn below
		} else {
			c.char = noArg
		}
	}
	if !drop {
		return
	}
	out := a.claims[:0]
	for i, c := range a.claims {
		if len(found) > 0 && found[0] == i {
			found = found[1:]
			if c.rel == kg.Portrayed {
				continue
			}
		}
		out = append(out, c)
	}
	a.claims = out
}

// creditPart returns the part mention of an ACTED_IN credit or a
// PORTRAYED claim, or -1.
func (a *article) creditPart(c *pclaim) int {
	switch {
	case c.rel == kg.ActedIn && c.char.abs && c.char.m >= 0:
		return int(c.char.m)
	case c.rel == kg.Portrayed && c.obj.abs && c.obj.m >= 0:
		return int(c.obj.m)
	}
	return -1
}

// placeDemonymEnds end a demonym formed on a place name ("Londoner",
// "Kansan", "Oklahoman", "Floridian").
var placeDemonymEnds = []string{"er", "ian", "an", "n"}

// placeDemonym reports whether the one-word key w is a demonym formed on a
// name of placeNames: the name, less a final "s", "a" or "e" the ending
// may stand in for, plus one of placeDemonymEnds ("londoner", "kansan",
// "floridian").
func placeDemonym(w string) bool {
	var buf [40]byte
	for _, end := range placeDemonymEnds {
		if len(w) <= len(end)+3 || len(w) >= len(buf) || w[len(w)-len(end):] != end {
			continue
		}
		base := w[:len(w)-len(end)]
		if placeNames[base] {
			return true
		}
		b := append(buf[:0], base...)
		for _, c := range "sae" {
			if placeNames[string(append(b, byte(c)))] {
				return true
			}
		}
	}
	return false
}

// dropClaims removes the claims at the indexes of drop (ascending) from
// a.claims, keeping the order of the others; it does nothing when drop is
// empty.
func (a *article) dropClaims(drop []int) {
	if len(drop) == 0 {
		return
	}
	out := a.claims[:0]
	for i, c := range a.claims {
		if len(drop) > 0 && drop[0] == i {
			drop = drop[1:]
			continue
		}
		out = append(out, c)
	}
	a.claims = out
}
