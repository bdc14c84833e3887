package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// chartVerbs are what a film does on a box-office chart, besides the
// patterns' box-office verbs ("stumbled with $3.3 million", "dipped 41%").
var chartVerbs = setOf("stumbled", "dipped", "slid", "sank", "plunged", "tumbled", "soared", "jumped", "scoring",
	"grossing", "earning", "taking", "adding", "opening", "debuting", "expanded", "fell", "dropped", "rose", "held")

// typeChartFilms types as films, before the patterns run, the names a
// box-office report ranks: in an article that says "box office", a
// sentence with a sum of money or a percentage whose subject (its first
// name, after a lead such as "Further down the chart," and a company's
// possessive) is followed, in the same clause or after an appositive, by
// a chart verb ("Lionsgate's Rush Home Tonight stumbled with $3.3
// million", "A24's Kinship, which expanded nationwide, ... scoring $4.9
// million"). The company before the possessive is an organisation. Names
// already typed, personal names and names in capitals are left alone.
func (a *article) typeChartFilms() {
	if !a.saysBoxOffice() {
		return
	}
	mi := 0
	for si := range a.sents {
		s := &a.sents[si]
		for mi < len(a.ments) && int(a.ments[mi].sent) < si {
			mi++
		}
		if s.titleCase || mi >= len(a.ments) || int(a.ments[mi].sent) != si || !a.hasMoney(s) {
			continue
		}
		first := mi
		if f := &a.ments[first]; int(f.a) == s.a && f.words == 1 && int(f.b) < s.b && a.toks[f.b].kind == kWord && !a.toks[f.b].cap &&
			first+1 < len(a.ments) && int(a.ments[first+1].sent) == si {
			first++ // "Further down the chart, ...": a capitalised lead word
		}
		owner := -1
		m := &a.ments[first]
		if e := int(m.b); e < s.b && a.toks[e].kind == kPoss && first+1 < len(a.ments) && int(a.ments[first+1].sent) == si && int(a.ments[first+1].a) <= e+2 {
			owner, first = first, first+1
			m = &a.ments[first]
		}
		if int(m.a)-s.a > 8 || m.typ != "" || m.allCaps || m.quoted || m.personShaped() && givenFirst(m.text) {
			continue
		}
		if e := int(m.b); e >= s.b || !a.chartVerbAfter(s, e) || a.toks[e].kind == kPoss ||
			a.toks[e].kind == kWord && !a.toks[e].cap && !chartVerbs[a.toks[e].lower] && !boxOfficeVerbs[a.toks[e].lower] && !auxAdverbs[a.toks[e].lower] {
			continue // "the Disney release collected": a company's release
		}
		m.setType(kg.Film, 2)
		if owner >= 0 {
			if o := &a.ments[owner]; o.typ == "" && !o.personShaped() {
				o.setType(kg.Organisation, 2)
				o.world = kg.WorldReal
			}
		}
	}
}

// auxAdverbs may stand between a film and its chart verb ("has now
// grossed", "also opened").
var auxAdverbs = setOf("has", "had", "have", "was", "is", "also", "now", "then", "again", "still", "easily", "only", "just")

// lowerFirst returns the first word of s in lower case.
func lowerFirst(s string) string {
	return foldKey(firstWord(s))
}

// saysBoxOffice reports whether the article's body speaks of the box office.
func (a *article) saysBoxOffice() bool {
	for _, c := range a.cueTokens() { // ("box" is among them)
		if i := int(c); i+1 < len(a.toks) && a.toks[i].lower == "box" && a.toks[i+1].lower == "office" && int(a.toks[i].start) >= a.body {
			return true
		}
	}
	return false
}

// hasMoney reports whether sentence s holds a sum of money or a percentage.
func (a *article) hasMoney(s *sentence) bool {
	for i := s.a; i < s.b; i++ {
		if t := &a.toks[i]; t.text == "$" || t.text == "%" || t.text == "£" || t.text == "€" {
			return true
		}
	}
	return false
}

// chartVerbAfter reports whether a chart or box-office verb follows token
// i in sentence s: at once, after an adverb, or after an appositive or
// relative clause between commas (up to the next full clause).
func (a *article) chartVerbAfter(s *sentence, i int) bool {
	for k := i; k < s.b && k < i+24; k++ {
		t := &a.toks[k]
		if t.text == ";" || t.text == "." {
			return false
		}
		if t.kind == kWord && (chartVerbs[t.lower] || boxOfficeVerbs[t.lower]) {
			return true
		}
	}
	return false
}

