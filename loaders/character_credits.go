package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// copulaParts are the verbs of "P is C" ("Pelham is Skerry", "O'Dwyer is
// the Irish vampire Carrow").
var copulaParts = setOf("is", "was")

// copulaPartEnds may follow the part of "P is C": the end of the clause or
// the production ("Pelham is Skerry.", "is C in F").
var copulaPartEnds = setOf(",", ".", ";", "in", "and", "here", "again", "now", "once", "(", "there", "on")

// typeCopulaParts reads "P is C", "P is the <describing words> C" and "P
// is the <describing words>, C," (appositiveComma) as a
// credit: P is typed a person (or is the surname of a personal name of the
// article), C is of one to three words, typed by no cue or weakly a
// person, names no person of the article, and ends the clause
// (copulaPartEnds). C is typed a character; the actor's credit in the
// sentence with no part gets it, else a credit in the article's
// production is added. Runs after the patterns.
func (a *article) typeCopulaParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if k == 0 || a.ments[k-1].sent != m.sent || !weakOrNone(m) && !(m.typ == kg.Character && !m.quoted && m.words <= 4 && !a.isPart(k)) ||
			m.pronoun || m.country || m.key == "" || demonym(foldKey(m.text)) || moreDemonyms[foldKey(m.text)] {
			continue // (not "P is French")
		}
		if e := int(m.b); e < s.b && !copulaPartEnds[a.toks[e].lower] {
			continue
		}
		v := int(m.a) - 1
		if v-1 > s.a && a.toks[v].lower == "the" && copulaParts[a.toks[v-1].lower] && m.typ == "" && !otherJobNouns[m.key] && !crewAfterAs[m.key] {
			v-- // "P is the Hollow King": a part named with "the"
		} else if v > s.a && !copulaParts[a.toks[v].lower] && !copulaAdverbs[a.toks[v].lower] && a.toks[v].lower != "be" {
			if a.appositiveComma(s, k) {
				v-- // "P is the family patriarch, C,"
			}
			if l := a.partLead(s, v, 4); l >= 0 && a.toks[l].lower == "the" {
				v = l - 1
			} else if b := a.bareDescription(s, v); b >= 0 {
				v = b // "P is gym owner C"
			} else {
				continue
			}
		}
		for n := 0; n < 2 && v > s.a && copulaAdverbs[a.toks[v].lower]; n++ {
			v-- // "P is once again C", "P is still C"
		}
		if v > s.a+1 && a.toks[v].lower == "be" && (a.toks[v-1].lower == "will" || a.toks[v-1].lower == "would") {
			v-- // "P will once again be C"
		} else if v <= s.a || !copulaParts[a.toks[v].lower] {
			continue
		}
		pk := k - 1
		for pk >= 0 && a.ments[pk].sent == m.sent && int(a.ments[pk].b) > v {
			pk--
		}
		if pk < 0 || a.ments[pk].sent != m.sent {
			continue
		}
		if e := int(a.ments[pk].b); e == v-2 && a.toks[v-1].lower == "who" && a.toks[e].text == "," {
			// "P, who was C, ...": the relative clause's part
		} else if e != v {
			// "She was the organist ..., and was the fortune-teller C": the
			// subject of the sentence; "P, an Oscar nominee for F, is C":
			// the subject before its appositive
			sub := a.sentenceSubject(s, k)
			if sub < 0 || !(a.toks[v-1].lower == "and" || a.toks[v-1].text == "," && a.toks[a.ments[sub].b].text == "," &&
				v-int(a.ments[sub].b) <= 16 && !a.semicolonBetween(int(a.ments[sub].b), v)) {
				continue
			}
			pk = sub
		}
		if p := &a.ments[pk]; !(p.typ == kg.Person && (p.words >= 2 || p.pronoun) || (p.typ == kg.Person || p.typ == "") && (a.personSurname(p) || a.personGivenName(p))) {
			continue
		}
		if a.namesPerson(m) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
		film := anaArg(anaFilm)
		if f := a.filmAfterIn(s, k); f >= 0 {
			film = arg{m: int32(f), of: -1, abs: true}
		} else if a.ments[pk].pronoun {
			continue // a career piece: the production is not said
		}
		a.giveActorPart(pk, k, film)
	}
}

// copulaAdverbs may stand between "is" and the part ("P is once again
// C", "P is still C").
var copulaAdverbs = setOf("still", "again", "once", "already", "now", "also", "forever", "always")

