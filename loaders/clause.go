package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// The clause fallback: after every phrase pattern of a sentence has run, a
// role trigger ("directed", "penned", "executive produces", "co-star",
// "voiced by", "is a producer") with a person-like subject or "by" list in
// its clause credits those persons with the clause's film, else the
// sentence's one film, else the film the stretch of text is about. It
// only fills gaps: a person the patterns already credited in the sentence
// is left alone, and clauses that deny, hedge or speak of earlier films
// give nothing.

// trigger is what a role word says.
type trigger struct {
	rel     kg.RelType
	job     string
	passive bool // "directed by": the persons follow "by"
	cast    bool // an acting verb ("plays", "stars", "voices")
	object  bool // the verb takes the character as its object ("plays C")
}

// activeTriggers are role verbs whose subject is the credited person.
var activeTriggers = map[string]trigger{
	"directed": {rel: kg.Directed}, "directs": {rel: kg.Directed}, "direct": {rel: kg.Directed}, "directing": {rel: kg.Directed},
	"narrated": {rel: kg.ActedIn}, "narrates": {rel: kg.ActedIn},
	"hosted": {rel: kg.ActedIn}, "hosts": {rel: kg.ActedIn},
	"co-directed": {rel: kg.Directed}, "co-directs": {rel: kg.Directed}, "co-direct": {rel: kg.Directed},
	"helmed": {rel: kg.Directed}, "helms": {rel: kg.Directed}, "helming": {rel: kg.Directed},
	"wrote": {rel: kg.Wrote}, "writes": {rel: kg.Wrote}, "penned": {rel: kg.Wrote}, "pens": {rel: kg.Wrote},
	"co-wrote": {rel: kg.Wrote}, "co-writes": {rel: kg.Wrote}, "co-writing": {rel: kg.Wrote}, "scripted": {rel: kg.Wrote}, "scripts": {rel: kg.Wrote},
	"produced": {rel: kg.Produced}, "produces": {rel: kg.Produced}, "produce": {rel: kg.Produced}, "producing": {rel: kg.Produced},
	"co-produced": {rel: kg.Produced}, "co-produces": {rel: kg.Produced}, "co-produce": {rel: kg.Produced},
	"stars": {rel: kg.ActedIn, cast: true}, "starred": {rel: kg.ActedIn, cast: true}, "star": {rel: kg.ActedIn, cast: true},
	"starring": {rel: kg.ActedIn, cast: true},
	"co-stars": {rel: kg.ActedIn, cast: true}, "co-star": {rel: kg.ActedIn, cast: true}, "co-starred": {rel: kg.ActedIn, cast: true},
	"costars": {rel: kg.ActedIn, cast: true}, "costar": {rel: kg.ActedIn, cast: true},
	"plays": {rel: kg.ActedIn, cast: true, object: true}, "played": {rel: kg.ActedIn, cast: true, object: true},
	"play": {rel: kg.ActedIn, cast: true, object: true}, "playing": {rel: kg.ActedIn, cast: true, object: true},
	"portrays": {rel: kg.ActedIn, cast: true, object: true}, "portrayed": {rel: kg.ActedIn, cast: true, object: true},
	"portray": {rel: kg.ActedIn, cast: true, object: true},
	"voices":  {rel: kg.ActedIn, cast: true, object: true}, "voiced": {rel: kg.ActedIn, cast: true, object: true},
	"voice":    {rel: kg.ActedIn, cast: true, object: true},
	"reprises": {rel: kg.ActedIn, cast: true}, "reprise": {rel: kg.ActedIn, cast: true}, "reprising": {rel: kg.ActedIn, cast: true},
	"returns": {rel: kg.ActedIn, cast: true}, "return": {rel: kg.ActedIn, cast: true}, "returning": {rel: kg.ActedIn, cast: true},
	"returned": {rel: kg.ActedIn, cast: true},
	"headline": {rel: kg.ActedIn, cast: true}, "headlines": {rel: kg.ActedIn, cast: true},
	"lead": {rel: kg.ActedIn, cast: true}, "leads": {rel: kg.ActedIn, cast: true},
	"appears": {rel: kg.ActedIn, cast: true}, "appear": {rel: kg.ActedIn, cast: true},
}

// passiveTriggers are role participles whose persons follow "by".
var passiveTriggers = map[string]trigger{
	"directed": {rel: kg.Directed, passive: true}, "co-directed": {rel: kg.Directed, passive: true}, "helmed": {rel: kg.Directed, passive: true},
	"written": {rel: kg.Wrote, passive: true}, "co-written": {rel: kg.Wrote, passive: true}, "penned": {rel: kg.Wrote, passive: true},
	"scripted": {rel: kg.Wrote, passive: true}, "screenplay": {rel: kg.Wrote, passive: true}, "script": {rel: kg.Wrote, passive: true},
	"produced": {rel: kg.Produced, passive: true}, "co-produced": {rel: kg.Produced, passive: true},
	"played": {rel: kg.ActedIn, passive: true, cast: true}, "voiced": {rel: kg.ActedIn, passive: true, cast: true},
	"portrayed": {rel: kg.ActedIn, passive: true, cast: true},
	"music":     {rel: kg.WorkedOn, job: "composer", passive: true}, "score": {rel: kg.WorkedOn, job: "composer", passive: true},
	"narrated": {rel: kg.ActedIn, passive: true}, "hosted": {rel: kg.ActedIn, passive: true},
}

// jobNouns are the crew nouns of "P is a producer", "P is the showrunner".
var jobNouns = map[string]trigger{
	"producer": {rel: kg.Produced}, "producers": {rel: kg.Produced}, "co-producer": {rel: kg.Produced},
	"showrunner": {rel: kg.Produced, job: "showrunner"}, "co-showrunner": {rel: kg.Produced, job: "showrunner"},
	"director": {rel: kg.Directed}, "directors": {rel: kg.Directed}, "co-director": {rel: kg.Directed},
	"writer": {rel: kg.Wrote}, "writers": {rel: kg.Wrote}, "screenwriter": {rel: kg.Wrote}, "screenwriters": {rel: kg.Wrote},
	"co-writer": {rel: kg.Wrote}, "co-writers": {rel: kg.Wrote},
}

// workedJob returns the WORKED_ON job a noun names ("composer",
// "director of photography"), or "".
func workedJob(w, next, next2 string) string {
	switch {
	case w == "composer":
		return "composer"
	case w == "cinematographer" || w == "director" && next == "of" && next2 == "photography":
		return "cinematographer"
	case w == "editor":
		return "editor"
	}
	return ""
}

// jobAdverbs may stand between a copula and a job ("is also an
// executive producer").
var jobAdverbs = setOf("also", "now", "still", "again", "once", "likewise", "both", "all")

// otherJobNouns are jobs that are neither cast nor a director, writer or
// producer ("returns as composer").
var otherJobNouns = setOf("composer", "cinematographer", "editor", "designer", "choreographer", "supervisor", "consultant",
	"coordinator", "narrator", "host", "showrunner", "creator", "co-creator", "dp")

// jobPrefixes may stand before a job noun ("an executive producer").
var jobPrefixes = setOf("a", "an", "the", "executive", "lead", "co", "series", "its", "his", "her", "their", "sole")

// titlePreps put a title in an appositive ("best known for F").
var titlePreps = setOf("for", "in", "of", "from")

// objectPreps put a person in an appositive as an object ("for Q").
var objectPreps = setOf("for", "with", "by", "to", "alongside", "opposite", "under", "from", "of")

// prepsBeforeName make the name after them no subject.
var prepsBeforeName = setOf("by", "as", "from", "of", "with", "for", "to", "under", "opposite", "alongside", "than", "like",
	"about", "between", "including", "and", "or", "on", "at", "in")

// bareVerbLead may stand before a bare role verb ("will star", "to direct").
var bareVerbLead = setOf("to", "will", "and", "also", "co-")

// serveWords take "as" before a job ("serves as showrunner").
var serveWords = setOf("serves", "serve", "served", "serving")

// jobCopulas link a subject to a job noun ("P is a producer", "P serves as").
var jobCopulas = setOf("is", "are", "was", "were", "serves", "serve", "served")

// passiveAux stand between a character and "played by".
var passiveAux = setOf("is", "was", "are", "were", "be", "will", "been", "being", ",")

// otherFilmPreps put a film in a comparison or an earlier time ("since F",
// "after F"): not the film of the credit.
var otherFilmPreps = setOf("since", "than", "like", "after", "before", "unlike", "from")

