package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// keepCharacterNames gives every mention of a name that a cue typed a
// character (strength 2 or more) the character type when only weak cues
// (strength 1, a given name's shape) typed it a person elsewhere in the
// article, no strong cue did and no claim makes that mention its subject:
// "for playing Tanya Reed" keeps "the late Tanya Reed" a character. Names
// of two words or more only.
func (a *article) keepCharacterNames() {
	weak := false // a mention the last loop may retype: no map needed without one
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Person && m.strength <= 1 && m.words >= 2 {
			weak = true
			break
		}
	}
	if !weak {
		return
	}
	var chars map[string]int8 // strongest character cue per key; -1 when a strong person cue exists
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 2 || m.key == "" {
			continue
		}
		switch {
		case m.typ == kg.Character && m.strength >= 2:
			if chars == nil {
				chars = map[string]int8{}
			}
			if chars[m.key] >= 0 {
				chars[m.key] = max(chars[m.key], m.strength)
			}
		case m.typ == kg.Person && m.strength >= 2:
			if chars == nil {
				chars = map[string]int8{}
			}
			chars[m.key] = -1
		}
	}
	if len(chars) == 0 {
		return
	}
	credited := a.creditedSubjects() // mentions a claim makes its subject
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == kg.Person && m.strength <= 1 && m.words >= 2 && chars[m.key] > 0 && !credited[mi] {
			m.typ, m.strength = kg.Character, 2
		}
	}
}

// keepPersonNames gives the person type back to every mention typed a
// character whose name, or whose surname, is the subject of a claim only
// a person can make (DIRECTED, WROTE, ACTED_IN, PORTRAYED) elsewhere in the
// article, unless the mention itself is a part a claim names: "cut by Lina
// Marek from the footage" and "Marek herself" stay the Lina Marek who
// "directed it". Names of two words or more, and one-word short forms of
// them, only; a one-word surname of a person a cue of strength 2 or more
// typed ("Lina Marek's novel") that ends no character's name is a person too ("Marek
// herself").
func (a *article) keepPersonNames() {
	named := false // a mention the last loop may retype: no maps needed without one
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Character && m.key != "" && !m.quoted && !m.the {
			named = true
			break
		}
	}
	if !named {
		return
	}
	var keys map[string]bool // keys and surnames of credited people
	for _, c := range a.claims {
		if !c.subj.abs || c.subj.m < 0 || c.rel != kg.Directed && c.rel != kg.Wrote && c.rel != kg.ActedIn && c.rel != kg.Portrayed {
			continue
		}
		m := &a.ments[c.subj.m]
		if m.key == "" || m.typ != kg.Person && m.typ != "" {
			continue
		}
		keys = addKey(keys, m.key)
	}
	// one-word surnames of strongly typed people that end no character's name
	var surnames, charLast map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 2 || m.key == "" {
			continue
		}
		switch {
		case m.typ == kg.Person && m.strength >= 2:
			if surnames == nil {
				surnames = map[string]bool{}
			}
			surnames[lastKeyWord(m.key)] = true
		case m.typ == kg.Character:
			if charLast == nil {
				charLast = map[string]bool{}
			}
			charLast[lastKeyWord(m.key)] = true
		}
	}
	if len(keys) == 0 && len(surnames) == 0 {
		return
	}
	parts := make([]bool, len(a.ments)) // mentions a claim names as a part
	for _, c := range a.claims {
		for _, x := range [...]arg{c.char, c.obj} {
			if x.abs && x.m >= 0 && (x == c.char || c.rel == kg.Portrayed) {
				parts[x.m] = true
			}
		}
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Character || m.key == "" || parts[mi] || m.quoted || m.the {
			continue
		}
		if keys[m.key] || m.words >= 2 && m.words <= 3 && keys[lastKeyWord(m.key)] || m.words == 1 && surnames[m.key] && !charLast[m.key] {
			m.typ, m.strength = kg.Person, 3
		}
	}
}

// lastKeyWord returns the last space-separated word of a name key.
func lastKeyWord(key string) string {
	if i := strings.LastIndexByte(key, ' '); i >= 0 {
		return key[i+1:]
	}
	return key
}

// keepPersonFullNames gives the person type back to a personal name a
// weak cue typed a film when its surname alone is a strongly typed person
// of the article: "Rebecca Fenn is in talks to join ..." read as a title,
// then "Fenn would play C". The name is person-shaped, led by a given
// name and typed a film with strength 2 or less; the surname's person
// mention is typed with strength 3 or more, and no other personal name
// of the article ends with that surname. The reverse holds too: a bare
// surname a weak cue typed a film ("Before the prequel, Fenn was best
// known for ...") is a person when the one personal name of the article
// ending with it is a person a cue of strength 2 or more typed.
func (a *article) keepPersonFullNames() {
	a.keepPersonSurnames()
	var surnames map[string]int // one-word strong person keys → full names ending with them
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words == 1 && m.typ == kg.Person && m.strength >= 3 && m.key != "" {
			if surnames == nil {
				surnames = map[string]int{}
			}
			surnames[m.key] = 0
		}
	}
	if surnames == nil {
		return
	}
	full := map[string]bool{} // distinct full names per surname, counted once
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 2 || !m.personShaped() || full[m.key] {
			continue
		}
		if n, ok := surnames[lastKeyWord(m.key)]; ok {
			full[m.key] = true
			surnames[lastKeyWord(m.key)] = n + 1
		}
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.strength > 2 || m.words < 2 || !m.personShaped() || surnames[lastKeyWord(m.key)] != 1 || !givenFirst(m.text) {
			continue
		}
		m.typ, m.strength = kg.Person, 2
	}
}