// personGivenName reports whether the one-word mention m is the first
// word of a name of two or more words typed a person ("Travis" after
// "Travis Brell").
func (a *article) personGivenName(m *mention) bool {
	if m.words != 1 || m.key == "" {
		return false
	}
	for k := range a.ments {
		o := &a.ments[k]
		if o.words >= 2 && o.typ == kg.Person && len(o.key) > len(m.key) && o.key[len(m.key)] == ' ' && o.key[:len(m.key)] == m.key {
			return true
		}
	}
	return false
}

// bareDescription returns the copula before the one to three lower-case
// describing words that end at token last with no determiner before them
// ("P is gym owner C", "P is icy DSM frontwoman C"), or -1. The words are
// no crew or job nouns, no adverbs of copulaAdverbs, no clause words, and
// the first is no participle ("P was named C").
func (a *article) bareDescription(s *sentence, last int) int {
	n := 0
	t := last
	for ; t > s.a && n < 4; t, n = t-1, n+1 {
		w := &a.toks[t]
		if w.kind != kWord || w.cap && !isAcronymTok(w) || notPartWords[w.lower] || clauseWords[w.lower] || notDescribing[w.lower] ||
			partDeterminers[w.lower] || possessivePronouns[w.lower] || copulaAdverbs[w.lower] || crewAfterAs[w.lower] || otherJobNouns[w.lower] {
			break
		}
	}
	if n == 0 || t <= s.a || !copulaParts[a.toks[t].lower] || isAcronymTok(&a.toks[last]) {
		return -1
	}
	if w := a.toks[t+1].lower; strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") {
		return -1 // a passive: "P was named C", "P was chosen C"
	}
	return t
}

// sentenceSubject returns the mention that opens sentence s (before
// mention k) when it is typed a person, or -1.
func (a *article) sentenceSubject(s *sentence, k int) int {
	j := k
	for j > 0 && a.ments[j-1].sent == a.ments[k].sent {
		j--
	}
	if j < k && int(a.ments[j].a) == s.a && a.ments[j].typ == kg.Person {
		return j
	}
	return -1
}

// personSurname reports whether the one-word mention m is the last word
// of a name of two or more words typed a person ("O'Connell" after "Jack
// O'Connell").
func (a *article) personSurname(m *mention) bool {
	return m.words == 1 && a.isPersonSurname(m.key, 0)
}

// namesPerson reports whether mention m's name is that of a person of the
// article: a mention of the same key typed a person (strongly, or of
// another mention), or the last word of a personal name.
func (a *article) namesPerson(m *mention) bool {
	for i := range a.ments {
		if o := &a.ments[i]; o != m && o.key == m.key && o.typ == kg.Person {
			return true
		}
	}
	return a.surnameOfName(m)
}

// giveActorPart gives the part c to the actor p's credit in film (the
// article's production, or a film mention) that names no part yet, or
// adds that credit.
func (a *article) giveActorPart(p, c int, film arg) {
	sent := a.ments[c].sent
	pm := &a.ments[p]
	if film.m < 0 && !film.abs {
		if i := a.sameSentenceCredit(p, sent); i >= 0 {
			a.claims[i].char = arg{m: int32(c), of: -1, abs: true}
			return
		}
	}
	for i := range a.claims {
		cl := &a.claims[i]
		if cl.rel != kg.ActedIn || !cl.subj.abs || cl.subj.m < 0 || cl.obj.m != film.m || cl.obj.m < 0 && cl.obj.ana != film.ana {
			continue
		}
		if s := &a.ments[cl.subj.m]; s.key == pm.key || s.words > pm.words && hasSuffixAfter(s.key, " ", pm.key) {
			if cl.char.m < 0 && cl.char.ana == 0 {
				cl.char = arg{m: int32(c), of: -1, abs: true}
				return
			}
		}
	}
	a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: arg{m: int32(p), of: -1, abs: true}, obj: film,
		char: arg{m: int32(c), of: -1, abs: true}, sent: sent})
}

// filmAfterIn returns the film mention that "in" and at most six tokens
// lead to right after mention k of sentence s ("C in the comedy F", "C in
// the first season of FX's F", "C in Wendell Marsh's F", "C in the Disney
// comedy F"), or -1. Only lower-case words, a company or a person with
// its possessive, a company before lower-case words and "of" stand
// between.
func (a *article) filmAfterIn(s *sentence, k int) int {
	e := int(a.ments[k].b)
	if e >= s.b || a.toks[e].lower != "in" {
		return -1
	}
	return a.filmAfterInAt(s, k, e)
}

