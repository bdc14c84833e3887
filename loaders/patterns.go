package loaders

import (
	"sort"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// item is one element of a sentence as the patterns see it: a mention, or a
// token (lower-case text). Quotation marks are left out.
type item struct {
	m int32 // mention, or -1
	t int32 // first token
	w string
	v int32 // 1 + w's row in vocabBits (speed_s1_vocab.go), 0 until looked up
}

// pctx is the pattern matcher of one sentence.
type pctx struct {
	a  *article
	si int32
	it []item
}

// patterns runs every pattern over sentence si.
func (a *article) patterns(si int) {
	a.sentencePctx(si).run()
}

// sentencePctx returns the pattern context of sentence si: its mentions
// and its tokens (quotation marks left out) as items.
func (a *article) sentencePctx(si int) *pctx {
	s := &a.sents[si]
	a.items = a.items[:0]
	// mentions of this sentence, in order
	mi := a.firstMentionFrom(si)
	for i := s.a; i < s.b; {
		if mi < len(a.ments) && int(a.ments[mi].sent) == si && int(a.ments[mi].start) == int(a.toks[i].start) {
			a.items = append(a.items, item{m: int32(mi), t: int32(i)})
			end := a.ments[mi].end
			for i < s.b && a.toks[i].start < end {
				i++
			}
			mi++
			continue
		}
		t := &a.toks[i]
		if t.kind != kQuote {
			a.items = append(a.items, item{m: -1, t: int32(i), w: t.lower, v: t.itemV()})
		}
		i++
	}
	return a.setPctx(si)
}

func (p *pctx) w(i int) string {
	if uint(i) < uint(len(p.it)) { // (one compare for i < 0 and i >= len)
		return p.it[i].w
	}
	return ""
}

func (p *pctx) isM(i int) bool { return uint(i) < uint(len(p.it)) && p.it[i].m >= 0 }

func (p *pctx) mm(i int) *mention {
	if !p.isM(i) {
		return nil
	}
	return &p.a.ments[p.it[i].m]
}

func (p *pctx) mi(i int) int { return int(p.it[i].m) }

// is reports whether the words ws follow from item i on.
func (p *pctx) is(i int, ws ...string) bool {
	for k, w := range ws {
		if p.w(i+k) != w || p.isM(i+k) {
			return false
		}
	}
	return true
}

// (in, whether item i is one of the words of set, is in speed_s21_rules_in.go:
// out of the sentence it answers whether set holds "", as p.w gives; some
// sets hold the sentence end ""; see speed_s1_vocab.go.)

// conv turns an argument holding item indexes into one holding mention
// indexes.
func (p *pctx) conv(x arg) arg {
	if x.abs {
		return x
	}
	if x.m >= 0 {
		x.m = p.it[x.m].m
	}
	if x.of >= 0 {
		x.of = p.it[x.of].m
	}
	x.abs = true
	return x
}

// unset reports whether x is the zero arg (a field the pattern left out).
func unset(x arg) bool { return x.m == 0 && x.ana == 0 && x.of == 0 && !x.abs }

func (p *pctx) claim(c pclaim) {
	c.sent = p.si
	for _, x := range []*arg{&c.subj, &c.obj, &c.char} {
		if unset(*x) {
			*x = noArg
		}
	}
	if c.rel == kg.ActedIn && !c.subj.abs && c.subj.m >= 0 && p.w(int(c.subj.m)+1) == "cast" && (p.w(int(c.subj.m)+2) == "him" || p.w(int(c.subj.m)+2) == "her") {
		// "Q cast him as C": the actor is the person "him" stands for
		o := p.prevOpeningPerson()
		if o < 0 {
			return
		}
		p.a.ments[o].setType(kg.Person, 1)
		c.subj = arg{m: int32(o), of: -1, abs: true}
	}
	if c.rel == kg.ActedIn && !c.subj.abs && c.subj.m >= 0 && !p.isM(int(c.subj.m)+1) {
		if r, _ := participleCredit(p.w(int(c.subj.m) + 1)); r != "" && r != kg.ActedIn {
			return // "with A starring and C directing": C is crew
		}
	}
	if c.rel == kg.ActedIn && !c.subj.abs && c.subj.m >= 0 && p.w(int(c.subj.m)+1) == "'s" {
		if m := p.mm(int(c.subj.m) + 2); m != nil && (m.typ == kg.Film || m.colon || m.quoted) {
			return // "Sean Lacey's Star Fleets: Skyrunner, starring Q": P made F
		}
	}
	if c.rel == kg.ActedIn {
		p.filmBetweenCredit(&c) // "P turned up in F as C" (focus_filmbetween.go)
	}
	if creditRel(c.rel) && c.rel != kg.Portrayed {
		// "F (1978), Q's biography with P as C": the film the sentence
		// names before the person (focus_sentfilm.go)
		p.sentenceFilmCredit(&c)
	}
	if c.rel == kg.ActedIn {
		p.relClauseFilmCredit(&c) // "F, the 2012 drama in which P played C" (focus_inwhich.go)
	}
	if creditRel(c.rel) && (c.obj.m < 0 && c.obj.ana == anaFilm || c.obj.abs && c.obj.m >= 0 && p.a.ments[c.obj.m].sent != p.si) {
		// "The Lads, based on the comic by ..., stars P": a sentence opening
		// with a title typed a film earlier (here without its cue) is about it
		if o := p.earlierFilmOfOpening(); o >= 0 {
			c.obj = arg{m: int32(o), of: -1, abs: true}
		}
	}
	if creditRel(c.rel) && c.rel != kg.Portrayed && (c.obj.m < 0 && c.obj.ana == anaFilm || c.obj.abs && c.obj.m >= 0 && p.a.ments[c.obj.m].sent != p.si) && p.earlierFilmSubject() {
		// "Starring A and B, the original grossed $200 million": the
		// sentence is about an earlier, unnamed film
		if c.rel != kg.ActedIn || c.char.m < 0 {
			return
		}
		c.rel, c.obj, c.char = kg.Portrayed, c.char, noArg
	}
	if (c.rel == kg.ActedIn || c.rel == kg.Portrayed) && !c.subj.abs && c.subj.m >= 0 && p.refusedPart(int(c.subj.m)) {
		return // "P turned down the part of C"
	}
	if creditRel(c.rel) && !c.subj.abs && c.subj.m >= 0 && c.obj.ana != anaOriginal && p.deniedCredit(int(c.subj.m)) {
		if c.rel != kg.ActedIn || c.char.m < 0 || c.char.abs || p.castNotPlayed(int(c.subj.m)) {
			return
		}
		// who played C stays true of the person who left the film
		c.rel, c.obj, c.char = kg.Portrayed, c.char, noArg
	}
	c.subj, c.obj, c.char = p.conv(c.subj), p.conv(c.obj), p.conv(c.char)
	if c.rel == kg.Produced && c.subj.m >= 0 && platformNames[p.a.ments[c.subj.m].key] && p.a.ments[c.subj.m].key != "amazon" {
		// a streaming service or network carries what it "makes",
		// renews or orders: it distributes it ("Amazon" may be the
		// studio)
		c.rel = kg.Distributed
	}
	if creditRel(c.rel) && c.subj.m >= 0 {
		if full := p.a.ambiguousSurname(int(c.subj.m)); full >= 0 {
			// "McMahon returned in F" with Julian, Kelly and William
			// McMahon named: the full name introduced first
			c.subj.m = int32(full)
		}
	}
	if c.rel == kg.ActedIn && !c.obj.valid() && c.subj.valid() && c.char.m >= 0 {
		// "P played C in the first film": who plays C, in no film the text names
		c.rel, c.obj, c.char = kg.Portrayed, c.char, noArg
	}
	if c.rel != "" && (!c.subj.valid() || !c.obj.valid()) {
		return
	}
	if (c.rel == kg.ActedIn || c.rel == kg.Portrayed) && c.subj.m >= 0 && c.obj.ana != anaOriginal && p.negatedCast(c.subj.m) {
		// "P, who appeared in the original as C, will not be back": the
		// denial is of the new production, not of the earlier film
		return
	}
	p.a.claims = append(p.a.claims, c)
}

// creditRel reports whether rel credits a person with a film.
func creditRel(rel kg.RelType) bool {
	return rel == kg.ActedIn || rel == kg.Directed || rel == kg.Wrote || rel == kg.Produced || rel == kg.WorkedOn || rel == kg.Portrayed
}

// leaveVerbs say that a person left a production ("exited", "was dropped").
var leaveVerbs = setOf("dropped", "left", "exited", "departed", "quit", "fired", "stepped", "walked", "replaced", "declined",
	"passed", "bowed", "exits", "leaves", "quits", "recast", "axed", "ousted")

// deniedCredit reports whether the person at item i left or lost the
// credit the sentence speaks of: "P, who played C, left soon after", "P,
// who led the films as C, was dropped", "P, who had been hired to direct
// but exited", "Q replaced P".
func (p *pctx) deniedCredit(i int) bool {
	if w := p.w(i - 1); !p.isM(i-1) && (w == "replaced" || w == "replacing" || w == "replaces" || w == "succeeds" || w == "succeeded") {
		return true
	}
	j := i + 1
	if p.w(j) == "," && (p.w(j+1) == "who" || p.w(j+1) == "whose") {
		k := j + 2
		for ; k < len(p.it) && k < j+30 && p.w(k) != "," && p.w(k) != "." && p.w(k) != ";"; k++ {
			if !p.isM(k) && p.w(k) == "but" {
				b := k + 1
				for p.in(b, auxWords) || p.w(b) == "later" || p.w(b) == "soon" {
					b++
				}
				if p.in(b, leaveVerbs) {
					return true
				}
			}
		}
		if p.w(k) != "," {
			return false
		}
		j = k + 1
	}
	for p.in(j, auxWords) || p.w(j) == "later" || p.w(j) == "soon" || p.w(j) == "since" {
		j++
	}
	if (p.w(j) == "not" || p.w(j) == "never") && !p.isM(j) {
		// "P, who played C on the flagship, is not part of the new series"
		k := j + 1
		for p.in(k, auxWords) || p.w(k) == "be" || p.w(k) == "been" {
			k++
		}
		if p.in(k, notInCastWords) {
			return true
		}
	}
	return p.in(j, leaveVerbs) && !p.is(j+1, "behind")
}

// notInCastWords follow "not" when a person is out of a production ("is
// not part of", "will not be back", "is not involved").
var notInCastWords = setOf("part", "back", "involved", "returning", "return", "expected", "among", "attached", "aboard", "in")

// earlierFilmSubject reports whether the sentence makes an earlier,
// unnamed film its subject: "the original", "the first film" right
// before a verb or after a comma ("Starring A, the original grossed").
func (p *pctx) earlierFilmSubject() bool {
	for k := range p.it {
		if p.w(k) != "the" || p.isM(k+1) || (k > 0 && p.w(k-1) != ",") {
			continue
		}
		j := k + 1
		if p.w(j) != "original" && p.w(j) != "first" && p.w(j) != "previous" && p.w(j) != "earlier" {
			continue
		}
		j++
		if p.w(j) == "film" || p.w(j) == "movie" || p.w(j) == "one" {
			j++
		}
		if !p.isM(j) && (p.in(j, boxOfficeVerbs) || p.w(j) == "was" || p.w(j) == "had" || p.w(j) == "starred" || p.w(j) == "grossed") {
			return true
		}
	}
	return false
}

// earlierFilmOfOpening returns, when the sentence opens with an untyped
// name followed by a comma or a verb and an earlier mention of that name
// was typed a film by a cue, that earlier mention; else -1.
func (p *pctx) earlierFilmOfOpening() int {
	m := p.mm(0)
	if m == nil || m.typ != "" || m.personShaped() && isGivenNameLower(firstWord(m.text)) {
		return -1
	}
	if w := p.w(1); w != "," && w != "stars" && w != "starred" && w != "features" && w != "is" && w != "was" {
		return -1
	}
	mi := p.mi(0)
	for o := mi - 1; o >= 0 && o >= mi-400; o-- {
		if e := &p.a.ments[o]; e.key == m.key && e.typ == kg.Film && e.strength >= 2 {
			return o
		}
	}
	return -1
}

// castNotPlayed reports whether the relative clause after the person at
// item i says only that they were cast ("P, who was originally cast as
// C, dropped out"): no part was played.
func (p *pctx) castNotPlayed(i int) bool {
	if p.w(i+1) != "," || p.w(i+2) != "who" {
		return false
	}
	cast := false
	for k := i + 3; k < len(p.it) && k < i+20 && p.w(k) != "," && p.w(k) != "."; k++ {
		switch p.w(k) {
		case "played", "plays", "starred", "portrayed", "voiced", "led":
			return false
		case "cast", "set", "attached", "tapped", "hired", "originally":
			cast = true
		}
	}
	return cast
}

// negatedCastVerbs are what a negation denies of a cast member ("will not
// return", "has not been confirmed", "won't be back").
var negatedCastVerbs = setOf("return", "returning", "reprise", "reprising", "appear", "appearing", "star", "starring",
	"confirmed", "back", "involved", "cast", "play", "playing", "voice", "voicing")

// negatedCast reports whether the clause of person mention m denies a
// casting: after m, with no clause break between, "not", "n't" or "never"
// followed within three words by a cast verb ("X will not return as C",
// "X's casting has not been confirmed").
func (p *pctx) negatedCast(m int32) bool {
	from := -1
	for i := range p.it {
		if p.it[i].m == m {
			from = i
			break
		}
	}
	if from < 0 {
		return false
	}
	for i := from + 1; i < len(p.it); i++ {
		w := p.w(i)
		if p.isM(i) {
			continue
		}
		if w == ";" || w == "." || w == "but" || w == "while" || w == "whereas" {
			return false
		}
		if w != "not" && w != "never" && !strings.HasSuffix(w, "n't") {
			continue
		}
		for k := i + 1; k < len(p.it) && k <= i+3 && !p.isM(k); k++ {
			if p.wIn(k, negatedCastVerbs) {
				return true
			}
		}
	}
	return false
}

// typ records a type cue of the given strength on the mention at item i.
// A person cue on a name an earlier sentence typed an organisation (the
// same name, "Netflix" after "Netflix's series F") keeps the organisation:
// the name stays consistent across the article.
func (p *pctx) typ(i int, t kg.NodeType, strength int8) {
	if m := p.mm(i); m != nil {
		if (t == kg.Person || t == kg.Organisation) && hyphenAdjective(m.text) {
			return // "the Paris-set thriller": a describing word, no one's name
		}
		if t == kg.Person && m.typ == "" && !givenNameShaped(m) && p.priorType(i) == kg.Organisation {
			m.setType(kg.Organisation, 2)
			return
		}
		m.setType(t, strength)
	}
}

// personish reports whether mention i can be a person: not typed otherwise
// by a strong cue, not a title.
func (p *pctx) personish(i int) bool {
	m := p.mm(i)
	if m == nil || m.quoted || m.colon || m.digit || m.short && false {
		return false
	}
	if m.strength >= 3 && m.typ != kg.Person {
		return false
	}
	if (m.the || m.titleWords) && m.typ != kg.Person {
		return false // "The Long Night", "Salt and Iron" inside a sentence are no one's name
	}
	if m.typ != kg.Person && p.careerAsideWork(i) {
		return false // "P, best known for Harbour Nights, plays C": the title is P's earlier work
	}
	return m.words >= 1
}

// sentenceHas reports whether a word of set occurs in the sentence (the
// set's slot found once: speed_s21_rules_in.go).
func (p *pctx) sentenceHas(set map[string]bool) bool {
	if s := fastSlotOf(set); s != nil {
		for i := range p.it {
			it := &p.it[i]
			if it.m >= 0 {
				continue
			}
			if it.v == 0 {
				it.v = vocabRow(it.w) + 1
			}
			if rowBit(it.v, s) {
				return true
			}
		}
		return false
	}
	for i := range p.it {
		if !p.isM(i) && itemIn(&p.it[i], set) {
			return true
		}
	}
	return false
}

func (p *pctx) find(w string, from int) int {
	for i := from; i < len(p.it); i++ {
		if !p.isM(i) && p.it[i].w == w {
			return i
		}
	}
	return -1
}

var filmAnaphorNouns = setOf("film", "movie", "spin-off", "spinoff", "project", "picture", "feature", "sequel", "prequel", "installment", "instalment", "story")
var determiners = setOf("the", "this", "that", "its", "their", "his", "her")

// filmAnaphor reports whether items from i are "the film", "this upcoming
// project", ... and returns the index after it.
func (p *pctx) filmAnaphor(i int) (uint8, int, bool) {
	if !p.in(i, determiners) {
		return 0, i, false
	}
	j := i + 1
	if m := p.mm(j); m != nil && (m.typ == kg.Organisation && m.strength >= 2 || orgish(m)) && p.w(j+1) == "release" && !p.isM(j+2) {
		// "the Warner Bros. release": the film the stretch of text is about
		return anaFilm, j + 2, true
	}
	if e := p.budgetAfter(j); e > j {
		// "the $120 million production", "its $40m film": a budget
		// before the noun, which may then be "production"
		if p.w(e) == "production" && !p.isM(e) && !p.isM(e+1) {
			return anaFilm, e + 1, true
		}
		j = e
	}
	earlier := false
	for k := 0; k < 2 && p.in(j, adjFilm); k++ {
		// "the first film", "the original movie": an earlier film, not the one the text is about
		earlier = earlier || p.w(j) == "first" || p.w(j) == "original"
		j++
	}
	if earlier && p.w(i) == "the" {
		return 0, i, false
	}
	switch {
	case p.in(j, filmAnaphorNouns):
		if p.w(j) == "sequel" || p.w(j) == "prequel" {
			// "the sequel, X" names the sequel; "directed the sequel, with ..." is an anaphor
			return anaFilm, j + 1, p.w(i) == "the" && !p.isM(j+1) && (p.w(j+1) != "," || !p.isM(j+2) && p.w(j+2) != "the") && p.w(j+1) != "to" && p.w(j+1) != "of"
		}
		return anaFilm, j + 1, !p.isM(j + 1)
	case p.in(j, seriesNouns) && p.w(j) != "season":
		return anaSeries, j + 1, !p.isM(j + 1)
	}
	return 0, i, false
}

var adjFilm = setOf("upcoming", "new", "latest", "next", "forthcoming", "highly", "anticipated", "untitled", "whole",
	"first", "original", "entire", "limited", "tv", "live-action", "animated", "action", "standalone", "same", "current",
	"horror", "direct", "belated", "sci-fi", "superhero", "comedy", "fantasy", "musical", "spy", "heist", "vampire",
	"zombie", "monster", "war", "disaster", "thriller", "romantic", "video-game", "two-part", "long-awaited", "final")

// filmRef reads a reference to a film at item i: a mention (typed Film by
// the cue) or an anaphor. It returns the argument and the index after it.
func (p *pctx) filmRef(i int, strength int8) (arg, int, bool) {
	if n, k, ok := p.allFilmsRef(i); ok {
		return arg{m: -1, ana: anaAllFilms, n: n, of: -1}, k, true // "all three films"
	}
	if p.isM(i+1) && p.w(i+2) == "release" {
		// "the Warner Bros. release"
		if _, k, ok := p.filmAnaphor(i); ok {
			return p.namedFocus(), k, true
		}
	}
	j := i
	if p.w(j) == "the" && p.isM(j+1) {
		j++
	}
	// "the 1993 original Triassic Park", "the 2016 film X"
	if p.w(j) == "the" || p.w(j) == "its" {
		k := j + 1
		for n := 0; n < 3 && !p.isM(k) && (isYear(p.w(k)) || p.in(k, adjFilm) || p.in(k, ordinals)); n++ {
			k++
		}
		if k > j+1 && p.isM(k) {
			j = k
		} else if d := p.describedTitle(j + 1); d > 0 {
			j = d // "the Oscar-winning prospector movie F"
		}
	}
	// "the Nazi-killing prospector movie Kulta": a compound adjective, the
	// describing words, a film noun and the title
	if m := p.mm(j); m != nil && hyphenAdjective(m.text) {
		k := j + 1
		for n := 0; n < 4 && !p.isM(k) && isWordLike(p.w(k)); n++ {
			k++
		}
		if !p.isM(k) || k == j+1 || !(p.in(k-1, filmNouns) || p.in(k-1, seriesNouns) || p.in(k-1, genreNouns)) {
			return noArg, i, false
		}
		j = k
	}
	// "Universal Pictures' Triassic World Reborn": the company's film
	if m := p.mm(j); m != nil && p.w(j+1) == "'s" && p.isM(j+2) && (m.typ == kg.Organisation && m.strength >= 2 || inLower(realOrgWords, lastWord(m.text)) && m.words >= 2 ||
		m.words == 1 && m.typ == "" && (p.a.headKeys[p.mm(j+2).key] || p.mm(j+2).typ == kg.Film && p.mm(j+2).strength >= 2)) {
		// "the cast of Max's Harbor Lights": a company's title
		j += 2
		if p.ownedTitleNoun(j+1) && p.isM(j+2) {
			j += 2 // "A24's Sundance pickup F": the title after the describer
		}
	}
	if m := p.mm(j); m != nil {
		if m.strength >= 3 && m.typ != kg.Film || m.personShaped() && m.typ == kg.Person {
			return noArg, i, false
		}
		m.setType(kg.Film, strength)
		return mArg(j), j + 1, true
	}
	if k := p.originalRef(i); k > i {
		return anaArg(anaOriginal), k, true
	}
	if f, k := p.yearFilmRef(i); k > i {
		return f, k, true // "who directed the 1996 film"
	}
	if ana, k, ok := p.filmAnaphor(i); ok {
		if f := p.thatFilm(i); f.valid() {
			return f, k, true
		}
		if ana == anaFilm {
			// "the film": the film this stretch of text is about
			return p.namedFocus(), k, true
		}
		return anaArg(ana), k, true
	}
	return noArg, i, false
}

// topicFilm returns the film a cast or crew statement of this sentence is
// about: "the film"/"for X"/"of X" when the sentence says it, else the
// article's subject film.
func (p *pctx) topicFilm(from int) arg {
	if f := p.inWhichFilm(from); f.valid() {
		return f
	}
	for i := from; i < len(p.it) && i < from+12; i++ {
		if p.w(i) == "," && p.w(i+1) == "and" && p.isM(i+2) && p.isPersonLike(i+2) {
			break // ", and Q ... in F": another person's clause and film
		}
		if i > from && p.coordClauseStart(i) {
			break // ", and had a turn in G": a clause of its own (focus_coordclause.go)
		}
		// "in the latter", "in the former": one of the films named before
		if (p.w(i) == "in" || p.w(i) == "for") && p.w(i+1) == "the" && (p.w(i+2) == "latter" || p.w(i+2) == "former") {
			var films []int
			for b := 0; b < i; b++ {
				if m := p.mm(b); m != nil && m.typ == kg.Film && m.strength >= 2 {
					films = append(films, b)
				}
			}
			if len(films) >= 2 {
				if p.w(i+2) == "latter" {
					return mArg(films[len(films)-1])
				}
				return mArg(films[0])
			}
		}
		// "in the Disney+ series Longbow", "in the 2016 film X"
		if (p.w(i) == "in" || p.w(i) == "for") && p.w(i+1) == "the" {
			for k := i + 2; k < len(p.it) && k < i+5; k++ {
				if (p.in(k, filmNouns) || p.in(k, genreNouns) || p.in(k, seriesNouns) && p.w(k) != "season") && p.isM(k+1) {
					if m := p.mm(k + 1); !(m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Organisation && m.strength >= 2) {
						m.setType(kg.Film, 3)
						if p.in(k, seriesNouns) {
							m.format = kg.FormatSeries
						}
						return mArg(k + 1)
					}
				}
				if p.w(k) == "," || p.w(k) == "." {
					break
				}
			}
		}
		// "in the previous DC films", "in the first two films": several
		// earlier films, not one the claim can name
		if p.w(i) == "in" && p.w(i+1) == "the" {
			for k := i + 2; k < len(p.it) && k < i+6 && (!p.isM(k) || p.mm(k).typ == kg.Franchise || p.mm(k).allCaps); k++ {
				if p.in(k, pluralFilmNouns) {
					return noArg
				}
				if !p.isM(k) && !isWordLike(p.w(k)) && !isYear(p.w(k)) {
					break
				}
			}
		}
		// "who played C in the first film and its HBO spin-off The Heron":
		// an earlier unnamed film, then maybe a named one
		if p.w(i) == "in" && p.w(i+1) == "the" && p.in(i+2, earlierAdj) && (p.w(i+3) == "film" || p.w(i+3) == "movie" || p.w(i+3) == "series") {
			for k := i + 4; k < len(p.it) && k < i+12 && p.w(k) != "," && p.w(k) != "."; k++ {
				if m := p.mm(k); m != nil {
					if m.typ == kg.Film && m.strength >= 2 || m.colon || m.digit || m.quoted {
						m.setType(kg.Film, 2)
						return mArg(k)
					}
					break
				}
			}
			if p.pastCastBefore(from, i) {
				return p.earlierFilm(i+2, i+4)
			}
			return noArg
		}
		// "who played C in the original", "starred as C in the 2013 film"
		if p.w(i) == "in" && p.w(i+1) == "the" && p.pastCastBefore(from, i) {
			if f, end := p.describedFilm(i + 2); end > 0 {
				return f
			}
		}
		// "in Doyle's 41 Winters Later", "on Netflix's Runic": a person's or
		// a company's film
		if (p.w(i) == "in" || p.w(i) == "on" && !p.commaBetween(from, i)) && p.isM(i+1) && p.w(i+2) == "'s" && (p.isPersonLike(i+1) || p.mm(i+1).typ == kg.Organisation && p.mm(i+1).strength >= 2) {
			if m := p.mm(i + 3); m != nil && (m.typ == kg.Film && m.strength >= 2 || m.quoted || m.colon || m.digit || m.typ == "" && (m.titleWords && m.words >= 3 || m.the)) {
				m.setType(kg.Film, 2)
				return mArg(i + 3)
			}
		}
		// "as C in House of the Wyvern": an untyped title-shaped name
		if p.w(i) == "in" && i >= from {
			if m := p.mm(i + 1); m != nil && m.typ == "" && m.titleWords && m.words >= 3 && !m.allCaps && !m.quoted && p.in(i+2, setPatterns_0) {
				m.setType(kg.Film, 2)
				return mArg(i + 1)
			}
		}
		if (p.w(i) == "for" || p.w(i) == "in" || p.w(i) == "of") && i+1 < len(p.it) {
			if m := p.mm(i + 1); m != nil && (m.typ == kg.Film && m.strength >= 2 || m.quoted && m.typ == "" || m.colon || m.digit && !p.a.designationName(int(p.it[i+1].m))) && !(m.typ == kg.Franchise) {
				if p.w(i) == "in" && !(m.quoted || m.colon || m.digit || m.typ == kg.Film) {
					continue
				}
				m.setType(kg.Film, 2)
				return mArg(i + 1)
			}
		}
		if p.w(i) == "." || p.w(i) == ";" {
			break
		}
	}
	// an anaphor after the statement ("directs from a screenplay by ...
	// on that film") before one earlier in the sentence ("who revived the
	// series with ...")
	for _, lo := range [2]int{from, 0} {
		rel := false
		for i := max(lo, 0); i < len(p.it); i++ {
			// an anaphor in a relative clause (", who won an Emmy for his
			// work on the series,") or in the next clause with a subject of
			// its own (", and Q ... the series") is about another film
			if p.w(i) == "," && (p.w(i+1) == "who" || p.w(i+1) == "which" || p.w(i+1) == "whose") {
				rel = true
			} else if p.w(i) == "," || p.w(i) == ")" {
				rel = false
			}
			if i > from && p.w(i) == ";" || i >= from && p.w(i) == "," && p.w(i+1) == "and" && p.isM(i+2) {
				break
			}
			if rel && i > from && i > 0 {
				continue
			}
			if ana, _, ok := p.filmAnaphor(i); ok {
				if f := p.thatFilm(i); f.valid() {
					return f
				}
				if ana == anaFilm {
					return p.namedFocus()
				}
				return anaArg(ana)
			}
		}
	}
	return p.focusFilm()
}

// earlierAdj name an earlier film of a series ("the first film").
var earlierAdj = setOf("first", "original", "previous", "last", "earlier", "second", "third")

// earlierFilm returns the film "the first film", "the original series"
// names when nothing named follows (adjective at item j, the statement going
// on at item next): the first film of the subject's series (anaOriginal),
// resolved once the article is read, when the phrase ends the clause; else
// noArg ("the last film", "the second film": no film the claim can name).
func (p *pctx) earlierFilm(j, next int) arg {
	if (p.w(j) == "first" || p.w(j) == "original") && !p.isM(next) && clauseEnd(p.w(next)) {
		return anaArg(anaOriginal)
	}
	return noArg
}

// pastCastBefore reports whether a past acting verb ("played", "starred",
// "voiced") stands in the few items before item i, in the same clause,
// before item from where the statement starts reading its film (so it is
// the statement's own verb, not a relative clause after its subject), and
// the sentence does not go on to bring the person back (", returns for",
// "and is back"): only then is the earlier film the statement's film.
func (p *pctx) pastCastBefore(from, i int) bool {
	found := false
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		w := p.w(k)
		if w == "," || w == ";" || w == "." {
			break
		}
		if w == "played" || w == "starred" || w == "voiced" || w == "portrayed" {
			found = k < from
			break
		}
	}
	if !found {
		return false
	}
	for k := i + 3; k < len(p.it) && k < i+14; k++ {
		if p.wIn(k, backWords) {
			return false
		}
		if p.w(k) == "." || p.w(k) == ";" {
			break
		}
	}
	return true
}

