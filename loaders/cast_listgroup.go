package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Cast lists whose parts are not named: "with A and B as members of the
// bureau", "cast A, B and C as the outlaws", "A and B star as a mother and
// daughter" (listAsGroup), and lists a predicate makes a cast: "A, B and
// C had recurring roles", "A and B are also on hand", "A, B and C fill
// out a deep bench", "A and B also return in their old parts", "A and B
// join P in undisclosed roles" (listPredicate).

// listNext returns the item of the list's next name after the name at
// item j (", B", ", and B", "and B"), or -1 when the list ends there.
func (p *pctx) listNext(j int) int {
	if k := p.listSep(j + 1); k > j+1 && p.isM(k) {
		return k
	}
	return -1
}

// castListRun reads a list of two or more cast names from item i ("A, B
// and C"): every name person-like (castListName), none typed a character.
// It returns the number of names and the item of the last, or 0 and -1.
func (p *pctx) castListRun(i int) (n, last int) {
	full := 0
	for j := i; j >= 0 && n < 16; j = p.listNext(j) {
		if !p.isM(j) || p.mm(j).typ == kg.Character {
			return 0, -1
		}
		if p.castListName(j) {
			full++
		} else if !p.loneListName(j) {
			return 0, -1
		}
		n, last = n+1, j
	}
	if n < 2 || full < 2 {
		return 0, -1
	}
	return n, last
}

// loneListName reports whether the mention at item j is a one-word name
// a list of full names may hold ("Quendry, A and B"): untyped, unquoted,
// person-shaped, and nothing earlier typed it.
func (p *pctx) loneListName(j int) bool {
	m := p.mm(j)
	return m.words == 1 && m.typ == "" && !m.allCaps && !m.digit && p.personish(j) && castableName(m) && p.priorType(j) == ""
}

// claimCastRun credits each name of the list from item i to item last
// with an acting part in film, with no character.
func (p *pctx) claimCastRun(i, last int, film arg) {
	for j := i; j >= 0 && j <= last; j = p.listNext(j) {
		p.typ(j, kg.Person, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(j), obj: film})
	}
}

// groupGovernors before a list make it a cast when an unnamed part
// follows it ("with A and B as ...", "cast A, B and C as ...").
var groupGovernors = setOf("with", "starring", "stars", "starred", "cast", "casts", "reunites", "reunited", "features",
	"featured", "co-starring", "featuring")

// groupVerbs between a list that opens its clause and "as" make it a cast
// ("A and B star as a mother and daughter").
var groupVerbs = setOf("star", "starred", "co-star", "co-starred", "appear", "appeared", "return", "returned", "cameo")

// groupNotFirst open an "as" phrase that is no part ("as well", "as
// part of", "as soon as").
var groupNotFirst = setOf("well", "part", "of", "soon", "much", "long", "far", "ever", "usual", "expected", "always", "such")

// groupNotPart in an "as" phrase make it no part ("as themselves", "as
// hosts", "as executive producers").
var groupNotPart = setOf("themselves", "himself", "herself", "hosts", "co-hosts", "host", "judges", "narrators", "guests", "presenters",
	"executive", "consultants", "advisers", "advisors", "mentors", "panelists", "contestants")

// listAsGroup handles a list of two or more people and an unnamed part
// after "as" (item i is the list's first name): "with A and B as members
// of the bureau", "cast A, B and C as the outlaws", "A and B star as a
// mother and daughter", "with A, B and C among the suspects". A cast word before the list governs it, or the
// list opens its clause and an acting verb stands before "as". The words
// after "as" name no one and no crew job. Each person acted in the film
// the clause is about. It reports whether it claimed.
func (p *pctx) listAsGroup(i int) bool {
	if p.w(i+1) != "," && p.w(i+1) != "and" {
		return false // (a cheap check first: this runs at every name)
	}
	b := p.w(i - 1)
	gov := p.in(i-1, groupGovernors)
	if !gov && !(i == 0 || p.in(i-1, governedOpeners) || b == "and" && p.w(i-2) == ",") {
		return false
	}
	// the words after the list first (cheap), the names only then
	end := i
	for j := i; j >= 0; j = p.listNext(j) {
		end = j
	}
	if w := p.w(end + 1); w != "as" && w != "among" && !p.in(end+1, groupVerbs) && !(!gov && (w == "all" || w == "both" || w == "also")) {
		return false
	}
	n, last := p.castListRun(i)
	if n == 0 {
		return false
	}
	k := last + 1
	if !gov && (p.w(k) == "all" || p.w(k) == "both" || p.w(k) == "also") {
		k++ // "A, B and C all appear as ..."
	}
	if !gov && p.in(k, groupVerbs) {
		k++
	} else if !gov {
		return false
	}
	switch {
	case p.w(k) == "among" && gov && b == "with" && p.w(k+1) == "the" && !p.isM(k+2) && isWordLike(p.w(k+2)) && !p.wIn(k+2, groupNotPart) && !p.isCrewNounAhead(k+2):
		// "with A, B and C among the suspects"
	case p.w(k) != "as" || p.isM(k+1) || !p.groupPart(k+1):
		return false
	}
	if gov && (b == "cast" || b == "casts") && p.crewTalk(last) {
		return false
	}
	var film arg
	if f := p.sentenceCastFilm(); b == "with" && f.valid() {
		film = f // "P stars as C, with A and B as ...": the film of P's claim
	} else {
		film = p.topicFilm(k)
	}
	if !film.valid() {
		return false
	}
	p.claimCastRun(i, last, film)
	return true
}