// filmAfterInAt returns the film mention that the preposition at token e
// of sentence s, after mention k, leads to over the words filmAfterIn
// allows, or -1.
func (a *article) filmAfterInAt(s *sentence, k, e int) int {
	for j := k + 1; j < len(a.ments) && a.ments[j].sent == a.ments[k].sent; j++ {
		f := &a.ments[j]
		if int(f.a) <= e {
			continue
		}
		if int(f.a)-e > 7 {
			return -1
		}
		for t := e + 1; t < int(f.a); t++ {
			if w := &a.toks[t]; !(w.kind == kWord && (!w.cap || w.lower == "the") || w.kind == kPoss) {
				return -1
			}
		}
		if f.typ == kg.Film {
			return j
		}
		if f.words == 1 && (demonym(foldKey(f.text)) || moreDemonyms[foldKey(f.text)]) {
			e = int(f.b) - 1 // "in the Spanish horror film F"
			continue
		}
		if int(f.b) >= s.b || f.typ != kg.Organisation && f.typ != kg.Person {
			return -1
		}
		if w := &a.toks[f.b]; !(w.kind == kPoss || f.typ == kg.Organisation && w.kind == kWord && !w.cap) {
			return -1 // (an owner: "in Wendell Marsh's F", "in the Disney comedy F")
		}
		e = int(f.b)
		if a.toks[e].kind != kPoss {
			e-- // the company is a modifier: the words after it are checked
		}
	}
	return -1
}

// filmAfterPart returns the film a part is said to be in right after
// mention k of sentence s, or -1: "in" or "on" and a film right after it
// (as filmAfterIn reads them), or after an appositive that a comma opens ("C, the
// sweating partner of D, in F", "C, the doomed assistant in F", "C, the
// head of the league, on HBO's F"). The appositive is of at most sixteen
// tokens, holds no person, film, semicolon or clause word, and "in" or
// "on" closes it.
func (a *article) filmAfterPart(s *sentence, k int) int {
	e := int(a.ments[k].b)
	if e < s.b && (a.toks[e].lower == "in" || a.toks[e].lower == "on") {
		return a.filmAfterInAt(s, k, e) // "C on Fox's F"
	}
	if e+2 >= s.b || a.toks[e].text != "," {
		return -1
	}
	j := k + 1
	for t := e + 1; t < s.b && t <= e+16; t++ {
		for j < len(a.ments) && a.ments[j].sent == a.ments[k].sent && int(a.ments[j].b) <= t {
			if typ := a.ments[j].typ; typ == kg.Person || typ == kg.Film {
				return -1
			}
			j++
		}
		w := &a.toks[t]
		if w.kind == kPunct && w.text != "," || w.kind == kWord && !w.cap && clauseWords[w.lower] {
			return -1
		}
		if w.kind == kWord && (w.lower == "in" || w.lower == "on") && t > e+1 {
			return a.filmAfterInAt(s, k, t)
		}
	}
	return -1
}

// attachParts gives a part to the one credit of a sentence that names
// none: "Petra Lindqvarn plays the villain, a flamboyant crime boss named
// Vendrina" (typeNamedParts typed the part). The sentence holds exactly one
// ACTED_IN claim, whose subject comes before the part; between them stand
// no person and no semicolon, and the part is the first character after
// the actor that owns nothing ("Mossop's") and is no claim's part already.
func (a *article) attachParts() {
	for i := range a.claims {
		cl := &a.claims[i]
		if cl.rel != kg.ActedIn || cl.char.m >= 0 || cl.char.ana != 0 || !cl.subj.abs || cl.subj.m < 0 {
			continue
		}
		if a.claimsInSentence(cl.sent, kg.ActedIn) != 1 {
			continue
		}
		p := int(cl.subj.m)
		for j := p + 1; j < len(a.ments) && a.ments[j].sent == cl.sent; j++ {
			c := &a.ments[j]
			if c.typ == kg.Person || a.semicolonBetween(int(a.ments[p].b), int(c.a)) {
				break
			}
			if c.typ != kg.Character || int(c.b) < len(a.toks) && a.toks[c.b].kind == kPoss || a.isPart(j) || a.ownedAfterOf(int(c.a)) {
				continue
			}
			cl.char = arg{m: int32(j), of: -1, abs: true}
			break
		}
	}
}

