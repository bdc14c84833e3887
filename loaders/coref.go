package loaders

import (
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// lent is an entity of one article after within-article resolution.
type lent struct {
	typ         kg.NodeType
	key         string
	mentions    []int
	headline    int
	conditional bool              // a character only if some other article says so
	rules       map[string]string // surface → rule that attached it (short-form, subtitle, ...)
	parent      int               // union-find
	ukey        string            // key without opening titles (untitledKeyOf), once asked
}

func (a *article) find(e int) int {
	for a.ents[e].parent != e {
		a.ents[e].parent = a.ents[a.ents[e].parent].parent
		e = a.ents[e].parent
	}
	return e
}

// union merges entity b into a, noting the rule for b's surfaces.
func (a *article) union(x, y int, rule string) {
	x, y = a.find(x), a.find(y)
	if x == y {
		return
	}
	a.ents[y].parent = x
	for _, mi := range a.ents[y].mentions {
		a.noteRule(x, mi, rule)
	}
	a.ents[x].mentions = append(a.ents[x].mentions, a.ents[y].mentions...)
	a.ents[y].mentions = nil
	a.ents[x].conditional = a.ents[x].conditional && a.ents[y].conditional
}

func (a *article) noteRule(e, mi int, rule string) {
	if a.ents[e].rules == nil {
		a.ents[e].rules = map[string]string{}
	}
	d := a.display(mi)
	if _, ok := a.ents[e].rules[d]; !ok {
		a.ents[e].rules[d] = rule
	}
}

func (a *article) newEnt(t kg.NodeType, key string) int {
	if a.ents == nil {
		a.ents = a.bufEnts()
	}
	a.ents = append(a.ents, lent{typ: t, key: key, parent: len(a.ents)})
	return len(a.ents) - 1
}

func (a *article) attach(mi, e int) {
	a.ments[mi].ent = int32(e)
	if a.ents[e].mentions == nil {
		a.ents[e].mentions = a.mentionList()
	}
	a.ents[e].mentions = append(a.ents[e].mentions, mi)
}

// display is the surface a mention shows: its text, with "The" when it was
// written capitalised inside a sentence.
func (a *article) display(mi int) string {
	m := &a.ments[mi]
	if m.the {
		return "The " + m.text
	}
	return m.text
}

// resolveLocal groups typed mentions into entities, attaches short forms
// and untyped mentions, and picks the article's subject film, series and
// franchise.
func (a *article) resolveLocal() {
	byKey := a.keyMaps()
	get := func(t kg.NodeType, key string) int {
		keys := byKey[t] // (one look-up of the type's map, not three)
		if keys == nil {
			keys = map[string]int{}
			byKey[t] = keys
		}
		if e, ok := keys[key]; ok {
			return e
		}
		e := a.newEnt(t, key)
		keys[key] = e
		return e
	}
	isPC := func(t kg.NodeType) bool { return t == kg.Person || t == kg.Character }
	a.typeKnownForTitles()
	a.retypeNumberedHeadTitles()
	a.propagateTitles()
	a.untypeNonFilms()
	a.yieldHeadlineFilms()
	a.retypePersonFilms()
	a.untypeFilmFragments()
	a.untypeHyphenAdjectives()
	a.retypeCompanyFilms()
	a.typeRankedCharacters(false)
	a.typeListedPeople()
	a.retypeTitleNamedPeople()
	a.alignedCastClaims()
	a.coordinatedCompanyCredits()
	a.typeLongFromShort()
	a.typeSubtitledBases()
	a.honorificSurnames()
	a.realPersonParts()
	// 1. full names
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == "" || m.short || m.key == "" {
			continue
		}
		if isPC(m.typ) && m.words < 2 && !(m.typ == kg.Character && a.partDesignation(mi)) {
			continue // (a numbered part, "Juror 8", is a full name)
		}
		a.attach(mi, get(m.typ, m.key))
	}
	// 2. short forms of people and characters ("Obi'a", "Lumi", "de Varo", "Kell")
	var longNames []int
	for e := range a.ents {
		if isPC(a.ents[e].typ) {
			longNames = append(longNames, e)
		}
	}
	// typed mentions first, so that an untyped "Caesar" joins the
	// character typed "Caesar" rather than a longer name ending in it
	for pass := 0; pass < 2; pass++ {
		for mi := range a.ments {
			m := &a.ments[mi]
			if m.ent >= 0 || m.key == "" || m.quoted || m.digit || m.colon {
				continue
			}
			if m.words >= 2 && !m.short {
				continue
			}
			if !(m.typ == "" || isPC(m.typ)) || (m.typ == "") != (pass == 1) {
				continue
			}
			if pass == 1 {
				ep, okp := byKey[kg.Person][m.key]
				ec, okc := byKey[kg.Character][m.key]
				if okp != okc {
					e := ep
					if okc {
						e = ec
					}
					if e = a.find(e); a.ents[e].key == m.key && len(a.ents[e].mentions) > 0 {
						a.attach(mi, e)
						continue
					}
				}
			}
			cand := -1
			n := 0
			var cands []int
			for _, e := range longNames {
				if (m.typ == "" || m.typ == a.ents[e].typ || m.strength < 3) && (shortFormOf(m.key, a.ents[e].key) || a.titledShortForm(m.key, e)) {
					if cand >= 0 && a.ents[cand].typ != a.ents[e].typ && m.typ != "" {
						if a.ents[e].typ == m.typ {
							cand = e
						}
						continue
					}
					cand = e
					n++
					cands = append(cands, e)
				}
			}
			if n > 1 {
				if e := a.subjectSurname(m.key, cands); e >= 0 {
					cand, n = e, 1
				} else if e := a.notIntroducedAfter(mi, cands); e >= 0 {
					cand, n = e, 1
				}
			}
			if n == 0 && pass == 0 && m.words == 1 && m.typ == kg.Person {
				// "Leo" for "Leopold Marsh": a familiar form of one given name
				cand, n = a.nicknameCand(m, longNames)
			}
			if n == 1 && m.typ == kg.Character && a.otherActors(mi, cand) {
				// "Owen Sarkis played Decimus" and "Kelvin Durrant as Tertius
				// Decimus": two characters, each with an actor of its own
				n = 0
			}
			if n == 1 {
				a.attach(mi, cand)
				a.noteRule(cand, mi, "short-form")
				continue
			}
			if m.typ != "" && !m.short && n == 0 {
				a.attach(mi, get(m.typ, m.key))
			}
		}
	}
	// "Columbia" and "Columbia Pictures": a one-word company that opens the
	// one longer company name of the article
	for k, e := range byKey[kg.Organisation] {
		if strings.Contains(k, " ") {
			continue
		}
		cand, n := -1, 0
		for k2, e2 := range byKey[kg.Organisation] {
			if hasPrefixBefore(k2, k, " ") && !(platformNames[k] && fictionalOrgNouns[lastWord(k2)] == "" && !orgHeadNouns[lastWord(k2)]) &&
				!numberedChannelOf(k2, k) {
				cand, n = e2, n+1
			}
		}
		if n == 1 {
			a.union(cand, e, "short-form")
		}
	}
	a.mergeLongerNames(byKey, longNames)
	a.mergeRankedSurnames(byKey[kg.Character])
	// 3. titles: "Chapter 4", "X 3" and "X: Chapter 3 – Y", "X: Chapter 3" and "X: Chapter 3 – Y"
	a.mergeTitles(byKey[kg.Film], "subtitle")
	a.mergeHeadlineShortTitles(byKey[kg.Film])
	a.mergeEpithetTitles(byKey[kg.Film])
	a.mergeTailTitles(byKey[kg.Film])
	a.mergeCutTitles(byKey) // "Tides" for "Tides of Marrow" (coref_headtitles.go)
	a.mergeAcronymSubtitles(byKey[kg.Film])
	a.mergeGlossTitles()
	a.mergeFranchises(byKey[kg.Franchise])
	// 4. untyped mentions: same name as one entity
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.ent >= 0 || m.key == "" || m.short {
			continue
		}
		cand, n := -1, 0
		for _, t := range kg.EntityTypes {
			e, ok := byKey[t][m.key]
			if !ok {
				continue
			}
			if m.personShaped() && !isPC(t) && !m.gazette && !a.functionWordInside(m) && !(t == kg.Film && a.notGivenNameLed(m)) {
				continue
			}
			cand, n = a.find(e), n+1
		}
		if n == 1 {
			a.attach(mi, cand)
		}
	}
	// 5. headlines: match known names
	a.gazette(byKey)
	a.possessiveTitleCredits() // "P's Spy Thriller Is ...", "P's 'F'" (crew_headkind.go)
	a.companyHeadlineCredits() // "'F' Renewed at O", "O Cancels 'F'" (company_headline.go)
	// 6. alias claims join their film
	for _, c := range a.claims {
		if c.prop == kg.PropAlsoKnownAs && c.subj.m >= 0 && c.obj.m >= 0 {
			s, o := a.ments[c.subj.m].ent, a.ments[c.obj.m].ent
			if s >= 0 && o >= 0 && a.ents[s].typ == kg.Film && a.ents[o].typ == kg.Film {
				a.union(int(s), int(o), "also-known-as")
			}
		}
	}
	// 7. conditional characters for "C ... in F" when C is unknown here
	for _, c := range a.claims {
		if c.needSubjCh && c.subj.m >= 0 && a.ments[c.subj.m].ent < 0 {
			m := &a.ments[c.subj.m]
			e := get(kg.Character, m.key)
			if len(a.ents[e].mentions) == 0 {
				a.ents[e].conditional = true
			}
			a.attach(int(c.subj.m), e)
		}
	}
	// one-word producers that are nobody's short name are companies (a
	// surname two people of the article share is a person's)
	for _, c := range a.claims {
		if c.orgIfUnknown && c.subj.m >= 0 && a.ments[c.subj.m].ent < 0 && !a.surnameInArticle(a.ments[c.subj.m].key) {
			m := &a.ments[c.subj.m]
			m.typ, m.world = kg.Organisation, kg.WorldReal
			a.attach(int(c.subj.m), get(kg.Organisation, m.key))
		}
	}
	a.mergeCompanyTails(byKey) // "Lantern" after "Ashgrove Lantern" (coref_orgtails.go)
	// resolve mention entities to roots
	for mi := range a.ments {
		if e := a.ments[mi].ent; e >= 0 {
			a.ments[mi].ent = int32(a.find(int(e)))
		}
	}
	a.pickTopics()
	a.roundupFilms()
	a.otherFilmSentences()
}

