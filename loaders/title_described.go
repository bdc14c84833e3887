package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// describedStops end the describing words of an appositive before its
// production noun: a pronoun or relative word opens a clause ("X, the
// character she played in the series"), a preposition a phrase ("X, the
// star of the drama", "X, the studio behind the series") whose noun
// describes something else.
var describedStops = setOf("he", "she", "they", "it", "we", "i", "you", "who", "whom", "that", "which", "of", "in", "on", "for",
	"from", "with", "at", "by", "to", "as", "behind", "and", "or", "but", "is", "was", "has", "had")

// whichMadeVerbs, after "which" and a maker ("which Ada Quist directed",
// "which he co-wrote"), say that the maker made the production before the
// comma.
var whichMadeVerbs = setOf("directed", "co-directed", "wrote", "co-wrote", "produced", "co-produced", "created", "co-created",
	"released", "shot", "filmed", "developed", "executive-produced", "showran", "helmed", "scripted")

// whichRanVerbs, right after "which", say what a production did on its
// own ("which premiered in 2021", "which starred P", "which ran on C").
var whichRanVerbs = setOf("premiered", "starred", "aired", "debuted", "grossed", "filmed", "streamed")

// ranAfter may follow a verb of whichRanVerbs when it says what the
// production did ("which premiered in 2019", "which ran for six seasons").
var ranAfter = setOf("in", "on", "at", "for", "from", "to", "across", "until", "between", "during", "last", "first", "opposite")

// describedHeads close a describing appositive like a production noun
// ("X, the 1997 Lantern Pictures release", "X, the 2020 special").
var describedHeads = setOf("release", "hit", "special", "shorts", "classic")

// typeDescribedTitles types as films, before the patterns run, the untyped
// names a comma and a describing clause or appositive make a production
// that typeAppositiveTitles leaves: an appositive whose describing words
// hold a year, a company or a maker before its production noun ("X, the
// 1997 Lantern Pictures release", "X, the Coen brothers' Depression-era
// comedy", "X, the horror anthology from ..."), and a "which" clause that
// says someone made it or what it did ("X, which Ada Quist co-directed",
// "X, which he wrote", "X, which premiered in 2019"). Personal names led
// by a given name, names in capitals and countries are left alone.
func (a *article) typeDescribedTitles() {
	for mi := range a.ments {
		m := &a.ments[mi]
		e := int(m.b)
		s := &a.sents[m.sent]
		if m.typ != "" || e+3 >= s.b || a.toks[e].text != "," || s.titleCase || m.allCaps || m.country || m.quoted {
			continue // (cheap tests first)
		}
		if m.personShaped() && givenFirst(m.text) || a.cutTail(m) {
			continue
		}
		switch a.toks[e+1].lower {
		case "the", "a", "an":
			if a.appositiveYearNoun(s, e+2) {
				m.setType(kg.Film, 2)
			}
		case "which":
			if b := int(m.a) - 1; b >= s.a && a.toks[b].lower == "by" {
				continue // "directed by P, which starred ...": the film before the maker
			}
			if a.whichMade(s, e+2) {
				m.setType(kg.Film, 1)
				m.passingCue = true // a work named in passing: no topic of the paragraph
			}
		}
	}
}