// ownedAfterOf reports whether the name starting at token t is the
// owner after "of" of another noun ("the loyal friend of C"), not a part
// ("the role of C").
func (a *article) ownedAfterOf(t int) bool {
	return t >= 2 && a.toks[t-1].lower == "of" && a.toks[t-2].lower != "role" && a.toks[t-2].lower != "part"
}

// claimsInSentence counts the claims of relation rel in sentence sent.
func (a *article) claimsInSentence(sent int32, rel kg.RelType) int {
	n := 0
	for i := range a.claims {
		if a.claims[i].sent == sent && a.claims[i].rel == rel {
			n++
		}
	}
	return n
}

// semicolonBetween reports whether a semicolon stands among tokens from..to.
func (a *article) semicolonBetween(from, to int) bool {
	for t := from; t < to && t < len(a.toks); t++ {
		if a.toks[t].text == ";" {
			return true
		}
	}
	return false
}

// isPart reports whether mention j is the part of a claim: a credit's part
// or the character a PORTRAYED claim names.
func (a *article) isPart(j int) bool {
	for i := range a.claims {
		if c := &a.claims[i]; c.char.abs && int(c.char.m) == j || c.rel == kg.Portrayed && c.obj.abs && int(c.obj.m) == j {
			return true
		}
	}
	return false
}

// appearOrphanParts adds, for each character of the article that no claim
// names yet (no part of a credit, no subject of APPEARS_IN), that it
// appears in the production its first sentence names: the film "in" leads
// to right after it (filmAfterIn), else the one film typed in that
// sentence (strongly, or by a cue of strength two when it stands before
// the part), else the article's production ("Vinnie Castellucci is a
// supporting player"). One claim per character name; characters whose
// sentence names two films or more are left alone.
func (a *article) appearOrphanParts() {
	named := map[string]bool{}
	for i := range a.claims {
		c := &a.claims[i]
		if c.char.abs && c.char.m >= 0 {
			named[a.ments[c.char.m].key] = true
		}
		if c.rel == kg.AppearsIn && c.subj.abs && c.subj.m >= 0 {
			named[a.ments[c.subj.m].key] = true
		}
	}
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.typ != kg.Character || named[m.key] {
			continue
		}
		named[m.key] = true
		if f := a.filmAfterPart(s, k); f >= 0 {
			// "Judge C in the legal farce F": the film the part is in
			a.claims = append(a.claims, pclaim{rel: kg.AppearsIn, subj: arg{m: int32(k), of: -1, abs: true}, obj: arg{m: int32(f), of: -1, abs: true}, sent: m.sent})
			continue
		}
		film, n := anaArg(anaFilm), 0
		for j := k - 1; j >= 0 && a.ments[j].sent == m.sent; j-- {
			if a.ments[j].typ == kg.Film {
				film, n = arg{m: int32(j), of: -1, abs: true}, n+1
			}
		}
		for j := k + 1; j < len(a.ments) && int(a.ments[j].a) < s.b; j++ {
			if a.ments[j].typ == kg.Film {
				film, n = arg{m: int32(j), of: -1, abs: true}, n+1
			}
		}
		if n > 1 {
			continue
		}
		if n == 1 && a.ments[film.m].strength < 3 && !(int(film.m) < k && a.ments[film.m].strength >= 2) {
			// (a film typed by a middling cue counts when it stands
			// before the part: "a small role in F (1993) as C")
			film = anaArg(anaFilm)
		}
		a.claims = append(a.claims, pclaim{rel: kg.AppearsIn, subj: arg{m: int32(k), of: -1, abs: true}, obj: film, sent: m.sent})
	}
}