// notIntroducedAfter returns the one of the local entities cands left
// when those first named later in the sentence of mention mi are set
// aside ("Tremayne, who co-wrote the score with his son Cody Tremayne":
// not the son), or -1.
func (a *article) notIntroducedAfter(mi int, cands []int) int {
	m := &a.ments[mi]
	found, later := -1, false
	for _, e := range cands {
		if f := a.firstMention(e); f >= 0 && a.ments[f].sent == m.sent && a.ments[f].start > m.start {
			later = true
			continue
		}
		if found >= 0 && a.find(found) != a.find(e) {
			return -1
		}
		found = e
	}
	if !later {
		return -1
	}
	return found
}

// notGivenNameLed reports whether mention m, two words or more, does not open with a given name
// ("Arena II", "Brine Road"): a title, which may join the film of the
// same name typed elsewhere in the article.
func (a *article) notGivenNameLed(m *mention) bool {
	return m.b-m.a >= 2 && !givenFirst(m.text)
}

// functionWordInside reports whether a capitalised word of mention m after
// its first is a function word ("Mildred All Along"): no personal name, so
// a title-shaped run may join an entity of another type of the same name.
func (a *article) functionWordInside(m *mention) bool {
	for k := m.a + 1; k < m.b; k++ {
		if t := &a.toks[k]; t.kind == kWord && tokIn(t, insideFunctionWords) {
			return true
		}
	}
	return false
}