// groupPart reports whether the words from item k, after "as", name an
// unnamed part: an article, a possessive pronoun or plain words, with no
// name and no crew job among the first five, the clause not ending at
// once.
func (p *pctx) groupPart(k int) bool {
	if !isWordLike(p.w(k)) || p.wIn(k, groupNotFirst) || p.wIn(k, notDescribing) {
		return false
	}
	words := 0
	for n := k; n < len(p.it) && n < k+5; n++ {
		if p.isM(n) {
			// "as members of the O": a name after the part; "as the Four
			// Riders": a group's name
			return words > 0 && !p.isPersonLike(n) && p.mm(n).typ != kg.Person
		}
		w := p.w(n)
		if !isWordLike(w) {
			break
		}
		if groupNotPart[w] {
			return false
		}
		if rel, _ := p.crewNoun(n); rel != "" {
			return false
		}
		words++
	}
	return words >= 2
}

// listPredicate handles a list of two or more people that a cast
// predicate follows (item i is the predicate's first word, right after
// the list): "A, B and C had recurring roles", "A and B are also on
// hand", "A, B and C fill out a deep bench", "A and B also return in
// their old parts", "A and B join P in undisclosed roles", "A and B all
// appear in roles the studio is keeping secret". The list opens its
// clause; each person acted in the film the clause is about.
func (p *pctx) listPredicate(i int) {
	if !p.isM(i-1) || p.w(i-2) != "and" && p.w(i-2) != "," {
		return // (a cheap check first: this runs at every word)
	}
	k := i
	for n := 0; n < 2 && p.in(k, predicateAdverbs); n++ {
		k++
	}
	if !p.castPredicate(k) {
		return
	}
	// the list's first name: back over ", B", "and B", ", and B"
	first := i - 1
	for {
		j := first - 1
		if p.w(j) == "and" {
			j--
		}
		if p.w(j) == "," {
			j--
		}
		if j == first-1 || !p.isM(j) || p.mm(j).typ == kg.Character || !p.castListName(j) && !p.loneListName(j) {
			break // ("C, and A and B ...": the list starts after the part)
		}
		first = j
	}
	if f := p.w(first - 1); !(first == 0 || p.in(first-1, governedOpeners) || f == "and" && p.w(first-2) == "," || f == "and" && first == 1) {
		return
	}
	n, last := p.castListRun(first)
	if n == 0 || last != i-1 || p.crewTalk(last) {
		return
	}
	if rel, _ := p.crewNoun(first - 1); rel != "" {
		return
	}
	film := p.topicFilm(k)
	if !film.valid() {
		return
	}
	p.claimCastRun(first, last, film)
}

// predicateAdverbs may stand between a list and its cast predicate.
var predicateAdverbs = setOf("also", "all", "both", "each", "too", "will", "would")

// castPredicate reports whether a cast predicate starts at item k: "had
// recurring roles", "are on hand", "are in the mix", "fill out a deep
// bench", "return in their old parts", "join P in undisclosed roles",
// "appear in roles".
func (p *pctx) castPredicate(k int) bool {
	switch w := p.w(k); w {
	case "have", "had", "has", "get", "got":
		// "had recurring roles", "have small parts"
		return p.rolesNounAt(k+1, 3)
	case "are", "were":
		if p.w(k+1) == "also" {
			k++
		}
		switch p.w(k + 1) {
		case "on":
			return p.w(k+2) == "hand" || p.w(k+2) == "board"
		case "in":
			return p.w(k+2) == "the" && (p.w(k+3) == "mix" || p.w(k+3) == "cast" || p.w(k+3) == "ensemble")
		case "aboard":
			return true
		case "new":
			return p.w(k+2) == "to" && p.w(k+3) == "the" && p.wIn(k+4, predicateWorlds)
		}
	case "fill", "filled", "flesh", "fleshed":
		return p.w(k+1) == "out" && (p.w(k+2) == "the" || p.w(k+2) == "a")
	case "return", "returned", "appear", "appeared":
		// "return in their old parts", "appear in roles Universal keeps secret"
		return p.w(k+1) == "in" && p.rolesNounAt(k+2, 3)
	case "join", "joined":
		// "join P in as-yet-undisclosed roles"
		j := k + 1
		if p.isM(j) {
			j++
		}
		return j > k+1 && p.w(j) == "in" && p.rolesNounAt(j+1, 3)
	}
	return false
}