// nearFilms gives film anaphors of claims the film the paragraph is at in
// a report on several productions: when one of the two sentences before
// the claim's, in its paragraph, opens with a film other than the
// article's subject ("Further down the chart, Lionsgate's F stumbled ...
// The psychological thriller, directed by P, stars Q"), and neither the
// claim's sentence nor any sentence between names the subject film. Runs
// after local resolution (the subject film is known).
func (a *article) nearFilms() {
	if a.subjectFilm < 0 {
		return
	}
	subj := a.find(int(a.subjectFilm))
	kinds := map[string]int{} // kind noun → the mention kindFilm found, cached
	var multi map[int]int     // newFilmParagraphs, computed when first needed
	seriesFirst := -1
	if a.seriesFilm >= 0 && a.find(int(a.seriesFilm)) != subj && !a.filmFormat(subj) {
		seriesFirst = int(a.sents[len(a.sents)-1].b)
		for _, mi := range a.ents[a.find(int(a.seriesFilm))].mentions {
			seriesFirst = min(seriesFirst, int(a.ments[mi].sent))
		}
	}
	var own []pclaim // actors' own credits in passing, added after the loop
	defer func() { a.claims = append(a.claims, own...) }()
	appositive := a.appositiveCredits(subj)
	for i := range a.claims {
		c := &a.claims[i]
		if f := c.obj.m; f >= 0 && filmAnaphorRel(c.rel) && a.ments[f].sent != c.sent && a.ments[f].typ == kg.Film {
			// a film of an earlier sentence that its lead marks as an
			// earlier one ("Quist's previous film, Winter Quay, grossed
			// $40m. The film was written by ..."): not the film the text
			// is about
			if fs := &a.sents[a.ments[f].sent]; a.earlierLead(fs, int(a.ments[f].a)) && a.leadOnly(fs, int(a.ments[f].a)) {
				c.obj = anaArg(anaFilm)
			}
		}
		if f := c.obj.m; f >= 0 && appositive[f] && c.rel == kg.ActedIn && c.char.m >= 0 && a.ments[c.char.m].start > a.ments[f].start {
			// "Milo Brandt, the young star of Netflix's Paperwings, as the
			// mysterious Teen; Irene Salto as Vera Quill": the parts are in
			// the production the text is about; the credit in passing is
			// the first actor's own
			if p := &a.ments[c.subj.m]; c.subj.m >= 0 && p.sent == a.ments[f].sent && int(a.ments[f].a)-int(p.b) <= 8 && p.start < a.ments[f].start {
				own = append(own, pclaim{rel: kg.ActedIn, subj: c.subj, obj: c.obj, char: noArg, sent: c.sent})
			}
			c.obj = anaArg(anaFilm)
		}
		if f := c.obj.m; f >= 0 && filmAnaphorRel(c.rel) && a.ments[f].typ == kg.Film && a.originOfNewer(int(f)) {
			// "The follow-up to 2015's X was directed by P": the credit is
			// the newer production's, the one the text is about
			if e := a.ments[f].ent; e >= 0 && a.find(int(e)) != subj {
				c.obj = anaArg(anaFilm)
			}
		}
		if c.obj.m < 0 && c.obj.ana == anaSeries && seriesFirst > int(c.sent) && len(a.ents[subj].mentions) > 0 {
			// "boarded the series" before any series is named: the
			// subject, not "the animated anthology X" named later
			c.obj = arg{m: int32(a.ents[subj].mentions[0]), of: -1, abs: true}
			continue
		}
		if filmAnaphorRel(c.rel) && c.obj.m < 0 && c.obj.ana == anaSeries && !a.namesEnt(int(c.sent), subj) {
			// "Queen Marisse: A Pembury Story, the limited series ...,
			// premiered as a prequel set before the main series, with P as
			// C": the cast of the series the sentence opens with
			if f := a.openingFilmLoose(int(c.sent)); f >= 0 && a.ments[f].format == kg.FormatSeries {
				c.obj = arg{m: int32(f), of: -1, abs: true}
			}
			continue
		}
		if !filmAnaphorRel(c.rel) || c.obj.m >= 0 || c.obj.ana != anaFilm {
			continue
		}
		si := int(c.sent)
		if f := a.kindFilm(si, subj, kinds); f >= 0 {
			c.obj = arg{m: int32(f), of: -1, abs: true}
			continue
		}
		if a.namesEnt(si, subj) {
			continue
		}
		if f := a.openingFilmLoose(si); f >= 0 {
			// the sentence opens with its film, typed only once the
			// patterns had run ("The Lads, based on the comic by ..., stars
			// P as C")
			c.obj = arg{m: int32(f), of: -1, abs: true}
			continue
		}
		done := false
		for k := si - 1; k >= 1 && k >= si-2; k-- {
			if a.toks[a.sents[k+1].a].nl >= 2 || a.namesEnt(k, subj) {
				break
			}
			if f := a.openingFilmLoose(k); f >= 0 {
				if e := a.ments[f].ent; e >= 0 && a.find(int(e)) != subj {
					c.obj = arg{m: int32(f), of: -1, abs: true}
				}
				done = true
				break
			}
		}
		if !done && multi == nil {
			multi = a.newFilmParagraphs(subj)
		}
		if !done {
			if f, ok := multi[a.paragraphOf(si)]; ok && f >= 0 && !a.namesSince(a.paragraphOf(si), si, subj) {
				c.obj = arg{m: int32(f), of: -1, abs: true}
			}
		}
	}
}

// appositiveCredits returns the film mentions (not of the subject subj)
// named in passing in an appositive right after an actor whose part
// follows them ("Milo Brandt, the young star of Netflix's Paperwings, as
// the mysterious Teen"): the actor's own earlier credit, not the
// production of the parts listed with it.
func (a *article) appositiveCredits(subj int) map[int32]bool {
	var out map[int32]bool
	for i := range a.claims {
		c := &a.claims[i]
		f := c.obj.m
		if c.rel != kg.ActedIn || f < 0 || c.char.m < 0 || c.subj.m < 0 || a.ments[f].typ != kg.Film || a.ments[f].ent < 0 ||
			a.find(int(a.ments[f].ent)) == subj || a.ments[c.char.m].start < a.ments[f].start {
			continue
		}
		p := &a.ments[c.subj.m]
		if p.sent != a.ments[f].sent || p.start > a.ments[f].start || int(a.ments[f].a)-int(p.b) > 8 || int(p.b) >= len(a.toks) ||
			a.toks[p.b].text != "," || !a.passingMention(int(f)) {
			continue
		}
		if out == nil {
			out = map[int32]bool{}
		}
		out[f] = true
	}
	return out
}

// newerNouns name a production made after another ("the follow-up to X",
// "the sequel to X").
var newerNouns = setOf("prequel", "sequel", "spin-off", "spinoff", "remake", "reboot", "follow-up", "followup",
	"successor", "continuation")