// beInWords stand before "in the film" ("is also in the film").
var beInWords = setOf("is", "are", "also", "was", "were")

// stayVerbs open a new clause after "and" ("and remains on board as a
// producer") and may stand before "as" + job.
var stayVerbs = setOf("remains", "remained", "stays", "stayed", "serves", "served", "continues", "returns", "returned")

// clauseAux open a new clause after "and" ("and is a producer").
var clauseAux = setOf("is", "are", "was", "were", "has", "have", "had", "will")

// listCopulas stand between a list cue and its list ("Also starring are").
var listCopulas = setOf("are", "is", "will", "be", "were", "was", "also")

// castNouns name a cast ("rounding out the cast").
var castNouns = setOf("cast", "ensemble", "lineup", "line-up", "roster")

// clauseEnds close a clause for the fallback (besides punctuation).
var clauseEnds = setOf("while", "but", "whereas", "although", "though", "because", "who", "which", "whose", "where", "when",
	"after", "before", "since", "until", "whom")

// denyWords in a clause deny or hedge a credit ("exited", "replaced",
// "in talks", "was dropped").
var denyWords = setOf("not", "never", "exited", "exit", "exits", "left", "leave", "leaves", "leaving", "departed", "dropped",
	"replaced", "replace", "replacing", "declined", "passed", "fired", "quit", "talks", "rumored", "rumoured", "asked",
	"offered", "eyeing", "hopes", "hoped", "wants", "wanted", "would", "could", "might", "may", "if", "no", "without",
	"instead", "rather", "originally", "initially", "nearly", "almost", "stepped", "stepping", "cut", "recast", "unlike",
	"neither", "nor", "won't", "didn't", "doesn't", "isn't", "wasn't", "hasn't", "haven't", "aren't", "weren't", "reportedly")

// earlierFilmWords, after "the", speak of an earlier unnamed film ("the
// original", "the previous two films").
var earlierFilmWords = setOf("original", "first", "previous", "last", "earlier", "past", "prior", "two", "three", "both")

// fallbackAux may stand between a subject and its role verb.
var fallbackAux = setOf("is", "are", "was", "were", "will", "would", "has", "have", "had", "been", "be", "also", "both",
	"now", "once", "again", "then", "already", "jointly", "together", "set", "to", "officially", "newly", "all", "each",
	"who", "and", "executive", "later", "previously", "currently", "still")

// preVerbAdverbs may stand between a subject and its role verb, but not
// inside a verb phrase read back from a phrase ("who first played").
var preVerbAdverbs = setOf("first", "famously", "memorably", "briefly", "recently", "most", "best")

