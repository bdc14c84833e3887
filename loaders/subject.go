package loaders

import (
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// subjectPerson returns the mention that names the person an article is
// about (a career piece, an obituary, a profile), or -1 when the article is
// not about one person. The person is the personal name that opens the
// first body sentence, or in an obituary (deathHeadline) one of the first
// three of its first paragraph (after at most a job noun: "Actor P,
// ..."), is named
// in the headline line above it, and is named again (in full or by the
// surname) in at least two later sentences.
func (a *article) subjectPerson() int {
	if len(a.sents) < 4 {
		return -1
	}
	head := &a.sents[0]
	if a.toks[a.sents[1].a].nl == 0 {
		return -1 // no headline line of its own
	}
	first := -1
	for bs := 1; bs <= 3 && bs < len(a.sents) && first < 0; bs++ {
		if bs > 1 && (a.toks[a.sents[bs].a].nl >= 2 || !a.deathHeadline()) {
			break // the first paragraph of an obituary only
		}
		first = a.openingPerson(bs)
	}
	if first < 0 {
		return -1
	}
	m := &a.ments[first]
	// the name in the headline line
	n := int(m.b - m.a)
	inHead := false
	for i := head.a; i+n <= head.b && !inHead; i++ {
		inHead = true
		for k := 0; k < n; k++ {
			if a.toks[i+k].lower != a.toks[int(m.a)+k].lower {
				inHead = false
				break
			}
		}
	}
	if !inHead {
		return -1
	}
	surname := m.key[strings.LastIndexByte(m.key, ' ')+1:] // folded as keys are ("Peñarroja")
	again := map[int32]bool{}
	obit := a.obituaryLead()
	for mi := first + 1; mi < len(a.ments); mi++ {
		o := &a.ments[mi]
		if o.sent > m.sent && a.namesAgain(o, m.key, surname, obit) {
			again[o.sent] = true
		}
	}
	if len(again) < 2 {
		return -1
	}
	return first
}

// deathHeadline reports whether the headline line tells of a death ("Has
// Died at 78").
func (a *article) deathHeadline() bool {
	s := &a.sents[0]
	for i := s.a; i < s.b; i++ {
		if a.toks[i].kind == kWord && deathWords[a.toks[i].lower] {
			return true
		}
	}
	return false
}

// openingPerson returns the mention of a personal name (untyped or a
// person) that opens body sentence si, after at most a job noun ("Actor
// P, ..."), or -1.
func (a *article) openingPerson(si int) int {
	body := &a.sents[si]
	for mi := range a.ments {
		m := &a.ments[mi]
		if int(m.sent) < si {
			continue
		}
		if int(m.sent) > si {
			break
		}
		k := body.a
		for k < body.b && a.toks[k].kind != kWord {
			k++
		}
		if k < body.b && tokLeadNoun(&a.toks[k]) {
			k++
		}
		if int(m.a) == k && m.personShaped() && (m.typ == "" || m.typ == kg.Person) && !m.the {
			return mi
		}
		break
	}
	return -1
}

// pronounGender returns "he" or "she" when the article's third-person
// pronouns are mostly of one gender (at least two, and twice as many as
// the other's), else "".
func (a *article) pronounGender() string {
	from := sort.Search(len(a.toks), func(i int) bool { return int(a.toks[i].start) >= a.body })
	he, she := a.pronounCounts(from, len(a.toks))
	switch {
	case he >= 2 && he >= 2*she:
		return "he"
	case she >= 2 && she >= 2*he:
		return "she"
	}
	return ""
}

// pronounCounts returns how many third-person pronouns of each gender the
// tokens from..to-1 hold ("he", "him", "his", "himself"; "she", "her",
// "hers", "herself").
func (a *article) pronounCounts(from, to int) (he, she int) {
	for i := from; i < to; i++ {
		switch a.toks[i].lower {
		case "he", "him", "his", "himself":
			he++
		case "she", "her", "hers", "herself":
			she++
		}
	}
	return he, she
}

// subjectPronouns makes the personal pronouns of a career piece mentions of
// the person the article is about: "He later played Jarrow in Strays",
// "Ryan Moffatt cast him as C", "in which he starred opposite P". A pronoun
// mention carries the person's name and key, so the relation patterns read
// it as the name; its offsets are those of the pronoun. Only the subject
// form ("he"/"she") and the object form "him" are read ("her" is also a
// possessive). Articles that are not about one person are left alone.
func (a *article) subjectPronouns() {
	sp := a.subjectPerson()
	if sp < 0 {
		sp = a.obituaryPerson()
	}
	if sp < 0 {
		return
	}
	g := a.pronounGender()
	if g == "" {
		return
	}
	p := a.ments[sp]
	added := false
	si := 1
	for i := a.sents[1].a; i < len(a.toks); i++ {
		t := &a.toks[i]
		for si < len(a.sents) && i >= a.sents[si].b {
			si++
		}
		if si >= len(a.sents) {
			break
		}
		if t.kind != kWord || a.sents[si].titleCase {
			continue
		}
		if !(t.lower == g || g == "he" && t.lower == "him") {
			continue
		}
		m := mention{sent: int32(si), a: int32(i), b: int32(i + 1), start: t.start, end: t.end, text: p.text, key: p.key,
			words: p.words, typ: kg.Person, strength: 3, ent: -1, pronoun: true}
		a.ments = append(a.ments, m)
		added = true
	}
	if added {
		a.sortMentions()
		a.subjPersonKey = p.key
		for mi := range a.ments {
			if a.ments[mi].key == p.key && !a.ments[mi].pronoun {
				a.subjMention = mi
				break
			}
		}
	}
}

// decideCareer decides, once the patterns have typed the article's titles,
// whether an article about one person (subjectPronouns) runs through that
// person's career: at least three productions named as films in the body,
// none named three times and twice as often as any other, and no casting
// verb in the first body sentence (castingLead). A casting item
// about one person joining one film ("P has joined the cast of F ... She
// wrote the script with Q") is not one: its pronoun mentions are undone
// (no type, no key), so that they name nobody.
func (a *article) decideCareer() {
	if a.subjPersonKey == "" {
		return
	}
	counts := map[string]int{}
	for mi := range a.ments {
		if m := &a.ments[mi]; m.sent > 0 && m.typ == kg.Film && m.strength >= 2 && !a.sents[m.sent].titleCase {
			counts[m.key]++
		}
	}
	top, second := 0, 0
	for _, n := range counts {
		switch {
		case n > top:
			top, second = n, top
		case n > second:
			second = n
		}
	}
	a.career = len(counts) >= 3 && (!(top >= 3 && top >= 2*second) || a.obituaryLead()) && !a.castingLead()
	if a.career {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; m.pronoun {
			m.typ, m.strength, m.key = "", 0, ""
		}
	}
}

// deathWords tell of a death in an obituary's headline or first sentence
// ("Dies at 78", "has died", "passed away").
var deathWords = setOf("dies", "died", "dead", "obituary", "passed")

// obituaryLead reports whether the headline or the first body sentence
// tells of a death: an obituary runs through its subject's whole career
// even when one franchise dominates it.
func (a *article) obituaryLead() bool {
	for si := 0; si < 2 && si < len(a.sents); si++ {
		s := &a.sents[si]
		for i := s.a; i < s.b; i++ {
			if a.toks[i].kind == kWord && a.tokIn(i, deathWords) {
				return true
			}
		}
	}
	return false
}

// castingVerbs make an opening sentence a casting item ("P has joined the
// cast of F", "P is set to star in F", "P has been tapped to play C").
var castingVerbs = setOf("joined", "joins", "join", "joining", "tapped", "boarded", "boards", "signed", "cast",
	"set", "will", "lands", "landed", "attached", "talks", "negotiations", "reprise", "return", "returns", "star",
	"play", "direct", "helm", "write")

// castingLead reports whether the first body sentence is a casting item's
// lead (a casting verb in it): the article is then about the production
// the person joins, not about the person's career.
func (a *article) castingLead() bool {
	if len(a.sents) < 2 {
		return false
	}
	s := &a.sents[1]
	for i := s.a; i < s.b; i++ {
		if a.toks[i].kind == kWord && castingVerbs[a.toks[i].lower] {
			return true
		}
	}
	return false
}

// subjectSurname returns the local person entity among cands (entities whose
// name a one-word mention key is a short form of) that is the person the
// article is about, or -1: a surname shared by relatives ("McMahon" in an
// obituary naming his father and his wife) is the subject's.
func (a *article) subjectSurname(key string, cands []int) int {
	if a.subjPersonKey == "" || !hasSuffixAfter(a.subjPersonKey, " ", key) {
		return -1
	}
	for _, e := range cands {
		if a.ents[e].key == a.subjPersonKey && a.ents[e].typ == kg.Person {
			return e
		}
	}
	return -1
}

// filmAnaphorRel reports whether r is one of the relationships whose film
// a career piece's anaphor ("the film", or no film named) stands for. (A
// switch rather than a map: it is asked once or more per claim, and
// comparing with six constants costs less than hashing the name.)
func filmAnaphorRel(r kg.RelType) bool {
	switch r {
	case kg.ActedIn, kg.Directed, kg.Wrote, kg.Produced, kg.WorkedOn, kg.Distributed:
		return true
	}
	return false
}

// careerFilms resolves, in a career piece (decideCareer), the film
// anaphors of role claims to the production the text is at: the one film
// or series named in the claim's sentence, else the latest one named in
// the three sentences before it within the paragraph. A career piece runs
// through many productions, so no one subject film stands for "the film";
// an anaphor with no production near it is dropped.
func (a *article) careerFilms() {
	a.clauseCredits()
	if !a.career {
		return
	}
	a.typeCareerTitles()
	for i := range a.claims {
		c := &a.claims[i]
		if f, ok := a.ownedFilm[c.obj.m]; ok && filmAnaphorRel(c.rel) && c.obj.m >= 0 {
			// "directed by P" after "in O's F": F, not its company
			c.obj.m = f
			continue
		}
		if !filmAnaphorRel(c.rel) || c.obj.m >= 0 || c.obj.ana != anaFilm && c.obj.ana != anaSeries {
			continue
		}
		if f := a.nearFilm(int(c.sent)); f >= 0 {
			c.obj = arg{m: int32(f), of: -1, abs: true}
		} else if c.rel == kg.ActedIn && c.char.m >= 0 {
			// who plays C, in no production the text is at
			c.rel, c.obj, c.char = kg.Portrayed, c.char, noArg
		} else {
			c.obj = noArg
		}
	}
}

// typeCareerTitles types as films, in a career piece, the untyped
// mentions of a name a cue of strength two or more typed a film elsewhere
// ("the BBC's X" then "It was X, though, that made his face familiar."):
// the production the text is at when nearFilm looks back for it.
func (a *article) typeCareerTitles() {
	var keys map[string]bool
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Film && m.strength >= 2 && m.key != "" {
			keys = addKey(keys, m.key)
		}
	}
	if keys == nil {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == "" && m.sent > 0 && keys[m.key] {
			m.typ, m.strength = kg.Film, 2
		}
	}
}