// originOfNewer reports whether film mention mi is named as what a newer
// production the sentence opens with is made after: "The follow-up to
// 2015's X", "The sequel to X" at the start of the sentence, the
// possessive of a year or a company and "the" skipped.
func (a *article) originOfNewer(mi int) bool {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	k := int(m.a) - 1
	if m.the {
		k--
	}
	if k > s.a && a.toks[k].kind == kPoss {
		k -= 2 // "2015's"
	}
	if k <= s.a || a.toks[k].lower != "to" && a.toks[k].lower != "of" || !newerNouns[a.toks[k-1].lower] {
		return false
	}
	// the newer production opens the sentence: "The follow-up", "Its sequel"
	return k-1 <= s.a+2
}

// passingWords before a film in its sentence make it the film of a credit
// or comparison in passing ("P, who co-directed F, is at the helm", "the
// role he first played in F", "since F in 2019"), not the paragraph's topic.
var passingWords = setOf("who", "whose", "which", "that", "played", "reprised", "starred", "directed", "co-directed",
	"wrote", "co-wrote", "made", "scored", "produced", "created", "since", "than", "after", "before", "like", "previous",
	"earlier", "original", "first", "prior")

// creditedBefore reports whether a passingWords word comes before token k in
// sentence s.
func (a *article) creditedBefore(s *sentence, k int) bool {
	for t := s.a; t < k; t++ {
		if a.toks[t].kind == kWord && tokIn(&a.toks[t], passingWords) {
			return true
		}
	}
	return false
}

// paragraphOf returns the first sentence of the paragraph of sentence si.
func (a *article) paragraphOf(si int) int {
	for si > 0 && !a.paraStart(si) {
		si--
	}
	return si
}

// paraStart reports whether sentence si opens a paragraph: a blank line
// before it, or a heading line (a headline-cased sentence, not the
// article's headline) right above it.
func (a *article) paraStart(si int) bool {
	return a.toks[a.sents[si].a].nl >= 2 || si > 1 && a.sents[si-1].titleCase && !a.sents[si].titleCase
}

// namesSince reports whether sentences from..to (both included) name local
// entity e.
func (a *article) namesSince(from, to, e int) bool {
	for k := from; k <= to; k++ {
		if a.namesEnt(k, e) {
			return true
		}
	}
	return false
}

// newFilmParagraphs maps, in a report on several productions (a round-up, a
// festival dispatch, a chart), the first sentence of each paragraph that
// introduces one film other than the subject subj (its first mention in
// the article) to that film's mention; the anaphors of the paragraph's
// later sentences stand for it ("Dan Hollis returned with Paper Moons, a
// comedy ... Bea Lund and Lia Serro play the double act"). An article
// with fewer than three such paragraphs gets an empty map (a news item
// naming an earlier film in passing is not such a report).
func (a *article) newFilmParagraphs(subj int) map[int]int {
	first := map[int]int{} // entity → sentence of its first mention
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.ent < 0 || a.sents[m.sent].titleCase {
			continue
		}
		e := a.find(int(m.ent))
		if s, ok := first[e]; !ok || int(m.sent) < s {
			first[e] = int(m.sent)
		}
	}
	out := map[int]int{}
	intro := 0
	for si := 1; si < len(a.sents); si++ {
		if !a.paraStart(si) || a.sents[si].titleCase {
			continue
		}
		lo := a.firstMentionFrom(si)
		found, fe := -1, -1
		for mi := lo; mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
			m := &a.ments[mi]
			if m.typ != kg.Film || m.ent < 0 || m.strength < 2 {
				continue
			}
			e := a.find(int(m.ent))
			if first[e] != si || a.creditedBefore(&a.sents[si], int(m.a)) || a.originOfNewer(mi) {
				continue
			}
			if fe >= 0 && fe != e {
				if fk, k := a.ents[fe].key, a.ents[e].key; strings.HasPrefix(k, fk) {
					found, fe = mi, e // "its sixth Frost Era feature, now titled Frost Era: Melting Point"
					continue
				} else if strings.HasPrefix(fk, k) {
					continue
				}
				found = -2 // two new films: no one referent
				break
			}
			found, fe = mi, e
		}
		if found == -1 {
			continue
		}
		intro++
		if found >= 0 && fe != subj {
			out[si] = found
		}
	}
	if intro < 3 {
		return map[int]int{}
	}
	// the subject named in half the paragraphs or more: a news item about
	// it, whose paragraphs name other films in passing
	paras, named := 0, 0
	for si := 1; si < len(a.sents); si++ {
		if a.paraStart(si) && !a.sents[si].titleCase {
			paras++
			end := si + 1
			for end < len(a.sents) && !a.paraStart(end) && !a.sents[end].titleCase {
				end++
			}
			if a.namesSince(si, end-1, subj) {
				named++
			}
		}
	}
	if 2*named >= paras {
		return map[int]int{}
	}
	return out
}

// namesEnt reports whether sentence si holds a mention of local entity e.
func (a *article) namesEnt(si, e int) bool {
	lo := a.firstMentionFrom(si)
	for mi := lo; mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
		if x := a.ments[mi].ent; x >= 0 && a.find(int(x)) == e {
			return true
		}
	}
	return false
}

// openingFilmLoose returns the film mention that opens sentence si as its
// subject (the first name within its first twelve tokens, a company's
// possessive before it skipped; not the origin of "The follow-up to X"),
// or -1.
func (a *article) openingFilmLoose(si int) int {
	s := &a.sents[si]
	lo := a.firstMentionFrom(si)
	for mi := lo; mi < len(a.ments) && int(a.ments[mi].sent) == si; mi++ {
		m := &a.ments[mi]
		if int(m.a)-s.a > 12 {
			return -1
		}
		if e := int(m.b); e < s.b && a.toks[e].kind == kPoss {
			continue
		}
		if m.typ == kg.Film && m.ent >= 0 && a.leadOnly(s, int(m.a)) && !a.earlierLead(s, int(m.a)) && !a.originOfNewer(mi) && !titleJobNouns[a.wordAfter(m)] {
			return mi
		}
		return -1
	}
	return -1
}