// clauseFallback runs the clause-level fallback over the sentence.
func (p *pctx) clauseFallback() {
	if len(p.it) < 3 {
		return
	}
	// persons and characters the patterns already credited in this sentence
	var done map[string][]pclaim // (the article's, cleared: it was 21 MB a profile)
	if p.a.done != nil {
		clear(p.a.done)
	}
	p.a.doneBuf = p.a.doneBuf[:0]
	for k := len(p.a.claims) - 1; k >= 0 && p.a.claims[k].sent == p.si; k-- {
		c := &p.a.claims[k]
		if c.subj.m >= 0 && (c.rel == kg.ActedIn || c.rel == kg.Directed || c.rel == kg.Wrote || c.rel == kg.Produced || c.rel == kg.WorkedOn || c.rel == kg.Portrayed) {
			if done == nil {
				if p.a.done == nil {
					p.a.done = map[string][]pclaim{}
				}
				done = p.a.done
			}
			key := p.a.ments[c.subj.m].key
			if prev := done[key]; prev == nil {
				// a key's first claim: a slice of one (capacity one, so an
				// append copies it) cut from the article's reused array
				n := len(p.a.doneBuf)
				p.a.doneBuf = append(p.a.doneBuf, *c)
				done[key] = p.a.doneBuf[n : n+1 : n+1]
			} else {
				done[key] = append(prev, *c)
			}
		}
	}
	// names first: they type the titles the role words look for
	for t := range p.it {
		if p.isM(t) {
			if p.w(t+1) == "'s" {
				p.possessiveFilm(t, done)
			}
			p.companyFilm(t)
			p.companyAppositive(t)
			p.companyTitleAppositive(t)
			p.companyPossAppositive(t)
			p.formatAppositive(t)
			p.companyRole(t)
			p.fromMaker(t)
			p.outletClaims(t)
			p.companyLinks(t)
			p.companyDeals(t)
			p.outletReach(t)
			p.forOutlet(t)
			p.outletTook(t)
			p.companyIsTheStudio(t)
			p.animationCredit(t)
			p.seasonDeal(t)
			from := len(p.a.claims)
			p.orgMembers(t)
			p.listMembersShared(t, from)
			p.namedMember(t)
			p.orgRoleBefore(t)
			p.orgRoleAppositive(t)
			p.orgFromMember(t)
			p.titledOrgMember(t)
			p.orgAcronymAppositive(t)
			if p.w(t+1) == "," {
				p.appositiveJobs(t, done)
			}
			p.leadJob(t, done)
			p.companyPeople(t)
			p.possessiveStaff(t)
		} else if p.clauseGate(t) { // (speed_s21_rules_clausegate.go)
			p.orgMembersOfList(t)
			p.ledBy(t)
			p.orgRoleObject(t)
		}
	}
	last := -1 // the subject item of the latest credited clause, for "and produced"
	for t := range p.it {
		if p.isM(t) || !p.clauseGate(t) {
			continue
		}
		w := p.w(t)
		if w == "on" || w == "of" {
			p.crewOnFilms(t, done) // "P, who was stunt coordinator on F"
		} else if w == "debut" {
			p.directingDebut(t) // "F, the directing debut of P"
		} else {
			p.crewParts(t)      // "A directed the first two, with B handling the rest"
			p.pluralCrewList(t) // "Editors A and B cut more than 100 hours"
		}
		if !p.in(t, fallbackWords) {
			continue
		}
		if (w == "narrated" || w == "narrates" || w == "hosted" || w == "hosts") && !p.presenterVerb(t) {
			continue // ("a panel hosted by P", "P, who narrates, is a producer")
		}
		if tr, ok := passiveTriggers[w]; ok && (p.w(t+1) == "by" || p.w(t+1) == "is" && p.w(t+2) == "by" || p.w(t+1) == "," && p.w(t+2) == "by") {
			by := t + 1
			for p.w(by) != "by" {
				by++
			}
			persons, _ := p.fallbackList(by + 1)
			if len(persons) == 0 {
				continue
			}
			persons = p.protegeOf(persons)
			var char arg
			if tr.cast {
				c := p.characterBefore(t)
				if c < 0 && !(isWordLike(p.w(t-1)) && !p.isM(t-1) && !p.wIn(t-1, commonWords) && (p.w(t-2) == "a" || p.w(t-2) == "an" || isWordLike(p.w(t-2)) && (p.w(t-3) == "a" || p.w(t-3) == "an"))) {
					continue
				}
				// "a local weatherman played by P": cast, no named part
				char = noArg
				if c >= 0 {
					char = mArg(c)
				}
			}
			p.fallbackClaims(t, persons, tr, char, done)
			continue
		}
		// "P brings gravitas to the social worker C" (a review's cast
		// statement)
		if w == "brings" || w == "brought" || w == "bring" {
			k := t + 1
			for n := 0; n < 4 && !p.isM(k) && isWordLike(p.w(k)) && p.w(k) != "to"; n++ {
				k++
			}
			if p.w(k) != "to" || k == t+1 {
				continue
			}
			c := p.nameAfterDescriptors(k+1, 3)
			if c < 0 && (p.w(k+1) == "the" && p.w(k+2) == "role" && p.w(k+3) == "of") {
				c = p.nameAfterDescriptors(k+4, 3)
			}
			if c < 0 || !p.castChar(c) || p.mm(c).typ == kg.Person {
				continue
			}
			subj := p.fallbackSubject(t, last)
			if len(subj) != 1 {
				continue
			}
			p.fallbackClaims(t, subj, trigger{rel: kg.ActedIn, cast: true}, mArg(c), done)
			continue
		}
		// "he spent three years as C on F", "he joined the series F as C"
		if w == "as" && p.careerAs(t, done) {
			continue
		}
		// "the sequel, which TriStar Pictures distributed": the company's
		// role in the film before
		if (w == "distributed" || w == "released" || w == "financed" || w == "produced") && p.w(t-2) == "which" && p.w(t-3) == "," && p.isM(t-1) && p.fallbackBoundaryOrComma(t+1) {
			if o := p.mm(t - 1); o.typ == kg.Organisation || o.typ == "" && inLower(realOrgWords, lastWord(o.text)) && o.words >= 2 {
				film := noArg
				if m := p.mm(t - 4); m != nil && m.typ == kg.Film && m.strength >= 2 {
					film = mArg(t - 4)
				} else if p.in(t-4, filmAnaphorNouns) && (p.w(t-5) == "the" || p.w(t-6) == "the") {
					film = p.namedFocus()
				}
				rel := kg.Distributed
				if w == "produced" || w == "financed" {
					rel = kg.Produced
				}
				if film.m >= 0 || film.ana != anaNone {
					o.setRealOrg()
					p.claim(pclaim{rel: rel, subj: mArg(t - 1), obj: film})
				}
			}
			continue
		}
		// "the video game adaptation, which P directed": the film before
		// ("F, which P also wrote and directed": the subject before the
		// chain of verbs)
		if tr, ok := activeTriggers[w]; ok && !tr.cast && p.relativeChainEnd(t+1) && p.relativeVerbSubject(t) >= 0 {
			s := p.relativeVerbSubject(t)
			film := noArg
			if m := p.mm(s - 3); m != nil && m.typ == kg.Film && m.strength >= 2 {
				film = mArg(s - 3)
			} else if f := p.yearParenFilm(s - 3); f >= 0 {
				film = mArg(f) // "F (2013), which P also wrote and directed"
			} else if p.in(s-3, filmNouns) || p.in(s-3, seriesNouns) || p.in(s-3, genreNouns) || p.w(s-3) == "adaptation" {
				film = p.namedFocus()
			}
			if film.valid() || film.ana != anaNone {
				if prev, seen := done[p.mm(s).key]; !seen || len(prev) == 0 || s < t-1 && !p.hasClaimOn(prev, tr.rel, film) {
					p.claim(pclaim{rel: tr.rel, subj: mArg(s), obj: film})
				}
			}
			continue
		}
		// "P takes on the role of C", "P steps into the role of her
		// brother, C", "P lends her voice to the villain, C", "The role of
		// the mayor went to P"
		if w == "role" && p.w(t-1) == "the" && p.w(t+1) == "of" || w == "voice" && p.in(t-1, possessivePronouns) && p.w(t+1) == "to" && (p.w(t-2) == "lends" || p.w(t-2) == "lent" || p.w(t-2) == "lend" || p.w(t-2) == "lending") {
			c := p.nameAfterDescriptors(t+2, 3)
			if c < 0 {
				j := t + 2
				if p.w(j) == "the" || p.w(j) == "a" || p.wIn(j, possessivePronouns) {
					j++
				}
				for n := 0; n < 3 && !p.isM(j) && isWordLike(p.w(j)); n++ {
					j++
				}
				if p.w(j) == "," && p.isM(j+1) {
					c = j + 1
				}
			}
			char := noArg
			if c >= 0 && p.castChar(c) {
				char = mArg(c)
			}
			var subj []int
			if w == "role" && p.w(t-2) == "" {
				// "The role of C went to P"
				for k := t + 2; k < len(p.it) && k < t+10; k++ {
					if (p.w(k) == "went" || p.w(k) == "goes" || p.w(k) == "has gone") && p.w(k+1) == "to" {
						subj, _ = p.fallbackList(k + 2)
						break
					}
				}
			} else {
				subj = p.fallbackSubject(p.verbPhraseStart(t-1), last)
				if len(subj) == 0 && p.w(t-2) == "lending" && p.w(t-3) == "," {
					// "P is also on board, lending his voice to C": the
					// subject of the main clause
					subj = p.mainSubject(t - 3)
				}
			}
			if len(subj) == 0 {
				continue
			}
			p.fallbackClaims(t, subj, trigger{rel: kg.ActedIn, cast: true}, char, done)
			continue
		}
		tr, ok := activeTriggers[w]
		if (w == "composed" || w == "composes" || w == "co-composed") && p.scoreObject(t+1) {
			tr, ok = trigger{rel: kg.WorkedOn, job: "composer"}, true // "P composed the score with Q"
		} else if ok && tr.rel == kg.Wrote && p.scoreObject(t+1) {
			tr = trigger{rel: kg.WorkedOn, job: "composer"} // "P wrote the score": a composer's credit
		}
		if ok {
			if w == "executive" {
				continue
			}
			if strings.HasSuffix(w, "ing") && p.w(t-1) != "is" && p.w(t-1) != "are" && p.w(t-1) != "was" && p.w(t-1) != "were" && p.w(t-1) != "," && w != "starring" {
				continue
			}
			if w == "starring" {
				// "F, starring A and B": the list after; "Also starring
				// are A and B"
				k := t + 1
				for p.in(k, listCopulas) {
					k++
				}
				persons, _ := p.fallbackList(k)
				if len(persons) > 0 {
					p.fallbackClaims(t, persons, tr, noArg, done)
				}
				continue
			}
			if (w == "lead" || w == "leads") && !p.leadsFilm(t) {
				continue
			}
			if (w == "return" || w == "returns" || w == "returning" || w == "returned" || w == "appears" || w == "appear") && p.w(t+1) != "as" &&
				!(p.w(t+1) == "in" && (p.w(t+2) == "the" || p.isM(t+2))) {
				// ("P returned in the 2007 sequel, F": cast of F)
				continue
			}
			if (w == "star" || w == "play" || w == "voice" || w == "direct" || w == "produce" || w == "portray" || w == "reprise" || w == "return") &&
				!p.in(t-1, bareVerbLead) && !p.fallbackSubjectBefore(t) {
				continue
			}
			if tr.cast && p.w(t+1) == "as" {
				// "returns as producer", "stars as well as executive producing"
				k := t + 2
				for p.in(k, jobPrefixes) {
					k++
				}
				if jt, ok := jobNouns[p.w(k)]; ok && !p.isM(k) && p.w(k+1) != "of" {
					tr = jt
				} else if job := workedJob(p.w(k), p.w(k+1), p.w(k+2)); job != "" && !p.isM(k) {
					tr = trigger{rel: kg.WorkedOn, job: job} // "returns as composer"
				} else if p.w(t+2) == "well" || p.w(t+2) == "a" || p.w(t+2) == "an" || p.in(k, otherJobNouns) || jobNouns[p.w(k)].rel != "" ||
					p.jobHeadAfter(k) {
					continue // "returns as composer", "as director of photography", "return as showrunners" (clause_jobhead.go)
				}
			}
			subj, char := p.fallbackSubjectPart(t, last, tr, tr.object)
			if len(subj) == 0 {
				continue
			}
			last = subj[0]
			if !tr.cast {
				if films := p.objectFilms(t); len(films) > 0 {
					// "who directed the 2022 reboot and Wail VI"; a pattern
					// credit of the subject with the film at hand gives way
					p.dropAnaphorCredits(subj, tr.rel, done)
					p.fallbackObjects(t, subj, films, tr.rel, done)
					continue
				}
			}
			p.fallbackClaims(t, subj, tr, char, done)
			if tr.rel == kg.Directed && p.w(t+1) == "from" && p.in(t+2, possessivePronouns) && p.w(t+3) == "own" && (p.w(t+4) == "script" || p.w(t+4) == "screenplay") {
				// "directs from her own script"
				p.fallbackClaims(t, subj, trigger{rel: kg.Wrote}, noArg, done)
			}
			// co-credits: "wrote the screenplay with A and B", "produced
			// alongside A", "stars opposite B"
			coRel, coJob := tr.rel, tr.job
			for k := t + 1; k < len(p.it) && k < t+11; k++ {
				if p.isM(k) || p.fallbackBoundary(k) || p.w(k) == "as" {
					break
				}
				// "directed the film from a screenplay he co-wrote with Q":
				// the co-credit is the inner verb's
				if it, ok := activeTriggers[p.w(k)]; ok && !it.cast {
					coRel, coJob = it.rel, it.job
				} else if p.w(k) == "developed" || p.w(k) == "created" {
					coRel, coJob = kg.Wrote, ""
				}
				if p.w(k) == "through" && tr.rel == kg.Produced && p.isM(k+1) && !p.isPersonLike(k+1) {
					// "P produced through T-Street": P's company produced it too
					if m := p.mm(k + 1); m.typ == "" || m.typ == kg.Organisation {
						m.setRealOrg()
						p.fallbackClaims(t, []int{k + 1}, trigger{rel: kg.Produced}, noArg, done)
					}
					break
				}
				if p.w(k) == "with" || p.w(k) == "alongside" || p.w(k) == "opposite" || p.w(k) == "along" && p.w(k+1) == "with" || p.w(k) == "joined" && p.w(k+1) == "by" {
					s := k + 1
					if p.w(k) == "along" || p.w(k) == "joined" {
						s++
					}
					s = p.skipDescriptors(s)
					if co, _ := p.fallbackList(s); len(co) > 0 {
						if tr.cast && coRel != tr.rel {
							break // a crew verb inside a cast clause: not a co-star
						}
						p.fallbackClaims(t, co, trigger{rel: coRel, job: coJob}, noArg, done)
					} else if m := p.mm(s); m != nil && tr.rel == kg.Produced && m.typ == kg.Organisation && m.strength >= 2 {
						// "S produces with Project X Entertainment"
						p.fallbackClaims(t, []int{s}, trigger{rel: tr.rel}, noArg, done)
					}
					break
				}
			}
			continue
		}
		// "P is (also) an executive producer", "A and B are producers"
		if tr, ok := jobNouns[w]; ok && p.w(t+1) != "'s" && !p.isM(t+1) {
			if job := workedJob(w, p.w(t+1), p.w(t+2)); job != "" {
				tr = trigger{rel: kg.WorkedOn, job: job} // "director of photography"
			}
			b := t - 1
			for b >= 0 && (p.in(b, jobPrefixes) || p.in(b, jobAdverbs)) {
				b--
			}
			verb := b + 1 // the subject is looked for before this item
			if p.w(b) == "as" && p.w(b-1) == "board" && p.w(b-2) == "on" && p.in(b-3, stayVerbs) {
				verb = b - 3 // "and remains on board as a producer"
			} else if p.w(b) == "as" && (p.in(b-1, serveWords) || p.in(b-1, stayVerbs)) {
				verb = b - 1 // "and served as its showrunner"
			} else if p.w(b) == "as" && (p.w(b-1) == "back" || p.w(b-1) == "return") {
				verb = b // "is back as showrunner"
			} else if !p.in(b, jobCopulas) || p.in(b, serveWords) {
				continue
			}
			subj := p.fallbackSubject(verb, last)
			if len(subj) == 0 {
				continue
			}
			last = subj[0]
			if tr.job == "" && p.w(t-1) == "executive" {
				tr.job = "executive producer"
			}
			p.fallbackClaims(t, subj, tr, noArg, done)
			continue
		}
		// "P is at the helm", "P makes his first trip behind the camera"
		if w == "helm" && p.w(t-1) == "the" || w == "camera" && p.w(t-1) == "the" && p.w(t-2) == "behind" {
			subj := p.fallbackSubject(p.verbPhraseStart(t), last)
			if len(subj) == 0 {
				continue
			}
			if subj[0] > 0 && !p.isM(subj[0]-1) {
				if rel, _ := p.crewNoun(subj[0] - 1); rel != "" && rel != kg.Directed {
					continue // "Cinematographer P returns behind the camera": the job noun's credit
				}
			}
			p.fallbackClaims(t, subj, trigger{rel: kg.Directed}, noArg, done)
			continue
		}
		// "P took the director's chair", "P made her directing debut on F"
		if (w == "chair" || w == "chairs") && p.w(t-1) == "'s" && p.w(t-2) == "director" || w == "debut" && p.directingDebutAt(t) {
			p.directorSeat(t, last, done)
			continue
		}
		// "P, who played C, is also in the film": cast of the film
		if w == "in" && p.in(t-1, beInWords) {
			f := t + 1
			if _, _, ok := p.filmAnaphor(f); !ok && !(p.isM(f) && p.mm(f).typ == kg.Film) {
				continue
			}
			subj := p.fallbackSubject(t, last)
			if len(subj) != 1 || subj[0] < 0 {
				continue
			}
			p.fallbackClaims(t, subj, trigger{rel: kg.ActedIn, cast: true}, noArg, done)
			if c := p.relativeCharacter(subj[0]); c >= 0 {
				p.typ(c, kg.Character, 2)
				p.claim(pclaim{rel: kg.Portrayed, subj: mArg(subj[0]), obj: mArg(c)})
			}
			continue
		}
		// "P, who also made F1 and F2": a maker of the films named
		if w == "made" || w == "makes" || w == "created" || w == "co-created" || w == "developed" || w == "creates" {
			if p.w(t+1) == "by" {
				continue
			}
			rel := kg.Directed
			if w != "made" && w != "makes" {
				rel = kg.Wrote // a series' creator: its writer
			}
			if films := p.objectFilms(t); len(films) > 0 {
				if subj := p.fallbackSubject(t, last); len(subj) > 0 {
					last = subj[0]
					p.fallbackObjects(t, subj, films, rel, done)
				}
			} else if _, end, ok := p.filmAnaphor(t + 1); ok && p.fallbackBoundaryOrComma(end) {
				// "who created the series,": the film at hand
				if subj := p.fallbackSubject(t, last); len(subj) > 0 {
					last = subj[0]
					p.fallbackClaims(t, subj, trigger{rel: rel}, noArg, done)
				}
			}
			continue
		}
		// "He is joined by A and B" (cast of the film at hand), "joined by
		// producers A and B"
		if w == "joined" && p.w(t+1) == "by" && p.in(t-1, listCopulas) {
			k := t + 2
			tr := trigger{rel: kg.ActedIn, cast: true}
			for n := 0; n < 3 && !p.isM(k); n++ {
				if jt, ok := jobNouns[p.w(k)]; ok {
					tr = jt
				}
				k++
			}
			if !p.isM(k) {
				k = t + 2
			}
			if persons, _ := p.fallbackList(k); len(persons) > 0 {
				p.fallbackClaims(t, persons, tr, noArg, done)
			}
			continue
		}
		// "P has been cast as C", "P boards the film as a producer", "P
		// has joined the cast", "P boarded the project in an undisclosed role"
		if w == "cast" && (p.w(t+1) == "as" || p.w(t+1) == "in") && p.in(t-1, castCopulas) || boardWords[w] {
			tr, ok := p.boardRole(t)
			if !ok {
				continue
			}
			subj, char := p.fallbackSubjectPart(t, last, tr, false)
			if len(subj) == 0 {
				continue
			}
			last = subj[0]
			p.fallbackClaims(t, subj, tr, char, done)
			continue
		}
		// "The cast is rounded out by A and B"
		if w == "rounded" && p.w(t+1) == "out" && p.w(t+2) == "by" && p.castNounBefore(t) {
			if persons, _ := p.fallbackList(t + 3); len(persons) > 0 {
				p.fallbackClaims(t, persons, trigger{rel: kg.ActedIn, cast: true}, noArg, done)
			}
			continue
		}
		// "Rounding out the cast are A and B", "A and B round out the cast"
		if (w == "round" || w == "rounds" || w == "rounding") && p.w(t+1) == "out" && p.w(t+2) == "the" && p.in(t+3, castNouns) {
			var persons []int
			if w == "rounding" {
				k := t + 4
				for p.in(k, listCopulas) {
					k++
				}
				persons, _ = p.fallbackList(k)
			} else {
				persons = p.fallbackSubject(t, last)
			}
			if len(persons) > 0 {
				p.fallbackClaims(t, persons, trigger{rel: kg.ActedIn, cast: true}, noArg, done)
			}
			continue
		}
		// "Also in the cast are A and B", "Joining them are A and B"
		if (w == "cast" && p.w(t-1) == "the" && p.w(t-2) == "in" || w == "joining" && !p.isM(t+1)) && p.in(t+1, listCopulas) ||
			w == "joining" && p.in(t+1, possessivePronouns) && p.w(t+2) == "cast" && p.in(t+3, listCopulas) {
			k := t + 1
			for !p.isM(k) && (p.in(k, listCopulas) || p.in(k, possessivePronouns) || p.w(k) == "cast" || p.w(k) == "them" || p.w(k) == "him" || p.w(k) == "her") && k < t+5 {
				k++
			}
			if persons, _ := p.fallbackList(k); len(persons) > 0 {
				p.fallbackClaims(t, persons, trigger{rel: kg.ActedIn, cast: true}, noArg, done)
			}
			continue
		}
		// "The cast includes A and B", "Newcomers include A", "guest stars A, B"
		if (w == "include" || w == "includes" || w == "including") && p.castNounBefore(t) {
			if persons, _ := p.fallbackList(t + 1); len(persons) > 0 {
				p.fallbackClaims(t, persons, trigger{rel: kg.ActedIn, cast: true}, noArg, done)
			}
		}
	}
	// characters typed by the role words above: the bodies they belong to
	for t := range p.it {
		if p.isM(t) {
			p.memberClause(t)
		}
	}
}