// insideFunctionWords are the function words that, capitalised inside a
// run, make it a title rather than a personal name (not initials such as
// "A." nor words that are also names: "May", "Lord", "Will").
var insideFunctionWords = setOf("all", "along", "of", "the", "and", "to", "in", "on", "for", "from", "with", "at",
	"by", "into", "over", "under", "about", "after", "before", "again", "without", "through", "is", "are", "was")

// honorificSurnames reads "Mr Crane" (a courtesy title and one word, as
// newspapers write a person already named) as a short form of the one
// personal name of the article ending in that word ("Harlan Crane"): its
// key becomes the surname, so that it joins that person rather than
// standing as a second one. The other honorific forms (honorificWord: "Ms
// Kwon" for a name written family name first, "Don Aurelio", "Morishige-san")
// likewise take the word they share with the one full name they stand for
// (honorificLong). Character names keep their titles ("Mr. Okubo").
func (a *article) honorificSurnames() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words > 2 || m.typ != "" && m.typ != kg.Person {
			continue
		}
		if w, pos := a.honorificWord(m); w != "" && a.honorificLong(mi, w, pos) != "" {
			m.key, m.words = w, 1
		}
	}
}

// courtesyTitles are the titles newspapers put before a person's surname
// ("Mr Crane", "Ms. Kerrow").
var courtesyTitles = setOf("mr", "mrs", "ms", "miss", "mx")

// typeLongFromShort gives an untyped person-shaped name the type of a
// one-word short form of it that a cue typed ("Edwin R.R. Marlowe's
// novellas" ... "co-created the series with Marlowe"), when exactly one
// such longer name is in the article.
func (a *article) typeLongFromShort() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words != 1 || m.strength < 3 || m.typ != kg.Person && m.typ != kg.Character {
			continue
		}
		long, n := "", 0
		for k := range a.ments {
			o := &a.ments[k]
			if o.words < 2 || o.key == long || !shortFormOf(m.key, o.key) {
				continue
			}
			if o.typ != "" || !o.personShaped() {
				n = 2 // a typed longer name decides, or none does
				break
			}
			long, n = o.key, n+1
		}
		if n != 1 {
			continue
		}
		for k := range a.ments {
			if o := &a.ments[k]; o.key == long {
				o.setType(m.typ, 2)
			}
		}
	}
}

// otherActors reports whether the character mention mi is played, in this
// article, only by people who do not play the entity e (a longer name it
// is a short form of), both having someone.
func (a *article) otherActors(mi, e int) bool {
	mine, theirs := map[string]bool{}, map[string]bool{}
	key := a.ments[mi].key
	for _, c := range a.claims {
		if c.rel != kg.ActedIn || c.char.m < 0 || c.subj.m < 0 {
			continue
		}
		ck := a.ments[c.char.m].key
		switch {
		case ck == key:
			mine[a.ments[c.subj.m].key] = true
		case ck == a.ents[e].key:
			theirs[a.ments[c.subj.m].key] = true
		}
	}
	return disjointNames(mine, theirs)
}

// disjointNames reports whether both sets of folded person names are
// non-empty and no name of one is the other's or a short form of it.
func disjointNames(x, y map[string]bool) bool {
	if len(x) == 0 || len(y) == 0 {
		return false
	}
	for p := range x {
		for q := range y {
			if p == q || shortFormOf(p, q) || shortFormOf(q, p) {
				return false
			}
		}
	}
	return true
}