// earlierWords in a lead mark the film after it as an earlier one, which
// the text is not about ("Quist's previous film, Winter Quay, grossed ...").
var earlierWords = setOf("previous", "earlier", "original", "first", "prior", "debut")

// earlierLead reports whether the tokens of sentence s before token k hold
// an earlierWords word.
func (a *article) earlierLead(s *sentence, k int) bool {
	for t := s.a; t < k; t++ {
		if earlierWords[a.toks[t].lower] {
			return true
		}
	}
	return false
}

// leadOnly reports whether the tokens of sentence s before token k are a
// lead that leaves the name at k the sentence's subject: nothing, or
// describing words, a company's possessive and "the", or a lead phrase
// ended by a comma ("Last year's anime feature F", "Further down the
// chart, O's F"); never a verb or preposition before it ("It is better
// than F").
func (a *article) leadOnly(s *sentence, k int) bool {
	for t := k - 1; t >= s.a; t-- {
		tk := &a.toks[t]
		switch {
		case tk.text == ",":
			return true
		case tk.kind == kPoss, tk.kind == kWord && tk.cap, tk.kind == kNum:
		case tk.kind == kWord && (tk.lower == "the" || tk.lower == "its" || tk.lower == "year" || !commonWords[tk.lower] && !leadVerbs[tk.lower]):
		default:
			return false
		}
	}
	return true
}

// companyTitleNouns follow a company's name before an executive's name
// ("Lucasfilm president Marian Holtby").
var companyTitleNouns = setOf("president", "chief", "ceo", "chairman", "chairwoman", "chair", "co-chair", "boss",
	"head", "executive", "chief executive", "co-president", "vice-president")

// makingNouns name a production made from or after another ("Disney's
// live-action remake of X", "Prime Video's prequel to X", "Screen Gems'
// adaptation of the video game").
var makingNouns = setOf("remake", "reboot", "prequel", "sequel", "spin-off", "spinoff", "adaptation", "reimagining",
	"version", "take", "series", "film", "movie", "release")

// ownPronouns make a possessive's owner a person ("P's sequel to his film").
var ownPronouns = setOf("his", "her", "their", "himself", "herself")

// typeCompanies types as companies, before the patterns run, names that
// only a company fits in three general shapes: a possessive before a
// production made of or after something else ("Disney's live-action
// remake of X", "Prime Video's prequel to X"), an acronym in a
// production's description ("the CBS procedural F", "the FX drama F"), and
// a name before an executive's title and a personal name ("Lucasfilm
// president Marian Holtby"). Personal names (led by a given name, or a
// surname of a personal name of the article) are left alone, and so are
// names typed already. It first puts back the month or weekday opening a
// name (joinCalendarGivenNames) and joins names split at a second particle
// or at a nickname of several words (joinParticleNames,
// joinNicknamedNames), and then runs the other typing passes that precede
// the patterns (trimLeadJobNouns, typeRankedCharacters, ...).
func (a *article) typeCompanies() {
	a.joinCalendarGivenNames()
	a.joinMonthGivenNames()
	a.joinParticleNames()
	a.joinNicknamedNames()
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.typ == "" && m.digit && m.words >= 2 && isOrdinalNum(a.toks[m.a].lower) && (int(m.b) < s.b && a.toks[m.b].kind == kPoss || !m.the && !m.theOpen && m.b-m.a == 3) {
			// "20th Century Fox's two features", "20th Century Fox stepped
			// in": an ordinal-led company (a title has "The": "The 13th Warrior")
			m.setRealOrg()
			continue
		}
		if m.typ != "" || m.quoted || m.colon || m.digit || m.titleWords {
			continue
		}
		e := int(m.b)
		if e >= s.b || !(a.toks[e].kind == kPoss || m.allCaps || a.tokIn(e, companyTitleNouns)) || !a.companyShaped(m) {
			continue // (the shapes below, cheapest test first)
		}
		switch {
		case e < s.b && a.toks[e].kind == kPoss:
			n := e + 1
			for n < s.b && n < e+4 && a.toks[n].kind == kWord && !a.toks[n].cap && !makingNouns[a.toks[n].lower] {
				n++
			}
			if n+2 < s.b && makingNouns[a.toks[n].lower] && (a.toks[n+1].lower == "of" || a.toks[n+1].lower == "to") && !ownPronouns[a.toks[n+2].lower] {
				// (not "Bernard Cole's sequel to his 2000 film")
				m.setRealOrg()
			}
		case m.allCaps && m.words == 1 && int(m.a) > s.a && a.toks[m.a-1].lower == "the":
			n := e
			for n < s.b && n < e+3 && a.toks[n].kind == kWord && !a.toks[n].cap {
				n++
			}
			if n > e && n < s.b && tokIn(&a.toks[n-1], productionNouns3) && a.mentionAt(k, min(k+3, len(a.ments)), n) >= 0 {
				m.setRealOrg()
			}
		case e+1 < s.b && a.toks[e].kind == kWord && companyTitleNouns[a.toks[e].lower] && k+1 < len(a.ments) &&
			int(a.ments[k+1].a) == e+1 && (a.ments[k+1].personShaped() || a.surnameOfName(&a.ments[k+1])):
			m.setRealOrg()
		}
	}
	a.typeRealAgencies()
	a.shareSurnames()
	a.typeCompanyContexts()
	a.trimLeadJobNouns()
	a.trimExecTitles()
	a.trimAgencyRanks()
	a.trimPartDescribers()
	a.typeTalentAgencies()
	a.typeRankedCharacters(true)
	a.typeCuedTitledParts()
	a.typeDescribedParts()
	a.typeCreditTitles()
	a.typeLeadDefinitions()
	a.typeLoneTitle()
	a.typeVoicedLists()
	a.typePlayedParts()
	a.typePlayedByParts()
	a.typeOwnedFilms()
	a.typeActorPossessiveParts()
	a.typeWhoseDescribedParts()
	a.typePlotParts()
	a.typeAuthors()
	a.typeCreditCompounds()
	a.typeListedPeople()
}