// castCopulas stand before "cast as" ("has been cast as").
var castCopulas = setOf("been", "is", "was", "are", "were", "be", "newly", "also")

// boardWords say that a person joins a production.
var boardWords = setOf("boards", "boarded", "board", "joins", "joined", "join", "joining")

// boardRole reads what a person joining at item t does: "cast as C"
// (cast), "boards the film as a producer" (the job's credit), "has joined
// the cast (of F)", "boarded the project in an undisclosed role" (cast).
// It fails when the clause names no role ("joined Netflix").
func (p *pctx) boardRole(t int) (trigger, bool) {
	cast := trigger{rel: kg.ActedIn, cast: true}
	if p.w(t) == "cast" {
		return cast, true
	}
	k := t + 1
	if p.w(k) == "the" && p.in(k+1, castNouns) {
		return cast, true
	}
	obj := false
	if _, end, ok := p.filmAnaphor(k); ok || p.w(k) == "the" && p.w(k+1) == "project" {
		obj = true
		if ok {
			k = end
		} else {
			k += 2
		}
	} else if m := p.mm(k); m != nil && m.typ == kg.Film {
		obj = true
		k++
	}
	if !obj {
		return trigger{}, false
	}
	if p.w(k) == "as" {
		j := k + 1
		for p.in(j, jobPrefixes) {
			j++
		}
		if jt, ok := jobNouns[p.w(j)]; ok && !p.isM(j) {
			return jt, true
		}
		if p.isM(k+1) || p.w(k+1) == "the" {
			return cast, true
		}
		return trigger{}, false
	}
	for j := k; j < len(p.it) && j < k+6 && !p.fallbackBoundary(j); j++ {
		if p.w(j) == "role" || p.w(j) == "roles" || p.w(j) == "part" {
			return cast, true
		}
	}
	return trigger{}, false
}