// asPartCredits gives a credit to the actor of "P, who appeared in the
// original as the enigmatic C", "P has a small role as a police
// inspector, C", "P, who has boarded the project as a rogue officer named
// C": a character that no claim names yet, after "as" and at most eight
// describing tokens (lower-case words, acronyms, demonyms, commas, a
// possessive owner: "as Walker's partner, C"), with the actor the nearest
// name before the "as" in the sentence, typed a person (or the surname of
// one), at most twelve tokens away, with only titles or companies
// between and no semicolon; "known as" and "such as" are left alone. The
// credit is in the film between the actor and the "as" when it is
// strongly typed, else in the article's production.
func (a *article) asPartCredits() {
	for s, k := range a.bodyMentions() {
		c := &a.ments[k]
		if c.typ != kg.Character || c.quoted || a.isPart(k) || int(c.b) < s.b && a.toks[c.b].kind == kPoss {
			continue
		}
		as := -1
		for t, n := int(c.a)-1, 0; t > s.a && n < 9; t, n = t-1, n+1 {
			w := &a.toks[t]
			if w.kind == kWord && w.lower == "as" {
				as = t
				break
			}
			ok := w.kind == kWord && (!w.cap || isAcronymTok(w) || demonyms[w.lower] || moreDemonyms[w.lower]) ||
				w.kind == kPunct && w.text == "," || w.kind == kPoss
			if w.kind == kWord && w.cap && !ok {
				// a possessive owner: "as Walker's partner, C"
				if o := a.mentionEndingAt(k, t+1); o >= 0 && a.toks[t+1].kind == kPoss {
					t = int(a.ments[o].a)
					ok = true
				}
			}
			if !ok || w.kind == kWord && clauseWords[w.lower] {
				break
			}
		}
		if as <= s.a || namingWords[a.toks[as-1].lower] || crewAfterAs[a.toks[as+1].lower] || notDescribing[a.toks[as+1].lower] {
			continue
		}
		p, film, films := -1, -1, 0
		for j := k - 1; j >= 0 && a.ments[j].sent == c.sent; j-- {
			o := &a.ments[j]
			if int(o.b) > as {
				continue
			}
			if as-int(o.b) > 12 || a.semicolonBetween(int(o.b), as) {
				break
			}
			if o.typ == kg.Person && !o.pronoun && (o.words >= 2 || a.personSurname(o)) || o.typ == "" && a.personSurname(o) {
				p = j
				break
			}
			if o.typ == kg.Film {
				film, films = j, films+1
				continue
			}
			if o.typ != kg.Organisation {
				break
			}
		}
		if p < 0 || int(a.ments[p].b) != as && !a.castClauseBefore(int(a.ments[p].b), as) {
			continue // ("with P as the grown-up C": right before "as", no casting word needed)
		}
		if a.retargetOwnerPart(p, k, as) {
			continue
		}
		obj := anaArg(anaFilm)
		if films == 1 && a.ments[film].strength >= 2 {
			obj = arg{m: int32(film), of: -1, abs: true}
		}
		a.giveActorPart(p, k, obj)
	}
}

// asCastWords between an actor and "as" make the clause a casting
// ("appeared in the original as", "has a small role as", "has boarded the
// project as", "leads F as").
var asCastWords = setOf("role", "part", "cameo", "appeared", "appears", "appear", "starred", "stars", "star", "returns",
	"returning", "return", "back", "reprises", "reprising", "reprise", "leads", "lead", "joins", "joined", "join",
	"boarded", "plays", "played", "voices", "voiced", "debuts", "turns", "cast", "up",
	// the other forms of those verbs and nouns ("joining as C", "leading
	// the film as C", "made her debut as C", "a scene-stealing turn as C",
	// "became a regular in F as C")
	"joining", "leading", "starring", "returned", "reprised", "debut", "turn", "regular", "recurring", "stint")

// asNotCastWords between an actor and "as" make the part someone else's,
// an earlier production's or a withdrawn one ("who cast him as C", "bowed
// out as C", "led the previous two films as C", "was originally cast as C").
var asNotCastWords = setOf("him", "her", "them", "out", "originally", "previous", "earlier", "former", "not", "never",
	"no", "longer", "replaced", "replacing", "fired", "exited", "left", "quit", "recast", "first", "last", "original")

// castClauseBefore reports whether tokens from..as-1 (between an actor and
// "as") hold a casting word and nothing that makes the part another's or
// an earlier production's.
func (a *article) castClauseBefore(from, as int) bool {
	cast := false
	for t := from; t < as; t++ {
		w := a.toks[t].lower
		if asNotCastWords[w] && !(possessivePronouns[w] && t+1 < as && partAsNouns[a.toks[t+1].lower]) {
			return false // (but "reprising her role as C": a possessive before the part's noun)
		}
		if w == "and" && !cast && t > from && a.toks[t-1].text == "," {
			return false // "starring A and P, and a memorable turn as C": the list's part is another's
		}
		if asCastWords[w] {
			cast = true
		}
	}
	return cast
}