// surnameOfName reports whether the one-word mention m is the last word of
// a personal name of the article ("Holtby" after "Marian Holtby").
func (a *article) surnameOfName(m *mention) bool {
	if m.words != 1 {
		return false
	}
	for k := range a.ments {
		if o := &a.ments[k]; o.words >= 2 && o.personShaped() && hasSuffixAfter(o.key, " ", m.key) {
			return true
		}
	}
	return false
}

// sinceWords come before an earlier film named with its year ("since The
// Rise of Dawnrider in 2019", "than The Night Warden (2008)").
var sinceWords = setOf("since", "than", "after", "before", "following")

// dropFamilyPlurals removes, before the patterns run, the mentions that
// name a family by its surname in the plural ("the Cranes" after "Hal and
// Bettina Crane", a personal name led by a given name): a family is no
// entity of the graph, and none of its members in particular.
func (a *article) dropFamilyPlurals() {
	// (cheap test first: most articles have no "the <Name>s" at all)
	plural := false
	for mi := range a.ments {
		if m := &a.ments[mi]; m.words == 1 && !m.quoted && len(m.key) > 3 && m.key[len(m.key)-1] == 's' && !m.the && int(m.a) > 0 && a.toks[m.a-1].text == "the" {
			plural = true
			break
		}
	}
	if !plural {
		return
	}
	var surnames map[string]bool
	for mi := range a.ments {
		if m := &a.ments[mi]; m.words >= 2 && m.personShaped() && givenFirst(m.text) {
			if surnames == nil {
				surnames = map[string]bool{}
			}
			surnames[m.key[strings.LastIndexByte(m.key, ' ')+1:]] = true
		}
	}
	if surnames == nil {
		return
	}
	out := a.ments[:0]
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words == 1 && !m.quoted && len(m.key) > 3 && m.key[len(m.key)-1] == 's' && surnames[m.key[:len(m.key)-1]] &&
			!m.the && int(m.a) > 0 && a.toks[m.a-1].text == "the" {
			continue
		}
		out = append(out, *m)
	}
	a.ments = out
}

// clearDemonyms undoes, once the patterns have run, the types given to a
// one-word name that is a demonym ("Seo Min-jae's Korean survival
// drama", "the English-language TV list"): it names nobody. A claim that
// took it for its film falls back to the film anaphor. An acronym typed a
// person after "a"/"an" ("who won a BAFTA playing C") is an award, and
// loses its type too.
func (a *article) clearDemonyms() {
	var cleared map[int32]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.allCaps && m.words == 1 && m.typ == kg.Person && m.a > 0 && (a.toks[m.a-1].lower == "a" || a.toks[m.a-1].lower == "an") {
			// "who won a BAFTA playing C": an award, no person
			m.typ, m.strength, m.key = "", 0, ""
			continue
		}
		if m.typ == kg.Person && m.strength <= 3 && !m.pronoun && (m.the || m.words >= 2 && (m.titleWords || a.functionWordInside(m))) {
			// "The Enforcer", "DuPaul's Glam Race All Stars", "the Fresh
			// Prince of Hill-Crest": a capitalised "The" or a function word
			// inside is no personal name; the name may still join a
			// title or character of that name
			m.typ, m.strength = "", 0
			continue
		}
		if m.words != 1 || m.quoted || m.b != m.a+1 || !demonym(a.toks[m.a].lower) && !moreDemonyms[a.toks[m.a].lower] {
			continue
		}
		if e := int(m.b); e < len(a.toks) && a.toks[e].kind == kWord && a.toks[e].cap && a.toks[e].start-a.toks[e-1].end <= 1 {
			continue // "British Film Institute" is read as one name already
		}
		m.typ, m.strength, m.key = "", 0, ""
		if cleared == nil {
			cleared = map[int32]bool{}
		}
		cleared[int32(mi)] = true
	}
	if cleared == nil {
		return
	}
	for i := range a.claims {
		c := &a.claims[i]
		if cleared[c.obj.m] && filmAnaphorRel(c.rel) {
			c.obj = anaArg(anaFilm)
		}
	}
}

// typeKindTitles types as films, before the patterns run, names written
// right after a kind noun ("last year's prequel Harbour Dawn", "the 2007
// sequel, X") or a production noun ("the BBC drama Harbour Nights", "her
// 2019 film Red"; not a personal name led by a given name, nor a surname:
// "the FX drama Murphy created"), and names after
// "star of" or "creator of" that are not personal names.
func (a *article) typeKindTitles() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != "" || a.sents[m.sent].titleCase || m.allCaps {
			continue
		}
		if a.articleLedHeadTitle(m) {
			m.setType(kg.Film, 2)
			continue
		}
		if e := int(m.b); e+1 < len(a.toks) && a.toks[e].kind == kPoss && a.toks[e+1].text == "$" && !(m.personShaped() && givenFirst(m.text)) {
			// "F9's $70 million bow": a film's takings
			m.setType(kg.Film, 2)
			continue
		}
		if lw := &a.toks[m.a]; int(m.b) == int(m.a)+1 && (tokIn(lw, weekdays) || tokMonth(lw)) {
			// a weekday or month read as a name ("Netflix's Thursday",
			// "Wednesday season 3"; see canStart) is a title
			m.setType(kg.Film, 2)
			continue
		}
		k := int(m.a) - 1
		if m.the {
			k--
		}
		if k > a.sents[m.sent].a && a.toks[k].text == "," {
			k--
		}
		if k < a.sents[m.sent].a || a.toks[k].kind != kWord || a.toks[k].cap {
			continue
		}
		w := a.toks[k].lower
		switch {
		case kindNouns[w] && !a.storySubjectAfterFilmNoun(m), w == "titled", w == "entitled", w == "retitled", w == "subtitled":
			// "now titled Frost Era: Melting Point"
			m.setType(kg.Film, 2)
		case releaseVerbs[w] && a.releaseTail(&a.sents[m.sent], int(m.b)) && !(m.personShaped() && givenFirst(m.text)):
			// "Paramount will open The Bare Fist on Aug. 1"
			m.setType(kg.Film, 2)
		case productionNoun(w) && w != "chapter" && w != "project" && w != "entry" && w != "season" && a.companyShaped(m) && !a.storySubjectAfterFilmNoun(m):
			// "the BBC drama Harbour Nights", "her 2019 film Red" (not "In
			// the movie, Ardo climbs": film_noun_story_subject.go)
			m.setType(kg.Film, 2)
			if seriesNouns[w] {
				m.format = kg.FormatSeries
			}
		case w == "of" && k > a.sents[m.sent].a && tokIn(&a.toks[k-1], workerNouns) && !m.personShaped() && !m.the &&
			!(int(m.b) < len(a.toks) && a.toks[m.b].kind == kPoss):
			// "the star of Snip/Sew", "the creator of Strays"
			m.setType(kg.Film, 2)
		}
	}
}