// shortFormOf reports whether short (a folded one- or two-word key) is the
// first word, or the last words, of the folded full name long.
func shortFormOf(short, long string) bool {
	if len(short) < 2 || len(long) <= len(short) {
		return false // (no shorter key is a form of it, nor is the key itself)
	}
	if n := len(long) - len(short); long[n-1] == ' ' && long[n:] == short { // (" "+short without allocating)
		return true
	}
	// the first word: short, then the first space of long
	return long[len(short)] == ' ' && long[:len(short)] == short && strings.IndexByte(short, ' ') < 0
}

// titleSig splits a folded film key into its base and sequence number:
// "x 3", "x: chapter 3 - y", "x: part 3" → ("x", "3"); "chapter 4" → ("", "4").
// It returns two empty strings for titles without a number.
func titleSig(key string) (string, string) {
	if titleSigNone(key) {
		return "", "" // (most keys: no word that could be a number)
	}
	if base, n, ok := titleSigASCII(key); ok {
		return base, n
	}
	return titleSigFields(key)
}

// titleSigFields is titleSig on the words strings.Fields gives.
func titleSigFields(key string) (string, string) {
	words := strings.Fields(strings.ReplaceAll(key, ":", " : "))
	for i, w := range words {
		n := romanOrNumber(w)
		if n == "" && i > 0 && instalmentWords[words[i-1]] {
			n = partNumeral(w) // "chapter i", "part one"
		}
		if n == "" {
			continue
		}
		if i == 0 {
			if len(words) == 1 {
				return "", n
			}
			continue
		}
		base := words[:i]
		for len(base) > 0 {
			switch base[len(base)-1] {
			case ":", "chapter", "part", "episode", "vol.", "vol", "volume", "-", "\u2013":
				base = base[:len(base)-1]
				continue
			}
			break
		}
		return strings.Join(base, " "), n
	}
	return "", ""
}

func romanOrNumber(w string) string {
	switch w {
	case "ii":
		return "2"
	case "iii":
		return "3"
	case "iv":
		return "4"
	case "v":
		return "5"
	case "vi":
		return "6"
	case "vii":
		return "7"
	case "viii":
		return "8"
	case "ix":
		return "9"
	}
	if len(w) == 0 || len(w) > 2 {
		return ""
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return ""
		}
	}
	return strings.TrimLeft(w, "0")
}

// mergeTitles merges film entities of one article that are forms of one
// title: a title and its subtitle-less prefix, numbered forms with the same
// base and number, and a bare "Chapter N".
func (a *article) mergeTitles(films map[string]int, rule string) {
	keys := make([]string, 0, len(films))
	for k := range films {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return len(keys[i]) > len(keys[j]) || len(keys[i]) == len(keys[j]) && keys[i] < keys[j]
	})
	for i, short := range keys {
		bs, ns := titleSig(short)
		var match []string
		tail, tails := "", 0
		for _, long := range keys[:i] {
			if len(long) <= len(short) {
				continue
			}
			switch {
			case ns != "" && (hasPrefixBefore(long, short, " -") || hasPrefixBefore(long, short, " \u2013")):
				match = append(match, long)
			case isSubtitleOf(short, long):
				match = append(match, long)
				if strings.HasSuffix(long, short) {
					tail, tails = long, tails+1
				}
			case connectorTail(short, long) && a.laterForm(films[short], films[long]):
				match = append(match, long)
				tail, tails = long, tails+1
			case ns != "":
				bl, nl := titleSig(long)
				if nl == ns && (bl == bs || bs == "" && bl != "" && !(short == ns && len(ns) >= 2)) {
					// (not a number title of its own, "the film 54", into
					// "Pier 54: ...")
					match = append(match, long)
				}
			}
		}
		// the longest match wins when all matches are prefixes of it
		if len(match) == 0 {
			continue
		}
		target := match[0]
		ok := true
		for _, m := range match[1:] {
			if !strings.HasPrefix(target, m) {
				ok = false
			}
		}
		if !ok && tails == 1 && a.laterForm(films[short], films[tail]) {
			// "Crown: Gallowsmoor" and "Gallowsmoor: The Making of Crown",
			// then "Gallowsmoor": the one title it is the subtitle of,
			// named in full first
			target, ok = tail, true
		}
		if ok && !a.filmsRelated(films[target], films[short]) && !(ns == "" && hasPrefixBefore(target, short, ":") && (a.namedAsOrigin(films[short]) || a.datedLaterEntry(films[short], films[target]) || a.earlierShort(films[short]) || a.laterEntry(films[short], films[target]) || a.colonTwoWorks(films[short], films[target]))) {
			if mi := a.introducedAsSequel(films[target]); mi >= 0 && hasPrefixBefore(target, short, ":") {
				// "Dreadful Six" ... "the 2007 sequel, Dreadful Six:
				// Rise of the Copper Comet": two films, the second a sequel
				if sm := a.firstMention(films[short]); sm >= 0 && a.ments[sm].start < a.ments[mi].start {
					a.claims = append(a.claims, pclaim{rel: kg.SequelOf, subj: arg{m: int32(mi), of: -1, abs: true},
						obj: arg{m: int32(sm), of: -1, abs: true}, char: noArg, sent: a.ments[mi].sent})
				}
				continue
			}
			a.union(films[target], films[short], rule)
		}
	}
}

