package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// actorOwnedParts types as a character, once the patterns have run, a name
// that an actor of the article owns with a possessive, maybe after a few
// describing words: "Kit Oduya's Rhea Vance", "Oduya's rookie agent Rhea
// Vance". The owner is a person mention the article credits with a part
// (the subject of an ACTED_IN or PORTRAYED claim, by its name or its
// surname); between the possessive and the name stand at most three
// lower-case words, none a relation noun of real life ("Oduya's co-star
// P", "Oduya's wife P"), a work word ("Oduya's latest film X") or a making
// noun. The name is of one to three words, untyped or weakly a person, and
// no strongly typed person of the article bears it. It adds the claim
// that the owner portrays the part when no claim names the part yet. It
// returns nothing; mentions and claims change in place.
func (a *article) actorOwnedParts() {
	var actors map[string]bool // keys and surnames of credited actors
	var parts map[int32]bool   // mentions a claim names as a part
	for _, c := range a.claims {
		if c.rel != kg.ActedIn && c.rel != kg.Portrayed || !c.subj.abs || c.subj.m < 0 {
			continue
		}
		if actors == nil {
			actors, parts = map[string]bool{}, map[int32]bool{}
		}
		m := &a.ments[c.subj.m]
		actors[m.key] = true
		actors[lastKeyWord(m.key)] = true
		if c.char.abs && c.char.m >= 0 {
			parts[c.char.m] = true
		}
		if c.rel == kg.Portrayed && c.obj.abs && c.obj.m >= 0 {
			parts[c.obj.m] = true
		}
	}
	var people map[string]bool // names strongly typed people
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Person && m.strength >= 2 {
			if people == nil {
				people = map[string]bool{}
			}
			people[m.key] = true
		}
	}
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if k == 0 || !weakOrNone(m) || !castableName(m) || people[m.key] || parts[int32(k)] {
			continue
		}
		if e := int(m.b); e < s.b && (a.toks[e].kind == kPoss || makingNouns[a.toks[e].lower] || workNouns[a.toks[e].lower]) {
			continue // ("P's Jane Doe adaptation")
		}
		t := int(m.a) - 1
		for n := 0; t > s.a && n < 3 && a.toks[t].kind == kWord && !a.toks[t].cap; n++ {
			if w := a.toks[t].lower; realRelationNouns[w] || workWords[w] || workNouns[w] || makingNouns[w] || notDescribing[w] {
				t = -1
				break
			}
			t--
		}
		if t <= s.a || a.toks[t].kind != kPoss {
			continue
		}
		o := k - 1
		p := &a.ments[o]
		if p.sent != m.sent || int(p.b) != t || p.typ != kg.Person && p.typ != "" {
			continue
		}
		if !actors[p.key] && !(int(p.a) > s.a && a.toks[p.a-1].lower == "opposite" && (p.typ == kg.Person || p.personShaped() || a.surnameOfName(p))) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
		a.claims = append(a.claims, pclaim{rel: kg.Portrayed, subj: arg{m: int32(o), of: -1, abs: true},
			obj: arg{m: int32(k), of: -1, abs: true}, char: noArg, sent: m.sent})
	}
}
