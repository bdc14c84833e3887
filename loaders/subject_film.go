package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// passingCues before a film name, a few words back in its sentence, make
// the mention a credit or comparison in passing ("who directed Hedges",
// "appeared in X as C", "asked her to run X", "since X"): evidence that
// the article names the film, not that it is about it.
var passingCues = setOf("played", "reprised", "starred", "appeared", "directed", "co-directed", "helmed", "wrote",
	"co-wrote", "penned", "scripted", "produced", "created", "co-created", "ran", "run", "since", "than", "after",
	"like", "previous", "earlier", "behind", "including", "include", "includes")

// titleJobNouns after a title make it a person's credit named in passing
// ("X creator P", "the X star", "X alum P").
var titleJobNouns = setOf("creator", "co-creator", "star", "alum", "alumna", "alumnus", "veteran", "veterans",
	"showrunner", "castmate", "co-star", "actor", "actress", "helmer", "filmmaker", "director", "writer", "producer")

// comesOutVerbs after a film that opens its sentence say the film comes out
// ("X premiered Sept. 18", "X opens Friday", "X is in cinemas from ...").
var comesOutVerbs = setOf("premiered", "premieres", "premiere", "opens", "opened", "debuts", "debuted", "arrives",
	"arrived", "hits", "streams", "lands", "launches", "launched", "bows", "streaming")

// releaseAux may stand between a film and its release verb.
var releaseAux = setOf("is", "was", "will", "now", "finally", "has", "had", "also", "then", "officially")

// filmTopicScores scores each film entity (root, typed, not conditional)
// as the article's subject, in half mentions: two for each mention, one
// for a mention in passing (passingMention), six more for each quoted
// headline or heading title, four for each other headline match, three for opening a sentence as what is released
// (releaseSubject),. A one-word film that is the
// surname of a personal name of the article ("Scott" and "Harlan
// Scott"), typed weakly, scores nothing: a mistyped person, never the subject.
func (a *article) filmTopicScores() map[int]int {
	a.headlineTitleFilm()
	sc := map[int]int{}
	filmOf := func(mi int) int {
		e := a.ments[mi].ent
		if e < 0 {
			return -1
		}
		r := a.find(int(e))
		if a.ents[r].typ != kg.Film || a.ents[r].conditional {
			return -1
		}
		return r
	}
	lede := 0
	for lede < len(a.sents) && a.sents[lede].titleCase {
		lede++
	}
	// the first sentence from the lede on that names a film; a lede that
	// sets a scene and names none ("It is raining on the set ...") leaves
	// the news to it
	filmLede := -1
	for mi := range a.ments {
		if si := int(a.ments[mi].sent); si >= lede && filmOf(mi) >= 0 {
			filmLede = si
			break
		}
	}
	sceneLede := filmLede > lede && filmLede <= lede+5 && !a.obituaryLead()
	for mi := range a.ments {
		e := filmOf(mi)
		if e < 0 {
			continue
		}
		m := &a.ments[mi]
		if a.passingMention(mi) {
			sc[e]++
		} else {
			sc[e] += 2
			if int(m.sent) == lede || sceneLede && int(m.sent) == filmLede && !a.inRelativeClause(mi) {
				sc[e] += 3 // named in the lede, not in passing: what the news is about
			}
		}
		if m.head {
			sc[e] += 6
		}
		if a.releaseSubject(mi) || m.sent <= 2 && (a.describedProduction(mi) || a.seasonOfBefore(mi) || a.newProductionBefore(mi)) {
			sc[e] += 3
		}
	}
	for e := range sc {
		sc[e] += 4 * a.ents[e].headline
		if pre, _, ok := strings.Cut(a.ents[e].key, ": "); ok && a.ents[e].headline == 0 && (a.headKeys[pre] || a.plainHeadlinePrefix(e)) && a.onlyFilmOf(pre, e, sc) {
			// the headline's quoted short form: 'Elvenmoor' over "Elvenmoor: The
			// Tinker's Daughter"; or its plain one in a title-case headline
			// ("Glowworm Crew Reunites ..." over "Glowworm: The Dark")
			sc[e] += 4
		} else if a.headSubtitle(e) {
			sc[e] += 4 // the headline quotes the subtitle: 'Last Reckoning' of "X: Last Reckoning"
		}
		if k := a.ents[e].key; !strings.Contains(k, " ") && a.ents[e].headline == 0 && a.weaklyTyped(e) && a.surnameInArticle(k) {
			sc[e] = -1
		}
		if a.headlineLead(e) {
			sc[e] += 4 // "F: Everything We Know About ...": the production explained
		}
		if !a.quotedHeadTitle(e) && (a.possessiveMaker(a.ents[e].key) && !a.ownSeasons(a.ents[e].key) || a.weakPersonalName(e)) {
			sc[e] = -1 // "Netflix's follow-up", "Rebecca Fennimore": never the subject
		}
		if nonSubjectKey(a.ents[e].key) {
			sc[e] = -1 // "Twitch", "30th Anniversary": never the subject
		}
		if k := a.ents[e].key; !strings.Contains(k, " ") && !a.quotedHeadTitle(e) && a.partNamed(e) {
			sc[e] = -1 // "voices the young hero Wren", "Quill as Wren": a part, not the subject
		}
		if a.episodeTitle(e) {
			sc[e] = -1 // "the finale, "X"": an episode of the production, not the production
		}
		if a.loneLateName(e) && a.headlineTitleElse(e) {
			sc[e] = -1 // "Shot in Spain and Romania, the film ...": one late name, not the headline's title
		}
	}
	a.ledeOverBase(filmLede, sc, filmOf)
	for e, n := range sc {
		if n <= 0 || !a.weakTitle(e) {
			continue
		}
		for f, m := range sc {
			if m > 0 && n >= m && hasPrefixBefore(a.ents[f].key, a.ents[e].key, ": ") && (a.inOpening(f) || a.inLede(f)) {
				// "a new X series ... X: Origins": the base only a weak cue
				// typed is the franchise's name; its subtitled film is the news
				n = m - 1
				sc[e] = n
			}
		}
	}
	return sc
}