// releaseVerbs put a production before the public ("will open X on Aug.
// 1", "releases X in theaters").
var releaseVerbs = setOf("open", "opens", "release", "releases", "debut", "debuts", "premiere", "premieres", "distribute",
	"distributes", "stream", "streams", "launch", "launches", "bow", "bows", "unveil", "unveils", "drop", "drops")

// releaseTail reports whether the tokens from e of sentence s close a
// release statement: "on" or "in" before a date, a month, a year, a
// weekday or cinemas/theaters, or the end of the sentence.
func (a *article) releaseTail(s *sentence, e int) bool {
	if e >= s.b || a.toks[e].text == "." {
		return true
	}
	if e+1 >= s.b || a.toks[e].lower != "on" && a.toks[e].lower != "in" && a.toks[e].lower != "this" && a.toks[e].lower != "next" {
		return false
	}
	n := &a.toks[e+1]
	return months[n.lower] != 0 || weekdays[n.lower] || isYear(n.text) || n.lower == "theaters" || n.lower == "theatres" ||
		n.lower == "cinemas" || n.lower == "summer" || n.lower == "fall" || n.lower == "autumn" || n.lower == "spring" ||
		n.lower == "winter" || n.lower == "week" || n.lower == "year" || n.lower == "month"
}

// workerNouns name someone by a production they work on ("the star of X").
var workerNouns = setOf("star", "stars", "creator", "creators", "showrunner", "co-creator", "co-star", "co-stars", "lead")

// appositiveNext may follow the production noun that closes a describing
// appositive ("X, a black-and-white comedy about ...", "X, a first
// feature from P").
var appositiveNext = setOf("about", "from", "by", "with", "that", "which", "set", "starring", "in", "of", "for",
	"directed", "written", "produced", "based", "whose", "where", "following", "told", "adapted", "made", "to", "and")

// typeAppositiveTitles types as films, before the patterns run, names
// followed by an appositive that describes a production ("Paper Moons, a
// black-and-white comedy about two magicians", "Winter Quay, a first
// feature from director P", "Cold Pines, Ada Quist's 1980 directing
// debut": ownedWorkAppositive), and names of two words or more, or with their
// year, written with "The" right after a possessive ("Ada Quist's The Long
// Night opened the festival", "Dunne's The Summoning in 2013"). Personal
// names led by a given name are left alone.
func (a *article) typeAppositiveTitles() {
	for mi := range a.ments {
		m := &a.ments[mi]
		s := &a.sents[m.sent]
		if e := int(m.b); m.typ != "" || m.allCaps || s.titleCase || !(m.the || e < s.b && a.toks[e].text == ",") ||
			m.personShaped() && givenFirst(m.text) {
			continue // (cheap tests first)
		}
		if b := int(m.a) - 2; m.the && b >= s.a && a.toks[b].kind == kPoss && (m.words >= 2 || a.yearAfter(s, int(m.b))) {
			// (not "Marsh's The Warden is responsible for ...": a
			// one-word role name after a possessive, with no year)
			m.setType(kg.Film, 2)
			continue
		}
		e := int(m.b)
		if e+3 < s.b && a.toks[e].text == "," && a.ownedWorkAppositive(s, mi) {
			m.setType(kg.Film, 2)
			continue
		}
		if e+3 >= s.b || a.toks[e].text != "," || !(a.toks[e+1].lower == "a" || a.toks[e+1].lower == "an" || a.toks[e+1].lower == "the") {
			continue
		}
		for k := e + 2; k < s.b && k < e+7; k++ {
			t := &a.toks[k]
			if t.kind != kWord && t.kind != kNum || t.cap {
				break
			}
			if tokIn(t, productionNouns3) && t.lower != "project" && t.lower != "entry" && t.lower != "chapter" && t.lower != "season" {
				if n := k + 1; n >= s.b || a.toks[n].kind != kWord && a.toks[n].kind != kPoss || a.toks[n].kind == kWord && appositiveNext[a.toks[n].lower] {
					m.setType(kg.Film, 2)
					if seriesNouns[t.lower] {
						m.format = kg.FormatSeries
					}
				}
				break
			}
		}
	}
}