// fallbackWords are every word the clause fallback starts from (one map
// look-up per item before the rules).
var fallbackWords = func() map[string]bool {
	m := setOf("helm", "camera", "chair", "chairs", "debut", "in", "made", "role", "as", "brings", "brought", "bring", "distributed", "released", "financed", "makes", "created", "co-created", "developed", "creates", "cast", "joined", "composed", "composes", "co-composed",
		"rounded", "round", "rounds", "rounding", "joining", "include", "includes", "including")
	for _, set := range []map[string]trigger{activeTriggers, passiveTriggers, jobNouns} {
		for w := range set {
			m[w] = true
		}
	}
	for w := range boardWords {
		m[w] = true
	}
	return m
}()

// leadsFilm reports whether "lead" at item t governs a cast or a film
// ("lead the cast", "lead the video game adaptation", "lead an ensemble").
func (p *pctx) leadsFilm(t int) bool {
	k := t + 1
	if p.w(k) != "the" && p.w(k) != "an" && p.w(k) != "a" {
		return false
	}
	for n := 0; n < 4 && !p.isM(k+1); n++ {
		k++
		if p.in(k, castNouns) || p.in(k, filmNouns) || p.in(k, seriesNouns) || p.w(k) == "adaptation" || p.w(k) == "remake" {
			return true
		}
	}
	return false
}

// castNounBefore reports whether a noun for the cast comes shortly before
// item t in its clause ("the cast also includes", "Newcomers include").
func (p *pctx) castNounBefore(t int) bool {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		if p.isM(k) || p.fallbackBoundary(k) {
			return false
		}
		switch p.w(k) {
		case "cast", "newcomers", "ensemble", "co-stars", "costars", "castmembers", "lineup":
			return true
		}
	}
	return false
}

// fallbackSubjectBefore reports whether a person-like mention or a
// pronoun stands right before bare verb t, after auxiliaries.
func (p *pctx) fallbackSubjectBefore(t int) bool {
	b := t - 1
	for b >= 0 && p.in(b, fallbackAux) {
		b--
	}
	return p.isM(b) && p.isPersonLike(b)
}

// fallbackBoundaryOrComma reports whether item k closes a clause or is a comma.
func (p *pctx) fallbackBoundaryOrComma(k int) bool {
	return p.w(k) == "," || p.fallbackBoundary(k) || p.w(k) == "and"
}

// fallbackBoundary reports whether item k closes a clause.
func (p *pctx) fallbackBoundary(k int) bool {
	if p.isM(k) {
		return false
	}
	if p.w(k) == "and" && !p.isM(k+1) && (p.in(k+1, clauseAux) || activeTriggers[p.w(k+1)].rel != "" || p.in(k+1, stayVerbs)) {
		return true // "directed the first two films and is a producer on F"
	}
	switch p.w(k) {
	case ";", ".", "(", ")", ":", "?", "!", "", "—", "–":
		return true
	}
	return p.in(k, clauseEnds)
}

// skipDescriptors returns the item after an optional determiner and up to
// four lower-case describing words before a name ("his long-time
// collaborators Fay Wendell").
func (p *pctx) skipDescriptors(k int) int {
	j := k
	if p.w(j) == "the" || p.w(j) == "a" || p.w(j) == "an" || p.wIn(j, possessivePronouns) {
		j++
	}
	for n := 0; n < 4 && !p.isM(j) && isWordLike(p.w(j)) && !p.wIn(j, commonWords) || n == 0 && p.in(j, listFillers) && !p.isM(j); n++ {
		j++
	}
	if p.isM(j) {
		return j
	}
	return k
}

// fallbackList reads a list of person-like names from item k ("A, B and
// C", "A and B of Rideback", "A (C)", "A as C"). It returns the items and
// the item after the list; none when item k is no person.
func (p *pctx) fallbackList(k int) ([]int, int) {
	var out []int
	j := k
	for j < len(p.it) {
		for !p.isM(j) && p.in(j, listFillers) && p.w(j) != "," {
			j++
		}
		if t := p.teamOf(j); t > j {
			j = t // "A and the team of B and C"
		}
		if !p.isM(j) || !p.isPersonLike(j) || p.mm(j).typ == kg.Character {
			break
		}
		out = append(out, j)
		j++
		if e := p.listAppositiveEnd(j); e > j {
			j = e // "A, his longtime collaborator, and B": over the appositive
		}
		if p.w(j) == "(" {
			for j < len(p.it) && p.w(j) != ")" {
				j++
			}
			j++
		}
		if p.w(j) == "as" && p.isM(j+1) {
			j += 2
		}
		if p.w(j) == "of" && p.isM(j+1) && p.mm(j+1).typ == kg.Organisation {
			j += 2 // "Ewan Tallant of Point Grey Pictures"
		}
		if p.w(j) == "," && (p.w(j+1) == "who" || p.w(j+1) == "whose") {
			// "A, who developed the series, as well as B and C": over the
			// relative clause when the list goes on after it
			k := j + 2
			for k < len(p.it) && k < j+16 && p.w(k) != "," && !p.fallbackBoundary(k) {
				k++
			}
			if p.w(k) == "," && (p.is(k+1, "as", "well", "as") || p.w(k+1) == "and" && p.isM(k+2)) {
				j = k + 1
			} else {
				break
			}
		}
		if p.w(j) == "," && (p.w(j+1) == "and" || p.is(j+1, "as", "well", "as")) {
			j++
		}
		if p.is(j, "as", "well", "as") {
			j += 3
			continue
		}
		if p.w(j) == "," || p.w(j) == "and" || p.w(j) == "&" {
			j++
			continue
		}
		break
	}
	return out, j
}

// fallbackSubjectPart returns the persons trigger tr at item t credits
// (fallbackSubject; nil when there are none) and, for a cast trigger, the
// character named after it (characterAfter with object), else noArg.
func (p *pctx) fallbackSubjectPart(t, last int, tr trigger, object bool) ([]int, arg) {
	subj := p.fallbackSubject(t, last)
	if len(subj) == 0 || !tr.cast {
		return subj, noArg
	}
	if c := p.characterAfter(t, object); c >= 0 {
		return subj, mArg(c)
	}
	return subj, noArg
}