// backWords bring a person back into a later production.
var backWords = setOf("returns", "return", "returning", "returned", "back", "reprises", "reprise", "reprising", "again", "appears", "rejoins")

// clauseEnd reports whether w closes a clause (or the sentence).
func clauseEnd(w string) bool {
	return w == "," || w == "." || w == ";" || w == ""
}

// describedFilm reads the film named by a description after "in the" at
// item j: "the original" or "the YEAR original" closing the clause is the
// first film of the subject's series (anaOriginal); "the YEAR film" or
// "the YEAR movie" closing the clause is the one film the article dates to
// that year (yearFilm); with no such film the description is left unread.
// It returns the film and the item closing the clause, or 0 when it read
// none.
func (p *pctx) describedFilm(j int) (arg, int) {
	year := 0
	if isYear(p.w(j)) && !p.isM(j) {
		year = atoiYear(p.w(j))
		j++
	}
	if p.isM(j) || p.isM(j+1) || !clauseEnd(p.w(j+1)) {
		return noArg, 0
	}
	if p.w(j) == "original" {
		return anaArg(anaOriginal), j + 1
	}
	if year > 0 && (p.w(j) == "film" || p.w(j) == "movie") {
		if mi := p.a.yearFilm(year); mi >= 0 {
			return arg{m: int32(mi), of: -1, abs: true}, j + 1
		}
		if !p.a.datesFilms() {
			return anaArg(anaOriginal), j + 1 // the first film, the year of which no film has
		}
	}
	return noArg, 0
}