// ownedWorkAppositive reports whether the comma after mention mi of
// sentence s opens an appositive that gives the name an owner's work: a
// name, a possessive, then a year or at most four lower-case words up to
// a production noun or "debut" that closes the appositive ("X, Ada
// Quist's 1980 directing debut,", "X, Ada Quist's mystery-of-the-week
// show").
func (a *article) ownedWorkAppositive(s *sentence, mi int) bool {
	n := mi + 1
	if n >= len(a.ments) || a.ments[n].sent != a.ments[mi].sent || int(a.ments[n].a) != int(a.ments[mi].b)+1 {
		return false
	}
	k := int(a.ments[n].b)
	if k+1 >= s.b || a.toks[k].kind != kPoss {
		return false
	}
	t0 := k + 1
	if o := n + 1; o < len(a.ments) && int(a.ments[o].a) == t0 && a.ments[o].sent == a.ments[mi].sent && !a.ments[o].the && !a.ments[o].quoted {
		t0 = int(a.ments[o].b) // a second owner, the maker after the company ("X, Lantern Pictures' Ada Quist comedy")
	}
	for t, c := t0, 0; t < s.b && c < 5; t, c = t+1, c+1 {
		w := &a.toks[t]
		if w.kind != kNum && (w.kind != kWord || w.cap) {
			return false
		}
		if tokIn(w, productionNouns3) || w.lower == "debut" || appositiveWorkHeads[w.lower] {
			if t+1 >= s.b || a.toks[t+1].kind != kWord || appositiveNext[a.toks[t+1].lower] {
				return true
			}
			x := a.toks[t+1].lower // a participle going on ("X, Ada Quist's 1990 comedy pairing P and Q")
			return !a.toks[t+1].cap && len(x) > 5 && strings.HasSuffix(x, "ing")
		}
	}
	return false
}

// yearAfter reports whether token e of sentence s starts "in YEAR" or
// "(YEAR)".
func (a *article) yearAfter(s *sentence, e int) bool {
	return e+1 < s.b && (a.toks[e].lower == "in" || a.toks[e].text == "(") && isYear(a.toks[e+1].text)
}

// seasonNumbers follow "season" or "series" after a series' title
// ("Grey Foxes season five", "Outrider season 7").
var seasonNumbers = setOf("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
	"twelve", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12")

// typeSeasonTitles types as series, before the patterns run, names followed
// by "season" or "series" and a number ("Grey Foxes season five review",
// "Outlander Season 7"), or by a possessive and an ordinal season
// ("Severance's second season"). Personal names led by a given name are
// left alone.
func (a *article) typeSeasonTitles() {
	a.typeHeadlineSeasonTitles()
	for mi := range a.ments {
		m := &a.ments[mi]
		s := &a.sents[m.sent]
		e := int(m.b)
		if m.typ != "" || e+1 >= s.b || a.toks[e].kind != kPoss && a.toks[e].lower != "season" && a.toks[e].lower != "series" ||
			m.personShaped() && givenFirst(m.text) {
			continue // (cheap tests first)
		}
		if a.toks[e].kind == kPoss {
			e++
			if e+1 < s.b && a.toks[e].lower == "season" && seasonNumbers[a.toks[e+1].lower] {
				// "Marble Game's season three"
				m.setType(kg.Film, 2)
				m.format = kg.FormatSeries
				continue
			}
			if e+1 < s.b && (earlierAdj[a.toks[e].lower] || a.toks[e].lower == "fourth" || a.toks[e].lower == "fifth" || a.toks[e].lower == "final" || a.toks[e].lower == "latest" || a.toks[e].lower == "new") &&
				a.toks[e+1].lower == "season" {
				m.setType(kg.Film, 2)
				m.format = kg.FormatSeries
			}
			continue
		}
		if e+1 < s.b && (a.toks[e].lower == "season" || a.toks[e].lower == "series") && seasonNumbers[a.toks[e+1].lower] {
			m.setType(kg.Film, 2)
			m.format = kg.FormatSeries
		}
	}
}

// titleWorkerNouns stand between a production's title and a personal name
// ("Cold Ledger creator Rolf Bianchini", "Strange Lights star P").
var titleWorkerNouns = setOf("star", "alum", "alumna", "alumnus", "creator", "co-creator", "showrunner", "co-star",
	"breakout", "director", "writer", "producer")

// typeTitleWorkers types, before the patterns run, "X star P" and "X
// creator P": X a film (not a personal name led by a given name, a
// demonym, an acronym or a name typed already), P a person.
func (a *article) typeTitleWorkers() {
	for mi := 0; mi+1 < len(a.ments); mi++ {
		x, p := &a.ments[mi], &a.ments[mi+1]
		e := int(x.b)
		if x.sent != p.sent || e+1 >= len(a.toks) || int(p.a) != e+1 || !titleWorkerNouns[a.toks[e].lower] || a.toks[e].cap ||
			x.typ != "" || x.allCaps || x.quoted || !p.personShaped() || p.typ != "" && p.typ != kg.Person {
			continue
		}
		if x.words == 1 && demonym(a.toks[x.a].lower) || x.personShaped() && givenFirst(x.text) || !a.companyShaped(x) {
			continue
		}
		x.setType(kg.Film, 2)
		p.setType(kg.Person, 2)
	}
}

// kindRels are the relationships "X <kind noun> Y" states of Y and X.
var kindRels = map[string]kg.RelType{"spin-off": kg.SpinOffOf, "spinoff": kg.SpinOffOf, "prequel": kg.PrequelOf,
	"sequel": kg.SequelOf}

// typeKindPairs reads "X spin-off Y", "X prequel Y", "X sequel Y" before
// the patterns run ("the Glass Tide spin-off Harbour Dawn"): X names the
// production Y comes from, a film or series (a franchise only when the
// text says "franchise" or "universe", which it does not here), and Y is
// a film; the claim that Y is X's spin-off, prequel or sequel is recorded.
// "the X spin-off" with no title after it types X alone. Personal names
// led by a given name are left alone.
func (a *article) typeKindPairs() {
	for mi := 0; mi < len(a.ments); mi++ {
		x := &a.ments[mi]
		if a.sents[x.sent].titleCase || x.quoted {
			continue
		}
		k := int(x.b)
		if k+1 >= len(a.toks) {
			continue
		}
		if !a.tokIn(k, kindRelKeys) {
			continue // (no kind noun: the look-up below would fail)
		}
		rel, ok := kindRels[a.toks[k].lower]
		if !ok || a.toks[k].cap {
			continue
		}
		if b := int(x.a) - 1; x.allCaps || b >= 0 && (a.toks[b].kind == kPoss || possessivePronouns[a.toks[b].lower]) {
			continue // "its HBO spin-off The Heron": a company's, not a production's
		}
		if x.typ != "" && x.typ != kg.Film || x.personShaped() && givenFirst(x.text) {
			continue
		}
		n := k + 1
		if a.toks[n].text == "," && n+1 < len(a.toks) {
			n++
		}
		var y *mention
		if mi+1 < len(a.ments) && a.ments[mi+1].sent == x.sent {
			y = &a.ments[mi+1]
			if y.the {
				n++
			}
		}
		if y == nil || y.quoted || int(y.a) != n || y.typ != "" && y.typ != kg.Film || y.personShaped() && givenFirst(y.text) {
			// "the HexaVision spinoff": the production it comes from
			if b := int(x.a) - 1; b >= 0 && a.toks[b].lower == "the" && !x.the {
				x.setType(kg.Film, 2)
			}
			continue
		}
		x.setType(kg.Film, 2)
		y.setType(kg.Film, 2)
		a.claims = append(a.claims, pclaim{rel: rel, subj: arg{m: int32(mi + 1), of: -1, abs: true},
			obj: arg{m: int32(mi), of: -1, abs: true}, char: noArg, sent: x.sent})
	}
}

// typeYearTitles types as films, before the patterns run, names followed
// by their year in brackets ("Red Parallel (1987)"; not a personal name
// led by a given name), and names written with "The" after a word such as
// "since" and followed by their year ("the first feature since The Rise of
// Dawnrider in 2019").
func (a *article) typeYearTitles() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != "" || m.quoted || a.sents[m.sent].titleCase {
			continue
		}
		s := &a.sents[m.sent]
		b, e := int(m.a)-2, int(m.b)
		if e+2 < s.b && a.toks[e].text == "(" && isYear(a.toks[e+1].text) && (a.toks[e+2].text == ")" || a.toks[e+2].kind == kDash) &&
			!(m.personShaped() && givenFirst(m.text)) {
			// "Red Parallel (1987)", "The Reeve's Ring (2016-2019)"
			m.setType(kg.Film, 2)
			continue
		}
		if b < s.a || !m.the || !sinceWords[a.toks[b].lower] || e+1 >= s.b {
			continue
		}
		if a.yearAfter(s, e) {
			m.setType(kg.Film, 2)
		}
	}
	a.typeOriginalFilms()
}

