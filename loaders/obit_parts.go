package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// Obituary parts: an obituary or career tribute lists its person's small
// parts by describing them, at a length and in a shape the career items
// (careerItems) do not read: "He was a Soviet negotiator in Q's F (2015)
// and a silent Gannet bureaucrat in G", "She was the organist at the
// wedding in Q's F", "He was the bouncer who throws the band out of a
// wedding in Q's F", "..., and turned up as a grizzled first sergeant in
// Q's G". Each credits the article's person with the title, without a
// part (the part is described, not named).

// obitPartLen bounds the words of a described part.
const obitPartLen = 16

// obitParts reads the described parts of this sentence in an article
// about one person (subjPersonKey): after "was" right after that person,
// or after "as" with that person the subject of its clause ("and turned
// up as ..." sharing the sentence's subject), a described part
// (obitPart) and its title; the parts of a list follow one another
// (careerNext). A title this sentence already credits the person with is
// left alone.
func (p *pctx) obitParts() {
	if p.a.subjPersonKey == "" || len(p.it) > careerSentenceItems {
		return
	}
	for k := 1; k < len(p.it); k++ {
		if p.isM(k) {
			continue
		}
		w := p.w(k)
		verb := obitActVerbs[w]
		if w != "was" && w != "as" && !verb {
			continue
		}
		subj := p.careerSubjectBefore(k)
		switch {
		case w == "was" && subj == -2 && p.in(k-1, careerPartNouns) && p.possessiveBefore(k):
			// "Her last screen role was a single episode of T"
		case w == "was":
			if subj != k-1 {
				continue
			}
		case verb:
			if subj < 0 {
				continue
			}
		case subj == -1:
			if subj = p.sharedSubject(k); subj < 0 {
				continue
			}
		case subj == -2 && !p.possessiveBefore(k):
			continue
		}
		subjArg := p.careerSubjectArg(subj)
		if !subjArg.valid() {
			continue
		}
		start, alt := k+1, -1
		for n := 0; n < 4 && start > 0; n++ {
			f, end := p.obitPart(start, verb)
			if f < 0 && alt > 0 {
				f, end = p.obitPart(alt, verb)
			}
			if f < 0 {
				break
			}
			if !p.creditsHere(subjArg, f) {
				p.mm(f).setType(kg.Film, 2)
				p.claim(pclaim{rel: kg.ActedIn, subj: subjArg, obj: mArg(f)})
			}
			k = end - 1
			start, alt = p.careerNext(end), p.careerNext(p.pastObitAside(end))
		}
	}
}

// obitActVerbs open a described part as "was" does ("She played the
// neighbour who sells fish in F"), with the article's person their
// subject.
var obitActVerbs = setOf("played", "voiced", "portrayed")

// obitVerbPartStops end a part after an acting verb: "played a key role
// in F", "played a part in its success" are no parts (a named "role in F"
// is careerItems').
var obitVerbPartStops = setOf("role", "roles", "part", "parts", "hand", "host", "games", "game", "himself", "herself")

// pastObitAside returns the item after what may follow a title in a list
// of described parts before the next one, from item end: its co-stars
// ("opposite P (and Q)") and one appositive of at most twelve items
// closed by a comma (", Q's family epic starring R,", ", the R
// vehicle produced by Q,"), with no clause of its own ("which", "who")
// and no other punctuation; end when there is neither.
func (p *pctx) pastObitAside(end int) int {
	k := end
	if p.w(k) == "," && (p.is(k+1, "opposite") || p.is(k+1, "alongside")) {
		k++
	}
	if p.is(k, "opposite") || p.is(k, "alongside") {
		k++
		for n := 0; n < 4 && p.isM(k) && p.isPersonLike(k); n++ {
			k++
			if !p.is(k, "and") || !p.isM(k+1) {
				break
			}
			k++
		}
		if p.w(k) != "," {
			return k
		}
	}
	if p.w(k) != "," || p.is(k+1, "and") {
		return k
	}
	for j := k + 1; j < len(p.it) && j <= k+12; j++ {
		if p.isM(j) {
			continue
		}
		switch w := p.w(j); {
		case w == ",":
			return j
		case w == "'s" || isYear(w):
		case !isWordLike(w) || obitAsideStops[w]:
			return end
		}
	}
	return end
}