// retargetOwnerPart moves to part k the credit of actor p whose part is
// a name between "as" (token as) and k: the owner of "as Walker's
// partner, C" read as the part. It reports whether it did.
func (a *article) retargetOwnerPart(p, k, as int) bool {
	for i := range a.claims {
		cl := &a.claims[i]
		if cl.rel != kg.ActedIn || cl.sent != a.ments[k].sent || !cl.char.abs || cl.char.m < 0 || !cl.subj.abs || int(cl.subj.m) != p {
			continue
		}
		if o := &a.ments[cl.char.m]; int(o.a) > as && int(o.b) <= int(a.ments[k].a) {
			cl.char = arg{m: int32(k), of: -1, abs: true}
			return true
		}
	}
	return false
}

// mentionEndingAt returns the mention before mention k, in its sentence,
// that ends at token e, or -1.
func (a *article) mentionEndingAt(k, e int) int {
	for j := k - 1; j >= 0 && a.ments[j].sent == a.ments[k].sent; j-- {
		if int(a.ments[j].b) == e {
			return j
		}
		if int(a.ments[j].b) < e {
			break
		}
	}
	return -1
}

// parenDescribedParts reads "P (C, <description>)" as a credit: "Wynne
// Dalby (Pippa, the shy hippo with the huge voice)", "Cody Rennart
// (Drifter, obviously)". P is typed a person or is an untyped personal name
// led by a given name; C, right after the bracket, is of one to three
// words, typed by no cue or weakly a person; a comma follows it, then a
// lower-case word that opens no clause, and the bracket closes within
// sixteen tokens with no other name inside but possessive owners
// ("Perry Hodd (Bruno, Marla's flamboyant dance partner)"). P is typed a person, C a
// character, and P's credit in the article's production gets the part.
func (a *article) parenDescribedParts() {
	for s, k := range a.bodyMentions() {
		p := &a.ments[k]
		o := int(p.b)
		if o+3 >= s.b || a.toks[o].text != "(" || k+1 >= len(a.ments) || a.ments[k+1].sent != p.sent || int(a.ments[k+1].a) != o+1 {
			continue
		}
		c := &a.ments[k+1]
		e := int(c.b)
		if !weakOrNone(c) || c.allCaps || e+1 >= s.b || a.toks[e].text != "," {
			continue
		}
		if w := &a.toks[e+1]; w.kind != kWord || w.cap && !a.ownerAt(k+2, e+1) || clauseWords[w.lower] || w.lower == "and" || w.lower == "or" {
			continue
		}
		if !(p.typ == kg.Person || p.typ == "" && p.personShaped() && (givenFirst(p.text) || a.pairedPersonIn(s, k))) {
			continue
		}
		closed, j := false, k+2
		for t := e + 1; t < s.b && t < e+17; t++ {
			if a.toks[t].text == ")" {
				closed = true
				break
			}
			if a.toks[t].text == "(" || a.toks[t].kind == kNum {
				break
			}
			if j < len(a.ments) && int(a.ments[j].a) == t {
				if q := int(a.ments[j].b); q >= s.b || a.toks[q].kind != kPoss {
					break // another name inside: a list of titles
				}
				t = int(a.ments[j].b)
				j++
			}
		}
		if !closed {
			continue
		}
		p.setType(kg.Person, 2)
		c.typ, c.strength = kg.Character, 2
		a.giveActorPart(k, k+1, anaArg(anaFilm))
	}
}

// ownerAt reports whether mention j starts at token t and is followed by a
// possessive ("Rosita's").
func (a *article) ownerAt(j, t int) bool {
	return j < len(a.ments) && int(a.ments[j].a) == t && int(a.ments[j].b) < len(a.toks) && a.toks[a.ments[j].b].kind == kPoss
}

// pairedPersonIn reports whether sentence s holds, besides mention k, a
// name typed a person and followed by a bracket: a list of "P (C, ...)"
// pairs, whose other actors may have names the given-name list lacks.
func (a *article) pairedPersonIn(s *sentence, k int) bool {
	for j := k + 1; j < len(a.ments) && a.ments[j].sent == a.ments[k].sent; j++ {
		if o := &a.ments[j]; o.typ == kg.Person && int(o.b) < s.b && a.toks[o.b].text == "(" {
			return true
		}
	}
	for j := k - 1; j >= 0 && a.ments[j].sent == a.ments[k].sent; j-- {
		if o := &a.ments[j]; o.typ == kg.Person && int(o.b) < s.b && a.toks[o.b].text == "(" {
			return true
		}
	}
	return false
}