// keepPersonSurnames gives the person type to the one-word mentions a
// weak cue (strength 2 or less) typed a film whose key is the surname of
// exactly one personal name of the article, typed a person with strength 2
// or more (keepPersonFullNames).
func (a *article) keepPersonSurnames() {
	var owners map[string]int // surname → strong people ending with it
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == kg.Film && m.words == 1 && m.strength <= 2 && !m.quoted && !m.the && m.key != "" {
			if owners == nil {
				owners = map[string]int{}
			}
			owners[m.key] = 0
		}
	}
	if owners == nil {
		return
	}
	seen := map[string]bool{}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Person || m.strength < 2 || m.words < 2 || seen[m.key] {
			continue
		}
		if n, ok := owners[lastKeyWord(m.key)]; ok {
			seen[m.key] = true
			owners[lastKeyWord(m.key)] = n + 1
		}
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == kg.Film && m.words == 1 && m.strength <= 2 && !m.quoted && !m.the && owners[m.key] == 1 {
			m.typ, m.strength = kg.Person, 2
		}
	}
}

// keepCharacterForms gives the character type to the names that the
// article writes as other forms of a character a cue of strength 2 or
// more typed, where only the weak given-name cue (strength 1) typed them
// people, or nothing typed them and they open with a given name, and no
// claim makes them its subject: a full name whose quoted
// nickname is the character ("Beatrice \"Bea\" Frell" beside "as Bea"),
// and a full name sharing its surname with a character's full name ("Hal
// Voss" beside "as Nina Voss"). A nickname or surname that also opens or
// ends the name of a person a cue of strength 2 or more typed is no
// evidence and is left alone. A given name is evidence only for a
// two-word name written before the character's first strong mention, the
// news order of a full name then its short form ("Perpetua Marwick has
// outlived three studios ... Wystan Dray plays Perpetua"), and not for a
// name used as a label or listed with a person: "plays Marlo" says
// nothing of a later "Marlo Quince songs". It also gives the character
// type to the parts of claims left untyped or typed only by the given-name
// cue ("as Lam Siu-fan").
func (a *article) keepCharacterForms() {
	var charOne, charLast, personWord map[string]bool
	var charOneAt map[string]int // one-word strong character key → its first mention
	add := func(set *map[string]bool, k string) {
		if *set == nil {
			*set = map[string]bool{}
		}
		(*set)[k] = true
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.key == "" || m.strength < 2 || m.quoted || m.typ != kg.Character {
			continue
		}
		if m.words == 1 {
			add(&charOne, m.key)
			if _, ok := charOneAt[m.key]; !ok {
				if charOneAt == nil {
					charOneAt = map[string]int{}
				}
				charOneAt[m.key] = mi
			}
		} else {
			add(&charLast, lastKeyWord(m.key))
		}
	}
	people := func() { // first and last words of strongly typed people, on first need
		personWord = map[string]bool{}
		for mi := range a.ments {
			if m := &a.ments[mi]; m.key != "" && m.strength >= 2 && !m.quoted && m.typ == kg.Person {
				personWord[firstWord(m.key)] = true
				personWord[lastKeyWord(m.key)] = true
			}
		}
	}
	for _, c := range a.claims {
		if c.rel == kg.ActedIn && c.char.abs && c.char.m >= 0 {
			if m := &a.ments[c.char.m]; (m.typ == "" || m.typ == kg.Person && m.strength <= 1) && castableName(m) {
				m.typ, m.strength = kg.Character, 2
			}
		}
	}
	if charOne == nil && charLast == nil {
		return
	}
	credited := a.creditedSubjects() // mentions a claim makes its subject
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 2 || m.words > 3 || credited[mi] {
			continue
		}
		if !(m.typ == kg.Person && m.strength <= 1 || m.typ == "" && m.personShaped() && !m.short && isGivenName(a.toks[m.a].lower)) {
			continue
		}
		last, nick := lastKeyWord(m.key), a.quotedNickname(m)
		given := "" // "Ossian Kettering ..." before "Ossian is voiced by": the full name first, two words, typed a person by the weak cue only
		if at, ok := charOneAt[firstWord(m.key)]; ok && mi < at && m.words == 2 && m.typ == kg.Person && !a.attributiveName(mi) && !a.listedWithPerson(mi) {
			given = firstWord(m.key)
		}
		if !charOne[nick] && !charLast[last] && given == "" {
			continue
		}
		if personWord == nil {
			people()
		}
		if charOne[nick] && !personWord[nick] || charLast[last] && !personWord[last] || given != "" && !personWord[given] && !personWord[last] {
			m.typ, m.strength = kg.Character, 2
		}
	}
}