// yearFilm returns a mention of the one film the article dates to year
// ("F (2013)", "2013's F", "the 2013 film F"), else -1 (none, or two
// films of that year).
func (a *article) yearFilm(year int) int {
	best := -1
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || !a.datedMention(m, year) {
			continue
		}
		if best >= 0 && a.ments[best].key != m.key {
			return -1
		}
		if best < 0 {
			best = mi
		}
	}
	return best
}

// datedMention reports whether its sentence dates mention m to year: a
// year in brackets after it, or the year with a possessive or before
// "film"/"movie" just before it.
func (a *article) datedMention(m *mention, year int) bool {
	s := &a.sents[m.sent]
	b := int(m.b)
	if b+1 < s.b && a.toks[b].text == "(" && isYear(a.toks[b+1].text) && atoiYear(a.toks[b+1].text) == year {
		return true
	}
	k := int(m.a) - 1
	if m.theOpen || m.the {
		k-- // "the 2013 film The X"
	}
	if k > s.a && (a.toks[k].lower == "film" || a.toks[k].lower == "movie" || a.toks[k].kind == kPoss) {
		k--
	} else {
		return false
	}
	return k >= s.a && isYear(a.toks[k].text) && atoiYear(a.toks[k].text) == year
}

// atoiYear reads a four-digit year.
func atoiYear(w string) int {
	n := 0
	for i := 0; i < len(w); i++ {
		n = n*10 + int(w[i]-'0')
	}
	return n
}