// weakTitle reports whether no mention of local entity e is quoted, a
// headline title, or typed by a cue stronger than one.
func (a *article) weakTitle(e int) bool {
	for _, mi := range a.ents[e].mentions {
		if m := &a.ments[mi]; m.strength > 1 || m.head || m.quoted {
			return false
		}
	}
	return true
}

// quotedHeadTitle reports whether a mention of local entity e is a quoted
// headline or heading title.
func (a *article) quotedHeadTitle(e int) bool {
	for _, mi := range a.ents[e].mentions {
		if a.ments[mi].head {
			return true
		}
	}
	return false
}

// weakPersonalName reports whether every mention of local entity e is a
// personal name led by a given name that no cue typed strongly, whose
// surname a strong cue typed a person elsewhere in the article: a person a
// weak cue mistook for a film ("P is in talks to join Q in F, the
// follow-up to ..." read P as the sequel; "P would play C").
func (a *article) weakPersonalName(e int) bool {
	if len(a.ents[e].mentions) == 0 {
		return false
	}
	for _, mi := range a.ents[e].mentions {
		m := &a.ments[mi]
		if m.strength >= 3 || m.quoted || m.the || m.words < 2 || !m.personShaped() || !givenFirst(m.text) {
			return false
		}
	}
	k := a.ents[e].key
	sur := k[strings.LastIndexByte(k, ' ')+1:]
	for mi := range a.ments {
		if m := &a.ments[mi]; m.key == sur && m.typ == kg.Person && m.strength >= 3 {
			return true
		}
	}
	return false
}

