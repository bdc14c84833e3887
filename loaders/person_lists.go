package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// listPersons types as persons the untyped names that share a list with a
// person: names joined only by commas, "and" or "or" in one sentence
// ("Orvandel Kreutz, Quilvane and Yorvath Delquin return", "with Hesper
// Vale and Toma Ruddock"). A list of names is a list of one kind, so the
// article's own evidence for one member (a cue or a given name) carries to
// the names the gazetteer does not know (mononyms and names of other
// cultures). A member stays untyped when it is quoted, in capitals, holds
// a digit or an organisation word, has a function word inside, is a
// country or a common or lexicon word, or is of more than three words; a
// name typed anything anywhere in the article keeps that type.
func (a *article) listPersons() {
	var typed, persons map[string]bool // keys typed anything; keys that are persons by listEvidence
	var parts map[string]bool          // words of the names of two words or more (longerNameParts)
	for i := 0; i < len(a.ments); {
		j, ends := i, false // the list is ments[i:j+1]; ends: its last join is "and" or "or"
		untyped := a.ments[i].typ == ""
		for !ends && j+1 < len(a.ments) {
			join := a.listJoin(j, j+1)
			if join == 0 || join == 3 && j == i {
				break // ", and" after one name joins clauses ("as Hisae, and Mirei Okuzawa plays")
			}
			j, ends = j+1, join >= 2
			untyped = untyped || a.ments[j].typ == ""
		}
		if ends && untyped && a.listOpens(i) {
			if typed == nil {
				typed, persons = map[string]bool{}, map[string]bool{}
				for mi := range a.ments {
					if m := &a.ments[mi]; m.typ != "" {
						typed[m.key] = true
						if a.listEvidence(mi) {
							persons[m.key] = true
						}
					}
				}
			}
			person := false
			for k := i; k <= j && !person; k++ {
				person = persons[a.ments[k].key]
			}
			for k := i; person && k <= j; k++ {
				if k == j && k > i && a.ments[k].words == 1 && a.creditedIn(int32(k-1), a.ments[k].sent) &&
					(k-1 > i && a.creditedIn(int32(k-2), a.ments[k].sent) || len(a.toks[a.ments[k].a].text) < 4) {
					break // listedCredits credits and types it ("stars A, B and Zed"); after one credit alone a
					// name of three letters may be an abbreviation ("Lance Cpl. Tam Roe and Pfc.")
				}
				if m := &a.ments[k]; m.typ == "" && !typed[m.key] && (a.listPersonName(m) || k == j && k > i && a.listLastGivenName(m)) && (m.words > 1 || !a.longerNameParts(&parts)[a.toks[m.a].lower]) {
					m.setType(kg.Person, 1)
				}
			}
		}
		if j == i {
			j++
		}
		i = j
	}
}

// listEvidence reports whether mention i is a person by a cue, or a full
// name typed a person by its given name (not a first name alone, which
// characters have too); another mention of its name in a list counts as
// a person's then.
func (a *article) listEvidence(i int) bool {
	m := &a.ments[i]
	return m.typ == kg.Person && (m.strength >= 2 || m.words >= 2)
}

// listOpens reports whether the word before the list's first mention i may
// open a list of people: not a preposition of place or an "as" or "of"
// that makes the list one of parts or places ("as Brugo, Tazzoli and",
// "Queen Aveline of Brittany and").
func (a *article) listOpens(i int) bool {
	m := &a.ments[i]
	p := int(m.a) - 1
	return p < a.sents[m.sent].a || !listBlockers[a.toks[p].lower] && a.toks[p].kind != kPoss
}

// listBlockers, before a list, make it no list of people (listOpens).
var listBlockers = setOf("as", "of", "in", "at", "from", "to", "into", "near", "across", "named", "called", "alias",
	"nicknamed", "the", "a", "an", "between", "outside", "inside")