// inWhichFilm returns the film of "F, in which she stars alongside Q"
// when "in which" comes shortly before item from, else noArg.
func (p *pctx) inWhichFilm(from int) arg {
	for b := from - 1; b >= 2 && b >= from-8; b-- {
		if p.w(b) == "which" && p.w(b-1) == "in" && p.w(b-2) == "," {
			if m := p.mm(b - 3); m != nil && !m.personShaped() && (m.typ == "" || m.typ == kg.Film) || m != nil && m.typ == kg.Film {
				m.setType(kg.Film, 2)
				return mArg(b - 3)
			}
			break
		}
	}
	return noArg
}

// focusFilm returns the film the current stretch of text is about: the film
// that opens this sentence as its subject, else the one that opens the
// latest earlier sentence of the same paragraph ("Empire of the Planet of
// the Wolves (2024) is set ... Directed by Wes Hallam, it stars ..."), else the
// article's subject film (an anaphor resolved after the article is read),
// marked as the implicit default (focus_implicit.go): no title and no film
// word of the text chose it. A film word ("the film") takes namedFocus.
func (p *pctx) focusFilm() arg {
	if k := p.openingFilm(); k >= 0 {
		return mArg(k)
	}
	a := p.a
	for si := int(p.si) - 1; si >= 0 && si > int(p.si)-8; si-- {
		if a.toks[a.sents[si+1].a].nl >= 2 {
			// a paragraph break: a section heading above the paragraph
			// ("Arena II (Paramount+, Tuesday)") names its film
			if mi := a.headingFilm(si); mi >= 0 {
				return arg{m: int32(mi), of: -1, abs: true}
			}
			// a question heading ("And what about Original Rust?")
			if mi := a.questionFilm(si); mi >= 0 {
				return arg{m: int32(mi), of: -1, abs: true}
			}
			break
		}
		if a.sents[si].titleCase {
			// a heading line directly above its paragraph ("Title (1991)")
			if mi := a.headingFilm(si); mi >= 0 {
				return arg{m: int32(mi), of: -1, abs: true}
			}
			continue
		}
		if mi := a.openingFilmOf(si); mi >= 0 {
			return arg{m: int32(mi), of: -1, abs: true}
		}
	}
	return implicitFilmArg // no film the text names: the default (focus_implicit.go)
}

