package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// actorOwnedParts types as a character, once the patterns have run, a name
// that an actor of the article owns with a possessive, maybe after a few
// describing words: "Kit Oduya's Rhea Vance", "Oduya's rookie agent Rhea
// Vance". The owner is a person mention the article credits with a part
// (the subject of an ACTED_IN or PORTRAYED claim, by its name or its
// surname); between the possessive and the name stand at most three
// lower-case words, none a relation noun of real life ("Oduya's co-star
// P", "Oduya's wife P"), a work word ("Oduya's latest film X"), "own"
// ("Oduya's own X": the owner's work) or a making noun. The name is of one to three words, untyped or weakly a person, and
// no strongly typed person of the article bears it. It adds the claim
// that the owner portrays the part when no claim names the part yet. It
// returns nothing; mentions and claims change in place.
func (a *article) actorOwnedParts() {
	var actors, people, crew map[string]bool // keys and surnames of credited actors; names of strongly typed people; makers
	var parts map[int32]bool                 // mentions a claim names as a part
	index := func() {                        // built on the first possessive candidate only
		actors, people, crew, parts = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[int32]bool{}
		for _, c := range a.claims {
			if c.rel != kg.ActedIn && c.rel != kg.Portrayed || !c.subj.abs || c.subj.m < 0 {
				continue
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
		for _, c := range a.claims {
			if c.rel != kg.ActedIn && c.rel != kg.Portrayed && c.subj.abs && c.subj.m >= 0 {
				crew[a.ments[c.subj.m].key] = true
			}
		}
		for mi := range a.ments {
			if m := &a.ments[mi]; m.typ == kg.Person && m.strength >= 2 {
				people[m.key] = true
			}
		}
	}
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if k == 0 || int(m.a)-1 <= s.a {
			continue
		}
		// the possessive: right before the name or before describing words
		// (at most a comma and four words before it: a cheap look for one
		// first, as this runs at every mention)
		poss := false
		for j := int(m.a) - 1; j > s.a && j >= int(m.a)-6; j-- {
			if a.toks[j].kind == kPoss {
				poss = true
				break
			}
		}
		if !poss {
			continue
		}
		t := int(m.a) - 1
		comma := a.toks[t].text == ","
		if comma {
			t-- // "P's billionaire killer, C"
		}
		partNoun := ownedPartNouns[a.toks[t].lower] // "P's character, C", "P's old part C"
		described, caps := 0, 0
		for n := 0; t > s.a && n < 4 && a.toks[t].kind == kWord; n++ {
			w := a.toks[t].lower
			if a.toks[t].cap {
				// a rank or an agency before the name ("P's Deputy C", "P's FBI agent C")
				if caps++; caps > 2 || !isAcronymTok(&a.toks[t]) && !nameTitles[w] && !rankWords[w] {
					t = -1
					break
				}
			} else if !(partNoun && n == 0) && (w == "own" || realRelationNouns[w] || workWords[w] || workNouns[w] || makingNouns[w] || notDescribing[w] ||
				n >= 3 || notPartWords[w]) {
				t = -1
				break
			}
			t--
			described++
		}
		if t <= s.a || a.toks[t].kind != kPoss || comma && described == 0 {
			continue
		}
		animate := a.animateTitle(s, k)
		partner := !comma && described == 0 && a.partnerOwner(s, k)
		if !weakOrNone(m) && !animate && !(m.typ == kg.Character && !m.quoted && m.words <= 3) && !(partner && weakTitle(m)) || !castableName(m) && !animate && !(partner && weakTitle(m)) {
			continue
		}
		if e := int(m.b); e < s.b && (a.toks[e].kind == kPoss || makingNouns[a.toks[e].lower] || workNouns[a.toks[e].lower]) {
			continue // ("P's Jane Doe adaptation")
		}
		o := k - 1
		p := &a.ments[o]
		if p.sent != m.sent || int(p.b) != t || p.typ != kg.Person && p.typ != "" {
			continue
		}
		if actors == nil {
			index()
		}
		if people[m.key] || parts[int32(k)] || partner && !animate && a.creditedElsewhere(o, k) || a.modifiesPart(parts, k) {
			continue
		}
		person := p.typ == kg.Person || p.personShaped() || a.surnameOfName(p)
		// a person described as owning a part ("P's character, C") or a
		// strongly typed person owning a described being ("P's pill-popping
		// C") who makes nothing in the article is an actor too
		owner := person && (partNoun || described > 0 && p.words >= 2 && (p.typ == kg.Person && p.strength >= 2 || a.describedActorOwner(s, k, t))) && !crew[p.key]
		if !actors[p.key] && !owner && !(person && (animate || partner || int(p.a) > s.a && a.toks[p.a-1].lower == "opposite")) {
			continue
		}
		if partner && m.typ == kg.Film {
			a.dropOwnedFilmClaims(o, k)
		}
		m.typ, m.strength = kg.Character, 2
		if p.typ == "" {
			p.setType(kg.Person, 1) // (an actor no cue typed)
		}
		a.claims = append(a.claims, pclaim{rel: kg.Portrayed, subj: arg{m: int32(o), of: -1, abs: true},
			obj: arg{m: int32(k), of: -1, abs: true}, char: noArg, sent: m.sent})
	}
}

// animateTitle reports whether mention k of sentence s is a name of one or
// two words a weak cue (strength 2 or less) typed a film, followed by an
// appositive only a being fits: ", who", ", whose", or ", the" or ", a"
// and at most two lower-case words up to a role word ("Rhea, the crime
// boss,", "Rhea, who runs the docks").
func (a *article) animateTitle(s *sentence, k int) bool {
	m := &a.ments[k]
	e := int(m.b)
	if m.typ != kg.Film || m.strength > 2 || m.words > 2 || m.quoted || m.head || m.colon || m.digit || e+2 >= s.b || a.toks[e].text != "," {
		return false
	}
	switch w := a.toks[e+1].lower; w {
	case "who", "whose":
		return true
	case "the", "a", "an":
		for t := e + 2; t < s.b && t < e+5; t++ {
			if a.toks[t].kind != kWord {
				return false
			}
			if roleWords[a.toks[t].lower] || storyPartNouns[a.toks[t].lower] {
				return t+1 >= s.b || a.toks[t+1].kind != kWord
			}
		}
	}
	return false
}

// rankWords are capitalised ranks and titles that may stand between an
// actor's possessive and the part ("P's Deputy C", "P's Lieutenant C").
var rankWords = setOf("deputy", "lieutenant", "sergeant", "captain", "detective", "agent", "special", "inspector",
	"officer", "commander", "colonel", "general", "major", "private", "corporal", "admiral", "chief", "sheriff",
	"marshal", "constable", "superintendent", "judge", "senator", "president", "king", "queen", "prince", "princess",
	"emperor", "empress", "uncle", "aunt", "father", "sister", "brother", "mother", "nurse", "coach", "principal")