// surnameInArticle reports whether the one-word key is the family name of
// a personal name of the article: its last word, or the first word of a
// two-word name given family name first ("Park Min-seok", "Tommy Lok
// Kai-wing" reads its last word); the name a mention typed person, or an
// untyped personal name led by a given name.
func (a *article) surnameInArticle(key string) bool {
	for k := range a.ments {
		o := &a.ments[k]
		if o.words < 2 || !hasSuffixAfter(o.key, " ", key) && !(o.words == 2 && o.typ == kg.Person && familyNameFirst(o.key, key)) {
			continue
		}
		if o.typ == kg.Person || o.typ == "" && o.personShaped() && givenFirst(o.text) {
			return true
		}
	}
	return false
}

// passingMention reports whether film mention mi is named in passing: a
// passingCues word among the four words before it in its sentence, an
// owner's possessive after a credit preposition before it ("in P's F"; a
// company's possessive before the title and a production noun is no
// credit: "of Lionsgate's X series"),
// or named as what another production is made from ("a spin-off of X",
// "a Superbad sequel", "the X follow-up", "a new X feature"), or in
// brackets after a person ("P (F, G)", the maker's earlier work); a
// title listed after one named in passing ("behind A and B") is too.
func (a *article) passingMention(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	k := int(m.a) - 1
	if m.the {
		k--
	}
	if k > s.a && a.toks[k].kind == kPoss && mi > 0 {
		// "seen in P's F", "on C's F": someone's credit
		if o := &a.ments[mi-1]; int(o.b) == k && o.sent == m.sent {
			ob := int(o.a)
			if o.the {
				ob--
			}
			if ob-1 >= s.a && tokIn(&a.toks[ob-1], creditPreps) && !a.seasonOfBefore(mi) && !(o.typ == kg.Organisation && int(m.b) < s.b && tokIn(&a.toks[m.b], productionNouns3)) {
				return true
			}
		}
	}
	if w := a.wordAfter(m); newerNouns[w] || productionNoun(w) && k >= s.a && (tokIn(&a.toks[k], ordinals) || a.toks[k].lower == "brand-new") {
		// "a Superbad sequel", "the X follow-up", "a brand-new X feature",
		// "the second X film": the newer work is the news, X its base
		return true
	}
	if w := a.wordAfter(m); (genreNouns[w] || w == "thriller") && mi+1 < len(a.ments) && a.ments[mi+1].sent == m.sent && a.ments[mi+1].a == m.b+1 {
		// "the D-Day thriller X", "a Beatles musical X": a describer of
		// the title after it
		return true
	}
	if titleJobNouns[a.wordAfter(m)] && int(m.b) < s.b {
		// "X creator P", "the X star", "X veterans P and Q": a person
		// known for X, named in passing
		return true
	}
	if k-1 >= s.a && a.toks[k].kind == kPoss && a.toks[k-1].kind == kNum && isYear(a.toks[k-1].text) {
		return true // "2017's Tumbala: Welcome to the Swamp": an earlier film
	}
	if k >= s.a && a.toks[k].text == "(" && mi > 0 {
		// "P (F, G)": a maker's earlier credits after the name
		if o := &a.ments[mi-1]; o.sent == m.sent && int(o.b) == k && o.typ == kg.Person {
			return true
		}
	}
	reach := 4
	if a.seasonOfBefore(mi) {
		reach = 7 // "since the second season of X": the cue before the season
	}
	for n := 0; k >= s.a && n < reach; k, n = k-1, n+1 {
		t := &a.toks[k]
		if t.kind != kWord && t.kind != kPoss && t.kind != kNum {
			break
		}
		if tokIn(t, passingCues) {
			return true
		}
		if (t.lower == "to" || t.lower == "of") && k > s.a && (tokIn(&a.toks[k-1], kindNouns) || tokIn(&a.toks[k-1], newerNouns)) {
			return true
		}
	}
	// "behind Upload and The Unseen Man": a list's later titles are
	// named as its first is
	if p := mi - 1; p >= 0 && a.ments[p].sent == m.sent && a.listNext(&a.ments[p], m) && (a.ments[p].typ == kg.Film || a.ments[p].ent >= 0 && a.ents[a.find(int(a.ments[p].ent))].typ == kg.Film) {
		return a.passingMention(p)
	}
	return false
}