// openingFilm returns the item of a film mention that opens the sentence
// as its subject (after at most an adverb and a comma), or -1.
func (p *pctx) openingFilm() int {
	k := 0
	if !p.isM(0) && p.w(1) == "," {
		k = 2
	}
	if m := p.mm(k); m != nil && m.typ == kg.Film && m.strength >= 2 && p.w(k+1) != "'s" {
		return k
	}
	// "F, which the Welks co-directed with A as C", "F (2009), Q's biopic,
	// casts A as C": an untyped name before a title cue (opening_titlecue.go)
	if m := p.mm(k); m != nil && m.typ == "" && !m.pronoun && p.openingTitleCue(k+1) {
		m.setType(kg.Film, 2)
		return k
	}
	// "In second place, Paramount's animated Moonpaw dropped 40%"
	for j := 0; j < len(p.it) && j < 10; j++ {
		if m := p.mm(j); m != nil {
			if m.typ == kg.Film && m.strength >= 2 && p.w(j+1) != "'s" && p.a.subjectAfterLead(int(p.si), p.mi(j)) {
				return j
			}
			if m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Film {
				break
			}
		}
	}
	// "Directed by A and written by B, F stars C": the film after the
	// opening participle phrases
	if byRelOf(p.w(0)) != "" && p.w(1) == "by" {
		j := 2
		for j < len(p.it) && j < 24 && (p.isM(j) || p.w(j) == "and" || p.w(j) == "," && p.isM(j+1) && !p.isM(j+2) && p.w(j+2) != "," || p.w(j) == "by" || byRelOf(p.w(j)) != "") {
			if p.w(j) == "," && p.isM(j+1) && p.mm(j+1).typ == kg.Film {
				break
			}
			j++
		}
		if p.w(j) == "," {
			if m := p.mm(j + 1); m != nil && m.typ == kg.Film && m.strength >= 2 && p.w(j+2) != "'s" {
				return j + 1
			}
		}
	}
	// "By X (2021), which ..., P had taken over as C": a film in an opening
	// prepositional phrase sets the topic of the clause after it
	if k == 0 && p.in(0, setPatterns_1) {
		if m := p.mm(1); m != nil && m.typ == kg.Film && m.strength >= 2 && p.w(2) != "'s" {
			return 1
		}
	}
	return -1
}

