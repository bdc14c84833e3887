package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// byActorAdverbs may stand between a cast participle and its "by", or
// between the part's name and the participle ("played again by P",
// "is once again played by P", "still voiced by P").
var byActorAdverbs = setOf("again", "once", "still", "now", "also", "here", "later", "since", "now", "currently", "is", "was",
	"are", "were", "be", "been", "being", "will", "has", "have", "had", "himself", "herself", "itself", "themselves")

// castByActor reads a cast statement from the actor's side: the name at
// item i after "played by", "voiced by" or "portrayed by", with what the
// phrase-level rules and the clause fallback do not take between
// (describing words before the name: "played by the Mexican-born actor
// P", "by 13-year-old P", "by stuntman-turned-actor P"; words of manner
// or time before "by": "played again by P", "played in performance
// capture by P", "voiced, as before, by P"), a list of names ("played by
// A and B"), and a part that is an appositive's head with names inside
// the appositive ("C, the ruler of the hidden kingdom of K, played by
// P") or a pronoun or a plain noun ("he is voiced by P", "his kids,
// played by A and B"): each person acted in the film the clause is about,
// as the part when the part is a name. A clause that denies the part
// gives nothing. It reports whether it read a statement.
func (p *pctx) castByActor(i int) bool {
	if p.w(i-1) == "and" || p.w(i-1) == "," {
		return false // a later name of a list: the list's first name reads it
	}
	hasBy := false // (a cheap check first: this runs at every name)
	for k := i - 1; k >= 0 && k >= i-5; k-- {
		if p.w(k) == "by" {
			hasBy = true
			break
		}
	}
	if !hasBy || !p.castListName(i) {
		return false
	}
	// the describing words before the name
	k := i - 1
	for n := 0; n < 4 && k > 0 && (!p.isM(k) && byDescriber(p.w(k)) || k < i-1 && p.byDescriberName(k)); n++ {
		k--
	}
	if p.w(k) != "by" {
		return false
	}
	by := k
	// words of manner or time between the participle and "by"
	v := by - 1
	for n := 0; n < 5 && v > 0 && !p.in(v, castPassiveVerbs); n++ {
		if p.isM(v) || !(isWordLike(p.w(v)) || p.w(v) == ",") || p.w(v) == "and" || p.w(v) == "or" || p.in(v, earlierAdj) || p.in(v, pluralFilmNouns) || p.w(v) == "installments" {
			return false // "voiced in previous installments by P": earlier films
		}
		v--
	}
	if !p.in(v, castPassiveVerbs) {
		return false
	}
	// the people: "by A and B", "by A, B and C"
	people := []int{i}
	last := i
	for {
		j := last + 1
		if p.w(j) == "," && p.w(j+1) == "and" {
			j++
		}
		if (p.w(j) == "and" || p.w(j) == ",") && p.isM(j+1) && p.castListName(j+1) && p.mm(j+1).typ != kg.Character {
			last = j + 1
			people = append(people, last)
			continue
		}
		break
	}
	if p.w(last+1) == "as" || p.w(last+1) == "(" {
		return false // "voiced by A as C, B as D": the "P as C" reading takes it
	}
	if p.w(last+1) == "in" && p.is(last+2, "the") && isYear(p.w(last+3)) && p.in(last+4, yearFilmNouns) {
		return false // "played by P in the 1975 film": an earlier film
	}
	// a denial before the participle ("will not be played by P")
	for k := v - 1; k >= 0 && k >= v-4 && !p.isM(k); k-- {
		if p.denyWord(k) || p.w(k) == "," {
			if p.w(k) != "," {
				return false
			}
			break
		}
	}
	film := p.topicFilm(last + 1)
	if !film.valid() {
		return false
	}
	part := -1
	if len(people) == 1 {
		part = p.partBeforeBy(v)
	}
	if part < 0 && p.byThing(v) {
		return false // "the song, played by P on the piano"
	}
	for _, x := range people {
		p.typ(x, kg.Person, 2)
		c := pclaim{rel: kg.ActedIn, subj: mArg(x), obj: film, char: noArg}
		if part >= 0 {
			p.mm(part).setType(kg.Character, 2)
			c.char = mArg(part)
		}
		p.claim(c)
	}
	return true
}

// byDescriber reports whether word w can describe the actor between "by"
// and the name: an article or a plain word ("the", "former", "boxer"),
// or a word with digits and hyphens ("13-year-old").
func byDescriber(w string) bool {
	if w == "" || partDescriberStops[w] || notDescribing[w] {
		return false
	}
	if isWordLike(w) {
		return true
	}
	digit := false
	for _, r := range w {
		switch {
		case r >= '0' && r <= '9':
			digit = true
		case r >= 'a' && r <= 'z' || r == '-':
		default:
			return false
		}
	}
	return digit
}

// byDescriberName reports whether the mention at item k is a one-word
// name describing the actor before the describing words that lead to the
// actor's name ("the Mexican actor P", "Marvel star P"): not a person's.
func (p *pctx) byDescriberName(k int) bool {
	m := p.mm(k)
	return m != nil && m.words == 1 && m.typ != kg.Person && !p.isM(k+1) && isWordLike(p.w(k+1))
}

// byPartPreps before a name put it inside a phrase, not at the head of
// the part ("the ruler of K, played by P").
var byPartPreps = setOf("of", "in", "from", "at", "on", "for", "with", "to", "into", "by")

// byThingNouns name things played, not parts ("the song played by P").
var byThingNouns = setOf("song", "songs", "music", "score", "theme", "tune", "tunes", "track", "tracks", "game", "games",
	"match", "matches", "instrument", "piano", "guitar", "record", "records", "album", "chord", "notes", "melody")

// byThing reports whether a thing noun (byThingNouns) stands within
// the few words before the participle at item v.
func (p *pctx) byThing(v int) bool {
	for k := v - 1; k >= 0 && k >= v-4 && !p.isM(k); k-- {
		if p.wIn(k, byThingNouns) {
			return true
		}
	}
	return false
}

// partBeforeBy returns the part a "played by" at item v is said of: a
// name right before it, over aux words and adverbs ("C is once again
// played by"), or the head of an appositive before it, names allowed
// inside ("C, the ruler of the kingdom of K, played by"); -1 when there
// is none.
func (p *pctx) partBeforeBy(v int) int {
	b := v - 1
	for b >= 0 && (p.in(b, byActorAdverbs) || p.w(b) == ",") && !p.isM(b) {
		b--
	}
	if p.isM(b) && p.castChar(b) && p.mm(b).typ != kg.Person && !p.in(b-1, byPartPreps) {
		return b // (not "the kingdom of K, played by": a name inside a phrase)
	}
	if p.w(v-1) != "," {
		return -1
	}
	for k := v - 2; k >= 1 && k > v-16; k-- {
		if p.isM(k) {
			if t := p.mm(k).typ; t == kg.Person || t == kg.Film {
				return -1
			}
			continue
		}
		switch p.w(k) {
		case ",":
			if p.isM(k-1) && p.castChar(k-1) {
				return k - 1
			}
			return -1
		case ".", ";", "(", ")", "", "who", "which", "that", "and", "or", "but", "while":
			return -1
		}
	}
	return -1
}