// appositiveYearNoun reports whether the describing words from token k of
// sentence s, after an appositive's article, reach a production noun
// (productionNouns3) that closes the appositive and hold a year, a
// capitalised name or a possessive on the way ("the 1997 Lantern Pictures
// release", "the BBC's Jersey-set detective drama"), or a second
// production noun after a genre ("the horror anthology from"): the shapes
// typeAppositiveTitles does not read.
func (a *article) appositiveYearNoun(s *sentence, k int) bool {
	marked := false
	for c := 0; k < s.b && c < 8; k, c = k+1, c+1 {
		t := &a.toks[k]
		switch {
		case t.kind == kNum && isYear(t.text), t.kind == kPoss:
			marked = true
		case t.kind == kPunct && t.text == "." && k > 0 && a.toks[k-1].cap && a.toks[k-1].end == t.start:
			// "Warner Bros.": an abbreviation's full stop
		case t.kind == kWord && t.cap:
			marked = true
		case t.kind == kWord && (describedHeads[t.lower] || tokIn(t, productionNouns3)) && t.lower != "project" && t.lower != "entry" && t.lower != "chapter" && t.lower != "season":
			n := k + 1
			if n < s.b && a.toks[n].kind == kWord && tokIn(&a.toks[n], productionNouns3) {
				marked = true // "the horror anthology": a genre before the noun
				continue
			}
			if !marked {
				return false // left to typeAppositiveTitles
			}
			return n >= s.b || a.toks[n].kind == kPunct && a.toks[n].text != "'" || a.toks[n].kind == kWord && appositiveNext[a.toks[n].lower]
		case t.kind == kWord && !describedStops[t.lower] && !tokIn(t, workerNouns):
		default:
			return false
		}
	}
	return false
}

// whichMade reports whether the clause from token k of sentence s, after
// "which", says that a maker made the production before it ("which Ada
// Quist directed", "which he co-wrote and produced": a pronoun or a
// capitalised name of at most three words, maybe an adverb, then a verb of
// whichMadeVerbs) or what the production did ("which premiered in 2019",
// "which starred P": a verb of whichRanVerbs at once, not before "the" or
// a possessive: "which premiered the series" is a channel).
func (a *article) whichMade(s *sentence, k int) bool {
	t := &a.toks[k]
	if t.kind == kWord && !t.cap && whichRanVerbs[t.lower] {
		if n := k + 1; n < s.b {
			x := &a.toks[n]
			switch {
			case x.kind == kWord && x.cap:
				return t.lower == "starred" // "which starred P"
			case x.kind == kWord:
				return ranAfter[x.lower] // "which premiered in", not "which premiered the series"
			}
		}
		return true // a sum, a date, the clause's end
	}
	j := k
	switch {
	case t.kind == kWord && !t.cap && subjectPronouns[t.lower], t.kind == kWord && (t.lower == "i" || t.lower == "we"):
		j = k + 1
	case t.kind == kWord && t.cap:
		for j = k; j < s.b && j < k+3 && a.toks[j].kind == kWord && a.toks[j].cap; j++ {
		}
	default:
		return false
	}
	if j < s.b && a.toks[j].kind == kWord && !a.toks[j].cap && len(a.toks[j].lower) > 3 && a.toks[j].lower[len(a.toks[j].lower)-2:] == "ly" {
		j++ // "which he later directed"
	}
	return j < s.b && a.toks[j].kind == kWord && !a.toks[j].cap && whichMadeVerbs[a.toks[j].lower]
}

// tailJoiners are the lower-case words inside a title that the
// capitalised-run reader cuts it at ("the", "of", "at"); not the
// prepositions that put a title after a name ("Quist on X", "Quist in X").
var tailJoiners = setOf("the", "a", "an", "of", "at", "and")

// cutTail reports whether mention m is the tail of a longer title the
// capitalised-run reader cut at a lower-case word: a capitalised word and
// a tailJoiners word stand right before it ("Orange Is the New Black",
// "Attorney at Law", "In the Heights" read as "New Black", "Law",
// "Heights").
func (a *article) cutTail(m *mention) bool {
	b := int(m.a) - 1
	if m.the {
		return false
	}
	s := &a.sents[m.sent]
	return b-1 >= s.a && a.toks[b].kind == kWord && !a.toks[b].cap && tailJoiners[a.toks[b].lower] && a.toks[b-1].kind == kWord && a.toks[b-1].cap &&
		a.toks[b].start-a.toks[b-1].end <= 1 && a.toks[m.a].start-a.toks[b].end <= 1
}