// fallbackSubject returns the persons a role word at item t is said of:
// a list right before it (after auxiliaries: "A and B directed"), the
// person of "P, who directed", the person opening the sentence before a
// comma ("P, the man behind X, directs"), a sentence-opening he/she (the
// person opening the previous sentence) or, after "and", the subject of
// the clause before (last). It returns none when there is no such person.
func (p *pctx) fallbackSubject(t, last int) []int {
	b := t - 1
	for b >= 0 && (p.in(b, fallbackAux) || p.in(b, preVerbAdverbs)) && p.w(b) != "who" && p.w(b) != "and" {
		b--
	}
	if o := p.creditParenOpen(b); o > 0 && p.isM(o-1) && p.isPersonLike(o-1) {
		b = o - 1 // "P (F1, F2) directed": over the credits in brackets
	}
	if m := p.mm(b); m != nil && m.typ == kg.Organisation && m.strength >= 2 && (p.w(b-1) == "" || p.w(b-1) == ",") && p.produceWord(t) {
		return []int{b} // "Spyglass Media Group produces"
	}
	if l := p.staffOf(b); len(l) > 0 {
		return l // "A, B and C of O will produce"
	}
	if p.isM(b) && p.isPersonLike(b) && p.w(b+1) != "'s" {
		l := p.listBackward(b)
		if len(l) == 0 {
			return nil
		}
		// "from writer-director P stars Q": a name after a preposition is
		// no subject
		k := l[0] - 1
		for k >= 0 && !p.isM(k) && (p.in(k, listFillers) || p.in(k, jobLeadNouns) || strings.Contains(p.w(k), "-") && isWordLike(p.w(k))) {
			k--
		}
		if p.in(k, prepsBeforeName) {
			return nil
		}
		return l
	}
	if p.w(b) == "who" && p.w(b-1) == "," && p.isM(b-2) && p.isPersonLike(b-2) {
		return p.listBackward(b - 2)
	}
	if p.w(b) == "and" && last >= 0 {
		for k := b - 1; k > last; k-- {
			if p.isM(k) && p.isPersonLike(k) || p.w(k) == ";" || p.w(k) == "." {
				return nil
			}
		}
		return []int{last}
	}
	if p.w(b) == "," {
		// "P, <appositive with no other person>, verb"
		// the person opening the sentence, after a short lead ("In a
		// surprise, P, who ..., is also in the film")
		o := 0
		if !p.isM(0) {
			for o < 5 && !p.isM(o) && p.w(o) != "," && isWordLike(p.w(o)) {
				o++
			}
			if p.w(o) == "," && o > 0 && o < 5 {
				o++
			} else if o == 1 && p.isM(1) && (p.in(0, jobLeadNouns) || strings.Contains(p.w(0), "-director") || strings.HasPrefix(p.w(0), "writer")) {
				// "Writer-director P, who ..., is back behind the camera"
			} else {
				o = -1
			}
		}
		if o >= 0 && p.isM(o) && p.isPersonLike(o) && p.w(o+1) == "," {
			castVerb := false // "P, who played C, ...": C is no second person
			for k := o + 2; k < b; k++ {
				if tr, ok := activeTriggers[p.w(k)]; ok && tr.cast && !p.isM(k) && p.w(o+2) == "who" {
					castVerb = true
				}
				// a title after a preposition, or a person after one ("the
				// man who wrote F for Q"), is no second subject
				title := p.in(k-1, titlePreps) && p.mm(k) != nil && p.mm(k).typ != kg.Character || p.in(k-1, objectPreps)
				if p.isM(k) && !castVerb && !title && (p.isPersonLike(k) || p.mm(k).typ == kg.Character) || p.w(k) == ";" {
					return nil
				}
			}
			return []int{o}
		}
		return nil
	}
	if (p.w(b) == "he" || p.w(b) == "she") && p.shortLead(b) {
		if o := p.prevOpeningPerson(); o >= 0 {
			return []int{-2 - o} // a mention of an earlier sentence, encoded
		}
	}
	return nil
}

// produceWord reports whether item t says "produce".
func (p *pctx) produceWord(t int) bool {
	tr, ok := activeTriggers[p.w(t)]
	return ok && tr.rel == kg.Produced
}

// verbPhraseStart returns the first item of the verb phrase that ends
// before item t ("is making his first trip behind the camera"): up to ten
// lower-case words back, stopping at a name, a comma or a clause end.
func (p *pctx) verbPhraseStart(t int) int {
	k := t
	for n := 0; n < 10 && k > 0 && !p.isM(k-1) && !p.fallbackBoundary(k-1) && p.w(k-1) != "," && !p.in(k-1, fallbackAux); n++ {
		k--
	}
	return k
}

// relativeCharacter returns the character of "P, who played (one of the
// original killers,) C," after person item i, or -1.
func (p *pctx) relativeCharacter(i int) int {
	if p.w(i+1) != "," || p.w(i+2) != "who" {
		return -1
	}
	for k := i + 3; k < len(p.it) && k < i+6; k++ {
		if tr, ok := activeTriggers[p.w(k)]; ok && tr.object && !p.isM(k) {
			return p.characterAfter(k, true)
		}
	}
	return -1
}

// objectFilms returns the films named as the object of a crew verb at t
// ("directed the 2022 reboot and Wail VI", "made F1 and F2"), typing
// title-shaped names films; unnamed films in the list are passed over.
func (p *pctx) objectFilms(t int) []int {
	var out []int
	k := t + 1
	if p.w(k) == "both" {
		k++
	}
	for k < len(p.it) {
		if m := p.mm(k); m != nil {
			// a name right after a crew verb that no cue makes a person:
			// "Ruiz previously directed Dust Road and Sand Kings"
			// (not a modifier: "produced Oscar-nominated films", "directed
			// Thirteen episodes": a lower-case word after the name)
			bare := m.typ == "" && !m.short && !(m.personShaped() && isGivenNameLower(firstWord(m.text))) && !pcType(p.priorType(k)) && p.priorType(k) != kg.Organisation &&
				!strings.Contains(m.text, "-") && !(isWordLike(p.w(k+1)) && !p.isM(k+1) && p.w(k+1) != "and" && p.w(k+1) != "in" && p.w(k+1) != "for" && p.w(k+1) != "with" && p.w(k+1) != "on")
			if !(m.typ == kg.Film || bare || m.typ == "" && (!m.personShaped() && (m.digit || m.colon || m.quoted) || m.words >= 2 && romanOrNumber(strings.ToLower(lastWord(m.text))) != "")) || p.w(k+1) == "'s" {
				break
			}
			out = append(out, k)
			k++
		} else if p.w(k) == "the" || p.in(k, possessivePronouns) || isYear(p.w(k)) && p.w(k+1) == "'s" || p.w(k) == "last" && p.w(k+1) == "year" && p.w(k+2) == "'s" {
			// an unnamed film ("the 2022 reboot") or a described one
			// ("the Disney+ series The Corsairian", "last year's prequel X")
			j := k + 1
			if p.w(k) == "last" {
				j = k + 3
			} else if isYear(p.w(k)) {
				j = k + 2
			}
			for j < k+6 && (!p.isM(j) && (isYear(p.w(j)) || isWordLike(p.w(j))) || p.isM(j) && p.mm(j).typ == kg.Organisation) && !p.in(j, filmNouns) && !p.in(j, filmCueNouns) && !p.in(j, seriesNouns) {
				j++
			}
			if !p.in(j, filmNouns) && !p.in(j, filmCueNouns) && !p.in(j, seriesNouns) {
				break
			}
			k = j + 1
			if m := p.mm(k); m != nil && (m.typ == kg.Film || m.typ == "") && !pcType(p.priorType(k)) {
				continue // the name after the noun is the film
			}
		} else if (p.w(k) == "much" || p.w(k) == "most" || p.w(k) == "all" || p.w(k) == "some" || p.w(k) == "part") && p.w(k+1) == "of" {
			k += 2 // "directed much of Fresh Blood"
			continue
		} else {
			break
		}
		if p.w(k) == "and" || p.w(k) == "," && (p.isM(k+1) || p.w(k+1) == "the") {
			k++
			continue
		}
		break
	}
	return out
}

// dropAnaphorCredits removes the credits rel of this sentence whose
// subject is one of the persons subj (items) and whose film is an
// anaphor ("the film at hand"): the verb names its films. done forgets them.
func (p *pctx) dropAnaphorCredits(subj []int, rel kg.RelType, done map[string][]pclaim) {
	keys := map[string]bool{}
	for _, x := range subj {
		if x >= 0 {
			keys[p.mm(x).key] = true
		}
	}
	out := p.a.claims[:0]
	for _, c := range p.a.claims {
		if c.sent == p.si && c.rel == rel && c.subj.m >= 0 && c.obj.m < 0 && keys[p.a.ments[c.subj.m].key] {
			continue
		}
		out = append(out, c)
	}
	p.a.claims = out
	for k := range keys {
		delete(done, k)
	}
}