// datedLaterEntry reports whether film entity long ("Nightbrand: Covenant"),
// named once with its year after it ("ending with Nightbrand: Covenant in
// 2004", "X: Y (2004)"), comes after two or more mentions of film entity
// short ("Blade"): an earlier film of the same name's series, not the
// full title of the one the article keeps naming short.
func (a *article) datedLaterEntry(short, long int) bool {
	ls, ll := a.ents[a.find(long)].mentions, a.ents[a.find(short)].mentions
	if len(ls) != 1 || len(ll) < 2 {
		return false
	}
	m := &a.ments[ls[0]]
	if first := a.firstMention(short); first < 0 || a.ments[first].start > m.start {
		return false
	}
	s := &a.sents[m.sent]
	k := int(m.b)
	if k < s.b && (a.toks[k].lower == "in" || a.toks[k].text == "(") {
		k++
	}
	return k < s.b && k > int(m.b) && isYear(a.toks[k].text)
}

// filmsRelated reports whether a sequel, prequel or spin-off claim of the
// article links local film entities x and y (mentions already attached):
// "Spellbound" and "the second part, Spellbound: For Ever" are two films.
func (a *article) filmsRelated(x, y int) bool {
	x, y = a.find(x), a.find(y)
	for i := range a.claims {
		c := &a.claims[i]
		if c.rel != kg.SequelOf && c.rel != kg.PrequelOf && c.rel != kg.SpinOffOf || c.obj.m < 0 {
			continue
		}
		if c.subj.m < 0 {
			// "The sequel to X": X is another film than the one the
			// article is about, so never a short form of it
			if c.subj.ana == anaFilm && c.rel != kg.SpinOffOf {
				if o := a.ments[c.obj.m].ent; o >= 0 && (a.find(int(o)) == x || a.find(int(o)) == y) {
					return true
				}
			}
			continue
		}
		s, o := a.ments[c.subj.m].ent, a.ments[c.obj.m].ent
		if s < 0 || o < 0 {
			continue
		}
		s, o = int32(a.find(int(s))), int32(a.find(int(o)))
		if s == int32(x) && o == int32(y) || s == int32(y) && o == int32(x) {
			return true
		}
	}
	return false
}

// isSubtitleOf reports whether the folded title short is the part of long
// after its colon or dash ("last reckoning part one" of "errand: improbable
// - last reckoning part one"), or the part before a colon that is followed by
// an unnumbered subtitle ("x" of "x: a spin-off story")
// that names more than a format ("x: the movie" is another production:
// formatSubtitle).
func isSubtitleOf(short, long string) bool {
	if len(short) < 3 || len(short) >= len(long) {
		return false
	}
	if strings.HasSuffix(long, short) {
		// (long ends with sep+short: no string built per separator)
		head := long[:len(long)-len(short)]
		for _, sep := range [...]string{": ", " - ", " \u2013 ", ": the ", " - the ", " \u2013 the "} {
			if strings.HasSuffix(head, sep) {
				return true
			}
		}
	}
	if before, after, ok := strings.Cut(long, ":"); ok && before == short {
		_, n := titleSig(after)
		return n == "" && !strings.Contains(after, " - ") && !strings.Contains(after, " \u2013 ") && !formatSubtitle(after)
	}
	return false
}

// formatSubtitle reports whether the folded subtitle sub (after a colon,
// with its space) names only a format: "the", up to two format modifiers
// and a production noun (" the movie", " the animated series", " the tv
// show"). "X: The Movie" is a production of its own beside the series X,
// not its full title.
func formatSubtitle(sub string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(sub), "the ")
	if !ok {
		return false
	}
	words := strings.Fields(rest)
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if !seriesModifiers[w] && w != "original" && w != "feature" {
			return false
		}
	}
	last := words[len(words)-1]
	return filmNouns[last] || seriesNouns[last]
}

// mergeFranchises merges a one-word franchise ("Corwin") into the one longer
// franchise it ends ("Adam Corwin").
func (a *article) mergeFranchises(fr map[string]int) {
	for k, e := range fr {
		if strings.Contains(k, " ") {
			continue
		}
		cand, n := -1, 0
		for k2, e2 := range fr {
			if shortFormOf(k, k2) {
				cand, n = e2, n+1
			}
		}
		if n == 1 {
			a.union(cand, e, "short-form")
		}
	}
}