// releaseSubject reports whether film mention mi opens its sentence and a
// release verb follows it ("X premiered Sept. 18", "X is in cinemas from
// Friday", "X is now streaming").
func (a *article) releaseSubject(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	first := int(m.a)
	if m.the {
		first--
	}
	if first != s.a {
		return false
	}
	k := int(m.b)
	for k < s.b && k < int(m.b)+3 && releaseAux[a.toks[k].lower] {
		k++
	}
	if k >= s.b {
		return false
	}
	if comesOutVerbs[a.toks[k].lower] {
		return true
	}
	w := a.toks[k].lower
	return (w == "in" || w == "on") && k+1 < s.b && (a.toks[k+1].lower == "cinemas" || a.toks[k+1].lower == "theaters" || a.toks[k+1].lower == "theatres")
}

// weaklyTyped reports whether no mention of local entity e carries a
// strong type cue, none is a headline title, and it is not named in the
// headline sentence.
func (a *article) weaklyTyped(e int) bool {
	for _, mi := range a.ents[e].mentions {
		if m := &a.ments[mi]; m.strength >= 3 || m.head || m.sent == 0 {
			return false
		}
	}
	return true
}

// describedProduction reports whether mention mi is followed, in its
// sentence, by an appositive that describes it as a production: a comma,
// then a maker's possessive or "the"/"a", and within six words a
// production noun or a newer-work noun ("Marlow's '62, Lee Isaac Cheng's
// breezy, sun-bleached prequel", "X, the long-awaited sequel"): the
// article's news.
func (a *article) describedProduction(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	k := int(m.b)
	if k+2 >= s.b || a.toks[k].text != "," {
		return false
	}
	k++
	switch w := a.toks[k].lower; {
	case w == "the" || w == "a" || w == "an":
		k++
	case mi+1 < len(a.ments) && int(a.ments[mi+1].a) == k && int(a.ments[mi+1].b) < s.b && a.toks[a.ments[mi+1].b].kind == kPoss:
		k = int(a.ments[mi+1].b) + 1
	default:
		return false
	}
	for n := 0; n < 6 && k < s.b; n, k = n+1, k+1 {
		t := &a.toks[k]
		if t.kind == kWord && (tokIn(t, productionNouns3) || newerNouns[t.lower]) {
			return true
		}
		if t.kind != kWord && t.text != "," && t.kind != kDash {
			return false
		}
	}
	return false
}

// plainHeadlinePrefix reports whether a title-case headline (sentence 0)
// spells the words before the colon of a mention of film e ("Firefly" of
// "Glowworm: The Dark"), not followed there by a colon or a number.
func (a *article) plainHeadlinePrefix(e int) bool {
	if len(a.sents) < 2 || !a.sents[0].titleCase {
		return false
	}
	h := &a.sents[0]
	for _, mi := range a.ents[e].mentions {
		m := &a.ments[mi]
		if m.sent == 0 || !m.colon {
			continue
		}
		n := 0
		for int(m.a)+n < int(m.b) && a.toks[int(m.a)+n].text != ":" {
			n++
		}
		if n == 0 {
			continue
		}
		for i := h.a; i+n <= h.b; i++ {
			if a.tokensMatch(i, int(m.a), n) && (i+n == h.b || a.toks[i+n].text != ":" && a.toks[i+n].kind != kNum) {
				return true
			}
		}
	}
	return false
}

// onlyFilmOf reports whether film e is the only scored film whose key is
// the headline's short form pre or starts with it, and no film that may
// be a subject (nonSubjectKey) has a headline credit of its own.
func (a *article) onlyFilmOf(pre string, e int, sc map[int]int) bool {
	for o := range sc {
		if a.ents[o].headline > 0 && !nonSubjectKey(a.ents[o].key) {
			return false // (not "Formula One" in the headline: never a subject)
		}
		if k := a.ents[o].key; o != e && (k == pre || hasPrefixBefore(k, pre, " ") || hasPrefixBefore(k, pre, ":")) {
			return false
		}
	}
	return true
}