// nearFilm returns the film mention sentence si names (when it names
// exactly one), else the latest film mention of the three sentences before
// si in its paragraph, else -1.
func (a *article) nearFilm(si int) int {
	lo := sort.Search(len(a.ments), func(i int) bool { return int(a.ments[i].sent) >= si-3 })
	found, n := -1, 0
	for mi := lo; mi < len(a.ments) && int(a.ments[mi].sent) == si || mi < len(a.ments) && int(a.ments[mi].sent) < si; mi++ {
		if int(a.ments[mi].sent) != si {
			continue
		}
		if m := &a.ments[mi]; m.typ == kg.Film && m.strength >= 2 {
			if found >= 0 && a.ments[found].key == m.key {
				continue
			}
			found, n = mi, n+1
		}
	}
	if n == 1 {
		return found
	}
	if n > 1 {
		return -1
	}
	return a.filmBefore(si, lo)
}

// filmBefore returns the latest film mention of the three sentences
// before si in its paragraph (lo: the first mention of sentence si-3),
// else -1.
func (a *article) filmBefore(si, lo int) int {
	for k := si - 1; k >= 1 && k >= si-3; k-- {
		if a.toks[a.sents[k+1].a].nl >= 2 {
			break // a paragraph break
		}
		for mi := len(a.ments) - 1; mi >= lo; mi-- {
			if m := &a.ments[mi]; int(m.sent) == k && m.typ == kg.Film && m.strength >= 2 {
				return mi
			}
		}
	}
	return -1
}