// gazette finds known names in headline sentences.
func (a *article) gazette(byKey map[kg.NodeType]map[string]int) {
	type cand struct {
		words []string
		key   string
	}
	var heads []int
	for si := range a.sents {
		if a.sents[si].titleCase {
			heads = append(heads, si)
		}
	}
	if len(heads) == 0 {
		return
	}
	byFirst := map[string][]cand{}
	var seen map[string]bool
	if a.bufs != nil {
		// (one map handed on from article to article)
		if a.bufs.seen == nil {
			a.bufs.seen = map[string]bool{}
		}
		seen = a.bufs.seen
		clear(seen)
	} else {
		seen = map[string]bool{}
	}
	headWords := a.headingWords(heads)
	headFirst := headFirstBytes(headWords)
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.ent < 0 || seen[m.key] {
			continue
		}
		seen[m.key] = true
		if noHeadStart(m.text, headWords, &headFirst) {
			continue // (the first word is no heading word: as below, without tokenising)
		}
		a.scratch = tokenizeIn(m.text, 0, a.scratch[:0], &a.tokArena)
		if !headWords[firstUnquoted(a.scratch)] {
			continue // (no heading word to start a match at)
		}
		n := 0
		for k := range a.scratch {
			if a.scratch[k].kind != kQuote {
				n++
			}
		}
		if n == 0 {
			continue
		}
		ws := make([]string, 0, n) // (sized once)
		for _, t := range a.scratch {
			if t.kind != kQuote {
				ws = append(ws, t.lower)
			}
		}
		byFirst[ws[0]] = append(byFirst[ws[0]], cand{ws, m.key})
	}
	var covered map[int]int // (one map, cleared for each headline)
	for _, si := range heads {
		s := &a.sents[si]
		// spans already read as titles of this headline (headTitles)
		if covered == nil {
			covered = map[int]int{}
		} else {
			clear(covered)
		}
		for mi := range a.ments {
			if m := &a.ments[mi]; m.head && int(m.sent) == si && m.ent >= 0 {
				covered[int(m.a)] = int(m.b)
			}
		}
		for i := s.a; i < s.b; i++ {
			if e, ok := covered[i]; ok {
				i = e - 1
				continue
			}
			best := cand{}
			for _, c := range byFirst[a.toks[i].lower] {
				if len(c.words) <= len(best.words) || i+len(c.words) > s.b {
					continue
				}
				ok := true
				for k, w := range c.words {
					if a.toks[i+k].lower != w {
						ok = false
						break
					}
				}
				if ok {
					best = c
				}
			}
			if best.words == nil {
				continue
			}
			// attach to the entity of that key with the most mentions
			e, n := -1, -1
			for _, t := range kg.EntityTypes {
				if x, ok := byKey[t][best.key]; ok {
					x = a.find(x)
					if len(a.ents[x].mentions) > n && !a.ents[x].conditional {
						e, n = x, len(a.ents[x].mentions)
					}
				}
			}
			if e < 0 {
				continue
			}
			j := i + len(best.words)
			from := i
			if a.ents[e].typ == kg.Film && i-1 > s.a && a.toks[i-1].text == "The" && a.toks[i-2].kind == kWord && (j == s.b || a.toks[j].kind != kWord && a.toks[j].kind != kNum) {
				// "What Is The Annexe?": a heading keeps the title's "The" (not
				// "The X Spin-Off": a run of title-case words goes on; not
				// "Lead Character – The X": a label before it)
				from = i - 1
			}
			a.addMention(si, from, j, false)
			mi := len(a.ments) - 1
			a.ments[mi].gazette = true
			a.ments[mi].typ = a.ents[e].typ
			a.attach(mi, e)
			a.ents[e].headline++
			i = j - 1
		}
	}
}

// inOpening reports whether local entity e is named in the headline or
// the first two sentences of the body.
func (a *article) inOpening(e int) bool {
	for _, mi := range a.ents[e].mentions {
		if si := int(a.ments[mi].sent); si <= 2 || a.ments[mi].head {
			return true
		}
	}
	return false
}

// pickTopics chooses the subject film (most mentioned, headline counting
// double), the series and the franchise of the article.
func (a *article) pickTopics() {
	best := func(t kg.NodeType, want func(e int) bool, score map[int]int) int32 {
		b, bn, bfirst := int32(-1), -1, 1<<30
		for e := range a.ents {
			if a.find(e) != e || a.ents[e].typ != t || len(a.ents[e].mentions) == 0 || a.ents[e].conditional {
				continue
			}
			if want != nil && !want(e) {
				continue
			}
			n := len(a.ents[e].mentions) + 2*a.ents[e].headline
			for _, mi := range a.ents[e].mentions {
				if a.ments[mi].head {
					n += 2 // a headline or heading title counts three times
				}
			}
			if score != nil {
				if n = score[e]; n < 0 {
					continue
				}
			}
			first := 1 << 30
			for _, mi := range a.ents[e].mentions {
				if int(a.ments[mi].start) < first {
					first = int(a.ments[mi].start)
				}
			}
			if n > bn || n == bn && first < bfirst {
				b, bn, bfirst = int32(e), n, first
			}
		}
		return b
	}
	scores := a.filmTopicScores()
	a.capTheScores(scores)
	a.subjectFilm = best(kg.Film, nil, scores)
	if sj := int(a.subjectFilm); sj >= 0 && !a.quotedHeadTitle(sj) && !a.headSubtitle(sj) {
		// "X 2" named in the opening paragraph of an article that names "X"
		// (or "X: Subtitle") more often: the numbered sequel is the news,
		// unless the headline quotes the subject, or the numbered film is
		// an earlier one ("since X 3D in 2010", "after X 2")
		sk := a.ents[a.subjectFilm].key
		for e := range a.ents {
			if a.find(e) != e || a.ents[e].typ != kg.Film || len(a.ents[e].mentions) == 0 || a.ents[e].conditional {
				continue
			}
			k := a.ents[e].key
			if base, n := titleSig(k); (base == sk || hasPrefixBefore(sk, base, ": ")) && n != "" && !strings.Contains(k, ":") && (a.inOpening(e) || a.inLede(e)) &&
				!a.earlierShort(e) && !a.onlyInPassing(e) {
				a.subjectFilm = int32(e)
				break
			}
		}
	}
	if a.subjectFilm >= 0 {
		a.subjectFilm = int32(a.newerInHeadline(int(a.subjectFilm)))
		a.subjectFilm = int32(a.headlineNewerEntry(int(a.subjectFilm)))
	}
	if a.subjectFilm >= 0 && a.franchiseHeadline(int(a.subjectFilm)) {
		a.subjectFilm = -1 // "'X' Trilogy Returns": about the films of X, no one of them
	}
	if a.subjectFilm >= 0 && a.onlyInPassing(int(a.subjectFilm)) {
		a.subjectFilm = -1 // "who directed F", "since F": named in passing only
	}
	if a.subjectFilm >= 0 && a.personPiece(scores) {
		a.subjectFilm = -1 // an obituary, a career piece with no clear film: about a person
	}
	a.seriesFilm = best(kg.Film, func(e int) bool {
		for _, mi := range a.ents[e].mentions {
			if a.ments[mi].format == kg.FormatSeries {
				return true
			}
		}
		return false
	}, scores)
	if a.seriesFilm >= 0 && a.subjectFilm >= 0 {
		// a subject without a feature-film cue, written before "season"
		// ("Wednesday season 3"), that outscores the name with a series
		// cue ("Ravenhall", its school): the series is the subject
		sj, se := a.find(int(a.subjectFilm)), a.find(int(a.seriesFilm))
		if sj != se && !a.filmFormat(sj) && scores[sj] > scores[se] && a.seasonAfter(sj) {
			a.seriesFilm = int32(sj)
		}
		if sj != se && a.seriesOverSubject(sj, se) {
			a.seriesFilm = int32(sj)
		}
	}
	a.franchise = best(kg.Franchise, nil, nil)
}