// obitAsideStops end an appositive pastObitAside would step over: a
// clause of its own.
var obitAsideStops = setOf("which", "who", "whom", "that", "where", "when", "and", "or", "but", "was", "is")

// sharedSubject returns the item of the article's person opening the
// sentence (within its first six items) when the verb before the "as" at
// item k follows an "and" ("He played C in F opposite P, and turned up as
// ..."): the verb shares the sentence's subject; else -1.
func (p *pctx) sharedSubject(k int) int {
	j := k - 1
	for n := 0; n < 3 && j > 0 && !p.isM(j) && isWordLike(p.w(j)) && p.w(j) != "and"; n++ {
		j--
	}
	if !p.is(j, "and") || j == k-1 {
		return -1
	}
	for i := 0; i < 6 && i < j; i++ {
		if m := p.mm(i); m != nil {
			if p.a.isSubjectPerson(m) {
				return i
			}
			return -1
		}
	}
	return -1
}

// obitPart reads a described part at item j: "a"/"an"/"the" and up to
// obitPartLen words (lower-case words, and names of no person, part or
// title: "a Soviet negotiator", "a member of the Global Defence
// Council"), then "in"/"on" and a title typed a film (titlePhrase: "Q's
// F", "the 2024 Netflix comedy F"). The part holds no crew job
// ("the editor on F"), no comma and no "and". It returns the title's
// item and the item after it, or -1, -1.
func (p *pctx) obitPart(j int, verb bool) (int, int) {
	if !p.is(j, "a") && !p.is(j, "an") && !p.is(j, "the") {
		return -1, -1
	}
	for x := j + 1; x < len(p.it) && x <= j+obitPartLen; x++ {
		if m := p.mm(x); m != nil {
			if m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Film || m.pronoun ||
				m.typ == "" && m.personShaped() || p.a.isSubjectPerson(m) {
				return -1, -1
			}
			continue
		}
		w := p.w(x)
		if (w == "in" || w == "on" || w == "of" && p.in(x-1, obitEpisodeNouns)) && x > j+1 {
			if f, end := p.obitTitle(x + 1); f >= 0 {
				return f, end
			}
		}
		if !isWordLike(w) && w != "'s" || obitPartStops[w] || verb && obitVerbPartStops[w] ||
			jobNouns[w].rel != "" || otherJobNouns[w] || crewJobs[w] != "" {
			return -1, -1
		}
	}
	return -1, -1
}

// obitEpisodeNouns close a described part whose title follows "of" ("a
// single episode of the series T").
var obitEpisodeNouns = setOf("episode", "episodes")

// obitTitle reads the title of a described part from item k (titlePhrase,
// also after "the" and a year before a company: "the 2022 KBS drama T"):
// a title typed a film, or a bare title with its year in brackets ("T
// (2004)"), or one right after a production noun ("the series T").
func (p *pctx) obitTitle(k int) (int, int) {
	if p.is(k, "the") && isYear(p.w(k+1)) && p.isM(k+2) && !p.isM(k+3) {
		k += 2
	}
	f, end := p.titlePhrase(k, true)
	if f < 0 {
		return -1, -1
	}
	m := p.mm(f)
	if m.typ == kg.Film && m.strength >= 2 || end == f+4 && m.typ != kg.Person ||
		(productionNoun(p.w(f-1)) || p.wIn(f-1, careerTitleNouns)) && (m.typ == "" || m.typ == kg.Film) {
		return f, end
	}
	return -1, -1
}

// obitPartStops end a described part: a list or a clause goes on.
var obitPartStops = setOf("and", "or", "but", "when", "while", "before", "after", "until", "because", "although")

// creditsHere reports whether this sentence already credits the person
// subj with the title at item f.
func (p *pctx) creditsHere(subj arg, f int) bool {
	key := p.mm(f).key
	for x := len(p.a.claims) - 1; x >= 0 && p.a.claims[x].sent == p.si; x-- {
		c := &p.a.claims[x]
		if c.rel == kg.ActedIn && c.obj.m >= 0 && c.subj.m >= 0 && p.a.ments[c.obj.m].key == key &&
			p.a.isSubjectPerson(&p.a.ments[c.subj.m]) {
			return true
		}
	}
	return false
}