// headSubtitle reports whether the headline quotes the words after the
// colon of film e's key, the subtitle a newer entry is known by ('Now
// Showing' of "Lantern: Now Showing"), and no other key has that subtitle.
func (a *article) headSubtitle(e int) bool {
	_, sub, ok := strings.Cut(a.ents[e].key, ": ")
	if !ok || !a.headKeys[sub] || a.ents[e].headline > 0 {
		return false
	}
	for o := range a.ents {
		if o != e && a.find(o) == o && hasSuffixAfter(a.ents[o].key, ": ", sub) {
			return false
		}
	}
	return true
}

// headEvidence reports whether the headline points at film e: a quoted
// headline title or a headline match of its own, or a quoted short form
// of it before or after its colon.
func (a *article) headEvidence(e int) bool {
	if a.ents[e].headline > 0 || a.quotedHeadTitle(e) || a.headSubtitle(e) {
		return true
	}
	pre, _, ok := strings.Cut(a.ents[e].key, ": ")
	return ok && a.headKeys[pre]
}

// onlyInPassing reports whether every mention of film e is named in
// passing (passingMention), none is in the headline and the headline does
// not point at it (headEvidence): a film the article
// names only as someone's credit or a comparison is never its subject.
func (a *article) onlyInPassing(e int) bool {
	for _, mi := range a.ents[e].mentions {
		if a.ments[mi].sent == 0 || a.ments[mi].head || !a.passingMention(mi) {
			return false
		}
	}
	return !a.headEvidence(e)
}

// headlineNewerEntry returns, when film e is named by a quoted headline
// title followed by a newer-work noun ("'Labyrinth Racer' Reboot", "'Harbor'
// Sequel Sets ..."), the one other film of the article whose key extends
// e's ("x: subtitle", "x 2"), is named in the opening (inOpening) and is
// not written as an earlier film (earlierShort): the reboot or sequel the
// headline announces. Otherwise it returns e.
func (a *article) headlineNewerEntry(e int) int {
	newer := false
	for _, mi := range a.ents[e].mentions {
		m := &a.ments[mi]
		if m.head && m.sent == 0 {
			k := int(m.b)
			if k < a.sents[0].b && a.toks[k].kind == kQuote {
				k++
			}
			newer = newer || k < a.sents[0].b && newerNouns[a.toks[k].lower]
		}
	}
	if !newer {
		return e
	}
	key := a.ents[e].key
	found := -1
	for o := range a.ents {
		if o == e || a.find(o) != o || a.ents[o].typ != kg.Film || len(a.ents[o].mentions) == 0 || a.ents[o].conditional {
			continue
		}
		if k := a.ents[o].key; (hasPrefixBefore(k, key, ": ") || hasPrefixBefore(k, key, " ")) && a.inOpening(o) {
			if found >= 0 || a.earlierShort(o) {
				return e
			}
			found = o
		}
	}
	if found < 0 {
		return e
	}
	return found
}

// familyNameFirst reports whether the two-word personal name key starts
// with the one-word family name fam and ends with a hyphenated given name
// ("park min-seok", "kim soo-ah"): an East Asian name, family name first.
func familyNameFirst(key, fam string) bool {
	rest, ok := strings.CutPrefix(key, fam+" ")
	if !ok {
		return false
	}
	h := strings.IndexByte(rest, '-')
	return h > 0 && h < len(rest)-1 && !strings.Contains(rest, " ")
}

// franchiseHeadline reports whether film e is a numbered entry ("X II")
// of a franchise X the headline names, and the article names another
// numbered entry of X: a piece about the franchise's films ("'X' Trilogy
// Returns to Cinemas"), where no one entry is the subject.
func (a *article) franchiseHeadline(e int) bool {
	base, n := titleSig(a.ents[e].key)
	if base == "" || n == "" {
		return false
	}
	named, others := false, 0
	for o := range a.ents {
		if a.find(o) != o || len(a.ents[o].mentions) == 0 {
			continue
		}
		switch a.ents[o].typ {
		case kg.Franchise:
			named = named || a.ents[o].key == base && a.headlined(o)
		case kg.Film:
			if b, m := titleSig(a.ents[o].key); o != e && b == base && m != "" && m != n {
				others++
			}
		}
	}
	return named && others > 0
}