// careerRoleVerbs introduce the part the person a career piece is about
// played ("he later played Jonah", "he voiced C").
var careerRoleVerbs = setOf("played", "plays", "playing", "voiced", "voices", "portrayed", "portrays")

// careerRoles reads, in a career piece, the parts the article's person
// played: "as C" or "played C" after a mention of that person (by name or
// pronoun) with no other person between, in the production named after C
// ("as Viktor Von Graal in 20th Century Fox's Dreadful Six", "as Ivan Rayne
// on the NBC daytime drama Other Lives"), else the production named
// before it in the sentence ("he led the CBS procedural F, ..., as C"),
// else the one nearFilm finds; with none, the claim says only who plays
// C. A part some claim of the sentence already gives a player is left to
// it.
func (a *article) careerRoles() {
	if !a.career {
		return
	}
	lo := 0
	for si := 1; si < len(a.sents); si++ {
		s := &a.sents[si]
		for lo < len(a.ments) && int(a.ments[lo].sent) < si {
			lo++
		}
		hi := lo
		for hi < len(a.ments) && int(a.ments[hi].sent) == si {
			hi++
		}
		if s.titleCase || hi == lo {
			continue
		}
		for i := s.a; i < s.b; i++ {
			t := &a.toks[i]
			if t.kind != kWord || !(t.lower == "as" || careerRoleVerbs[t.lower]) {
				continue
			}
			c := a.roleAfter(lo, hi, i)
			if c < 0 {
				continue
			}
			p := a.playerBefore(lo, hi, i)
			if p == -2 {
				// "His final performance is a voice role, as C in F", "a
				// recurring part as C in F": no name before the part, so the
				// part is the person's the article is about
				p = a.subjMention
			}
			if p < 0 || a.ments[p].key != a.subjPersonKey {
				continue
			}
			a.ments[c].setType(kg.Character, 3)
			f := a.roleFilm(lo, hi, i, c)
			if x := a.partTaken(si, c); x >= 0 {
				// a claim of the patterns names the part: give it the
				// production read here (a career piece names many; the
				// one next to the part is its production)
				if o := a.claims[x].obj; f >= 0 && a.claims[x].rel == kg.ActedIn && (o.m < 0 || o.m != int32(f)) {
					a.claims[x].obj = arg{m: int32(f), of: -1, abs: true}
				}
				continue
			}
			if f < 0 {
				f = a.nearFilm(si)
			}
			pc := pclaim{rel: kg.ActedIn, subj: arg{m: int32(p), of: -1, abs: true}, obj: arg{m: int32(f), of: -1, abs: true},
				char: arg{m: int32(c), of: -1, abs: true}, sent: int32(si)}
			if f < 0 {
				pc.rel, pc.obj, pc.char = kg.Portrayed, pc.char, noArg
			}
			a.claims = append(a.claims, pc)
		}
	}
}