// listJoin tells how mentions i and j (= i+1) of one sentence are joined:
// 1 by a comma only, 2 by "and" or "or", 3 by ", and" or ", or", 0
// otherwise.
func (a *article) listJoin(i, j int) int {
	m, n := &a.ments[i], &a.ments[j]
	if m.sent != n.sent {
		return 0
	}
	gap := int(n.a) - int(m.b)
	if n.theOpen || n.the || gap < 1 || gap > 2 {
		return 0
	}
	t := &a.toks[m.b]
	if gap == 1 {
		if t.text == "," {
			return 1
		}
		if t.kind == kWord && (t.lower == "and" || t.lower == "or") {
			return 2
		}
		return 0
	}
	if u := &a.toks[m.b+1]; t.text == "," && u.kind == kWord && (u.lower == "and" || u.lower == "or") {
		return 3
	}
	return 0
}

// listPersonName reports whether the untyped mention m may be a person's
// name in a list (listPersons).
func (a *article) listPersonName(m *mention) bool {
	if m.short || m.gazette || m.head || m.country || m.quoted || m.allCaps || m.digit || m.colon || m.words > 3 {
		return false
	}
	if m.words >= 2 && (!m.personShaped() || a.functionWordInside(m)) {
		return false
	}
	s := &a.sents[m.sent]
	if e := int(m.b); e < s.b && a.toks[e].kind == kPoss {
		return false // "Ruben Vasquell and Palomo's Way": an owner, maybe of a title
	}
	if f := a.toks[m.a].lower; leadNoun(f) || crewJobNoun(f) || len(f) > 3 && f[len(f)-1] == 's' && (leadNoun(f[:len(f)-1]) || crewJobNoun(f[:len(f)-1])) {
		return false // "Songwriters Greta Halvard-Ruiz and ..."
	}
	if m.words == 1 && int(m.a) == s.a && int(m.b) < s.b && a.toks[m.b].text == "," {
		return false // "Nearby, Wren Talmadge and ...": an adverb opening the sentence
	}
	for k := int(m.a); k < int(m.b); k++ {
		t := &a.toks[k]
		if t.kind != kWord {
			continue
		}
		if lexiconOrgWord(t.lower) || k == int(m.a) && (commonWords[t.lower] || lexiconWord(t.lower) || demonyms[t.lower]) {
			return false
		}
	}
	// one word: no given name (a first name sharing a surname: "Aldo and
	// Rafe Dunmorrow")
	return m.words >= 2 || len(a.toks[m.a].text) >= 3 && !isGivenName(a.toks[m.a].lower)
}

// longerNameParts returns the words of the article's mentions of two words
// or more, made into *parts on first use: a one-word name that is one of
// them is part of a longer name ("Cobbett and Quillon": the company
// Quillon Entertainment; a surname of someone named in full).
func (a *article) longerNameParts(parts *map[string]bool) map[string]bool {
	if *parts == nil {
		*parts = map[string]bool{}
		for oi := range a.ments {
			if o := &a.ments[oi]; o.words >= 2 {
				for k := int(o.a); k < int(o.b); k++ {
					(*parts)[a.toks[k].lower] = true
				}
			}
		}
	}
	return *parts
}

// listLastGivenName reports whether the one-word mention m, the last name
// of a list, is a given name that listPersonName left out only as one: at
// the list's end no surname follows for it to share ("with Orla Vance and
// Tamsin"), so it is a person's name alone.
func (a *article) listLastGivenName(m *mention) bool {
	if m.words != 1 || len(a.toks[m.a].text) < 3 || !isGivenName(a.toks[m.a].lower) {
		return false
	}
	s := &a.sents[m.sent]
	if e := int(m.b); e < s.b && (a.toks[e].kind == kPoss || a.toks[e].kind == kWord && a.toks[e].cap) {
		return false
	}
	t := &a.toks[m.a]
	return !lexiconOrgWord(t.lower) && !commonWords[t.lower] && !lexiconWord(t.lower) && !demonyms[t.lower] &&
		!(m.short || m.gazette || m.head || m.country || m.quoted || m.allCaps || m.digit || m.colon)
}