// questionFilm returns the mention of the one film a question paragraph
// names, the paragraph that ends with sentence si: a question heading (a
// paragraph of its own ending in "?": "And what about Original Rust?") or
// an interview's question ("Q: The sequel came four years later. Did you
// write it alone?", a paragraph labelled "Q:" or ending in "?"), which sets
// the topic of the answer after it. The film is a name typed a film here
// or earlier, or the subtitle of an earlier film; -1 when there is none or
// more than one.
func (a *article) questionFilm(si int) int {
	s := &a.sents[si]
	if s.b <= s.a {
		return -1
	}
	first := si // the paragraph's first sentence
	for first > 0 && first > si-6 && a.toks[a.sents[first].a].nl < 2 {
		first--
	}
	if first > 0 && a.toks[a.sents[first].a].nl < 2 {
		return -1
	}
	if a.toks[s.b-1].text != "?" && !qLabel(a.toks, &a.sents[first]) {
		return -1
	}
	for i := a.sents[first].a + 1; i < s.b; i++ {
		if earlierAdj[a.toks[i].lower] && a.toks[i-1].lower == "the" {
			return -1 // "X was huge compared to the first film": two films
		}
	}
	mi := a.firstMentionFrom(first)
	found := -1
	for k := mi; k < len(a.ments) && int(a.ments[k].sent) <= si; k++ {
		m := &a.ments[k]
		film := -1
		if first < si && (m.typ == kg.Film || m.typ == "") && (a.passingMention(k) || m.words == 1 && !m.quoted && a.surnameBefore(k, m.key)) {
			continue // "since F", "worked with Vance": no topic
		}
		if m.typ == kg.Film && (first == si || m.strength >= 2) {
			film = k
		} else if m.typ == "" || m.typ == kg.Film {
			// the earlier film it names (the mention of the full title)
			for o := k - 1; o >= 0 && o >= k-400 && film < 0; o-- {
				if e := &a.ments[o]; e.typ == kg.Film && e.strength >= 2 && (e.key == m.key || hasSuffixAfter(e.key, ": ", m.key) || hasSuffixAfter(e.key, ":", m.key)) {
					film = o
				}
			}
		} else if first == si && m.typ != kg.Film {
			return -1
		}
		if film >= 0 {
			if found >= 0 && a.ments[found].key != a.ments[film].key {
				return -1
			}
			if found < 0 {
				found = film
			}
		}
	}
	return found
}

// qLabel reports whether sentence s opens with an interviewer's label
// ("Q:", "Q.").
func qLabel(toks []token, s *sentence) bool {
	return s.b-s.a > 2 && (toks[s.a].text == "Q" || toks[s.a].text == "Question") && (toks[s.a+1].text == ":" || toks[s.a+1].text == ".")
}

// headingFilm returns the film of the section heading that sentence si is
// (a heading line "Title (Streamer, Day)" read by headTitles), or -1.
func (a *article) headingFilm(si int) int {
	if si <= 0 || !a.sents[si].titleCase {
		return -1
	}
	mi := a.firstMentionFrom(si)
	if mi < len(a.ments) && int(a.ments[mi].sent) == si && a.ments[mi].head && a.ments[mi].typ == kg.Film {
		return mi
	}
	return -1
}

// openingFilmOf is openingFilm for an earlier sentence si; it returns a
// mention index or -1.
func (a *article) openingFilmOf(si int) int {
	s := &a.sents[si]
	mi := a.firstMentionFrom(si)
	if mi >= len(a.ments) || int(a.ments[mi].sent) != si {
		return -1
	}
	m := &a.ments[mi]
	words := 0
	for t := s.a; t < s.b && a.toks[t].start < m.start; t++ {
		if a.toks[t].kind == kWord {
			words++
		}
	}
	if words <= 1 && m.typ == kg.Film {
		if m.strength < 2 || m.b < int32(s.b) && a.toks[m.b].kind == kPoss {
			return -1
		}
		return mi
	}
	// "Lionsgate's horror entry The Quiet House rounded out ...": the first
	// film after a short lead of company names and describing words
	for k := mi; k < len(a.ments) && int(a.ments[k].sent) == si; k++ {
		o := &a.ments[k]
		if o.typ == kg.Person || o.typ == kg.Character {
			return -1
		}
		if o.typ == kg.Film {
			if o.strength < 2 || o.b < int32(s.b) && a.toks[o.b].kind == kPoss || !a.subjectAfterLead(si, k) {
				return -1
			}
			return k
		}
	}
	return -1
}

// subjectAfterLead reports whether film mention mi is the subject of
// sentence si after a short lead with no verb and no person in it ("In
// second place, Paramount's animated Moonpaw dropped", "Lionsgate's horror
// entry The Quiet House rounded out"): at most six words before it, the
// only names before it companies or untyped.
func (a *article) subjectAfterLead(si, mi int) bool {
	s := &a.sents[si]
	m := &a.ments[mi]
	words := 0
	for t := s.a; t < s.b && a.toks[t].start < m.start; t++ {
		tk := &a.toks[t]
		if tk.kind == kWord {
			words++
			if tokIn(tk, leadVerbs) {
				return false
			}
		}
	}
	if words > 6 {
		return false
	}
	// what directly precedes the film: describing words, a company's
	// possessive, then a comma or the sentence start (never a preposition:
	// "The sequel to 2016's The Auditor")
	t := int(m.a) - 1
	if m.the {
		t--
	}
	for t >= s.a {
		tk := &a.toks[t]
		switch {
		case tk.kind == kPoss:
			t--
			for t >= s.a && (a.toks[t].kind == kWord && a.toks[t].cap || a.toks[t].text == "." && t > s.a && a.toks[t-1].cap ||
				(a.toks[t].lower == "and" || a.toks[t].text == "&") && t > s.a && a.toks[t-1].cap) {
				// "Universal and DreamWorks Animation's", "Warner Bros.'"
				t--
			}
			if t >= s.a && a.toks[t].kind == kNum {
				return false // "2016's X"
			}
			continue
		case tk.kind == kWord && !tk.cap && !commonWords[tk.lower] || tk.kind == kWord && adjFilm[tk.lower]:
			t--
			continue
		case tk.kind == kWord && (tk.lower == "the" || tk.lower == "its"):
			t--
			continue
		case tk.kind == kQuote && tk.open && t == int(m.a)-1:
			t-- // the title's own opening quote: what stands before it decides
			continue
		}
		break
	}
	if t >= s.a && a.toks[t].text != "," && a.toks[t].kind != kQuote {
		return false
	}
	for k := mi - 1; k >= 0 && a.ments[k].sent == int32(si); k-- {
		if o := &a.ments[k]; o.typ == kg.Person || o.typ == kg.Character || o.typ == kg.Film {
			return false
		}
	}
	return true
}