// roleAfter returns the mention (among mentions lo..hi of the sentence)
// naming a part right after token i ("as C", "as the Vice President, C",
// "played the alien C"): at most three lower-case words before it, a
// personal name or one word not typed anything but a character; else -1.
func (a *article) roleAfter(lo, hi, i int) int {
	for mi := lo; mi < hi; mi++ {
		m := &a.ments[mi]
		if int(m.a) <= i {
			continue
		}
		gap := 0
		for k := i + 1; k < int(m.a); k++ {
			w := &a.toks[k]
			if w.kind != kWord || w.cap {
				return -1
			}
			gap++
		}
		if gap > 3 || m.quoted || m.digit || m.colon || m.titleWords || m.allCaps {
			return -1
		}
		if m.typ != "" && m.typ != kg.Character && !(m.typ == kg.Person && m.strength < 3) &&
			!(m.typ == kg.Organisation && m.strength < 3 && m.personShaped() && givenFirst(m.text)) {
			return -1
		}
		if m.key == a.subjPersonKey {
			return -1
		}
		return mi
	}
	return -1
}

// playerBefore returns the latest person mention before token i in the
// sentence (mentions lo..hi); -1 when another name comes between it and i;
// -2 when the sentence names no one before i at all.
func (a *article) playerBefore(lo, hi, i int) int {
	for mi := hi - 1; mi >= lo; mi-- {
		m := &a.ments[mi]
		if int(m.b) > i {
			continue
		}
		if m.typ == kg.Person {
			return mi
		}
		if m.typ == kg.Film || m.typ == kg.Organisation || m.typ == kg.Franchise || m.key == "" {
			continue // "he joined the series Hexbound as C"
		}
		if m.personShaped() || m.typ == kg.Character {
			return -1
		}
	}
	return -2
}