// attributiveName reports whether mention mi modifies a noun after an
// article or a year ("the 2019 Hesper Penhale fantasia", "an Inez Fairbrook
// film"): a real person's name used as a label, no character's.
func (a *article) attributiveName(mi int) bool {
	m := &a.ments[mi]
	t := int(m.a) - 1
	if t < a.sents[m.sent].a || int(m.b) >= a.sents[m.sent].b {
		return false
	}
	if n := &a.toks[m.b]; n.kind != kWord || n.cap {
		return false
	}
	p := &a.toks[t]
	return p.lower == "the" || p.lower == "a" || p.lower == "an" || p.kind == kNum && isYear(p.text)
}

// listedWithPerson reports whether mention mi stands in a list (a comma,
// "and") next to a mention typed a person ("run by Sorrel Lasko and Petra
// Tamberlane").
func (a *article) listedWithPerson(mi int) bool {
	m := &a.ments[mi]
	if p := mi - 1; p >= 0 && a.ments[p].sent == m.sent && a.ments[p].typ == kg.Person && a.listNext(&a.ments[p], m) {
		return true
	}
	n := mi + 1
	return n < len(a.ments) && a.ments[n].sent == m.sent && a.ments[n].typ == kg.Person && a.listNext(m, &a.ments[n])
}

// quotedNickname returns the lower-case word a name holds in quotation
// marks after its first word ("tolly" in Ottoline "Tolly" Vole), or "".
func (a *article) quotedNickname(m *mention) string {
	n := int(m.a) + 1
	if n+2 >= int(m.b) || a.toks[n].kind != kQuote || a.toks[n+2].kind != kQuote || a.toks[n+1].kind != kWord {
		return ""
	}
	return a.toks[n+1].lower
}

// reorientSwappedCredits turns around the credits that took an actor for
// the part and the part for the actor: an ACTED_IN claim whose part's
// name, or surname, is elsewhere the subject of a speech verb of the past
// ("Pellow said", "Darrant revealed": a real person speaking to the
// press), while its actor's name and surname never are, gets its actor
// and its part swapped, and the two mentions their types ("Ada Quist
// (Nell Dray, the band's drummer)" read the other way round). It returns
// nothing; claims and mentions change in place.
func (a *article) reorientSwappedCredits() {
	credits := false
	for i := range a.claims {
		if c := &a.claims[i]; c.rel == kg.ActedIn && c.char.abs && c.char.m >= 0 {
			credits = true
			break
		}
	}
	if !credits {
		return
	}
	var spoke map[string]bool // keys and one-word names that speak
	for mi := range a.ments {
		m := &a.ments[mi]
		e := int(m.b)
		if m.key == "" || m.quoted || e >= a.sents[m.sent].b || !tokIn(&a.toks[e], pressVerbs) {
			continue
		}
		if spoke == nil {
			spoke = map[string]bool{}
		}
		spoke[m.key] = true
	}
	if spoke == nil {
		return
	}
	speaks := func(m *mention) bool { return spoke[m.key] || m.words >= 2 && spoke[lastKeyWord(m.key)] }
	for i := range a.claims {
		c := &a.claims[i]
		if c.rel != kg.ActedIn || !c.subj.abs || c.subj.m < 0 || !c.char.abs || c.char.m < 0 {
			continue
		}
		p, ch := &a.ments[c.subj.m], &a.ments[c.char.m]
		if !speaks(ch) || speaks(p) || !ch.personShaped() || !p.personShaped() {
			continue
		}
		c.subj.m, c.char.m = c.char.m, c.subj.m
		p.typ, p.strength = kg.Character, 3
		ch.typ, ch.strength = kg.Person, 3
	}
}

// pressVerbs say, in the past tense, that a real person spoke to the
// press or on a panel ("P said", "P revealed"); unlike speechVerbs they
// leave out the present tense a synopsis tells its characters' words in
// ("C says she ...").
var pressVerbs = setOf("said", "told", "revealed", "explained", "recalled", "admitted", "joked", "teased", "added",
	"confirmed", "insisted", "noted", "laughed", "quipped")

// creditedSubjects returns, by mention index, whether a claim makes the
// mention its subject (one slice, in place of a map growing per claim).
func (a *article) creditedSubjects() []bool {
	credited := make([]bool, len(a.ments))
	for i := range a.claims {
		if c := &a.claims[i]; c.subj.abs && c.subj.m >= 0 {
			credited[c.subj.m] = true
		}
	}
	return credited
}