// fallbackObjects credits the persons subj with the films (items) a crew
// verb at t names as its object, unless the clause denies or hedges.
func (p *pctx) fallbackObjects(t int, subj, films []int, rel kg.RelType, done map[string][]pclaim) {
	lo, hi := p.clauseSpan(t)
	for k := lo; k < hi; k++ {
		if !p.isM(k) && (p.denyWord(k) || strings.HasSuffix(p.w(k), "n't")) {
			return
		}
	}
	for _, f := range films {
		p.typ(f, kg.Film, 2)
		for _, x := range subj {
			if x < 0 {
				continue
			}
			if prev, seen := done[p.mm(x).key]; seen {
				dup := false
				for _, o := range prev {
					if o.rel == rel && p.sameFilm(o.obj, mArg(f)) {
						dup = true
					}
				}
				if dup {
					continue
				}
			}
			p.claim(pclaim{rel: rel, subj: mArg(x), obj: mArg(f)})
		}
	}
}

// listBackward reads a list of person-like names ending at item b ("A, B
// and C") and returns it in text order.
func (p *pctx) listBackward(b int) []int {
	var out []int
	j := b
	for j >= 0 && p.isM(j) && p.isPersonLike(j) && p.mm(j).typ != kg.Character {
		out = append(out, j)
		j--
		if p.w(j) == "and" || p.w(j) == "&" {
			j--
			if p.w(j) == "," && p.closesRelative(j) && len(out) == 1 {
				// "A, who plays C, and B lead ...": the name before the
				// relative clause
				k := j - 1
				for k >= 0 && p.w(k) != "who" {
					k--
				}
				if k >= 2 && p.w(k-1) == "," && p.listName(k-2) {
					j = k - 2
					continue
				}
				break
			}
			if p.w(j) == "," {
				// ", and" joins a list of three or more, not two clauses
				if !(p.isM(j-1) && p.w(j-2) == ",") {
					break
				}
				j--
			}
			if !p.listName(j) {
				break
			}
			continue
		}
		if p.w(j) == "," && p.isM(j-1) && !p.listName(j-1) {
			break
		}
		if p.w(j) == "," && p.isM(j-1) && len(out) > 1 {
			j--
			continue
		}
		if p.w(j) == "," && p.isM(j-1) && (p.w(j-2) == "," || j-1 == 0) {
			j--
			continue
		}
		break
	}
	if len(out) > 0 {
		if a := p.teamOfBefore(j); a >= 0 {
			// "A and the team of B and C wrote": A too
			out = append(out, p.listBackward(a)...)
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// listName reports whether mention item k can be a person of a list: not
// a description after "the" ("Alvin Mercott, the Tuesday Killer, and").
func (p *pctx) listName(k int) bool {
	return p.isM(k) && p.w(k-1) != "the" && p.isPersonLike(k) && p.mm(k).typ != kg.Character
}

// characterAfter returns the character named after an acting verb at t:
// "as (the describing words) C", or for a verb with an object "plays (the
// grandmother,) C"; -1 when there is none.
func (p *pctx) characterAfter(t int, object bool) int {
	k := t + 1
	for n := 0; n < 6 && k < len(p.it) && !p.isM(k) && !p.fallbackBoundary(k); n++ {
		if p.w(k) == "as" {
			break
		}
		if p.w(k) == "," {
			break
		}
		k++
	}
	if p.w(k) == "as" {
		if c := p.nameAfterDescriptors(k+1, 3); c >= 0 && p.castChar(c) {
			return c
		}
		// "as the villain, Victor Crane"
		j := k + 1
		if p.w(j) == "the" || p.w(j) == "a" || p.w(j) == "an" || p.wIn(j, possessivePronouns) {
			j++
			for n := 0; n < 3 && !p.isM(j) && isWordLike(p.w(j)); n++ {
				j++
			}
			if p.w(j) == "," && p.isM(j+1) && p.castChar(j+1) && (p.w(j+2) == "," || p.w(j+2) == "." || p.w(j+2) == "") {
				return j + 1
			}
		}
		return -1
	}
	if !object {
		return -1
	}
	if c := p.nameAfterDescriptors(t+1, 3); c >= 0 && p.castChar(c) {
		return c
	}
	// "plays the grandmother, Iris,"
	if p.w(k) == "," && p.isM(k+1) && p.castChar(k+1) && (p.w(k+2) == "," || p.w(k+2) == "." || p.w(k+2) == "as") {
		return k + 1
	}
	return -1
}

// castChar reports whether mention item c can be a character.
func (p *pctx) castChar(c int) bool {
	m := p.mm(c)
	if m == nil || m.quoted || m.colon || m.digit {
		return false
	}
	return m.typ == "" || m.typ == kg.Character || m.typ == kg.Person && m.strength < 2
}

// characterBefore returns the character a "played by"/"voiced by" at t
// is said of: the name right before it ("C, played by P", "C is played
// by P"), or the name closing an appositive after it ("Borka the Slug,
// the son of Gorvo, voiced by P"); -1 when there is none.
func (p *pctx) characterBefore(t int) int {
	b := t - 1
	for b >= 0 && p.in(b, passiveAux) {
		b--
	}
	if p.isM(b) && p.castChar(b) {
		return b
	}
	if p.w(b) == "who" && p.w(b-1) == "," {
		// "C, a young Skarn cast out of his clan, who is played by P"
		for k := b - 2; k >= 1 && k > b-14; k-- {
			if p.w(k) == "," {
				if p.isM(k-1) && p.castChar(k-1) {
					return k - 1
				}
				return -1
			}
			if p.isM(k) || p.fallbackBoundary(k) {
				break
			}
		}
		return -1
	}
	// an appositive before: "C, the son of X, voiced by"
	if p.w(t-1) == "," {
		for k := t - 2; k >= 0 && k > t-12; k-- {
			if p.w(k) == "," {
				if p.isM(k-1) && p.castChar(k-1) {
					return k - 1
				}
				return -1
			}
			if p.fallbackBoundary(k) {
				return -1
			}
		}
	}
	return -1
}

// fallbackClaims credits persons (items; an encoded mention of an
// earlier sentence when < -1) with the film of the clause of trigger t,
// unless the clause denies or hedges, speaks of earlier unnamed films, or
// a person was already credited in the sentence with another film.
func (p *pctx) fallbackClaims(t int, persons []int, tr trigger, char arg, done map[string][]pclaim) {
	lo, hi := p.clauseSpan(t)
	for _, x := range persons {
		if x >= 0 && x < lo {
			comma := false
			for k := x + 1; k < lo; k++ {
				comma = comma || p.w(k) == ","
			}
			if !comma {
				lo = x
			}
		}
	}
	// "P, the filmmaker behind the first two X movies, directed ...": the
	// aside between the subject and its verb speaks of other films; its
	// words neither hedge the verb nor name its film, and its credits do
	// not stand in the way
	asideLo, asideHi := -1, -1
	if !tr.cast {
		asideLo, asideHi = p.subjectAside(t, persons)
	}
	if asideHi >= 0 && lo <= asideHi {
		lo = asideHi + 1
	}
	for k := lo; k < hi; k++ {
		if p.isM(k) {
			continue
		}
		if p.denyWord(k) || strings.HasSuffix(p.w(k), "n't") {
			return
		}
		if p.w(k) == "the" && p.in(k+1, earlierFilmWords) {
			// "the original", "the previous two films": an earlier film
			j := k + 1
			for p.in(j, earlierFilmWords) {
				j++
			}
			if !p.isM(j) && (p.in(j, filmNouns) || p.in(j, pluralFilmNouns) || p.in(j, seriesNouns) || p.w(j) == "one" || p.w(j) == "," || p.w(j) == "." || p.w(j) == "") {
				return
			}
		}
		if p.in(k, pluralFilmNouns) || p.w(k) == "shows" || p.w(k) == "seasons" && false {
			return
		}
	}
	film, ok := p.fallbackFilm(t, lo, hi)
	if !ok {
		return
	}
	if asideHi >= 0 && film.m >= 0 && !film.abs && int(film.m) >= asideLo && int(film.m) < asideHi {
		film = p.focusFilm() // the sentence's one title is the aside's: the verb's film is the one at hand
	}
	for _, x := range persons {
		subj := noArg
		var m *mention
		if x < -1 {
			mi := -2 - x
			subj = arg{m: int32(mi), of: -1, abs: true}
			m = &p.a.ments[mi]
			m.setType(kg.Person, 1)
		} else {
			subj = mArg(x)
			m = p.mm(x)
			if full := p.a.ambiguousSurname(p.mi(x)); full >= 0 {
				// "McMahon returned in ...": the full name introduced first
				// (relatives share the surname)
				subj = arg{m: int32(full), of: -1, abs: true}
			}
		}
		if prev, seen := done[m.key]; seen {
			clash := false
			for _, o := range prev {
				upgrade := tr.cast && char.m >= 0 && len(persons) == 1 && o.rel == kg.ActedIn && o.char.m < 0 && o.char.ana == anaNone && p.sameFilm(o.obj, film)
				// a credit for a film named in another clause ("P, the man
				// who wrote the original F1, is making his first trip
				// behind the camera") does not stand in the way
				elsewhere := o.obj.m >= 0 && !p.sameFilm(o.obj, film) && (o.rel != tr.rel && !p.itemIn(o.obj.m, lo, hi) || asideHi >= 0 && p.itemIn(o.obj.m, asideLo, asideHi))
				if !upgrade && !elsewhere && (o.rel == kg.Portrayed || o.rel == tr.rel || tr.cast && o.rel == kg.ActedIn || !p.sameFilm(o.obj, film)) {
					clash = true
				}
			}
			if clash {
				continue
			}
		}
		if x >= 0 && m.typ == "" {
			p.typ(x, kg.Person, 1)
		}
		c := pclaim{rel: tr.rel, subj: subj, obj: film, job: tr.job}
		if tr.rel == kg.ActedIn && char.m >= 0 && len(persons) == 1 {
			p.typ(int(char.m), kg.Character, 2)
			c.char = char
		}
		p.claim(c)
	}
}

// itemIn reports whether mention mi is an item of [lo, hi).
func (p *pctx) itemIn(mi int32, lo, hi int) bool {
	for k := max(lo, 0); k < hi && k < len(p.it); k++ {
		if p.it[k].m == mi {
			return true
		}
	}
	return false
}

// sameFilm reports whether claim object o (mention indexes) and fallback
// film f (items) name the same film.
func (p *pctx) sameFilm(o, f arg) bool {
	if f.m >= 0 && !f.abs {
		if o.m < 0 {
			return false
		}
		return p.a.ments[o.m].key == p.mm(int(f.m)).key
	}
	if f.abs && f.m >= 0 {
		return o.m >= 0 && p.a.ments[o.m].key == p.a.ments[f.m].key
	}
	// "the film" and "the series" both stand for the film at hand
	return o.m < 0 && (o.ana == f.ana || (o.ana == anaFilm || o.ana == anaSeries) && (f.ana == anaFilm || f.ana == anaSeries))
}

// closesRelative reports whether the comma at item c closes a relative
// clause ("P, the man who wrote F, is ..."): a "who"/"which" comes before
// it with no comma between.
func (p *pctx) closesRelative(c int) bool {
	for k := c - 1; k >= 0 && k > c-20; k-- {
		switch p.w(k) {
		case "who", "which", "whose":
			return !p.isM(k)
		case ",", ";", ".":
			return false
		}
	}
	return false
}

// clauseSpan returns the items [lo, hi) of the clause around item t.
func (p *pctx) clauseSpan(t int) (int, int) {
	lo := t
	for lo > 0 && !p.fallbackBoundary(lo-1) && !(p.w(lo-1) == "," && (p.w(lo) == "who" || p.w(lo) == "which" || p.closesRelative(lo-1))) {
		lo--
	}
	hi := t + 1
	for hi < len(p.it) && !p.fallbackBoundary(hi) {
		if p.w(hi) == "," && (p.w(hi+1) == "who" || p.w(hi+1) == "which" || p.w(hi+1) == "whose" || p.w(hi+1) == "while" || p.w(hi+1) == "but") {
			break
		}
		hi++
	}
	return lo, hi
}

// fallbackFilm returns the film of the clause [lo, hi) of trigger t: a
// film named or referred to after the trigger, else before it in the
// clause, else the sentence's only film outside relative clauses, else
// the film the stretch of text is about. It fails when the clause's film
// is someone else's ("X's earlier film") or compared ("since F").
func (p *pctx) fallbackFilm(t, lo, hi int) (arg, bool) {
	pick := func(k int) (arg, bool, bool) {
		if ana, _, ok := p.filmAnaphor(k); ok {
			if ana == anaFilm {
				return p.namedFocus(), true, true
			}
			// "the series": the film at hand, like "the film" (the
			// article's series may be another title with a series cue)
			return p.namedFocus(), true, true
		}
		m := p.mm(k)
		if m == nil || m.typ != kg.Film {
			return noArg, false, true
		}
		if p.w(k+1) == "'s" {
			return noArg, false, true // "F's director"
		}
		if p.w(k-1) == "'s" && p.isM(k-2) && p.isPersonLike(k-2) {
			if p.w(k-3) == "in" {
				return mArg(k), true, true // "played C in Q's F"
			}
			return noArg, false, false // someone else's film
		}
		if p.in(k-1, otherFilmPreps) {
			return noArg, false, true
		}
		return mArg(k), true, true
	}
	for k := t + 1; k < hi; k++ {
		f, ok, fine := pick(k)
		if !fine {
			return noArg, false
		}
		if ok {
			return f, true
		}
		// an unresolved film noun or an untyped title: the clause's film
		// is one the fallback cannot name
		if !p.isM(k) && (p.in(k, filmNouns) || p.in(k, seriesNouns) || p.in(k, filmCueNouns) || p.w(k) == "original") {
			if m := p.mm(k + 1); m != nil && m.typ == kg.Film {
				continue // "in her earlier film Grey Salt": the noun names the title after it
			}
			if m := p.mm(k + 2); m != nil && p.w(k+1) == "," && m.typ == kg.Film && m.strength >= 2 {
				continue // "in the 2007 sequel, F,"
			}
			return noArg, false
		}
		if m := p.mm(k); m != nil && m.typ == "" && (m.quoted || m.digit || m.colon || m.titleWords || m.the) && !pcType(p.priorType(k)) {
			return noArg, false
		}
	}
	for k := t - 1; k >= lo; k-- {
		if p.w(k) == "," && k < t-1 {
			break // "P, best known for F, plays": F is an earlier credit
		}
		if !p.isM(k) && (p.in(k, filmNouns) || p.in(k, seriesNouns) || p.w(k) == "original") {
			// "the film, which ..., is directed by": the anaphor ending here
			for d := k - 1; d >= lo && d >= k-4; d-- {
				if _, end, ok := p.filmAnaphor(d); ok && end == k+1 {
					f, _, _ := pick(d)
					return f, true
				}
			}
			return noArg, false
		}
		f, ok, fine := pick(k)
		if !fine {
			return noArg, false
		}
		if ok {
			return f, true
		}
		if m := p.mm(k); m != nil && m.typ == "" && (m.quoted || m.digit || m.colon || m.titleWords || m.the) && !pcType(p.priorType(k)) {
			return noArg, false
		}
	}
	// the sentence's only film outside relative clauses
	one, n := -1, 0
	rel := false
	for k := range p.it {
		if p.w(k) == "who" || p.w(k) == "which" || p.w(k) == "whose" {
			rel = true
		} else if p.w(k) == "," || p.fallbackBoundary(k) && !p.wIn(k, clauseEnds) {
			rel = false
		}
		if m := p.mm(k); m != nil && m.typ == kg.Film && !rel && p.w(k+1) != "'s" && (p.w(k-1) == "from" || !p.in(k-1, otherFilmPreps)) && !p.in(k-1, earlierAdj) {
			if one < 0 || p.mm(one).key != m.key {
				n++
			}
			one = k
		}
	}
	if n == 1 {
		return mArg(one), true
	}
	if n > 1 {
		return noArg, false
	}
	return p.focusFilm(), true
}

// denyWord reports whether item k is a word that denies or hedges a
// credit ("exited", "not", "may"); the month "May" is none.
func (p *pctx) denyWord(k int) bool {
	if p.isM(k) || !p.wIn(k, denyWords) {
		return false
	}
	return !(p.w(k) == "may" && p.a.toks[p.it[k].t].cap)
}