// partTaken returns the claim of sentence si that names mention c as the
// part someone plays, or -1.
func (a *article) partTaken(si, c int) int {
	for k := len(a.claims) - 1; k >= 0 && int(a.claims[k].sent) >= si; k-- {
		if x := &a.claims[k]; int(x.sent) == si && (x.char.m == int32(c) || x.rel == kg.Portrayed && x.obj.m == int32(c)) {
			return k
		}
	}
	return -1
}

// roleFilm returns the production of the part c read at token i: the film
// named after c behind "in"/"on" (productionAt), else the nearest film
// named before i in the sentence that is not named as another's origin
// ("a spin-off of F"); else -1.
func (a *article) roleFilm(lo, hi, i, c int) int {
	s := &a.sents[a.ments[c].sent]
	from := int(a.ments[c].b)
	if from < s.b && a.toks[from].text == "," {
		// "played Jarrow, the alien patriarch of the Coterie, in F": over the appositive
		for k := from + 1; k < s.b && k < from+14; k++ {
			if t := &a.toks[k]; t.text == "," {
				from = k + 1
				break
			} else if t.kind == kPunct && t.text != "'" || t.kind == kWord && (t.lower == "who" || t.lower == "which") {
				break
			}
		}
	}
	for k := from; k < s.b && k < from+4; k++ {
		t := &a.toks[k]
		if t.kind != kWord || t.cap {
			break
		}
		if t.lower == "in" || t.lower == "on" {
			return a.productionAt(lo, hi, k+1)
		}
	}
	// the nearest film before the part, not one named as another's
	// origin ("a spin-off of F", "the sequel to F")
	for mi := hi - 1; mi >= lo; mi-- {
		m := &a.ments[mi]
		if int(m.b) > i || m.typ != kg.Film || m.strength < 2 {
			continue
		}
		p := int(m.a) - 1
		if m.the {
			p--
		}
		if p >= 0 && (a.toks[p].lower == "of" || a.toks[p].lower == "to") {
			continue
		}
		return mi
	}
	return -1
}