// gappedByParts reads the second half of "C1 was voiced by P1 and C2 by
// P2" (the verb left out): C2, right after "and" or a comma that follows
// a person, and "by" and a person right after C2, in a sentence where
// "played by", "voiced by" or "portrayed by" came earlier. C2 is of one to
// three words, typed by no cue or weakly a person; it is typed a
// character and P2 is credited with it.
func (a *article) gappedByParts() {
	for s, k := range a.bodyMentions() {
		c := &a.ments[k]
		b := int(c.a)
		e := int(c.b)
		if k == 0 || k+1 >= len(a.ments) || a.ments[k-1].sent != c.sent || a.ments[k+1].sent != c.sent || !weakOrNone(c) {
			continue
		}
		if e+1 >= s.b || a.toks[e].lower != "by" || int(a.ments[k+1].a) != e+1 || b-1 <= s.a || a.toks[b-1].lower != "and" && a.toks[b-1].text != "," {
			continue
		}
		p, q := &a.ments[k-1], &a.ments[k+1]
		if p.typ != kg.Person || int(p.b) != b-1 && !(int(p.b) == b-2 && a.toks[b-2].text == ",") || q.typ != kg.Person && !(q.typ == "" && q.personShaped()) {
			continue
		}
		if !a.byVerbBefore(s, int(p.a)) {
			continue
		}
		c.typ, c.strength = kg.Character, 2
		q.setType(kg.Person, 2)
		a.giveActorPart(k+1, k, anaArg(anaFilm))
	}
}

// byVerbBefore reports whether "played by", "voiced by" or "portrayed by"
// stands in sentence s before token end.
func (a *article) byVerbBefore(s *sentence, end int) bool {
	for t := s.a; t+1 < end; t++ {
		if a.toks[t+1].lower == "by" && (a.toks[t].lower == "played" || a.toks[t].lower == "voiced" || a.toks[t].lower == "portrayed") {
			return true
		}
	}
	return false
}

// coordinatedParts credits the subject of a sentence with a second part
// named in a clause joined by "and": "Tommy Kwanlee plays Master Ren, their
// teacher, and also appears in live-action bookends as a shopkeeper named
// Mr. Fong", "Cole Brantley returns as Orrin and, in a neat trick, also
// voices Rex Stormbolt". The part is a character no claim names; a part
// verb or "as" leads to it over at most six describing words; back from
// that, over at most twelve lower-case words and commas, stands "and"
// (or a comma stands right before a part verb: "She was the organist in
// F1, played the mother C in F2"); the sentence opens with a person. The credit is in the film after "in"
// that follows the part, else in the production of the subject's first
// credit in the sentence, else in the article's production.
func (a *article) coordinatedParts() {
	for s, k := range a.bodyMentions() {
		c := &a.ments[k]
		if c.typ != kg.Character || c.quoted || a.isPart(k) || int(c.b) < s.b && a.toks[c.b].kind == kPoss {
			continue
		}
		v := -1
		for t, n := int(c.a)-1, 0; t > s.a && n < 7; t, n = t-1, n+1 {
			w := &a.toks[t]
			if w.kind != kWord || w.cap && !isAcronymTok(w) {
				break
			}
			if w.lower == "as" || partVerbs[w.lower] || playedVerbs[w.lower] {
				v = t
				break
			}
			if clauseWords[w.lower] {
				break
			}
		}
		if v < 0 {
			continue
		}
		and := -1
		if v-1 > s.a && a.toks[v-1].text == "," && playedVerbs[a.toks[v].lower] {
			and = v - 1 // "She was the organist in F1, played the mother C in F2, and ..."
		}
		for t, n := v-1, 0; and < 0 && t > s.a && n < 13; t, n = t-1, n+1 {
			w := &a.toks[t]
			if w.kind == kWord && w.lower == "and" {
				and = t
				break
			}
			if !(w.kind == kWord && !w.cap || w.kind == kPunct && w.text == ",") || clauseWords[w.lower] || asNotCastWords[w.lower] {
				break
			}
		}
		if and < 0 {
			continue
		}
		if a.toks[v].lower == "as" && !a.castClauseBefore(and, v) {
			continue
		}
		p := a.sentenceSubject(s, k)
		if p < 0 || p == k {
			continue
		}
		for j := p + 1; j < k; j++ {
			if o := &a.ments[j]; o.typ == kg.Person && !o.pronoun && !(int(o.b) < s.b && a.toks[o.b].kind == kPoss) {
				p = -1 // another actor between: not the sentence's subject's part ("Harold Pruett's F" owns a title)
				break
			}
		}
		if p < 0 {
			continue
		}
		film := anaArg(anaFilm)
		for i := range a.claims {
			// the production of the subject's first credit in the sentence
			if cl := &a.claims[i]; cl.rel == kg.ActedIn && cl.sent == c.sent && cl.subj.abs && int(cl.subj.m) == p {
				film = cl.obj
				break
			}
		}
		if f := a.filmAfterIn(s, k); f >= 0 {
			film = arg{m: int32(f), of: -1, abs: true}
		}
		a.giveActorPart(p, k, film)
	}
}