// leadVerbs end a sentence's lead: a film named after them is no subject.
var leadVerbs = setOf("is", "was", "are", "were", "has", "have", "had", "will", "said", "says", "stars", "starring",
	"directed", "written", "plays", "played", "after", "before", "like", "than", "with", "without", "about")

// listAfter reads a list of names from item i on ("A, B, the late C, and
// D"), skipping "as X" and "(X)" after a name and appositives. It returns
// the mentions and the index after the list.
func (p *pctx) listAfter(i int) ([]int, int) {
	var out []int
	j := i
	for j < len(p.it) {
		for p.in(j, listFillers) && !(j > i && (p.w(j) == "stars" || p.w(j) == "star") && p.w(j-1) == ",") {
			j++
		}
		if !p.isM(j) || !p.personish(j) {
			break
		}
		out = append(out, j)
		j++
		// "as X", "(X)", "as the ..."
		if p.w(j) == "as" {
			j++
			for j < len(p.it) && p.w(j) != "," && p.w(j) != "and" && p.w(j) != ";" && p.w(j) != "." {
				j++
			}
			j = p.pairedPartSkip(out, j) // "A and B as C and D": D is a part
		}
		if p.w(j) == "(" {
			for j < len(p.it) && p.w(j) != ")" {
				j++
			}
			j++
		}
		if p.w(j) == "," && p.w(j+1) == "the" && p.w(j+2) != "late" {
			// appositive: skip to the next comma
			k := j + 1
			for k < len(p.it) && k < j+14 && p.w(k) != "," && p.w(k) != ";" {
				k++
			}
			if p.w(k) != "," {
				break
			}
			j = k
		}
		if p.w(j) == "," && p.isM(j+1) && !p.in(j+2, listGlue) && !p.isM(j+2) {
			// "Directed by Nadia Osei, Frostline follows ...": the name after
			// the comma opens the main clause when it is a title
			if m := p.mm(j + 1); m.typ == kg.Film && m.strength >= 2 || p.a.headKeys[m.key] && m.typ != kg.Person {
				break
			}
		}
		if p.w(j) == "," || p.w(j) == "and" || p.w(j) == "&" || p.is(j, "as", "well", "as") {
			if p.w(j) == "as" {
				j += 3
			} else {
				j++
			}
			continue
		}
		break
	}
	return out, j
}

// listGlue may follow a name inside a list of names.
var listGlue = setOf(",", "and", "&", "(", "as", ".", ";", "")

var listFillers = setOf("and", "the", "late", "also", ",", "newcomer", "newcomers", "veteran", "actor", "actress",
	"actors", "actresses", "star", "stars", "co-star", "legendary", "returning", "fellow", "singer", "rapper",
	"comedian", "oscar-winner", "oscar", "winner", "director", "directors", "writer", "writers", "producer",
	"producers", "screenwriter", "screenwriters", "filmmaker", "filmmakers", "composer", "plus", "even", "both",
	"showrunner", "showrunners", "co-showrunner", "creator", "creators", "co-creator", "executive", "author", "novelist",
	"playwright", "cinematographer", "editor", "co-writer", "co-writers", "co-director", "first-timer", "debutant")