// productionAt reads the noun phrase naming a production from token k
// ("the NBC daytime drama Other Lives", "Hulu's Marvel series Strays",
// "20th Century Fox's Dreadful Six", "the 2010 action comedy Rust") and
// returns its title's mention among mentions lo..hi, typed a film, or -1.
// The names before a possessive or a production noun are the companies
// behind it, typed so when they are acronyms or nothing typed them.
func (a *article) productionAt(lo, hi, k int) int {
	s := &a.sents[a.ments[lo].sent]
	cand := -1
	var owners []int
	for words := 0; k < s.b && words < 8; words++ {
		mi := a.mentionAt(lo, hi, k)
		if mi < 0 {
			t := &a.toks[k]
			if cand >= 0 || t.kind != kWord && t.kind != kNum || t.cap {
				break
			}
			k++
			continue
		}
		m := &a.ments[mi]
		if m.typ == kg.Person || m.typ == kg.Character || m.personShaped() && m.typ == "" && isGivenName(strings.ToLower(firstWord(m.text))) {
			return -1
		}
		cand = mi
		e := int(m.b)
		if e < s.b && a.toks[e].kind == kPoss {
			owners = append(owners, mi)
			cand, k = -1, e+1
			continue
		}
		// "NBC daytime drama Other Lives": lower-case words, a production noun, a title
		n := e
		for n < s.b && n < e+3 && a.toks[n].kind == kWord && !a.toks[n].cap {
			n++
		}
		if n > e && n < s.b && tokIn(&a.toks[n-1], productionNouns3) && a.mentionAt(lo, hi, n) >= 0 {
			owners = append(owners, mi)
			cand, k = -1, n
			continue
		}
		break
	}
	if cand < 0 {
		return -1
	}
	m := &a.ments[cand]
	if m.typ != "" && m.typ != kg.Film && !(m.typ == kg.Franchise && m.strength < 3) {
		return -1
	}
	m.setType(kg.Film, 2)
	for _, o := range owners {
		if om := &a.ments[o]; om.typ == "" || om.typ == kg.Film && om.strength < 3 {
			om.typ, om.strength = kg.Organisation, 2
			if om.world == "" {
				om.world = kg.WorldReal
			}
			if a.ownedFilm == nil {
				a.ownedFilm = map[int32]int32{}
			}
			a.ownedFilm[int32(o)] = int32(cand)
		}
	}
	return cand
}

// mentionAt returns the mention among lo..hi that starts at token k, or -1.
func (a *article) mentionAt(lo, hi, k int) int {
	for mi := lo; mi < hi; mi++ {
		if int(a.ments[mi].a) == k || a.ments[mi].the && int(a.ments[mi].a) == k+1 && a.toks[k].lower == "the" {
			return mi
		}
	}
	return -1
}

// productionNoun reports whether w names a kind of production ("series",
// "drama", "comedy", "film", "procedural").
func productionNoun(w string) bool {
	return productionNouns3[w]
}

// productionNouns3 is productionNoun's words in one set (one look-up
// instead of three): seriesNouns, filmNouns, genreNouns and four words of
// its own.
var productionNouns3 = func() map[string]bool {
	m := map[string]bool{"procedural": true, "soap": true, "opera": true, "sitcom": true}
	for _, s := range []map[string]bool{seriesNouns, filmNouns, genreNouns} {
		for w := range s {
			m[w] = true
		}
	}
	registerSet(m)
	return m
}()

// sortMentions puts mentions added out of order back in text order (by
// sentence, then start offset), keeping the order of equal ones.
func (a *article) sortMentions() {
	sort.SliceStable(a.ments, func(i, j int) bool {
		if a.ments[i].sent != a.ments[j].sent {
			return a.ments[i].sent < a.ments[j].sent
		}
		return a.ments[i].start < a.ments[j].start
	})
}