// newProductionBefore reports whether film mention mi follows a comma
// after "new" and a production noun ("Her new film, Small Hamlet, is ...",
// "the studio's new series, X,"): the production the article introduces.
func (a *article) newProductionBefore(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	k := int(m.a) - 1
	if m.the {
		k--
	}
	return k-2 >= s.a && a.toks[k].text == "," && tokIn(&a.toks[k-1], productionNouns3) && a.toks[k-2].lower == "new"
}

// ledeOverBase lets the one production the first film-naming sentence
// (si) names not in passing outrank every title that sentence names in
// passing as its base ("X, the network's spin-off of Y", "X, which
// reunites the team behind Y"): later mentions of the base are its
// backstory, not the news.
func (a *article) ledeOverBase(si int, sc map[int]int, filmOf func(int) int) {
	if si < 0 {
		return
	}
	lo := a.firstMentionFrom(si)
	own, base := -1, false
	for mi := lo; mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
		e := filmOf(mi)
		if e < 0 {
			continue
		}
		if a.passingMention(mi) {
			base = true
		} else if own >= 0 && own != e {
			return // two productions: no one is the news here
		} else {
			own = e
			if m := &a.ments[mi]; int(m.a) > a.sents[si].a && a.toks[m.a-1].text == "the" {
				// "the Lord of the Harbour is back": a lower-case article
				// before the name makes it a description (an epithet, a
				// place), not the title the news is about
				return
			}
		}
	}
	if own < 0 || !base || sc[own] <= 0 {
		return
	}
	for mi := lo; mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
		if e := filmOf(mi); e >= 0 && e != own && sc[e] >= sc[own] {
			sc[own] = sc[e] + 1
		}
	}
}

// relativeWords open a relative clause ("whose comeback was told in F").
var relativeWords = setOf("who", "whose", "whom", "which", "where")

// inRelativeClause reports whether a relative pronoun stands before
// mention mi in its sentence ("the boxer whose comeback was told in F"):
// the film describes someone or something else, it is not the news.
func (a *article) inRelativeClause(mi int) bool {
	m := &a.ments[mi]
	for t := a.sents[m.sent].a; t < int(m.a); t++ {
		if a.toks[t].kind == kWord && relativeWords[a.toks[t].lower] {
			return true
		}
	}
	return false
}

// seasonNouns name the parts of a series ("X's final season", "X's
// seventh season", "X's two-part finale").
var seasonNouns = setOf("season", "seasons", "episode", "episodes", "finale")

// ownSeasons reports whether some body mention with key is followed by a
// possessive and, within three lower-case words, a part of a series
// ("X's final season", "X's seventh season"): the series' own season, so
// X is the series, not a maker of productions (possessiveMaker).
func (a *article) ownSeasons(key string) bool {
	return a.possessiveThen(key, func(w string) bool { return seasonNouns[w] })
}

// headlineTitleFilm makes a film of the company a title the headline line
// quotes stands for ("'The Harbor Brothers' Review: ...", "'Q7' Races
// Ahead": a company word or a cue typed the name a company), or of the
// company or character the headline reviews ("Iron Maid review: ...",
// a title role a cue typed a character), when no film of the article has
// headline evidence (headEvidence): a headline quotes the production it
// is about, never a company, and what a review reviews is a production.
// Every mention of the name changes, so the subject choice can land on
// it.
func (a *article) headlineTitleFilm() {
	if len(a.sents) < 2 || a.toks[a.sents[1].a].nl == 0 {
		return // no headline line of its own
	}
	title := -1
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.sent != 0 || m.ent < 0 {
			continue
		}
		e := a.find(int(m.ent))
		t := a.ents[e].typ
		if len(a.ents[e].mentions) < 2 || !(m.head && m.quoted && t == kg.Organisation || a.reviewedName(m) && (t == kg.Organisation || t == kg.Character)) {
			continue
		}
		if title >= 0 && title != e {
			return // two such names: no one title
		}
		title = e
	}
	if title < 0 {
		return
	}
	for e := range a.ents {
		if a.find(e) == e && a.ents[e].typ == kg.Film && len(a.ents[e].mentions) > 0 && a.headEvidence(e) {
			return
		}
	}
	a.ents[title].typ = kg.Film
	for _, mi := range a.ents[title].mentions {
		m := &a.ments[mi]
		m.typ, m.strength, m.world = kg.Film, 2, ""
	}
}