// listBefore reads a list of names ending just before item i, going back
// over "A, B, and C" and a relative clause ", who ...,". It returns the
// mentions in text order.
func (p *pctx) listBefore(i int) []int {
	j := i - 1
	for j >= 0 && p.in(j, auxWords) {
		j--
	}
	// skip a relative clause ", who ... ,"
	if p.w(j) == "," {
		k := j - 1
		for k >= 0 && k > j-16 && p.w(k) != "," {
			if p.w(k) == "who" || p.w(k) == "which" {
				break
			}
			k--
		}
		if k >= 0 && (p.w(k) == "who" || p.w(k) == "which") && p.w(k-1) == "," {
			j = k - 2
		} else if p.isM(j - 1) {
			j--
		}
	}
	var out []int
	for j >= 0 {
		if !p.isM(j) || !p.personish(j) {
			break
		}
		out = append(out, j)
		j--
		for j >= 0 && (p.w(j) == "late" || p.w(j) == "the" && p.w(j+1) == "late") {
			j--
		}
		if p.w(j) == "and" || p.w(j) == "&" {
			j--
			if p.w(j) == "," {
				// ", and" joins a list of three or more, not two clauses
				if len(out) == 1 && !(p.isM(j-1) && (j-1 == 0 || p.w(j-2) == ",")) {
					break
				}
				j--
			}
			continue
		}
		if p.w(j) == "," {
			j--
			continue
		}
		break
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

var auxWords = setOf("is", "are", "was", "were", "will", "would", "also", "both", "all", "each", "have", "has", "had",
	"been", "be", "set", "to", "now", "already", "reportedly", "officially", "currently", "still", "who", "may", "might",
	"could", "can", "shall", "should", "together", "jointly", "once", "again", "recently", "finally", "then")

// priorType returns the type earlier mentions gave the name of mention item
// i: the same name typed by a cue, or, for a one-word name, the person or
// character whose first or last name it is ("Brandle" after "Rachel
// Brandle"). It returns "" when nothing earlier says. The look-back is
// bounded so that long articles stay linear.
func (p *pctx) priorType(i int) kg.NodeType {
	m := p.mm(i)
	if m == nil {
		return ""
	}
	mi := p.mi(i)
	lo := max(mi-400, 0)
	var best kg.NodeType
	var bs int8
	// (read once, not at every earlier mention; shortFormOf needs a key of
	// two bytes or more and a longer one, so those are tested before the call)
	key, one := m.key, m.words == 1 && len(m.key) >= 2
	ments := p.a.ments[lo:mi]
	for k := len(ments) - 1; k >= 0; k-- {
		o := &ments[k]
		if o.strength < 2 || o.typ == "" {
			continue
		}
		if o.key == key {
			if o.strength > bs {
				best, bs = o.typ, o.strength
			}
			continue
		}
		if one && bs == 0 && o.words >= 2 && len(o.key) > len(key) && (o.typ == kg.Person || o.typ == kg.Character) && shortFormOf(key, o.key) {
			best = o.typ
		}
	}
	return best
}

// descriptorAdj are the few common words that may describe a character
// before its name ("a young Tiberius Frost").
var descriptorAdj = setOf("young", "younger", "old", "older", "new", "former", "late", "first")

// possessivePronouns stand for a determiner before a described name ("his
// pregnant sister Kay", "her ex-boyfriend Tyler").
var possessivePronouns = setOf("his", "her", "their", "its")

// nameAfterDescriptors returns the item of a name that follows item k after
// an optional article and up to n lower-case describing words ("the
// astronaut Hollis Dane", "covert operative Zara Bennick"), or -1 when
// something else comes first ("the head of the X").
func (p *pctx) nameAfterDescriptors(k, n int) int {
	j := k
	if p.w(j) == "the" || p.w(j) == "a" || p.w(j) == "an" || p.wIn(j, possessivePronouns) {
		j++
	}
	for c := 0; c <= n; c++ {
		if p.isM(j) {
			return j
		}
		w := p.w(j)
		if w == "the" && c > 0 && p.isM(j+1) {
			// "the shape-shifting sorceress the Salamander"
			return j + 1
		}
		// (a job noun right before the name describes it: "the fashion editor C")
		if w == "" || commonWords[w] && !descriptorAdj[w] && !(jobLeadNouns[w] && p.isM(j+1)) || roleWords[w] && p.w(j+1) == "of" || !isWordLike(w) {
			return -1
		}
		j++
	}
	return -1
}

// isWordLike reports whether w is a lower-case word (letters and hyphens).
func isWordLike(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !(r >= 'a' && r <= 'z' || r == '-' || r > 127) {
			return false
		}
	}
	return true
}

// personBeforeClause returns the person mention a verb at item v belongs to
// when a comma separates them: "X, who plays", "X, almost unrecognisable
// under a shaved head, plays". It returns -1 when there is none.
func (p *pctx) personBeforeClause(v int) int {
	b := v - 1
	for b >= 0 && p.in(b, auxWords) {
		b--
	}
	if p.w(b) != "," {
		return -1
	}
	if p.isM(b - 1) {
		if p.isPersonLike(b-1) && !(p.w(b-2) == "in" || p.w(b-2) == "on") {
			return b - 1 // (not "was in F, playing C": one is in a film)
		}
		return -1
	}
	// "X, who broke out as C in F, plays": a relative clause may hold names
	for k := b - 1; k >= 1 && k > b-24; k-- {
		if p.w(k) == "." || p.w(k) == ";" || p.w(k) == "," && p.w(k+1) != "who" {
			break
		}
		if p.w(k) == "who" && p.w(k-1) == "," {
			if p.isM(k-2) && p.isPersonLike(k-2) {
				return k - 2
			}
			break
		}
	}
	for k := b - 1; k >= 0 && k > b-12; k-- {
		if p.isM(k) || p.w(k) == "." || p.w(k) == ";" {
			return -1
		}
		if p.w(k) == "," {
			if p.isM(k-1) && p.w(k-2) != "as" && p.isPersonLike(k-1) {
				return k - 1
			}
			return -1
		}
	}
	return -1
}

// firstPerson returns the first mention of the sentence before item v that
// can be a person, or -1.
func (p *pctx) firstPerson(v int) int {
	for k := 0; k < v; k++ {
		if m := p.mm(k); m != nil && p.personish(k) && (m.typ == kg.Person || m.typ == "" && m.personShaped() || p.priorType(k) == kg.Person) && m.typ != kg.Character {
			return k
		}
	}
	return -1
}

// isPersonLike reports whether mention item k can be an actor or crew
// member: typed a person, person-shaped, or a short form of a known person.
func (p *pctx) isPersonLike(k int) bool {
	m := p.mm(k)
	if m == nil || !p.personish(k) {
		return false
	}
	if m.typ == kg.Person {
		return true
	}
	if m.typ != "" && m.strength >= 2 {
		return false
	}
	return m.words >= 2 && m.personShaped() || p.priorType(k) == kg.Person || m.words == 1 && m.typ == "" && p.priorType(k) == "" && p.shortOfPersonShaped(k)
}

// Word sets used inside the functions above (package level, so that no
// map is built per call).
var setPatterns_0 = setOf(",", ".", ";", "", "and", "in")
var setPatterns_1 = setOf("by", "in", "for", "with", "on", "after", "since", "throughout")

// thatFilmNouns, after "that", point back at a film just named.
var thatFilmNouns = setOf("film", "movie", "picture")

// thatFilm returns, for "that film" at item i ("Sam Pardoe, who directed
// that film"), the film named latest before it: earlier in the sentence,
// else in the three sentences before within the paragraph; noArg when
// none is named there.
func (p *pctx) thatFilm(i int) arg {
	if p.w(i) != "that" || !p.in(i+1, thatFilmNouns) {
		return noArg
	}
	for b := i - 1; b >= 0; b-- {
		if m := p.mm(b); m != nil && m.typ == kg.Film && m.strength >= 2 {
			return mArg(b)
		}
	}
	a, si := p.a, int(p.si)
	lo := sort.Search(len(a.ments), func(k int) bool { return int(a.ments[k].sent) >= si-3 })
	hi := a.firstMentionFrom(si)
	for k := si - 1; k >= 0 && k >= si-3; k-- {
		if a.toks[a.sents[k+1].a].nl >= 2 {
			break // a paragraph break
		}
		for mi := hi - 1; mi >= lo; mi-- {
			if m := &a.ments[mi]; int(m.sent) == k && m.typ == kg.Film && m.strength >= 2 {
				return arg{m: int32(mi), of: -1, abs: true}
			}
		}
	}
	return noArg
}

// anaOriginal stands for "the first film", "the original movie": the
// first film of the subject film's series, resolved after the article is
// read (originalFilm).
const anaOriginal uint8 = 16

// originalRef returns the index after "the first film" / "the original
// movie" / "the original" (closing a clause) at item i, else i.
func (p *pctx) originalRef(i int) int {
	if p.w(i) != "the" || p.w(i+1) != "first" && p.w(i+1) != "original" {
		return i
	}
	j := i + 2
	if p.w(j) == "film" || p.w(j) == "movie" || p.w(j) == "installment" || p.w(j) == "instalment" {
		return j + 1
	}
	if p.w(i+1) == "original" && (p.w(j) == "," || p.w(j) == "." || p.w(j) == ";" || p.w(j) == "" || p.w(j) == "and" && p.verbAfterAnd(j+1)) {
		return j
	}
	return i
}

// verbAfterAnd reports whether item k, after "and", opens a second verb
// phrase rather than a second object ("the original and has since made
// four features", not "the original and its sequel"): a plain word that
// is no determiner, possessive or title.
func (p *pctx) verbAfterAnd(k int) bool {
	if p.isM(k) || !isWordLike(p.w(k)) || p.wIn(k, possessivePronouns) {
		return false
	}
	switch p.w(k) {
	case "the", "a", "an", "its", "both", "all", "every", "two", "three", "four", "first", "second", "third", "later", "sequel", "prequel":
		return false
	}
	return true
}

// commaBetween reports whether a comma stands among items lo..hi-1 (an
// appositive: "written by P, a staff writer on O's F").
func (p *pctx) commaBetween(lo, hi int) bool {
	for k := max(lo, 0); k < hi; k++ {
		if p.w(k) == "," {
			return true
		}
	}
	return false
}

// originalBack reports whether the items ending at item b read "the
// original", "the 1995 original" or "the first film": the first film of
// the subject's series.
func (p *pctx) originalBack(b int) bool {
	if p.isM(b) {
		return false
	}
	if p.w(b) == "film" || p.w(b) == "movie" {
		b--
		if p.w(b) != "first" && p.w(b) != "original" {
			return false
		}
	} else if p.w(b) != "original" {
		return false
	}
	b--
	if isYear(p.w(b)) {
		b--
	}
	return p.w(b) == "the" && !p.isM(b)
}

// describedTitle returns the item of a title after describing words and a
// film noun from item k ("Oscar-winning prospector movie F", "spy drama
// F"): up to four lower-case words with no preposition among them, the
// last a film, series or genre noun, then the mention; else -1.
func (p *pctx) describedTitle(k int) int {
	n := k
	for n < len(p.it) && n < k+4 && !p.isM(n) && isWordLike(p.w(n)) && !p.in(n, prepsBeforeFilm) && p.w(n) != "and" && p.w(n) != "by" {
		n++
	}
	if n == k || !p.isM(n) || !(p.in(n-1, filmNouns) || p.in(n-1, seriesNouns) || p.in(n-1, genreNouns)) {
		return -1
	}
	return n
}