// whereParts credits the subject of a sentence with the part named in a
// relative clause about an earlier production: "Obafemi was most recently
// seen opposite Ishizaka in Netflix's thriller series Dry Reach, where she
// played the coastguard officer Tess Harrowfield". A part verb after ",
// where" or ", in which" and a personal pronoun leads to the part over at
// most six describing words (typePlayedParts typed it); the production is
// the film right before the comma; the sentence opens with a person (or
// the untyped surname of one), and
// every other person before the clause is a co-star ("opposite P",
// "alongside P", "with P").
func (a *article) whereParts() {
	for s, k := range a.bodyMentions() {
		c := &a.ments[k]
		if c.typ != kg.Character || a.isPart(k) {
			continue
		}
		v := int(c.a) - 1
		for n := 0; v > s.a && n < 6 && a.toks[v].kind == kWord && !a.toks[v].cap && !playedVerbs[a.toks[v].lower]; n++ {
			v--
		}
		if v-3 <= s.a || !playedVerbs[a.toks[v].lower] || !subjectPronouns[a.toks[v-1].lower] {
			continue
		}
		w := v - 2
		if a.toks[w].lower == "which" && a.toks[w-1].lower == "in" {
			w--
		} else if a.toks[w].lower != "where" {
			continue
		}
		if a.toks[w-1].text != "," {
			continue
		}
		fe := w - 1
		if fe-3 > s.a && a.toks[fe-1].text == ")" && a.toks[fe-2].kind == kNum && a.toks[fe-3].text == "(" {
			fe -= 3 // "Dry Reach (2023), where"
		}
		f := a.mentionEndingAt(k, fe)
		p := a.sentenceSubject(s, k)
		if p < 0 && k > 0 {
			// an untyped surname of a person opening the sentence ("Obafemi was ...")
			for j := k - 1; j >= 0 && a.ments[j].sent == c.sent; j-- {
				if int(a.ments[j].a) == s.a && a.ments[j].typ == "" && a.personSurname(&a.ments[j]) {
					p = j
				}
			}
		}
		if f < 0 || a.ments[f].typ != kg.Film || p < 0 {
			continue
		}
		for j := p + 1; j < f; j++ {
			if o := &a.ments[j]; o.typ == kg.Person && !(int(o.a) > s.a && coStarWords[a.toks[o.a-1].lower]) {
				p = -1
				break
			}
		}
		if p >= 0 {
			a.giveActorPart(p, k, arg{m: int32(f), of: -1, abs: true})
		}
	}
}

// subjectPronouns stand for the subject of the sentence in a relative
// clause ("where she played C").
var subjectPronouns = setOf("he", "she", "they")

// coStarWords put a co-star, not the subject, before a name ("opposite P").
var coStarWords = setOf("opposite", "alongside", "with")

// sameSentenceCredit returns the one ACTED_IN claim of sentence sent whose
// subject is the actor mention p itself, that names a film mention and no
// part yet ("with A as C1 and P as the town's mayor, C2": the cast list
// gave P the film), or -1 when there is none or more than one, or when a
// comma stands between the actor and a film named after it.
func (a *article) sameSentenceCredit(p int, sent int32) int {
	found := -1
	for i := range a.claims {
		cl := &a.claims[i]
		if cl.rel != kg.ActedIn || cl.sent != sent || !cl.subj.abs || int(cl.subj.m) != p {
			continue
		}
		if found >= 0 || cl.obj.m < 0 || !cl.obj.abs || cl.char.m >= 0 || cl.char.ana != 0 {
			return -1
		}
		if f := int(a.ments[cl.obj.m].a); f > int(a.ments[p].b) && a.commaBetween(int(a.ments[p].b), f) {
			return -1 // "P, who played the poet in F, is C": F is an earlier part's
		}
		found = i
	}
	return found
}

// commaBetween reports whether a comma is among tokens from..to-1.
func (a *article) commaBetween(from, to int) bool {
	for t := from; t < to; t++ {
		if a.toks[t].kind == kPunct && a.toks[t].text == "," {
			return true
		}
	}
	return false
}