// loneLateName reports whether local film entity e is named once, after
// the opening (not in the headline, the first two body sentences nor the
// first paragraph), unquoted and as no headline title: a name a cue met
// once deep in the body typed a film ("Shot largely in Spain and X, the
// film looks ...", "The location work in X, shot by ...").
func (a *article) loneLateName(e int) bool {
	ms := a.ents[e].mentions
	if len(ms) != 1 || a.ents[e].headline > 0 {
		return false
	}
	m := &a.ments[ms[0]]
	return !m.head && !m.quoted && m.sent > 2 && !a.inLede(e)
}

// headlineTitleElse reports whether the headline line of its own names an
// entity other than e (and than the base of e's title) that is no person
// and that one of the first three body sentences names again ("X review:
// ...", "'X' at 20: ..."): the title the article is about, typed as
// whatever a cue made it. A name met once deep in such an article is never
// its subject.
func (a *article) headlineTitleElse(e int) bool {
	if len(a.sents) < 3 || a.toks[a.sents[1].a].nl == 0 {
		return false
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.sent != 0 || m.key == "" || m.typ == kg.Person || m.personShaped() && !m.quoted && givenFirst(m.text) {
			continue
		}
		if m.ent >= 0 && (a.find(int(m.ent)) == e || a.ents[a.find(int(m.ent))].typ == kg.Person) {
			continue
		}
		if k := a.ents[e].key; k == m.key || hasPrefixBefore(k, m.key, ":") || hasPrefixBefore(k, m.key, " ") {
			continue // 'X' in the headline, "X: The Movie" deep in the body: one production
		}
		for k := range a.ments {
			if o := &a.ments[k]; o.sent > 0 && o.sent <= 3 && o.key == m.key {
				return true
			}
		}
	}
	return false
}

// reviewedName reports whether headline mention m is followed by the word
// "review" (after its closing quote): "X review: ...", "'X' Review: ...".
func (a *article) reviewedName(m *mention) bool {
	k := int(m.b)
	if k < len(a.toks) && a.toks[k].kind == kQuote {
		k++
	}
	return k < a.sents[0].b && a.toks[k].lower == "review"
}

// episodeNouns name one instalment of a series ("the finale, "X"", "the
// episode titled "X"").
var episodeNouns = setOf("finale", "episode", "premiere", "pilot")

// episodeNameWords may stand between an episode noun and the episode's
// name ("the premiere, titled "X"").
var episodeNameWords = setOf("titled", "entitled", "called", "named")

// episodeTitle reports whether a mention of local film entity e is
// introduced as an episode's name: after an episode noun, maybe a comma
// and "titled", and an opening quote ("the finale, "X", which depicts the
// heist", "the episode "X""). An episode is a part of the production an
// article is about, never its subject.
func (a *article) episodeTitle(e int) bool {
	for _, mi := range a.ents[e].mentions {
		m := &a.ments[mi]
		s := &a.sents[m.sent]
		k := int(m.a) - 1
		if k < s.a || a.toks[k].kind != kQuote {
			continue // (an episode's name is quoted)
		}
		k--
		if k >= s.a && episodeNameWords[a.toks[k].lower] {
			k--
		}
		if k >= s.a && a.toks[k].text == "," {
			k--
		}
		if k >= s.a && a.toks[k].kind == kWord && episodeNouns[a.toks[k].lower] {
			return true
		}
	}
	return false
}