// seasonAfter reports whether a mention of local entity e is followed by
// "season", "seasons", "episode" or "episodes" ("Wednesday season 3").
func (a *article) seasonAfter(e int) bool {
	for _, mi := range a.ents[e].mentions {
		m := &a.ments[mi]
		if k := int(m.b); k < a.sents[m.sent].b {
			switch a.toks[k].lower {
			case "season", "seasons", "episode", "episodes":
				return true
			}
		}
	}
	return false
}

// headlined reports whether local entity e is named in the headline line
// (a quoted or matched headline title, or any mention of sentence 0).
func (a *article) headlined(e int) bool {
	if a.ents[e].headline > 0 {
		return true
	}
	for _, mi := range a.ents[e].mentions {
		if a.ments[mi].head || a.ments[mi].sent == 0 {
			return true
		}
	}
	return false
}

// newerInHeadline returns the production a sequel, prequel or spin-off
// claim makes newer than film e, when the headline names it and the
// article names it at least half as often as e ("'The Lads' Prequel
// 'Crane Ascending' Adds ..."): the news is the new production. Otherwise
// it returns e.
func (a *article) newerInHeadline(e int) int {
	for i := range a.claims {
		n, o, ok := a.continuation(i)
		if !ok || o != e {
			continue
		}
		if n != e && a.ents[n].typ == kg.Film && !a.ents[n].conditional && a.headlined(n) && 2*len(a.ents[n].mentions) >= len(a.ents[e].mentions) {
			return n
		}
	}
	// "Netflix Renews 'X' ..., Orders Spin-Off 'Y'": the headline names
	// the other title after a newer-production noun
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.sent != 0 || !m.head || m.ent < 0 {
			continue
		}
		k := int(m.a) - 1
		if k >= 0 && a.toks[k].kind == kQuote {
			k--
		}
		if k < a.sents[0].a || !newerNouns[a.toks[k].lower] {
			continue
		}
		if n := a.find(int(m.ent)); n != e && a.ents[n].typ == kg.Film && !a.ents[n].conditional && 2*len(a.ents[n].mentions) >= len(a.ents[e].mentions) {
			return n
		}
	}
	return e
}

// mergeHeadlineShortTitles joins a one-word film named only in the
// headline line ("Grimble film pushed back a year") to the one longer film
// title of the article that ends with that word ("The Keeper of the Keys:
// The Hunt for Grimble"): headlines shorten the title they are about.
func (a *article) mergeHeadlineShortTitles(films map[string]int) {
	for k, e := range films {
		if strings.Contains(k, " ") || len(k) < 3 {
			continue
		}
		e = a.find(e)
		only := len(a.ents[e].mentions) > 0
		for _, mi := range a.ents[e].mentions {
			if a.ments[mi].sent != 0 {
				only = false
				break
			}
		}
		if !only {
			continue
		}
		cand, n := -1, 0
		for k2, e2 := range films {
			if hasSuffixAfter(k2, " ", k) && a.find(e2) != e {
				if cand < 0 || a.find(e2) != a.find(cand) {
					n++
				}
				cand = e2
			}
		}
		if n == 1 && !a.filmsRelated(cand, e) {
			// (not "Glasswing, a prequel series to Red Glasswing" in an
			// opening line: two films)
			a.union(a.find(cand), e, "short-form")
		}
	}
}