// companyShaped reports whether mention m may name a company: not a
// personal name led by a given name, and not the surname of a personal
// name of the article.
func (a *article) companyShaped(m *mention) bool {
	if m.personShaped() && givenFirst(m.text) {
		return false
	}
	if m.words == 1 {
		if a.nameWords == nil {
			// first and last words of the article's personal names, once
			a.nameWords = map[string]bool{}
			for k := range a.ments {
				if o := &a.ments[k]; o.words >= 2 && o.personShaped() {
					if sp := strings.IndexByte(o.key, ' '); sp > 0 {
						a.nameWords[o.key[:sp]] = true
						a.nameWords[o.key[strings.LastIndexByte(o.key, ' ')+1:]] = true
					}
				}
			}
		}
		return !a.nameWords[m.key]
	}
	return true
}

// kindNouns name the kind of production an earlier one is to another
// ("the prequel", "the spin-off").
var kindNouns = setOf("prequel", "sequel", "spin-off", "spinoff", "remake", "reboot")

// kindFilm returns a mention of the one production the article introduces
// with the kind noun that sentence si uses as an anaphor (cached per noun) ("created last
// year's prequel Baxter: Original Rust" ... "The prequel, set in 1991
// Miami, starred P"), when that production is not the subject film subj;
// else -1. The anaphor is "the" and the noun with no name after it; a
// production is introduced by the noun right before its name ("prequel
// X", "the prequel, X") or in an appositive right after it ("X, a prequel").
func (a *article) kindFilm(si, subj int, cache map[string]int) int {
	s := &a.sents[si]
	noun := ""
	for i := s.a; i+1 < s.b; i++ {
		if a.toks[i].lower == "the" && tokIn(&a.toks[i+1], kindNouns) && (i+2 >= s.b || !a.toks[i+2].cap) {
			if noun != "" && noun != a.toks[i+1].lower {
				return -1
			}
			noun = a.toks[i+1].lower
		}
	}
	if noun == "" {
		return -1
	}
	if f, ok := cache[noun]; ok {
		return f
	}
	f := a.kindIntroduced(noun, subj)
	cache[noun] = f
	return f
}

// kindIntroduced returns a mention of the one production the article
// introduces with the kind noun, when it is not the subject film subj;
// else -1 (kindFilm).
func (a *article) kindIntroduced(noun string, subj int) int {
	found, fe := -1, -1
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.ent < 0 || a.sents[m.sent].titleCase {
			continue
		}
		k := int(m.a) - 1
		if m.the {
			k--
		}
		if k >= 0 && a.toks[k].text == "," {
			k--
		}
		before := k >= 0 && a.toks[k].lower == noun
		e := int(m.b)
		after := e+2 < len(a.toks) && a.toks[e].text == "," && (a.toks[e+1].lower == "a" || a.toks[e+1].lower == "the") && a.toks[e+2].lower == noun
		if !before && !after {
			continue
		}
		x := a.find(int(m.ent))
		if fe >= 0 && x != fe {
			return -1 // two productions of that kind
		}
		found, fe = mi, x
	}
	if fe < 0 || fe == subj {
		return -1
	}
	return found
}