// predicateWorlds close "are new to the world".
var predicateWorlds = setOf("world", "cast", "franchise", "series", "show", "ensemble")

// predicateRoles are the part nouns of a cast predicate.
var predicateRoles = setOf("roles", "role", "parts", "part", "cameos", "cameo", "turns")

// rolesNounAt reports whether a part noun follows item k after at most n
// plain describing words ("recurring roles", "their old parts").
func (p *pctx) rolesNounAt(k, n int) bool {
	for c := 0; c <= n && !p.isM(k+c); c++ {
		w := p.w(k + c)
		if predicateRoles[w] {
			return true
		}
		if !isWordLike(w) || c > 0 && commonWords[w] && !descriptorAdj[w] {
			return false
		}
	}
	return false
}

// castListNouns name a production's cast before a list of its members ("The
// supporting cast is strong too: A, B, C", "an ensemble that included A,
// B and C", "new cast members like A and B").
var castListNouns = setOf("cast", "ensemble", "lineup", "line-up", "members", "castmates", "cast-mates")

// castNounOpeners end the words between a cast noun and its list (the
// list's first name follows): a colon, "included", "like", "such as".
var castNounOpeners = setOf(":", "includes", "included", "include", "including", "like", "featuring", "features", "featured")

// castNounList handles a list of people that a cast noun shortly before
// governs, at the word that opens the list (item i): "The supporting cast
// is strong too: A, B, C", "Cast: A, B and C", "an ensemble that included
// A, B and C", "new cast members like A and B". The list closes its
// clause; each person acted in the film the clause is about.
func (p *pctx) castNounList(i int) {
	if !p.in(i, castNounOpeners) || !p.isM(i+1) {
		return // (a cheap check first: this runs at every word)
	}
	if p.w(i) == "like" && p.w(i-1) != "members" && p.w(i-1) != "newcomers" {
		return
	}
	gov := false
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if p.isM(k) || p.w(k) == "," || p.w(k) == ";" || p.w(k) == "." {
			break
		}
		if p.in(k, castListNouns) && (p.w(k) != "members" || p.w(k-1) == "cast") {
			gov = true
			break
		}
	}
	if !gov {
		return
	}
	n, last := p.castListRun(i + 1)
	if n == 0 || !(p.w(last+1) == "." || p.w(last+1) == "" || p.w(last+1) == ";") {
		return
	}
	if p.crewTalk(last) {
		return
	}
	film := p.topicFilm(last + 1)
	if !film.valid() {
		return
	}
	p.claimCastRun(i+1, last, film)
}

// backEnds may follow "P is back" closing a cast statement.
var backEnds = setOf(".", ",", ";", "", "too", "yes", "again")

// singleBack handles one actor who is back in the cast at item i
// ("back"): "P is back.", "P is also back, yes, for four episodes". The
// person opens the clause and is typed a person or is an untyped full
// name opening with a given name (a show or a character is back as
// often), and no crew
// word stands in the sentence ("P is back behind the camera" is read by
// the crew rules, and the end check leaves it). The person acted in the
// film the clause is about.
func (p *pctx) singleBack(i int) {
	if p.w(i) != "back" || !p.in(i+1, backEnds) {
		return // (a cheap check first: this runs at every word)
	}
	b := i - 1
	if p.w(b) == "also" || p.w(b) == "finally" {
		b--
	}
	if p.w(b) != "is" && p.w(b) != "was" {
		return
	}
	s := b - 1
	if !p.isM(s) || !(s == 0 || p.in(s-1, governedOpeners) || p.w(s-1) == "and" && p.w(s-2) == ",") || !p.isPersonLike(s) {
		return
	}
	if m := p.mm(s); m.typ != kg.Person && p.priorType(s) != kg.Person &&
		(m.typ != "" || m.words < 2 || p.priorType(s) != "" || p.a.headKeys[m.key] || !isGivenNameLower(firstWord(m.text))) {
		return // "F is back", "C is back": a person's name only
	}
	if rel, _ := p.crewNoun(s - 1); rel != "" || p.crewTalk(len(p.it)) || p.makerWordBetween(-1, len(p.it)) {
		return
	}
	film := p.topicFilm(i + 1)
	if !film.valid() {
		return
	}
	p.typ(s, kg.Person, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(s), obj: film})
}