// mergeEpithetTitles joins a one-word film ("Thessaly") to the one film
// title of the article that is that word, "the" and one more word
// ("Thessaly the Bold", "Halden the Brave"): the name the title is
// shortened to.
func (a *article) mergeEpithetTitles(films map[string]int) {
	for k, e := range films {
		if strings.Contains(k, " ") || len(k) < 3 {
			continue
		}
		cand, n := -1, 0
		for k2, e2 := range films {
			if rest, ok := strings.CutPrefix(k2, k+" the "); ok && rest != "" && !strings.ContainsAny(rest, " :") && a.find(e2) != a.find(e) {
				cand, n = e2, n+1
			}
		}
		if n == 1 && !a.filmsRelated(cand, e) {
			a.union(a.find(cand), a.find(e), "short-form")
		}
	}
}

// mergeTailTitles joins a one-word film ("Kills") to the one two-word film
// title of the article that ends with it ("Harvest Kills"), named
// before it: a series' title shortened to the word that tells its
// installments apart.
func (a *article) mergeTailTitles(films map[string]int) {
	for k, e := range films {
		if strings.Contains(k, " ") || len(k) < 3 {
			continue
		}
		cand, n := -1, 0
		for k2, e2 := range films {
			if head, ok := strings.CutSuffix(k2, " "+k); ok && head != "" && !strings.ContainsAny(head, " :") && a.find(e2) != a.find(e) {
				cand, n = e2, n+1
			}
		}
		if n != 1 || a.filmsRelated(cand, e) {
			continue
		}
		if fl, fs := a.firstMention(cand), a.firstMention(e); fl >= 0 && fs >= 0 && a.ments[fl].start < a.ments[fs].start {
			a.union(a.find(cand), a.find(e), "short-form")
		}
	}
}

// namedAsOrigin reports whether a mention of local film entity e is named
// as what another production is made from or after ("a prequel to its
// time-travel drama Outlander", "a spin-off of X") or as its first entry
// ("the original X", "the first X"): a film of its own,
// never a short form of a longer title ("Title: Words of Its Subtitle");
// mergeTitles asks it only of a title without a number before a longer
// title's colon ("the sequel to Reckoning Day" still names "Exterminator 2:
// Reckoning Day").
func (a *article) namedAsOrigin(e int) bool {
	for _, mi := range a.ents[a.find(e)].mentions {
		m := &a.ments[mi]
		if b := int(m.a) - 2; !m.the && b > a.sents[m.sent].a && earlierEntryWords[a.toks[b+1].lower] && a.toks[b+1].lower != "last" && a.toks[b].lower == "the" {
			return true // "co-directed the original Gnomes": the first film, not "Gnomes: X"
		}
		lo := max(a.sents[m.sent].a, int(m.a)-7)
		for k := int(m.a) - 1; k > lo; k-- {
			t := &a.toks[k]
			if t.kind != kWord && t.kind != kPoss && t.kind != kNum || t.cap && k < int(m.a)-1 {
				break
			}
			if (t.lower == "to" || t.lower == "of") && kindNouns[a.toks[k-1].lower] {
				return true
			}
		}
		if a.datedEarlierNoun(m) {
			return true
		}
	}
	return false
}

// datedEarlierNoun reports whether film mention m comes right after a
// production noun that a year dates ("the 2004 remake The Lantern",
// "his 2011 blockbuster \"Lantern\"", "the 1998 Kestrel film Lantern"):
// a film of that year, not a short form of a subtitled new entry. Nouns
// of a new entry ("sequel", "follow-up") and "upcoming", "new" or "next"
// in between are no such date.
func (a *article) datedEarlierNoun(m *mention) bool {
	s := &a.sents[m.sent]
	k := int(m.a) - 1
	if m.the {
		k--
	}
	for k > s.a && (a.toks[k].kind == kQuote || a.toks[k].text == ",") {
		k--
	}
	if k <= s.a || a.toks[k].kind != kWord || a.toks[k].cap || !datedFilmNouns[a.toks[k].lower] {
		return false
	}
	dated := false
	for n := k - 1; n >= s.a && n >= k-4; n-- {
		t := &a.toks[n]
		if t.kind == kNum && isYear(t.text) {
			dated = true
			continue
		}
		if t.kind != kWord || t.lower == "upcoming" || t.lower == "new" || t.lower == "next" {
			return dated && t.kind != kWord
		}
	}
	return dated
}

// datedFilmNouns are the production nouns a year before them dates to a
// film of its own ("the 2007 film X").
var datedFilmNouns = setOf("film", "movie", "original", "remake", "blockbuster", "hit", "feature", "picture", "thriller",
	"comedy", "drama", "adaptation", "version", "reboot")

// introducedAsSequel returns the mention of local film entity e written
// right after the noun "sequel" ("the 2007 sequel, X", "sequel X"), or -1.
func (a *article) introducedAsSequel(e int) int {
	for _, mi := range a.ents[a.find(e)].mentions {
		m := &a.ments[mi]
		k := int(m.a) - 1
		if m.the {
			k--
		}
		if k >= 0 && a.toks[k].text == "," {
			k--
		}
		if k >= 0 && a.toks[k].lower == "sequel" {
			return mi
		}
	}
	return -1
}

// firstMention returns the earliest mention of local entity e, or -1.
func (a *article) firstMention(e int) int {
	best := -1
	for _, mi := range a.ents[a.find(e)].mentions {
		if best < 0 || a.ments[mi].start < a.ments[best].start {
			best = mi
		}
	}
	return best
}
