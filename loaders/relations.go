package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// run applies the type cues and relation patterns to one sentence.
func (p *pctx) run() {
	claims0 := len(p.a.claims)
	for i := range p.it {
		if p.isM(i) {
			p.mentionCues(i)
		}
	}
	for i := range p.it {
		if p.isM(i) {
			p.castAs(i)
			p.staffAtBody(i)
			p.personOfCompany(i)
			p.castAfterClause(i)
			p.copulaCast(i)
			p.possessiveWorkCue(i)
			p.possessiveCast(i)
			p.makerBehind(i)
			p.roleAppositive(i)
			p.possessiveMaker(i)
			p.apposedMaker(i)
			p.possMakerGloss(i)
			p.charParen(i)
			p.himself(i)
			p.crewVerb(i)
			p.orgVerb(i)
			p.companyWhich(i)
			p.companyRelease(i)
			p.acquireRights(i)
			p.trailerFor(i)
			p.announcedFilm(i)
			p.possessive(i)
			p.creditCompound(i)
			p.castAfterTitle(i)
			p.companyProduction(i)
			p.craftBy(i)
			p.titleJobPerson(i)
			p.untypedTitleJob(i)
			p.ownCrew(i)
			p.craftIt(i)
			p.starGenreCredit(i)
			continue
		}
		if !p.runGate(i) && !runGateOff {
			// a word no gated rule acts at (speed_x18_gate.go): only the
			// rules below, which need no trigger word, in their order
			p.yearPossessive(i)
			p.listPredicate(i) // (castTail's one rule with no trigger word)
			p.compoundJob(i)
			p.craftBy(i)
			p.alsoCast(i)
			continue
		}
		p.yearPossessive(i)
		p.wordRules(i)
		p.castTail(i)
		p.withParticiples(i)
		p.crewPhrases(i)
		p.compoundJob(i)
		p.withAsJob(i)
		p.gerundCredit(i)
		p.ownCrewCopula(i)
		p.fromCreators(i)
		p.produceWith(i)
		p.sharedCredit(i)
		p.jobList(i)
		p.companiesProduce(i)
		p.coProduction(i)
		p.comesFrom(i)
		p.creatorCredits(i)
		p.wentOnList(i)
		p.craftBy(i)
		p.dutyCredit(i)
		p.alsoCast(i)
		p.takeOver(i)
		p.nextPart(i)
		p.listReturn(i)
		p.castCompanions(i)
		p.asWellAs(i)
		p.castAppear(i)
		p.repriseRoles(i)
		p.possessiveWork(i)
		if p.w(i) == "respectively" {
			p.respectively(i)
		}
		p.parallelCast(i)
	}
	p.elideAppositives()
	for i := range p.it {
		if p.isM(i) && p.w(i+2) == "whose" {
			p.whoseCredits(i)
			p.whoseWorks(i)
			p.whoseKindFilm(i)
		}
		if p.w(i+1) == "(" && p.isM(i) {
			p.parenCredits(i)
		}
	}
	for i := range p.it {
		if w := p.w(i); !p.isM(i) && (w == "trained" || w == "training") {
			p.setW(i, w+"-post")
			p.wordRules(i)
			p.setW(i, w)
		}
	}
	p.clauseFallback()
	p.obituaryHeadline()
	p.sharedMembership()
	p.memberTails() // "the Varro family", not "Varro" (org_membertail.go)
	p.coCredits()
	for t := range p.it {
		p.madeFor(t)
	}
	p.sectionCharacters()
	p.crewBlock()
	p.spinRules()
	p.franchiseContext()
	p.releaseRules()
	p.moneyRules()
	p.throughBanner(claims0)
}

// yearPossessive types the title after "2017's" a film ("2017's Logan").
func (p *pctx) yearPossessive(i int) {
	if isYear(p.w(i)) && p.w(i+1) == "'s" && p.isM(i+2) {
		if m := p.mm(i + 2); !(m.typ == kg.Person || m.typ == kg.Character) || m.strength < 3 {
			m.setType(kg.Film, 3)
		}
	}
}

// elideAppositives reads "P, <appositive>, <predicate>" as "P
// <predicate>": for each person-like mention followed by a comma, a short
// stretch with no other person in it and a closing comma ("Walter J.
// Brennick, fresh off Rumble, directed ...", "Corinne Vail, in her first
// leading role, stars as C"), the cast and crew rules run again on the
// sentence without the appositive.
func (p *pctx) elideAppositives() {
	orig := p.it
	n := len(orig)
	for i := 0; i < n; i++ {
		if orig[i].m < 0 || i+2 >= n || orig[i+1].w != "," || orig[i+2].m >= 0 {
			continue
		}
		if w := orig[i+2].w; w == "and" || w == "or" || w == "but" || w == "the" && false {
			continue
		}
		end := -1
		works := orig[i+2].w == "whose" && p.wIn(i+3, creditWords) // "P, whose credits include F1 and F2, ...": titles
		for k := i + 2; k < n && k < i+22; k++ {
			if orig[k].m >= 0 {
				// "who directed Landfall and Chrome Hunter": an untyped name
				// listed after a title is another title
				listed := (orig[k-1].w == "and" || orig[k-1].w == ",") && k-2 > i && p.isM(k-2) && p.mm(k-2).typ == kg.Film && p.mm(k-2).strength >= 2 && p.mm(k).typ == ""
				if (p.isPersonLike(k) || pcType(p.mm(k).typ)) && !(works && p.mm(k).typ != kg.Person && p.mm(k).typ != kg.Character) && !listed {
					break
				}
				continue
			}
			w := orig[k].w
			if w == "." || w == ";" || w == "" || w == "(" {
				break
			}
			if w == "," {
				end = k
				break
			}
		}
		if end < 0 || end+1 >= n || orig[end+1].m >= 0 || orig[end+1].w == "and" || orig[end+1].w == "or" || orig[end+1].w == "who" {
			continue
		}
		if !p.isPersonLike(i) {
			continue
		}
		el := make([]item, 0, n-(end-i))
		el = append(el, orig[:i+1]...)
		el = append(el, orig[end+1:]...)
		p.it = el
		p.castAs(i)
		p.crewVerb(i)
		if v := i + 1; p.in(v, setRelations_18) {
			p.wordRules(v)
		}
		p.it = orig
	}
}

// jobLeadNouns name a real person's job before the name ("screenwriter
// X", "Belgian actor X").
var jobLeadNouns = setOf("actor", "actress", "director", "filmmaker", "producer", "writer", "screenwriter", "composer",
	"showrunner", "cinematographer", "editor", "creator", "novelist", "author", "comedian", "singer", "rapper", "co-star")

// genreNouns name a kind of film ("X, a satire about ...").
var genreNouns = setOf("satire", "comedy", "western", "musical", "documentary", "biopic", "romance", "epic", "fantasy",
	"adventure", "mystery", "whodunit", "heist", "romcom", "rom-com", "melodrama", "fable", "parable", "tragedy", "farce",
	"horror", "actioner", "caper", "noir", "drama")

// appositiveEnds follow the noun that closes a describing appositive ("a
// revenge thriller set on ...", "a horror film from ...").
var appositiveEnds = setOf(",", ".", ";", "set", "about", "from", "that", "which", "starring", "directed", "written",
	"produced", "based", "inspired", "following", "where", "in", "with", "by", "")

// leadVerbsCast say that actors head a cast ("A and B lead the cast").
var leadVerbsCast = setOf("lead", "leads", "led", "headline", "headlines", "headlined", "front", "fronts")

// prepsBeforeFilm put an unnamed film in a prepositional phrase ("for the
// 2019 reboot").
var prepsBeforeFilm = setOf("for", "in", "of", "to", "with", "on", "from", "into")

// fameAdverbs make "known as" a matter of fame ("best known as").
var fameAdverbs = setOf("best", "better", "widely", "mostly", "probably", "perhaps", "still", "mainly", "chiefly", "popularly")

// renewWords say that a series continues.
var renewWords = setOf("renewed", "renew", "renews", "renewal")

// filmNounOwners stand before "film/feature/series X" when X names it
// ("whose feature X", "the thriller X", "his debut film X").
var filmNounOwners = setOf("whose", "his", "her", "their", "its", "the", "debut", "new", "latest", "upcoming", "hit", "next", "first", "last", "breakout")

// productionNouns precede "on F" when F is a production ("wrapped
// production on F").
var productionNouns = setOf("production", "filming", "shooting", "work", "photography", "cameras")

// speechVerbs say that someone spoke ("X says", "said X").
var speechVerbs = setOf("says", "said", "told", "tells", "admits", "admitted", "explains", "explained", "recalls",
	"recalled", "adds", "added", "notes", "noted", "insists", "insisted", "recounts", "jokes", "joked", "laughs", "laughed")

// mentionCues types a mention from the words around it.
func (p *pctx) mentionCues(i int) {
	p.extendBodyName(i)
	p.numberedCompany(i)
	p.theCompany(i)
	m := p.mm(i)
	next, prev := p.w(i+1), p.w(i-1)
	if p.isM(i + 1) {
		next = ""
	}
	if p.isM(i - 1) {
		prev = ""
	}
	if orgHeadBeforeOn && prev != "" && (prev == "the" || prev == "called" || prev == "named" || prev == "as" || p.in(i-1, orgLeadNouns)) {
		p.orgHeadBefore(i) // (org_headnounbefore.go)
	}
	if next == "," {
		p.orgApposNoun(i)     // "X, the Burbank animation company" (org_apposnoun.go)
		p.whichVerbCompany(i) // "X, which produced both films" (org_whichverb.go)
	}
	var lb [32]byte
	last := string(appendLower(lb[:0], strings.TrimSuffix(lastWord(m.text), ".")))
	lastRow := vocabRow(last) // (the sets below read from its bits: no map look-ups)
	switch {
	case m.words >= 2 && !m.colon && companyWordName(m, last):
		m.setType(kg.Organisation, 3)
		m.world = kg.WorldReal
		if m.kind == "" && channelName(m, last, lastRow) {
			m.kind = "streamer" // ("BBC Four", "Network Ten": a channel shows what it carries)
		} else if m.kind == "" {
			m.kind = "studio"
		}
	case m.words >= 2 && !m.colon && !m.quoted && !m.digit && last != "house" && fictionalOrgNouns[last] != "":
		m.setType(kg.Organisation, 2)
		m.kind = fictionalOrgNouns[last]
	case m.words >= 3 && prev == "the" && ofHeadOrgKind(m) != "":
		// "the Brotherhood of Steel" (org_ofhead.go)
		m.setType(kg.Organisation, 2)
		m.kind = ofHeadOrgKind(m)
	}
	if m.digit && !m.colon && m.words >= 1 && !m.quoted && !p.a.designationName(int(p.it[i].m)) {
		m.setType(kg.Film, 1)
	}
	// "Lionsgate's Rush Home Tonight stumbled", "Hulu's Strays": a
	// company's name before a title that is no person's
	// (describes, "Netflix's British crime drama", is asked only after the
	// cheap tests: it reads three sets at i+2)
	describes := func() bool {
		return !p.isM(i+1) && isWordLike(p.w(i+1)) && (p.in(i+2, genreNouns) || p.in(i+2, filmNouns) || p.in(i+2, seriesNouns))
	}
	if prev == "'s" && p.isM(i-2) && m.typ == "" && !m.short && !describes() && !p.in(i+1, filmNouns) && !p.in(i+1, seriesNouns) && !p.in(i+1, genreNouns) && !p.in(i+1, modifierNouns) && !isGivenNameLower(firstWord(m.text)) && !pcType(p.priorType(i)) {
		// (not "A24's Sundance hit F": a name before a noun modifies it)
		o := p.mm(i - 2)
		if (o.typ == kg.Organisation && o.strength >= 2 || inLower(realOrgWords, strings.TrimSuffix(lastWord(o.text), ".")) && o.words >= 2) && !p.in(i+1, jobLeadNouns) && !p.in(i+1, companyPlaceNouns) && p.w(i+1) != "'s" {
			m.setType(kg.Film, 2)
		} else if (o.typ == "" || o.typ == kg.Organisation) && !o.personShaped() && p.boxOfficeAfter(i) {
			// "Lionsgate's Rush Home Tonight stumbled with $3.3 million"
			m.setType(kg.Film, 2)
			o.setRealOrg()
		}
	}
	// "Disney+", "Apple TV+": a streaming service
	if strings.HasSuffix(m.text, "+") && m.words >= 1 {
		m.setType(kg.Organisation, 3)
		m.world = kg.WorldReal
		m.kind = "streamer"
	}
	// "the Marvel Cinematic Universe", "the Dawnrider Saga"
	if m.words >= 2 && !m.colon && !m.digit && rowIn(lastRow, last, franchiseHeads) {
		m.setType(kg.Franchise, 3)
	}
	// "the second season of X", "episodes of X": a series
	if prev == "of" && p.in(i-2, setRelations_19) && !m.personShaped() || prev == "of" && p.in(i-2, setRelations_20) {
		s := m
		if p.w(i+1) == "'s" && p.isM(i+2) {
			// "episodes of HBO's The Quiet Coast": the owner's series
			s = p.mm(i + 2)
			if m.typ == "" {
				m.setType(kg.Organisation, 2)
				m.world = kg.WorldReal
			}
		}
		if s.typ == "" || s.typ == kg.Film || s.strength < 3 {
			s.setType(kg.Film, 3)
			s.format = kg.FormatSeries
		}
	}
	// a person-shaped name that speaks ("X says", "said X") or follows a
	// job noun ("screenwriter X", "Belgian actor X") is a person
	if m.typ == "" && m.words >= 2 && (p.in(i+1, speechVerbs) && !p.isM(i+1) || p.in(i-1, speechVerbs) && (p.w(i-2) == "," || i == 1) || p.in(i-1, jobLeadNouns) && !p.isM(i-1) && !p.jobPartAfterAs(i-1)) &&
		m.personShaped() && !orgish(m) && !m.short && p.priorType(i) != kg.Film { // (the word tests first: orgish and priorType cost more)
		m.setType(kg.Person, 2)
	}
	// "whose feature Ghost Tide", "the thriller X", "his debut film X", "the
	// police drama X": a film noun before the name
	if (p.in(i-1, filmNouns) && p.w(i-1) != "project" && p.w(i-1) != "chapter" && p.w(i-1) != "entry" || p.in(i-1, seriesNouns) && p.w(i-1) != "season" || p.in(i-1, genreNouns)) && !(p.w(0) == "in" && p.a.storySubjectAfterFilmNoun(m)) &&
		(p.in(i-2, filmNounOwners) || p.w(i-2) == "'s" || !p.isM(i-2) && isWordLike(p.w(i-2)) && !p.in(i-2, commonWords) && (p.in(i-3, filmNounOwners) || p.w(i-3) == "'s") || p.in(i-2, earlierAdj) && p.w(i-3) == "'s") && !m.quoted && (m.typ == "" || m.typ == kg.Film && m.strength < 2) && !pcType(p.priorType(i)) && p.w(i+1) != "'s" {
		m.setType(kg.Film, 2)
		if p.in(i-1, seriesNouns) {
			m.format = kg.FormatSeries
		}
	}
	// "The long-gestating Apex Run movie has found its director": the film
	// named by its brand (weak: any titled mention wins)
	if (next == "movie" || next == "film") && !p.isM(i+2) && p.w(i+2) != "franchise" && p.w(i+2) != "series" && m.typ == "" && !m.quoted && !pcType(p.priorType(i)) {
		b := i - 1
		for b >= 0 && !p.isM(b) && (p.in(b, adjFilm) || isWordLike(p.w(b)) && strings.Contains(p.w(b), "-")) {
			b--
		}
		if p.w(b) == "the" && (b == 0 || p.w(b-1) == ",") {
			m.setType(kg.Film, 1)
		}
	}
	// "wrapped production on F", "began filming on F": a production
	if prev == "on" && p.in(i-2, productionNouns) && !m.quoted && (m.typ == "" || m.typ == kg.Film) && !pcType(p.priorType(i)) {
		m.setType(kg.Film, 2)
	}
	// "F, Warner Bros.' adaptation of the novel": the company's film
	if next == "," && p.isM(i+2) && p.w(i+3) == "'s" && !m.personShaped() && (m.typ == "" || m.typ == kg.Film) && !m.quoted && !p.afterPreposition(m) {
		o := p.mm(i + 2)
		if o.typ == kg.Organisation && o.strength >= 2 || inLower(realOrgWords, strings.TrimSuffix(lastWord(o.text), ".")) && o.words >= 2 {
			for k := i + 4; k < len(p.it) && k < i+7 && !p.isM(k); k++ {
				if p.in(k, filmNouns) || p.in(k, seriesNouns) && p.w(k) != "season" || p.in(k, genreNouns) {
					m.setType(kg.Film, 2)
					o.setRealOrg()
					p.claim(pclaim{rel: kg.Produced, subj: mArg(i + 2), obj: mArg(i)})
					break
				}
				if !isWordLike(p.w(k)) {
					break
				}
			}
		}
	}
	// "F, from Warner Bros. and Legendary Entertainment, placed fourth"
	if next == "," && p.w(i+2) == "from" && p.isM(i+3) && !m.personShaped() && (m.typ == "" || m.typ == kg.Film) && !m.quoted {
		if orgs, e := p.orgListAfter(i + 3); len(orgs) > 0 && p.w(e) == "," {
			strong := true
			for _, o := range orgs {
				if om := p.mm(o); !(om.typ == kg.Organisation && om.strength >= 2 || inLower(realOrgWords, strings.TrimSuffix(lastWord(om.text), "."))) {
					strong = false
				}
			}
			if !strong && len(orgs) == 1 && p.mm(orgs[0]).typ == "" && !p.mm(orgs[0]).personShaped() && p.boxOfficeAfter(e) {
				// "In third, Figment, from Blumhouse, earned $10 million"
				strong = true
				p.mm(orgs[0]).setRealOrg()
			}
			if strong {
				m.setType(kg.Film, 2)
				for _, o := range orgs {
					rel := kg.Produced
					if len(orgs) == 1 {
						rel = p.bareFromRel(o) // one studio: the one putting it out
					}
					p.claim(pclaim{rel: rel, subj: mArg(o), obj: mArg(i)})
				}
			}
		}
	}
	// "X, the third film in the trilogy", "X, a 2023 film"
	if next == "," && (p.w(i+2) == "the" || p.w(i+2) == "a" || p.w(i+2) == "an" || p.w(i+2) == "its" || p.w(i+2) == "their") && !p.isM(i+3) {
		k := i + 3
		generic := false // a describing word of no list ("a revenge thriller")
		for n := 0; n < 3 && (p.in(k, ordinals) || p.in(k, adjFilm) || isYear(p.w(k)) || p.in(k, setRelations_21) ||
			!p.isM(k) && strings.Contains(p.w(k), "-") && isWordLike(p.w(k)) ||
			!p.isM(k) && isWordLike(p.w(k)) && !p.in(k, commonWords) && !p.in(k, filmNouns) && !p.in(k, seriesNouns) && (p.in(k+1, filmNouns) || p.in(k+1, seriesNouns)) ||
			p.isM(k) && (p.mm(k).typ == "" && (p.mm(k).words == 1 || !p.mm(k).personShaped()) || p.mm(k).typ == kg.Organisation) && (p.in(k+1, filmNouns) || p.in(k+1, seriesNouns))); n++ {
			// ("the eight-part Viking drama": a capitalised describing word too)
			generic = generic || !(p.in(k, ordinals) || p.in(k, adjFilm) || isYear(p.w(k)) || p.in(k, setRelations_21) || strings.Contains(p.w(k), "-"))
			k++
		}
		if k > i+3 && !p.in(k, filmNouns) && !p.in(k, seriesNouns) && (p.in(k-1, filmNouns) || p.in(k-1, seriesNouns)) {
			k-- // "the eight-part Viking drama from ...": the genre word is the noun
		}
		// a person-shaped name is a title when the film noun ends the
		// appositive ("Dust Devils, a revenge thriller set on the border")
		// or the headline quotes it
		nounEnds := p.in(k+1, appositiveEnds) || p.a.headKeys[m.key]
		if generic && !nounEnds {
			k = -1
		}
		if prev == "by" && byRelOf(p.w(i-2)) != "" {
			k = -1 // "Directed by McG, the fourth film ...": the maker, then the film
		}
		if k >= 0 && (p.in(k, filmNouns) && p.w(k) != "project" && p.w(k) != "chapter" || p.in(k, seriesNouns) && p.w(k) != "season" || p.in(k, genreNouns) && nounEnds) && !(m.typ == kg.Person || m.typ == kg.Character) && (!m.personShaped() || m.typ == kg.Film || nounEnds && (k > i+3 || p.w(k+1) != ",")) &&
			!(m.typ == "" && (p.in(i-1, setRelations_22) && !m.the && !m.titleWords && m.words != 1 || pcType(p.priorType(i)))) {
			// ("with The Brine Road, a drama ...", "with Ridgeline, a thriller ...": titles too)
			m.setType(kg.Film, 3)
			if p.in(k, seriesNouns) {
				m.format = kg.FormatSeries
			}
			// "X, a psychological thriller from Amazon MGM Studios,": the company's film
			if p.w(k+1) == "from" && p.isM(k+2) {
				if o := p.mm(k + 2); o.typ == kg.Organisation && o.strength >= 2 || inLower(realOrgWords, strings.TrimSuffix(lastWord(o.text), ".")) && o.words >= 2 {
					o.setRealOrg()
					p.claim(pclaim{rel: kg.Produced, subj: mArg(k + 2), obj: mArg(i)})
				}
			}
		}
	}
	// "In third, Figment, from Blumhouse, earned $10 million": a box-office
	// verb after a short appositive
	if next == "," && (!m.personShaped() || !isGivenNameLower(firstWord(m.text)) && !pcType(p.priorType(i))) && !m.quoted && (m.typ == "" || m.typ == kg.Film) && !rowIn(lastRow, last, realOrgWords) && prev != "of" && prev != "by" {
		// ("Until Nightfall, Screen Gems' adaptation of the game, dipped 41%
		// to $2.2 million": a name-shaped title with no given name too)
		for k := i + 2; k < len(p.it) && k < i+14; k++ {
			if p.w(k) == "." || p.w(k) == ";" {
				break
			}
			if p.w(k) == "," {
				if p.in(k+1, boxOfficeVerbs) || p.in(k+1, grossVerbs) {
					for d := k + 2; d < len(p.it) && d < k+6; d++ {
						if p.w(d) == "$" {
							m.setType(kg.Film, 2)
							break
						}
					}
				}
				break
			}
		}
	}
	// "Twisters dropped to second place with $35 million", "X opened to $205 million"
	// (the scan for "$" runs only when a box-office verb follows: without
	// one it types nothing)
	if !m.personShaped() && !m.quoted && (m.typ == "" || m.typ == kg.Film) && prev != "of" && prev != "by" && p.in(i+1, boxOfficeVerbs) && !rowIn(lastRow, last, realOrgWords) {
		for k := i + 1; k < len(p.it) && k < i+9; k++ {
			if p.isM(k) || p.w(k) == "," || p.w(k) == "." || p.w(k) == ";" {
				break
			}
			if p.w(k) == "$" {
				m.setType(kg.Film, 2)
				break
			}
		}
	}
	// "X film series", "X movie franchise"
	if (next == "film" || next == "movie") && (p.w(i+2) == "series" || p.w(i+2) == "franchise" || p.w(i+2) == "saga") {
		m.setType(kg.Franchise, 3)
	}
	if m.colon && (m.quoted || m.digit || afterColonWords(m) >= 2 || afterColonWords(m) == 1 && !kickerLabel(m.text)) {
		m.setType(kg.Film, 1)
	}
	// "the first trailer for X", "the sequel to X", "the premiere of X": a
	// title after a noun that only films have, not an owner's possessive
	// ("the follow-up to Wright's 2017 hit F")
	if (prev == "for" || prev == "of" || prev == "to") && p.in(i-2, filmCueNouns) && m.typ == "" && (!m.personShaped() || m.colon || m.digit) && !rowIn(lastRow, last, realOrgWords) && !(next == "'s" && p.ownedTitle(i+2) >= 0) {
		m.setType(kg.Film, 2)
	}
	if m.quoted && m.colon {
		m.setType(kg.Film, 2)
	}
	// "cast him in X", "cast her as C in X": what a person is cast in is
	// a production
	if prev == "in" && m.typ == "" && !givenNameShaped(m) && !m.country && p.w(i+1) != "'s" && p.castInto(i-1) {
		m.setType(kg.Film, 2)
	}
	switch {
	case (next == "himself" || next == "herself") && !isCrewVerb(prev):
		// (not "directed Chapter 3 himself": the verb's title; not "Lynch
		// himself": a person of the article)
		if !p.personOfArticle(i) {
			m.setType(kg.Character, 3)
		}
	case next == "franchise" || next == "universe" || next == "saga" || next == "multiverse" || next == "mythology" || next == "lore" ||
		(next == "films" || next == "movies" || next == "trilogy" || next == "sequels" || next == "prequels" || next == "spinoffs" || next == "spin-offs" || next == "installments"):
		if (next == "films" || next == "movies") && p.personOfArticle(i) {
			break // "the Brock Tennabrook films": a star's films, no franchise
		}
		m.setType(kg.Franchise, 3)
	case next == "cinematic" && p.w(i+2) == "universe":
		m.setType(kg.Franchise, 3)
	case next == "series" && !p.in(i-1, seriesModifiers): // (prev's word; a mention is in no set, as "" is in none)
		if prev == "the" || prev == "" {
			m.setType(kg.Franchise, 2)
		}
	case p.in(i+1, seriesModifiers) && (p.w(i+2) == "series" || p.w(i+2) == "show" || p.w(i+2) == "prequel" || p.w(i+2) == "spin-off" || p.w(i+2) == "spinoff"):
		m.setType(kg.Film, 3)
		m.format = kg.FormatSeries
	case next == "miniseries" || next == "docuseries" || next == "show" && prev == "the":
		m.setType(kg.Film, 3)
		m.format = kg.FormatSeries
	case p.in(i+1, fictionalOrgKeys) && fictionalOrgNouns[next] != "" && !(next == "house" || next == "team" || next == "crew" || next == "family" && !m.personShaped()):
		if m.typ != kg.Film || m.strength < 3 {
			m.setType(kg.Organisation, 3)
			m.kind = fictionalOrgNouns[next]
			if m.world == "" {
				m.world = kg.WorldFictional
			}
		}
	case (next == "crime" || next == "criminal" || next == "secret" || next == "assassin" || next == "assassins" || next == "spy") && fictionalOrgNouns[p.w(i+2)] != "":
		m.setType(kg.Organisation, 3)
		m.kind = next + " " + fictionalOrgNouns[p.w(i+2)]
		m.world = kg.WorldFictional
	case (next == "studio" || next == "studios" || next == "distributor") && !p.isM(i+2):
		m.setType(kg.Organisation, 2)
		m.world = kg.WorldReal
		m.kind = "studio"
	case (next == "film" || next == "movie" || next == "installment" || next == "entry" || next == "instalment") && ordinals[prev]:
		// "the seventh X film": X is the series
		m.setType(kg.Franchise, 2)
	case p.in(i+1, nthEntryNouns) && (countOrdinals[prev] || ordinalNumber(prev)) && !m.allCaps && !p.personOfArticle(i):
		// "the third X mystery", "its sixth X feature": a numbered entry
		// of the series X (not an acronym: "its second CGI feature")
		m.setType(kg.Franchise, 2)
	case (next == "film" || next == "movie") && !p.isM(i+2) && prev != "a" && prev != "an":
		if m.typ == "" && !m.personShaped() {
			m.setType(kg.Film, 1)
		}
	case next == "," && p.in(i+2, setRelations_0) && p.appositiveOrg(i+3) && !(m.personShaped() && isGivenNameLower(firstWord(m.text))):
		// "Ketheon, a secret terrorist organization"
		m.setType(kg.Organisation, 2)
		if m.world == "" {
			m.world = kg.WorldFictional
		}
	case next == "," && orgHeadBeforeOn && p.in(i+2, articles) && !m.quoted && !m.colon && p.groupAppositive(i+3) && p.groupAppositiveName(i):
		// "the Harrigans, a London crime family," (org_headnounbefore.go)
		m.setType(kg.Organisation, 2)
	}
	// "the head of (the) X", "the politics of the X"
	ofNoun, theOf := "", false
	if prev == "of" && !p.isM(i-2) {
		ofNoun = p.w(i - 2)
	} else if prev == "the" && p.w(i-2) == "of" && !p.isM(i-3) {
		ofNoun, theOf = p.w(i-3), true
	}
	// "the film X", "the TV series X", "spin-off movie X", "script called X"
	j := i - 1
	for j >= 0 && p.in(j, adjFilm) {
		j--
	}
	switch {
	case p.w(0) == "in" && p.a.storySubjectAfterFilmNoun(m):
		// "In the movie, Ardo drops down the chimney": a name the story is
		// about, not the title (film_noun_story_subject.go)
	case p.in(j, filmNouns) && p.w(j) != "project" && p.w(j) != "chapter" && !m.personShaped():
		m.setType(kg.Film, 3)
		if p.w(j) == "film" || p.w(j) == "movie" || p.w(j) == "feature" {
			m.format = kg.FormatFilm
		}
		if p.in(j-1, seriesModifiers) || p.w(j-1) == "series" {
			m.format = kg.FormatSeries
		}
	case p.in(j, filmNouns) && m.personShaped() && (p.w(j-1) == "the" || p.w(j-1) == "a"):
		m.setType(kg.Film, 2)
	case p.in(j, seriesNouns) && p.w(j) != "drama" && p.w(j) != "season" && p.w(j) != "anthology":
		m.setType(kg.Film, 3)
		m.format = kg.FormatSeries
	case (p.w(j) == "called" || p.w(j) == "titled" || p.w(j) == "entitled") && (p.in(j-1, filmNouns) || p.w(j-1) == "script" || p.w(j-1) == "screenplay" || p.w(j-1) == "project"):
		m.setType(kg.Film, 3)
	case p.w(i-1) == "," && p.in(i-2, filmNouns) && p.w(i-2) != "project" && (!m.personShaped() || m.quoted ||
		p.in(i-3, earlierAdj) && p.w(i-4) == "'s" && !isGivenNameLower(firstWord(m.text)) && !pcType(p.priorType(i))):
		// ("Ward's previous film, Cold River,": a title even when name-shaped)
		// "the upcoming TV prequel, X"
		m.setType(kg.Film, 3)
		if p.in(i-3, seriesModifiers) {
			m.format = kg.FormatSeries
		}
	case p.w(i+1) == "'s" && p.isM(i+2) && !m.personShaped() && !m.quoted && (p.in(i+3, franchiseNouns) || p.mm(i+2).typ == kg.Film && p.mm(i+2).strength >= 2 &&
		!(m.words == 1 && isGivenName(m.key)) && p.a.companyShaped(m) && !p.personOfArticle(i)):
		// "Paramount's Mission: Unlikely franchise": the owner is a company
		// (not "Harlow's Quill": the surname of a person of the article)
		m.setType(kg.Organisation, 2)
		if m.world == "" {
			m.world = kg.WorldReal
		}
	case prev == "of" && (p.w(i-2) == "world" || p.w(i-2) == "universe") && !m.colon && !m.digit && p.w(i+1) != "'s":
		m.setType(kg.Franchise, 2)
	case ofNoun != "" && roleWords[ofNoun] && ofNoun != "director" && !m.quoted && !m.digit:
		m.setType(kg.Organisation, 3)
		if m.world == "" {
			m.world = kg.WorldFictional
		}
	case ofNoun != "" && theOf && orgContextNouns[ofNoun] && !m.quoted && !m.colon && !m.digit && m.words <= 4:
		m.setType(kg.Organisation, 2)
		m.world = kg.WorldFictional
	case prev == "for" && p.is(i-3, "release", "date"):
		m.setType(kg.Film, 3)
	case prev == "the" && p.w(i+1) == "'s" && p.in(i+2, roleWords):
		m.setType(kg.Organisation, 3)
		if m.world == "" {
			m.world = kg.WorldFictional
		}
	}
	if p.w(i+1) == "(" && len(p.w(i+2)) == 4 && p.w(i+3) == ")" && isYear(p.w(i+2)) && !m.personShaped() {
		m.setType(kg.Film, 2)
	}
	// "X is the fifth film in the Y": X a film, Y its franchise
	if (next == "is" || next == "was") && p.w(i+2) == "the" && p.in(i+3, ordinals) && p.in(i+4, setRelations_23) && !m.personShaped() {
		m.setType(kg.Film, 3)
	}
	if prev == "the" && (p.w(i-2) == "in" || p.w(i-2) == "of") && p.in(i-3, setRelations_23) && p.in(i-4, ordinals) && !m.personShaped() && !m.colon && !m.digit {
		m.setType(kg.Franchise, 3)
	}
	// "When is X coming out?"
	if (next == "coming" || next == "comes" || next == "came") && p.w(i+2) == "out" && !m.personShaped() {
		m.setType(kg.Film, 2)
	}
	// "X review": a film under review
	if next == "review" && !m.personShaped() || next == "review" && m.titleWords {
		m.setType(kg.Film, 2)
	}
	// "every X film": X is the series
	if (next == "film" || next == "movie" || next == "films" || next == "movies") && p.in(i-1, setRelations_24) {
		m.setType(kg.Franchise, 2)
	}
	if (next == "is" || next == "was") && (p.is(i+2, "now", "in", "theaters") || p.is(i+2, "now", "in", "theatres") || p.is(i+2, "now", "in", "cinemas") || p.is(i+2, "out", "now") || p.is(i+2, "now", "streaming")) {
		m.setType(kg.Film, 3)
	}
}

// modifierNouns follow a name that modifies them ("A24's Sundance hit").
var modifierNouns = setOf("hit", "darling", "favorite", "favourite", "breakout", "sensation", "entry", "premiere", "debut",
	"winner", "standout", "smash", "flop", "original", "release", "title", "franchise", "universe", "slate", "lineup", "pickup", "acquisition")

// grossVerbs report a film's takings ("stumbled with $3.3 million").
var grossVerbs = setOf("opened", "grossed", "earned", "collected", "dropped", "took", "debuted", "added", "fell", "slipped",
	"rose", "topped", "led", "crossed", "climbed", "stumbled", "dipped", "scoring", "earning", "grossing", "taking",
	"scored", "hauled", "raked", "bowed", "finished", "placed", "came")

// boxOfficeAfter reports whether a takings verb follows mention item i in
// its sentence (after at most a relative clause) with a dollar amount
// after it.
func (p *pctx) boxOfficeAfter(i int) bool {
	verb := false
	for k := i + 1; k < len(p.it) && k < i+20; k++ {
		if p.isM(k) && !verb {
			continue
		}
		if p.w(k) == "." || p.w(k) == ";" {
			return false
		}
		if p.in(k, grossVerbs) {
			verb = true
		}
		if verb && p.w(k) == "$" {
			return true
		}
	}
	return false
}

// filmCueNouns are nouns whose "for X", "of X" or "to X" names a film.
var filmCueNouns = setOf("trailer", "teaser", "trailers", "teasers", "premiere", "sequel", "prequel", "remake", "reboot",
	"follow-up", "screening", "screenings", "poster", "footage", "sneak", "rerelease", "re-release")

// kickerLabel reports whether a name with a colon opens with a label rather
// than a title ("EXCLUSIVE: Zephyrine", "Update: Disney"): the part before the
// colon is one upper-case word or a kicker word.
func kickerLabel(text string) bool {
	before, _, _ := strings.Cut(text, ":")
	before = strings.TrimSpace(before)
	if strings.Contains(before, " ") {
		return false
	}
	return isAllCaps(before) || inLower(kickerWords, before)
}

var kickerWords = setOf("exclusive", "update", "updated", "review", "column", "opinion", "analysis", "interview", "watch",
	"report", "breaking", "spoilers", "recap", "explainer", "editorial", "essay", "listen", "podcast", "video", "photos", "q&a", "note")

// franchiseHeads end the names of shared universes ("Marvel Cinematic Universe").
var franchiseHeads = setOf("universe", "saga", "multiverse", "franchise", "verse")

// boxOfficeVerbs follow a film in a box-office report.
var boxOfficeVerbs = setOf("opened", "grossed", "earned", "collected", "dropped", "took", "made", "debuted", "added",
	"fell", "slipped", "rose", "held", "rounded", "topped", "led", "crossed", "passed", "climbed", "opens", "earns",
	"grosses", "finished", "remained", "stayed", "placed", "came", "brought", "pulled", "scored", "hauled", "raked", "bowed")

// countOrdinals count a series' entries ("the third X picture"), unlike
// "new" or "latest", which any maker's next work takes.
var countOrdinals = setOf("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth")

// nthEntryNouns after "the third X" make X a series: the work nouns the
// film-noun rule above does not read ("the third X mystery", "the first X
// feature").
var nthEntryNouns = setOf("feature", "picture", "adventure", "mystery", "installment", "instalment",
	"entry", "film", "movie")

var ordinals = setOf("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
	"eleventh", "twelfth", "latest", "next", "new", "last", "previous", "upcoming", "final", "original")

// appositiveOrg reports whether up to four words from k end in a noun for a
// body ("a secret terrorist organization").
func (p *pctx) appositiveOrg(k int) bool {
	for n := 0; n < 4 && k+n < len(p.it) && !p.isM(k+n); n++ {
		w := p.w(k + n)
		if w == "," || w == "." || w == "who" || w == "which" {
			return false
		}
		switch w {
		case "organization", "organisation", "agency", "syndicate", "society", "cartel", "cult", "guild", "brotherhood",
			"council", "bureau", "ministry", "academy", "school", "hotel", "company", "corporation", "studio", "league", "gang":
			return true
		}
	}
	return false
}

var orgContextNouns = setOf("politics", "rules", "members", "member", "ranks", "traditions", "practices", "leadership",
	"power", "control", "grip", "yolk", "yoke", "wrath", "agents", "assassins", "enforcers", "council", "headquarters",
	"seat", "orders", "code", "laws", "founder", "founders", "elders", "wing", "branch", "hierarchy", "secrets")

func afterColonWords(m *mention) int {
	_, after, ok := strings.Cut(m.text, ":")
	if !ok {
		return 0
	}
	n := 0
	for range strings.FieldsSeq(after) { // (counted without a slice of the words)
		n++
	}
	return n
}

func lastWord(s string) string {
	if i := strings.LastIndexByte(s, ' '); i >= 0 {
		return s[i+1:]
	}
	return s
}

func isYear(s string) bool {
	// (four digits, tested by hand: strconv.Atoi allocates an error for
	// every ordinary four-letter word)
	if len(s) != 4 {
		return false
	}
	n := 0
	for k := 0; k < 4; k++ {
		c := s[k]
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return n >= 1880 && n <= 2100
}

// personOfCompany handles "Maud Fenner-Hale of Wren Lane Film and TV" (a
// person and the company they work for) and "A and B, the co-chairmen of
// DC Studios," (MEMBER_OF with the job as role).
func (p *pctx) personOfCompany(i int) {
	if !p.isPersonLike(i) || pcType(p.mm(i).typ) && p.mm(i).typ != kg.Person {
		return
	}
	company := func(o int) bool {
		m := p.mm(o)
		return m != nil && !m.quoted && (m.typ == kg.Organisation && m.strength >= 2 && m.world != kg.WorldFictional ||
			m.typ == "" && inLower(realOrgWords, strings.TrimSuffix(lastWord(m.text), ".")) && m.words >= 2)
	}
	if p.w(i+1) == "of" && company(i+2) && p.mm(i).words >= 2 {
		o := p.mm(i + 2)
		o.setType(kg.Organisation, 3)
		o.world = kg.WorldReal
		p.typ(i, kg.Person, 3)
		p.claim(pclaim{rel: kg.MemberOf, subj: mArg(i), obj: mArg(i + 2)})
		return
	}
	// "A and B, the co-chairmen of O,"
	if p.w(i+1) != "," || p.w(i+2) != "the" || p.isM(i+3) || p.w(i+4) != "of" || !company(i+5) && !(p.mm(i+5) != nil && p.mm(i+5).typ == kg.Organisation) {
		return
	}
	role := p.w(i + 3)
	if !isWordLike(role) || commonWords[role] {
		return
	}
	names := p.listBefore(i + 1)
	if len(names) == 0 {
		names = []int{i}
	}
	o := p.mm(i + 5)
	o.setRealOrg()
	for _, n := range names {
		if !p.isPersonLike(n) {
			continue
		}
		p.claim(pclaim{rel: kg.MemberOf, subj: mArg(n), obj: mArg(i + 5), role: role})
	}
}

// filmRefBack reads a film reference ending at item e (a mention or "the film").
func (p *pctx) filmRefBack(e int) (arg, int, bool) {
	if m := p.mm(e); m != nil {
		if m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Organisation && m.strength >= 2 || m.typ == kg.Franchise && m.strength >= 2 || m.personShaped() && m.typ == "" ||
			m.typ == "" && (p.in(e-1, setRelations_22) || pcType(p.priorType(e))) {
			return noArg, e, false
		}
		m.setType(kg.Film, 2)
		return mArg(e), e, true
	}
	for s := e - 3; s <= e-1; s++ {
		if s < 0 {
			continue
		}
		if ana, end, ok := p.filmAnaphor(s); ok && end == e+1 {
			return anaArg(ana), s, true
		}
	}
	return noArg, e, false
}

// shortFormOfPersonShaped reports whether the one-word mention at item i
// is the first or last word of an earlier untyped or personal two-to-four
// word name of the article ("Gantry" after "Walter Gantry").
//
// (Any match answers, so the 400 mentions before it are read in order;
// a key of under two bytes is no short form of anything (shortFormOf), and
// a longer name's key is longer than the short one's: both are tested
// before the rest.)
func (p *pctx) shortOfPersonShaped(i int) bool {
	m := p.mm(i)
	mi := p.mi(i)
	key := m.key
	if len(key) < 2 {
		return false
	}
	ments := p.a.ments[max(mi-400, 0):mi]
	for k := range ments {
		o := &ments[k]
		if len(o.key) > len(key) && (o.typ == "" || pcType(o.typ)) && o.personShaped() && shortFormOf(key, o.key) {
			return true
		}
	}
	return false
}

// bodyNamed returns the latest mention before token t whose name ends in
// the common noun ("horde" → "the Rider Horde") and can be a body, typing
// it an organisation; -1 when there is none.
func (a *article) bodyNamed(noun string, t int32) int {
	for k := len(a.ments) - 1; k >= 0 && k >= len(a.ments)-400; k-- {
		m := &a.ments[k]
		if a.toks[m.a].start >= a.toks[t].start || m.quoted || m.words < 2 {
			continue
		}
		if strings.ToLower(lastWord(m.text)) == noun && (m.typ == "" || m.typ == kg.Organisation) {
			m.setType(kg.Organisation, 3)
			if m.world == "" {
				m.world = kg.WorldFictional
			}
			return k
		}
	}
	return -1
}

// pcType reports whether t is a person or character type.
func pcType(t kg.NodeType) bool { return t == kg.Person || t == kg.Character }

// memberAfter looks after item k for ", the ROLE of the O" or a training
// statement, making character item c a member.
func (p *pctx) memberAfter(c, k int) {
	if p.w(k) == "," {
		// ", now captain of the Storm Force", ", head of Thornwick house"
		r := k + 1
		if p.in(r, memberAdverbs) {
			r++
		}
		if p.wIn(r, roleWords) && p.w(r+1) == "of" {
			o := r + 2
			if p.w(o) == "the" {
				o++
			}
			if m := p.mm(o); m != nil && !m.quoted && !m.digit && (m.typ == "" || m.typ == kg.Organisation) && (!m.personShaped() || p.w(o-1) == "the" || orgish(m)) {
				m.setType(kg.Organisation, 3)
				if m.world == "" && !inLower(realOrgWords, lastWord(m.text)) {
					m.world = kg.WorldFictional
				}
				p.claim(pclaim{rel: kg.MemberOf, subj: mArg(c), obj: mArg(o), role: p.w(r)})
				return
			}
		}
		if org, role, ok := p.roleOf(k + 1); ok {
			p.claim(pclaim{rel: kg.MemberOf, subj: mArg(c), obj: mArg(org), role: role})
			return
		}
		// ", leader of the horde": a body named earlier ("the Rider Horde")
		if p.wIn(k+1, roleWords) && p.w(k+2) == "of" && p.w(k+3) == "the" && !p.isM(k+4) && isWordLike(p.w(k+4)) {
			if org := p.a.bodyNamed(p.w(k+4), p.it[k+4].t); org >= 0 {
				p.claim(pclaim{rel: kg.MemberOf, subj: mArg(c), obj: arg{m: int32(org), of: -1, abs: true}, role: p.w(k + 1)})
				return
			}
		}
	}
	end := k + 14
	for j := k; j < len(p.it) && j < end; j++ {
		if p.isM(j) && j > k {
			break
		}
		if w := p.w(j); w == "training" || w == "trained" || w == "trains" {
			if org, ok := p.orgAfter(j+1, 10); ok {
				p.claim(pclaim{rel: kg.MemberOf, subj: mArg(c), obj: mArg(org), role: "trainee"})
			}
			return
		}
	}
}

// orgAfter finds "of (the) O" / "at the O" / "by the O" within n items after
// j and types O an organisation.
func (p *pctx) orgAfter(j, n int) (int, bool) {
	for k := j; k < len(p.it) && k < j+n; k++ {
		if p.w(k) == "," || p.w(k) == "." {
			return 0, false
		}
		if p.w(k) == "of" || p.w(k) == "at" || p.w(k) == "by" || p.w(k) == "in" || p.w(k) == "with" {
			o := k + 1
			if p.w(o) == "the" {
				o++
				for n := 0; n < 2 && !p.isM(o) && o < len(p.it) && p.w(o) != "," && p.w(o) != "." && !p.in(o, commonWords); n++ {
					o++
				}
			}
			if m := p.mm(o); m != nil && !m.quoted && (m.typ == "" || m.typ == kg.Organisation) && !m.digit {
				m.setType(kg.Organisation, 2)
				if m.world == "" {
					m.world = kg.WorldFictional
				}
				return o, true
			}
		}
	}
	return 0, false
}

// himself handles "C himself, P" and "C himself (a.k.a. P)".
func (p *pctx) himself(i int) {
	if p.w(i+1) != "himself" && p.w(i+1) != "herself" {
		return
	}
	k := i + 2
	switch {
	case p.w(k) == "," && p.isM(k+1):
		k++
	case p.w(k) == "(" && p.isM(k+1):
		k++
	case p.w(k) == "(" && (p.w(k+1) == "a.k.a." || p.w(k+1) == "aka" || p.w(k+1) == "played") && p.isM(k+2):
		k += 2
	case p.w(k) == "(" && p.w(k+1) == "a.k.a" && p.isM(k+3):
		k += 3
	default:
		return
	}
	if !p.personish(k) || p.mm(k).words < 2 && p.mm(k).typ != kg.Person {
		return
	}
	p.typ(k, kg.Person, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(k), obj: anaArg(anaFilm), char: mArg(i)})
}

var orgReleaseVerbs = setOf("announced", "announces", "set", "sets", "dated", "released", "releases", "release", "confirmed", "confirms",
	"premiere", "premieres", "premiered", "stream", "streams", "air", "airs",
	"unveiled", "revealed", "moved", "shifted", "pushed", "distributes", "distributing", "distribute", "releasing", "opens")
var orgBuyVerbs = setOf("bought", "acquired", "purchased", "picked", "optioned", "buys", "acquires", "greenlit", "greenlighted", "ordered", "renewed", "renews")

// orgVerb handles "O has announced the release date for F", "O bought a
// script called F", "O will release F".
func (p *pctx) orgVerb(i int) {
	m := p.mm(i)
	if m.personShaped() && m.typ != kg.Organisation && p.ownerPhraseStart(i) == i || m.quoted || m.colon || m.digit || m.typ == kg.Character || m.typ == kg.Person || p.relativeObjectCompany(i) {
		return // (a name shaped like a person's only as "P's company, O")
	}
	j := i + 1
	if p.w(j) == "," && p.w(i-1) == "," && p.in(i-2, companyNouns) && !p.isM(i-2) {
		j++ // "P's company, O, produced it": the appositive closes
	}
	if p.w(j) == "," && p.w(j+1) == "which" {
		// "O, which paid ... for two sequels, will stream the film": the
		// verb after the relative clause
		for k := j + 2; k < len(p.it) && k < j+30; k++ {
			if p.w(k) == "," {
				j = k + 1
				break
			}
			if p.w(k) == "." || p.w(k) == ";" || p.w(k) == "" {
				break
			}
		}
	}
	j0 := j
	for j < len(p.it) && j < j0+4 && p.in(j, crewAux) && !(p.w(j) == "set" && p.w(j+1) != "to") {
		// ("has set a release date": the verb, not "set to")
		j++
	}
	w := p.w(j)
	if m.typ == kg.Film && m.words == 1 && (w == "stream" || w == "streams" || w == "distribute" || w == "distributes") {
		// a one-word name that streams or distributes "the film" is the
		// company, not a film
		if _, _, ok := p.filmAnaphor(j + 1); ok {
			m.typ, m.strength = kg.Organisation, 3
		}
	}
	if (w == "produced" || w == "produces" || w == "co-produced" || w == "co-produces" || w == "financed" || w == "co-financed" || w == "backed" || w == "bankrolled") && (m.typ == kg.Organisation && m.strength >= 2 || m.typ == "" && p.ownerPhraseStart(i) < i || !m.personShaped() && m.typ == "" && (m.words == 1 && !p.shortOfPersonShaped(i) || orgish(m))) {
		// "Legendary Pictures produced the film", "O backed the first film"
		// (not "O backed P's grandest film": P is no film)
		if f := p.mm(j + 1); f != nil && p.w(j+2) == "'s" && !(f.typ == kg.Film && f.strength >= 2) && (f.words == 1 || f.personShaped()) {
			return
		}
		if fr, e, ok := p.filmRef(j+1, 2); ok {
			m.setRealOrg()
			p.claim(pclaim{rel: kg.Produced, subj: mArg(i), obj: fr})
			p.coProducingOrgs(i, fr)
			// "O produced the film with O2 (and O3)": co-producers
			if p.in(e, setRelations_38) {
				names, _ := p.orgListAfter(e + 1)
				for _, n := range names {
					o := p.mm(n)
					o.setRealOrg()
					p.claim(pclaim{rel: kg.Produced, subj: mArg(n), obj: fr})
				}
			}
		} else if nx := p.w(j + 1); (nx == "." || nx == ";" || nx == "," && p.w(j+2) == "and" || nx == "it" && p.in(j+2, itProducedTails)) && (m.typ == kg.Organisation && m.strength >= 2 || orgish(m) || p.ownerPhraseStart(i) < i) {
			// "QED International financed, and ...", "O produced.": the
			// film the text is about
			if film := p.focusFilm(); film.valid() {
				m.setRealOrg()
				p.claim(pclaim{rel: kg.Produced, subj: mArg(i), obj: film})
				p.coProducingOrgs(i, film)
			}
		}
		return
	}
	if (w == "announced" || w == "confirmed") && p.w(j+1) == "that" && p.isM(j+2) && !m.personShaped() && (m.typ == kg.Organisation || m.typ == "") && p.sentenceHas(renewWords) {
		// "Netflix today announced that F, ..., has been renewed"
		if f := p.mm(j + 2); (f.typ == "" || f.typ == kg.Film) && !f.quoted && (!f.personShaped() || p.a.headKeys[f.key]) {
			f.setType(kg.Film, 2)
			f.format = kg.FormatSeries
			m.setRealOrg()
			p.claim(pclaim{rel: kg.Distributed, subj: mArg(i), obj: mArg(j + 2)})
			return
		}
	}
	if w == "announced" && !m.personShaped() {
		// "Paramount announced the film in June 2020"
		if ana, _, ok := p.filmAnaphor(j + 1); ok && (m.typ == kg.Organisation || m.typ == "") {
			m.setType(kg.Organisation, 2)
			if m.world == "" {
				m.world = kg.WorldReal
			}
			p.claim(pclaim{rel: kg.Distributed, subj: mArg(i), obj: anaArg(ana)})
			return
		}
	}
	if (w == "put" || w == "puts") && (m.typ == kg.Organisation && m.strength >= 2 || orgish(m)) {
		p.putOut(i, j) // "O put the film out"
		return
	}
	if w == "distributed" && p.distributedObject(j+1) {
		w = "distributes" // "O distributed the film": as "O distributes"
	}
	if (w == "handled" || w == "handles" || w == "handle" || w == "opened") && (m.typ == kg.Organisation && m.strength >= 2 || orgish(m)) {
		// "O handled both prequels", "O will handle the sequel outside
		// China", "O opened the film in North America": its distributor
		t := j + 1
		if p.w(t) == "the" {
			t++
		}
		if f := p.mm(t); f == nil || f.typ == kg.Film && f.strength >= 2 || f.colon || f.digit {
			// (a title only when typed one already: not "handles the UK")
			if _, e, ok := p.filmRef(j+1, 2); ok && p.w(e) != "'s" {
				w = "distributes"
			}
		}
	}
	switch {
	case orgReleaseVerbs[w] && (p.sentenceHas(setRelations_5) || w == "dated" || w == "distributes" || w == "distributing" || w == "distribute" || w == "released" || w == "releases" || w == "release" || strings.HasPrefix(w, "premiere") || w == "stream" || w == "streams" || w == "air" || w == "airs" || w == "releasing" || w == "opens" && p.w(j+1) != "up" && p.w(j+1) != "with"):
		m.setType(kg.Organisation, 2)
		if m.world == "" {
			m.world = kg.WorldReal
		}
		film := noArg
		if f := p.find("for", j); f > 0 {
			if fr, _, ok := p.filmRef(f+1, 2); ok {
				film = fr
			}
		}
		if !film.valid() {
			if fr, _, ok := p.filmRef(j+1, 2); ok {
				film = fr
			} else {
				film = p.focusFilm()
			}
		}
		p.claim(pclaim{rel: kg.Distributed, subj: mArg(i), obj: film})
		if j == i+1 && (w == "released" || w == "distributed" || w == "distributes" || w == "releases") && p.pairedCompanySubject(i) {
			// "O1 and O2 released the film" (not "... with O1, and O2
			// released it": a clause of its own)
			p.coCreditedOrgs(i, kg.Distributed, film)
		}
	case orgBuyVerbs[w]:
		m.setType(kg.Organisation, 2)
		if m.world == "" {
			m.world = kg.WorldReal
		}
		for k := j + 1; k < len(p.it) && k < j+12; k++ {
			if p.w(k) == "called" || p.w(k) == "titled" || p.w(k) == "named" || p.w(k) == "entitled" {
				if fr, _, ok := p.filmRef(k+1, 3); ok {
					p.claim(pclaim{rel: kg.Produced, subj: mArg(i), obj: fr})
				}
				return
			}
			if f := p.mm(k); f != nil {
				renew := w == "renewed" || w == "renews" || w == "ordered" || w == "greenlit"
				if f.quoted || f.typ == kg.Film || renew && f.typ == "" && (f.the || !f.personShaped()) && !orgish(f) {
					f.setType(kg.Film, 2)
					if w == "renewed" || w == "renews" {
						// only a series is renewed
						f.format = kg.FormatSeries
					}
					p.claim(pclaim{rel: kg.Produced, subj: mArg(i), obj: mArg(k)})
				}
				return
			}
		}
	}
}

// wordRules handles patterns anchored on a word.
func (p *pctx) wordRules(i int) {
	w := p.w(i)
	switch w {
	case "title":
		p.titleRoleIn(i) // "with P in the title role" (character_titlerole.go)
	case "spun":
		p.spunOffLinks(i) // "X spun off Y", "Y, a drama spun off from X" (link_spunoff.go)
	case "directed", "written", "produced", "co-written", "distributed", "scored", "edited", "shot", "penned", "helmed", "composed",
		"released", "created", "developed", "photographed", "co-produced", "adapted":
		by := i + 1
		// "written and directed by X", "produced and distributed by X"
		second := ""
		if p.w(by) == "and" && byRelOf(p.w(by+1)) != "" && p.w(by+2) == "by" {
			second = p.w(by + 1)
			by += 2
		} else if p.w(by) == "and" && p.w(by+1) == "executive" && byRelOf(p.w(by+2)) != "" && p.w(by+3) == "by" {
			// "written and executive produced by X"
			second = p.w(by + 2)
			by += 3
		}
		// "distributed in the US by O", "released internationally by O"
		if (w == "distributed" || w == "released") && p.w(by) != "by" {
			k := by
			for n := 0; n < 4 && k < len(p.it) && p.w(k) != "by" && (p.in(k, releaseRegionWords) || p.isM(k) && p.mm(k).typ == ""); n++ {
				k++
			}
			if p.w(k) == "by" && k > by {
				by = k
			}
		}
		// "The show is produced in association with O1 and O2, with O3 as the studio"
		if w == "produced" && p.is(by, "in", "association", "with") && p.isM(by+3) {
			orgs, e := p.orgListAfter(by + 3)
			if p.w(e) == "," && p.w(e+1) == "with" && p.isM(e+2) && p.w(e+3) == "as" {
				more, _ := p.orgListAfter(e + 2)
				orgs = append(orgs, more...)
			}
			film := p.subjectBefore(i)
			for _, o := range orgs {
				if om := p.mm(o); om.typ == kg.Organisation || orgish(om) || om.words >= 2 && !om.personShaped() {
					om.setRealOrg()
					p.claim(pclaim{rel: kg.Produced, subj: mArg(o), obj: film})
				}
			}
			return
		}
		// "produced for O by X": the outlet, then the producer
		if w == "produced" && p.w(by) == "for" && p.isM(by+1) && p.w(by+2) == "by" && p.isM(by+3) {
			if m := p.mm(by + 1); m.typ == kg.Organisation || m.typ == "" && orgish(m) {
				by += 2
			}
		}
		// "songs written for the sequel by X"
		if p.w(by) == "for" && w != "released" {
			k := by + 1
			for n := 0; n < 4 && k < len(p.it) && !p.isM(k) && p.w(k) != "by" && isWordLike(p.w(k)); n++ {
				k++
			}
			if p.w(k) == "by" && k > by+1 && (p.in(k-1, filmNouns) || p.in(k-1, seriesNouns)) {
				by = k
			}
		}
		// "created for television by X"
		if w == "created" || w == "developed" {
			for n := 0; n < 3 && p.w(by) != "by" && !p.isM(by) && isWordLike(p.w(by)); n++ {
				by++
			}
		}
		// "produced jointly by X", "directed in large part by X"
		if p.w(by) != "by" {
			if k := p.byFillerEnd(by); k > by && p.w(k) == "by" {
				by = k
			}
		}
		if p.w(i-1) == "and" && byRelOf(p.w(i-2)) != "" && p.w(by) == "by" {
			return // "written and directed by": read at "written"
		}
		if p.w(by) != "by" {
			if w == "directed" || w == "penned" {
				p.setW(i, "wrote")
				if w == "directed" {
					p.setW(i, "co-directed")
				}
				p.wordRules(i)
				p.setW(i, w)
			}
			return
		}
		if w == "released" || w == "created" || w == "developed" {
			if p.isM(by+1) && (p.mm(by+1).typ == kg.Film || p.mm(by+1).typ == kg.Character) && p.mm(by+1).strength >= 2 {
				return
			}
		}
		if o := p.ownerCompanyAt(by + 1); o > by+1 {
			by = o - 1 // "produced by his company O", "produced by P's company, O"
		}
		names, end := p.listAfterAny(by + 1)
		if len(names) == 0 {
			return
		}
		names = p.protegeOf(names)
		film := p.subjectBefore(i)
		if m := p.mm(int(film.m)); !film.abs && m != nil && m.typ != kg.Film && (m.country || isPlaceName(m)) {
			return // "the location work in Bulgaria, shot by P": a place, not a film
		}
		rels := []string{w}
		if second != "" {
			rels = append(rels, second)
		}
		for _, rw := range rels {
			rel, job := byRelOf(rw), byJobOf(rw)
			if rw == "adapted" && p.adaptedSource(i) {
				continue // "the novel was adapted by P": P adapted the source
			}
			for _, n := range names {
				if rw == "adapted" && (p.mm(n).typ == kg.Organisation || p.priorType(n) == kg.Organisation) {
					continue // "adapted by O as a miniseries": a company's adaptation, no writer
				}
				p.byClaim(n, rel, job, film, rel == kg.Produced && p.ownedCompany(n))
				if rel == kg.Produced {
					p.ownerProducer(n, film)
				}
			}
		}
		// "produced by X in association with Y and Z", "... along with Y"
		if byRelOf(w) == kg.Produced || second == "produced" {
			for end < len(p.it) {
				k := end
				if p.w(k) == "," && p.w(k+1) == "who" {
					// skip a relative clause: ", who serves as showrunner, along with"
					k += 2
					for k < len(p.it) && k < end+12 && p.w(k) != "," && p.w(k) != "." {
						k++
					}
					if p.w(k) != "," {
						return
					}
				}
				if p.w(k) == "," {
					k++
				}
				if c := p.companyNounAppositive(k); c > 0 {
					// "produced by O, the company P runs with Q, together
					// with O2": over the appositive
					e := c + 1
					for e < len(p.it) && e < c+14 && p.w(e) != "," && p.w(e) != "." && p.w(e) != ";" {
						e++
					}
					if p.w(e) != "," {
						return
					}
					end = e
					continue
				}
				switch {
				case p.w(k) == "for" && p.ownerCompanyAt(k+1) > k+1:
					// "produced by P for his company O"
					o := p.ownerCompanyAt(k + 1)
					if om := p.mm(o); om.typ == "" || om.typ == kg.Organisation {
						om.setRealOrg()
						p.claim(pclaim{rel: kg.Produced, subj: mArg(o), obj: film})
					}
					return
				case p.w(k) == "for" && (p.isM(k+1) || p.w(k+1) == "the" && p.isM(k+2)):
					// "Produced by P for Universal Pictures": the company; a
					// partner may follow ("..., for the BBC, in association with O")
					s := k + 1
					if p.w(s) == "the" {
						s++
					}
					orgs, e := p.orgListAfter(s)
					for _, o := range orgs {
						om := p.mm(o)
						om.setRealOrg()
						p.claim(pclaim{rel: kg.Produced, subj: mArg(o), obj: film})
					}
					if len(orgs) == 0 || p.w(e) != "," {
						return
					}
					end = e
					continue
				case p.w(k) == "part" && p.w(k+1) == "of" && p.isM(k+2) && p.w(k+3) == ",":
					end = k + 3 // "produced by O, part of O2, for ...": over the owner
					continue
				case p.is(k, "in", "association", "with"):
					k += 3
				case p.is(k, "along", "with"), p.is(k, "together", "with"), p.w(k) == "alongside", p.w(k) == "with" && p.isM(k+1) && byRelOf(w) == kg.Produced:
					if p.w(k) == "alongside" || p.w(k) == "with" {
						k++
					} else {
						k += 2
					}
				case p.w(k) == "," && p.w(k+1) == "who":
					// skip a relative clause
					for k < len(p.it) && k < end+12 && !(p.w(k) == "," && k > end+1) {
						k++
					}
					if p.w(k) != "," {
						return
					}
					end = k
					continue
				default:
					return
				}
				more, e2 := p.listAfterAny(k)
				if len(more) == 0 {
					return
				}
				assoc := p.w(k-1) == "with" && p.w(k-2) == "association"
				for _, n := range more {
					p.byClaim(n, kg.Produced, "", film, assoc || p.ownedCompany(n))
					p.ownerProducer(n, film)
				}
				end = e2
			}
		}
	case "starring", "featuring", "features", "feature", "headlined", "toplined", "fronted", "including", "stars", "co-starring", "alongside", "opposite":
		k := i + 1
		if w == "headlined" || w == "toplined" || w == "fronted" {
			if p.w(k) != "by" {
				return
			}
			k++
		}
		if w == "including" && !castContext(p) {
			return
		}
		if (w == "feature" || w == "features") && (p.w(k) == "appearances" || p.in(i-1, filmNounOwners) || p.in(i-1, setRelations_0) || p.w(i-1) == "'s" || isYear(p.w(i-1))) {
			return // "whose feature X", "a feature", "Q's feature X", "the 1994 feature X": the noun
		}
		if w == "stars" && p.w(i-1) == "its" && p.w(i+1) == "," {
			p.leadNamed(i) // "Its stars, A and B, play ..."
			return
		}
		if w == "stars" && !p.isM(k) {
			p.starIn(i)
			return
		}
		names, _ := p.listAfter(k)
		if len(names) == 0 {
			return
		}
		film := p.subjectBefore(i)
		if w == "alongside" || w == "including" || w == "opposite" {
			if film = p.inWhichFilm(i); !film.valid() {
				film = p.topicFilm(0)
			}
		}
		if w == "opposite" {
			// "P is set to star opposite Q in F": Q is cast too, when a cast verb comes first
			cast := -1
			for b := i - 1; b >= 0 && b >= i-5 && !p.isM(b); b-- {
				if p.in(b, castVerbsNear) {
					cast = b
				}
			}
			if cast < 0 {
				return
			}
			// "Hart recently starred opposite Q in F": the subject too
			sb := cast - 1
			for sb >= 0 && !p.isM(sb) && sb > cast-5 && (p.wIn(sb, auxWords) || p.wIn(sb, crewAux) || p.in(sb, castLead) || strings.HasSuffix(p.w(sb), "ly")) {
				sb--
			}
			if p.isM(sb) && p.isPersonLike(sb) && (p.mm(sb).words >= 2 || p.mm(sb).typ == kg.Person || p.priorType(sb) == kg.Person) {
				names = append(names, sb)
			}
		}
		if w == "alongside" {
			// "P is an executive producer alongside A and B": co-workers
			for b := i - 1; b >= 0 && b >= i-8 && (p.w(b) != "," || b == i-1) && p.w(b) != "."; b-- {
				if b == i-1 && p.w(b) == "," {
					continue // "P and Q are producers on the series, alongside A and B"
				}
				if p.isM(b) {
					continue // "executive produced F alongside A and B"
				}
				if rel, job := p.crewNoun(b); rel != "" {
					for _, n := range names {
						if p.isPersonLike(n) || p.mm(n).words >= 2 {
							p.typ(n, kg.Person, 3)
							p.claim(pclaim{rel: rel, subj: mArg(n), obj: film, job: job})
						}
					}
					return
				}
				if p.crewVerbAt(b) {
					return // read by crewFrom
				}
			}
		}
		if w == "alongside" && !castContext(p) && !p.sentenceHas(castVerbsNear) {
			return // "walked the red carpet alongside A and producer B": no cast statement
		}
		for _, n := range names {
			if p.mm(n).words < 2 && p.mm(n).typ != kg.Person && !p.mm(n).short && p.priorType(n) != kg.Person {
				continue
			}
			if rel, _ := p.crewNoun(n - 1); rel != "" && !p.isM(n-1) {
				continue // "alongside producer P": a job, not a part
			}
			if r, _ := participleCredit(p.w(n + 1)); r != "" && r != kg.ActedIn && !p.isM(n+1) {
				continue // "starring and C directing": C's credit is the participle's
			}
			p.typ(n, kg.Person, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: film})
		}
		// "Along with X, the film also features ..."
		if w == "features" || w == "feature" || w == "stars" {
			if k := p.find("along", 0); k >= 0 && k < i && p.w(k+1) == "with" && p.isM(k+2) && p.personish(k+2) {
				p.typ(k+2, kg.Person, 3)
				p.claim(pclaim{rel: kg.ActedIn, subj: mArg(k + 2), obj: film})
			}
		}
	case "through", "via":
		// "the film opens in UK cinemas on Friday through Disney"
		m := p.mm(i + 1)
		if m == nil || m.quoted || m.typ != "" && m.typ != kg.Organisation || m.personShaped() && !orgish(m) || pcType(p.priorType(i+1)) {
			return
		}
		for b := i - 1; b >= 0 && b > i-10; b-- {
			if p.isM(b) && p.mm(b).typ != "" && p.mm(b).typ != kg.Film {
				return
			}
			if p.in(b, setRelations_39) {
				film, ok := p.subjectFilmBefore(b)
				if !ok {
					film = p.topicFilm(0)
				}
				m.setRealOrg()
				p.claim(pclaim{rel: kg.Distributed, subj: mArg(i + 1), obj: film})
				return
			}
		}
	case "predecessor", "successor", "follow-up", "forerunner":
		// "its 2021 predecessor, Kraggor vs. Kong"
		if p.w(i+1) != "," || !p.isM(i+2) {
			return
		}
		b := i - 1
		if isYear(p.w(b)) {
			b--
		}
		if p.w(b) != "its" && p.w(b) != "the" {
			return
		}
		f := p.mm(i + 2)
		if f.quoted && f.typ == "" || f.typ == kg.Film || f.typ == "" && (!f.personShaped() || f.titleWords) {
			f.setType(kg.Film, 3)
			subj := p.focusFilm()
			if p.w(i) == "successor" || p.w(i) == "follow-up" {
				p.claim(pclaim{rel: kg.SequelOf, subj: mArg(i + 2), obj: subj})
			} else {
				p.claim(pclaim{rel: kg.SequelOf, subj: subj, obj: mArg(i + 2)})
			}
		}
	case "chair":
		// "X is back in the director's chair"
		if p.w(i-1) == "'s" && p.w(i-2) == "director" && p.w(i-3) == "the" {
			for b := i - 4; b >= 0 && b > i-10; b-- {
				if p.isM(b) {
					if p.isPersonLike(b) {
						p.typ(b, kg.Person, 3)
						p.claim(pclaim{rel: kg.Directed, subj: mArg(b), obj: p.topicFilm(i + 1)})
					}
					break
				}
			}
		}
	case "co-production", "production", "coproduction", "release":
		p.companyNoun(i)
	case "ensemble", "lineup", "line-up":
		// "A and B round out the ensemble"
		if p.w(i-1) == "the" {
			p.setW(i, "cast")
			p.wordRules(i)
			p.setW(i, w)
		}
	case "cast":
		// "A, B and C are (also) in the cast", "X is joining the cast of F", "X was cast as"
		if p.w(i-1) == "the" && p.in(i+1, setRelations_6) {
			k := i + 1
			for p.in(k, setRelations_7) {
				k++
			}
			names, _ := p.listAfter(k)
			for _, n := range names {
				if p.mm(n).words < 2 && p.mm(n).typ != kg.Person {
					continue
				}
				p.typ(n, kg.Person, 3)
				p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: p.topicFilm(0)})
			}
			return
		}
		if p.w(i-1) == "the" {
			b := i - 2
			if p.w(b) == "in" || p.w(b) == "join" || p.w(b) == "joins" || p.w(b) == "joining" || p.w(b) == "joined" || p.is(b-1, "round", "out") || p.w(b) == "out" || p.w(b) == "rounding" ||
				p.in(b, leadVerbsCast) {
				if p.w(b) == "out" {
					b--
				}
				names := p.listBefore(b)
				film := anaArg(anaFilm)
				if p.w(i+1) == "of" {
					if f, _, ok := p.filmRef(i+2, 3); ok {
						film = f
					}
				} else {
					film = p.topicFilm(i + 1)
				}
				full := false // a list with a full personal name: its one-word names are people too
				for _, n := range names {
					if m := p.mm(n); m.words >= 2 && (m.typ == kg.Person || m.personShaped()) {
						full = true
					}
				}
				for _, n := range names {
					if m := p.mm(n); m.words < 2 && m.typ != kg.Person && !(full && m.typ == "" && p.priorType(n) == "" && !m.allCaps) {
						continue
					}
					p.typ(n, kg.Person, 3)
					p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: film})
				}
			}
			return
		}
		if p.w(i-1) == "was" || p.w(i-1) == "been" || p.w(i-1) == "were" || p.w(i-1) == "is" {
			names := p.listBefore(i - 1)
			for _, n := range names {
				if p.mm(n).words < 2 && p.mm(n).typ != kg.Person {
					continue
				}
				p.typ(n, kg.Person, 3)
				p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: p.topicFilm(i + 1)})
			}
		}
	case "star", "starred", "co-star", "co-stars", "appear", "appears":
		if p.titleStarredCast(i) {
			return // "F starred A and B"
		}
		if w == "star" && p.isM(i+1) || w == "star" && p.w(i+1) == "," {
			p.leadNamed(i)
		}
		p.starIn(i)
	case "lead":
		p.leadNamed(i)
	case "character":
		p.roleAnaphor(i)
	case "role", "cameo", "part":
		if p.w(i-1) == "the" && p.w(i+1) != "of" {
			p.roleAnaphor(i)
		}
		// "X takes over the role of C", "X in the role of C"
		if p.w(i+1) == "of" {
			// "takes on the role of the gamekeeper C": the name after the describing words
			ci := i + 2
			if !p.isM(ci) && p.w(ci) == "the" && p.w(i) == "role" {
				ci = p.nameAfterDescriptors(ci, 2)
			}
			if ci < 0 || !p.isM(ci) {
				return
			}
			b := i - 1
			for b >= 0 && !p.isM(b) && b > i-9 {
				b--
			}
			if b >= 0 && p.isM(b) && p.personish(b) && p.mm(b).typ != kg.Character && (p.isPersonLike(b) || p.mm(b).words >= 2) {
				c := p.mm(ci)
				if !c.quoted && c.typ != kg.Film && c.typ != kg.Organisation {
					p.typ(b, kg.Person, 3)
					c.setType(kg.Character, 3)
					p.claim(pclaim{rel: kg.ActedIn, subj: mArg(b), obj: p.topicFilm(ci + 1), char: mArg(ci)})
				}
			}
			return
		}
		// "X may only have a small role in the movie"
		if p.w(i+1) != "in" {
			return
		}
		film, _, ok := p.filmRef(i+2, 2)
		if !ok {
			return
		}
		for b := i - 1; b >= 0 && b > i-8; b-- {
			if p.isM(b) {
				if p.personish(b) && (p.mm(b).words >= 2 || p.mm(b).typ == kg.Person || p.mm(b).short || true) && p.mm(b).typ != kg.Character {
					p.typ(b, kg.Person, 2)
					p.claim(pclaim{rel: kg.ActedIn, subj: mArg(b), obj: film})
				}
				break
			}
		}
	case "as":
		// "with X and Y as executive producers"
		if !p.isM(i-1) || !p.withList(i-1) && p.w(i-2) != "and" {
			return
		}
		k := i + 1
		for p.in(k, setRelations_8) {
			k++
		}
		rel, job := p.crewNoun(k)
		if rel == "" || !strings.HasSuffix(p.w(k), "s") {
			return
		}
		for _, n := range p.listBefore(i) {
			if !p.isPersonLike(n) && !(p.mm(n).words == 1 && p.mm(n).typ == "") {
				continue
			}
			p.typ(n, kg.Person, 3)
			p.claim(pclaim{rel: rel, subj: mArg(n), obj: p.topicFilm(k), job: job})
		}
	case "share", "shares", "shared":
		// "A, B and C share the directing credit"
		k := i + 1
		if p.w(k) == "the" || p.w(k) == "a" {
			k++
		}
		rel, job := kg.RelType(""), ""
		switch p.w(k) {
		case "directing", "direction":
			rel = kg.Directed
		case "writing", "screenplay", "script", "screenwriting":
			rel = kg.Wrote
		case "producing", "production":
			rel = kg.Produced
		default:
			if rel, job = creditNoun(p.w(k)); rel != kg.WorkedOn {
				return
			}
		}
		if w := p.w(k + 1); w != "credit" && w != "credits" && w != "duties" {
			return
		}
		l := p.listBefore(i)
		if len(l) < 2 {
			return
		}
		film := p.topicFilm(k + 2)
		for _, n := range l {
			if p.isPersonLike(n) {
				p.typ(n, kg.Person, 3)
				p.claim(pclaim{rel: rel, subj: mArg(n), obj: film, job: job})
			}
		}
	case "serve", "serves", "serving", "act", "acts", "stayed", "stay", "stays", "remain", "remains", "remained":
		// "A, B, and C, who ..., serve as producers", "A and B stayed on
		// as writers and producers"
		k := i + 1
		if p.w(k) == "on" && w[0] == 's' && w[1] == 't' {
			k++
		}
		if p.w(k) != "as" {
			return
		}
		k++
		for p.in(k, setRelations_8) {
			k++
		}
		rel := serveJobRel(p.w(k))
		if rel == "" || rel == kg.Directed && p.w(k+1) == "of" && p.w(k+2) == "photography" {
			return // (director of photography: read by crewFrom)
		}
		rels := []kg.RelType{rel}
		if (p.w(k+1) == "and" || p.w(k+1) == "&") && serveJobRel(p.w(k+2)) != "" && !(p.w(k+3) == "of" && p.w(k+4) == "photography") {
			k += 2 // "as writers and producers"
			rels = append(rels, serveJobRel(p.w(k)))
		}
		film := p.topicFilm(k + 1)
		subjects := p.listBefore(i)
		if w[0] == 's' && w[1] == 't' || w[0] == 'r' {
			// "(while) A and B stayed on as ...": the list opens its
			// clause; "P, ... his wife, Q, stayed on" is P's, unread here
			if len(subjects) == 0 || subjects[0] > 0 && !p.in(subjects[0]-1, subjectLeads) {
				return
			}
		}
		if p.w(k+1) == "alongside" || p.w(k+1) == "with" {
			more, _ := p.listAfter(k + 2)
			subjects = append(subjects, more...)
		}
		for _, n := range subjects {
			p.typ(n, kg.Person, 3)
			for _, r := range rels {
				p.claim(pclaim{rel: r, subj: mArg(n), obj: film})
			}
		}
	case "streaming", "stream", "streams", "streamed", "premiere", "premieres", "premiered", "premiering", "airs", "air", "aired", "airing", "available",
		"arrives", "arrive", "arriving", "lands", "land", "landing", "debuts", "debuted", "dropped", "drops", "renewed", "renews",
		"moving", "moved", "moves", "hits", "hit", "opens", "ran", "runs":
		// "will premiere in April on HBO and stream on Max", "now streaming on Netflix",
		// "the season dropped on O", "renewed for a fifth season at O"
		if w == "ran" || w == "runs" {
			if p.seasonsRun(i) || p.relativeRunOn(i) {
				p.seasonRun(i) // "ran for seven seasons, first on O1 and then on O2"
			}
			return
		}
		renew := w == "renewed" || w == "renews"
		if strings.HasPrefix(w, "hit") || strings.HasPrefix(w, "arriv") || w == "opens" {
			// "hits theaters on November 7, 2025, from 20th Century Studios": over a date's commas
			for k := i + 1; k < len(p.it) && k < i+14 && p.w(k) != "." && p.w(k) != ";"; k++ {
				if p.w(k) == "from" && p.isM(k+1) {
					o := p.mm(k + 1)
					if !(o.typ == kg.Organisation && o.strength >= 2 || inLower(realOrgWords, strings.TrimSuffix(lastWord(o.text), ".")) && o.words >= 2) {
						break
					}
					if film, ok := p.subjectFilmBefore(i); ok {
						o.setRealOrg()
						p.claim(pclaim{rel: kg.Distributed, subj: mArg(k + 1), obj: film})
					}
					break
				}
				if p.isM(k) && p.mm(k).typ != "" && p.mm(k).typ != kg.Organisation {
					break
				}
			}
		}
		for k := i + 1; k < len(p.it) && k < i+7; k++ {
			if p.w(k) == "," || p.w(k) == "." || p.w(k) == ";" || p.isM(k) && !(renew && p.mm(k).digit) {
				break
			}
			if renew && p.w(k) != "at" && p.w(k) != "by" {
				continue
			}
			from := p.w(k) == "from" && (strings.HasPrefix(w, "arriv") || strings.HasPrefix(w, "hit") || w == "opens")
			if !renew && p.w(k) != "on" && p.w(k) != "via" && p.w(k) != "exclusively" && !(strings.HasPrefix(w, "mov") && p.w(k) == "to" && k == i+1) && !from {
				continue
			}
			if strings.HasPrefix(w, "hit") && !from {
				break // "hits theaters on May 3": a date, not a service
			}
			if from {
				// "arrives in theaters Friday from Focus Features": only a company name
				if o := p.mm(k + 1); o == nil || !(o.typ == kg.Organisation && o.strength >= 2 || inLower(realOrgWords, strings.TrimSuffix(lastWord(o.text), ".")) && o.words >= 2) {
					break
				}
			}
			if strings.HasPrefix(w, "mov") && p.w(k) != "to" {
				break
			}
			o := k + 1
			if p.w(o) == "exclusively" {
				o++
			}
			if p.w(o) == "the" && p.isM(o+1) && !p.isM(o) && orgish(p.mm(o+1)) {
				o++ // "premiered on the Nine Network"
			}
			m := p.mm(o)
			if m == nil || m.quoted || m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Film && m.strength >= 2 || m.typ == kg.Franchise && m.strength >= 3 || m.personShaped() && m.typ != kg.Organisation && !p.airedOnName(i, o) {
				break
			}
			if m.typ != kg.Organisation && !p.isM(o+1) && isWordLike(p.w(o+1)) && !p.in(o+1, outletTail) || p.in(i-1, shootSubjects) {
				// "opens on Axel tearing through Detroit", "moves to Bangkok
				// stages": a place or a part, not an outlet; "the production
				// moves to X": the shoot
				break
			}
			film, ok := p.subjectFilmBefore(i)
			if !ok {
				if from || w == "ran" || w == "runs" {
					break // (a run on O names its show)
				}
				film = p.topicFilm(0)
			}
			m.setRealOrg()
			if m.kind == "" && !renew {
				m.kind = "streamer"
			}
			p.claim(pclaim{rel: kg.Distributed, subj: mArg(o), obj: film})
			if p.w(o+1) == "and" && p.isM(o+2) && p.mm(o+2).typ == kg.Organisation {
				// "premieres May 4 on AMC and AMC+": a second service
				p.claim(pclaim{rel: kg.Distributed, subj: mArg(o + 2), obj: film})
			} else if w != "available" {
				for _, n := range p.serviceListAfter(o) {
					// "streaming on O and O2", "premiere on O, O2 and O3"
					p.mm(n).setRealOrg()
					p.claim(pclaim{rel: kg.Distributed, subj: mArg(n), obj: film})
				}
			}
			break
		}
	case "among":
		// "A, B and C are among the episode directors", "X is among the season's cinematographers",
		// "with A and B among the producers"
		if !p.in(i-1, setRelations_40) && !(p.isM(i-1) && p.withList(i-1)) {
			return
		}
		k := i + 1
		if p.w(k) == "the" || p.w(k) == "its" {
			k++
		}
		rel, job := p.crewNoun(k)
		if rel == "" {
			return
		}
		for _, n := range p.listBefore(i) {
			if !p.isPersonLike(n) {
				continue
			}
			p.typ(n, kg.Person, 3)
			p.claim(pclaim{rel: rel, subj: mArg(n), obj: p.topicFilm(k), job: job})
		}
	case "reprise", "reprises", "reprising", "reprised":
		p.reprise(i)
	case "under", "director", "filmmaker", "writer-director":
		// "under filmmaker X", "director X"
		if w == "director" && p.w(i-1) == "its" && p.w(i+1) == "," {
			p.leadNamed(i) // "Its director, Sam Frell, won ..."
			return
		}
		if w != "under" && (p.w(i-1) == "from" || p.w(i-2) == "from" && p.isM(i-1) && p.mm(i-1).typ == kg.Film) {
			p.fromDirector(i) // "F, from (Barbarian) director P"
			return
		}
		if w != "under" && p.w(i-1) == "for" && p.isM(i-2) && p.isM(i+1) && p.isPersonLike(i+1) && p.mm(i+1).words >= 2 {
			// "wrapped the drama F for director P": F's director
			if f := p.mm(i - 2); f.typ == kg.Film && f.strength >= 2 {
				p.typ(i+1, kg.Person, 3)
				p.claim(pclaim{rel: kg.Directed, subj: mArg(i + 1), obj: mArg(i - 2)})
				return
			}
		}
		if w == "writer-director" {
			return
		}
		k := i + 1
		if w == "under" {
			if p.w(k) != "director" && p.w(k) != "filmmaker" {
				return
			}
			k++
		}
		if w == "director" && (p.w(i-1) == "the" || p.w(i-1) == "a" || p.w(i-1) == "as" || p.w(i-1) == "under" || p.jobPartAfterAs(i)) {
			return // (not "as flight director C": a part, cast_jobpart.go)
		}
		if m := p.mm(k); m != nil && p.personish(k) && m.words >= 2 {
			m.setType(kg.Person, 3)
			film := p.topicFilm(k + 1)
			if w == "under" {
				if f := p.inWhichFilm(i); f.valid() {
					film = f // "the 2012 film F, in which he first wore the badge under director P"
				}
			}
			p.claim(pclaim{rel: kg.Directed, subj: mArg(k), obj: film})
		}
	case "producer", "producers", "writer", "screenwriter", "composer", "cinematographer", "editor", "co-writer", "co-producer", "co-director",
		"showrunner", "showrunners", "co-showrunner", "co-showrunners", "writers", "co-writers", "screenwriters",
		"composers", "cinematographers", "editors", "designer", "designers", "coordinator", "photography", "choreographer":
		// "producer X", "composer X", "co-showrunners X and Y", "production designer X", "director of photography X"
		lead := i // the job phrase's first word
		switch w {
		case "designer", "designers", "coordinator":
			lead = i - 1
		case "photography":
			if p.w(i-1) != "of" || p.w(i-2) != "director" {
				return
			}
			lead = i - 2
		}
		if m := p.mm(i + 1); m != nil && p.personish(i+1) && m.words >= 2 && p.w(lead-1) != "the" && !p.jobPartAfterAs(i) {
			rel, job := p.crewNoun(lead)
			if lead == 0 && lead < i && p.isM(lead) {
				// "Costume designer P" opening the sentence: the capitalised
				// first word was read as a name
				if l := p.a.toks[p.it[lead].t].lower; p.mm(lead).words == 1 && (l == "costume" || l == "production" || l == "stunt") {
					rel, job = kg.WorkedOn, l+" "+strings.TrimSuffix(w, "s")
				}
			}
			if rel == kg.Directed || rel == "" {
				return
			}
			names := []int{i + 1}
			if strings.HasSuffix(p.w(i), "s") {
				names, _ = p.listAfter(i + 1)
			}
			obj := p.topicFilm(i + 2)
			if p.w(i-1) == "from" && p.w(i-2) == "," {
				// "the series F, from showrunner P, will end": F's
				if f := p.subjectBefore(i - 2); f.valid() {
					obj = f
				}
			}
			for _, n := range names {
				p.typ(n, kg.Person, 3)
				p.claim(pclaim{rel: rel, subj: mArg(n), obj: obj, job: job})
			}
		}
	case "led":
		// "the O academy—led by the strict Director (P)"
		if p.w(i+1) != "by" {
			return
		}
		k := i + 2
		for p.in(k, setRelations_9) || (!p.isM(k) && k < i+8 && k < len(p.it) && p.w(k) != "," && p.w(k) != "." && !p.isM(k)) {
			k++
			if k >= len(p.it) {
				return
			}
		}
		c := p.mm(k)
		if c == nil || c.typ == kg.Film || c.typ == kg.Organisation {
			return
		}
		for b := i - 1; b >= 0 && b > i-6; b-- {
			if o := p.mm(b); o != nil {
				if o.typ == kg.Organisation {
					if c.typ == "" && !c.personShaped() {
						c.setType(kg.Character, 2)
					}
					p.claim(pclaim{rel: kg.MemberOf, subj: mArg(k), obj: mArg(b), role: "leader"})
				}
				break
			}
		}
	case "trained-post", "training-post":
		// "Trained in ... at the O academy ... Kenobi's life", "a killer trained in the practices of O"
		org, ok := p.orgAfter(i+1, 10)
		if !ok {
			return
		}
		// the trainee: a character in the sentence that leads nothing
		best := -1
		for k := range p.it {
			if k == org || !p.isM(k) {
				continue
			}
			m := p.mm(k)
			if (m.typ == kg.Character || m.typ == "" && !m.quoted && !m.colon && !m.digit && m.words == 1) && !(k > 0 && p.w(k-1) == "the") && !p.isLeader(k) {
				if best < 0 || abs(k-i) < abs(best-i) {
					best = k
				}
			}
		}
		if best >= 0 && !personTraining && p.personShortForm(best) {
			return // the nearest name is a person's: "P trained at the X School of Drama"
		}
		if best >= 0 {
			p.claim(pclaim{rel: kg.MemberOf, subj: mArg(best), obj: mArg(org), role: "trainee"})
			return
		}
		if !personTraining {
			return // "P trained at the X School of Drama": a career's schooling, no membership
		}
		for b := i - 1; b >= 0; b-- {
			if p.isM(b) {
				if p.mm(b).typ == kg.Person {
					p.claim(pclaim{rel: kg.MemberOf, subj: charOf(b), obj: mArg(org), role: "trainee"})
				}
				break
			}
		}
	case "follows", "follow", "focus", "focuses", "centers", "centres", "centered", "centred", "revolves":
		// "The series will focus on a young Zorbo"
		k := i + 1
		if p.w(k) == "on" || p.w(k) == "around" {
			k++
		} else if w != "follows" && w != "follow" {
			return
		}
		for p.in(k, setRelations_10) {
			k++
		}
		c := p.mm(k)
		if c == nil || c.typ == kg.Person || c.typ == kg.Film || c.typ == kg.Organisation || c.quoted || p.w(k+1) == "(" {
			return
		}
		film, ok := p.subjectFilmBefore(i)
		if !ok {
			return
		}
		if c.typ == "" {
			c.setType(kg.Character, 2)
		}
		p.claim(pclaim{rel: kg.AppearsIn, subj: mArg(k), obj: film})
	case "in":
		// "C ... in F": a character met elsewhere appears in the film
		f := p.mm(i + 1)
		if f == nil || !(f.quoted || f.colon || f.digit || f.typ == kg.Film && f.strength >= 2) {
			return
		}
		for b := i - 1; b >= 0 && b > i-4; b-- {
			if c := p.mm(b); c != nil {
				if c.personShaped() && (c.typ == "" || c.typ == kg.Character) && !c.quoted {
					f.setType(kg.Film, 2)
					p.claim(pclaim{rel: kg.AppearsIn, subj: mArg(b), obj: mArg(i + 1), needSubjCh: c.typ == ""})
				}
				break
			}
			if p.w(b) == "," || p.w(b) == "." || p.w(b) == "as" {
				break
			}
		}
	case "wrote", "co-wrote", "co-directed":
		// "from a screenplay he co-wrote with X": he is the sentence's first person
		if !p.in(i-1, setRelations_11) {
			return
		}
		rel := kg.Wrote
		if w == "co-directed" {
			rel = kg.Directed
		}
		film := p.topicFilm(i + 1)
		if f := p.mm(i - 4); f != nil && p.w(i-2) == "which" && p.w(i-3) == "," && f.typ == kg.Film && f.strength >= 2 {
			film = mArg(i - 4) // "the comedy F, which he wrote with ...": F
		} else if y := p.yearParenFilm(i - 4); y >= 0 && p.w(i-2) == "which" && p.w(i-3) == "," {
			film = mArg(y) // "F (2018), which she co-wrote with ..."
		}
		for k := 0; k < i; k++ {
			if m := p.mm(k); m != nil && p.personish(k) && (m.typ == kg.Person || m.typ == "" && (m.words >= 2 || p.priorType(k) == kg.Person)) {
				p.typ(k, kg.Person, 3)
				p.claim(pclaim{rel: rel, subj: mArg(k), obj: film})
				break
			}
		}
		if c := p.coWriterAfter(i + 1); c >= 0 {
			p.typ(c, kg.Person, 3)
			p.claim(pclaim{rel: rel, subj: mArg(c), obj: film})
		}
	case "by":
		// "The screenplay is by A, B and C", "Music is by X", "The screenplay, by A and B,"
		if (p.in(i-1, copulas) || p.w(i-1) == ",") && !p.isM(i-2) {
			if rel, job := creditNoun(p.w(i - 2)); rel != "" {
				names, _ := p.listAfter(i + 1)
				for _, n := range names {
					if !p.isPersonLike(n) && p.mm(n).words < 2 {
						continue
					}
					p.typ(n, kg.Person, 3)
					p.claim(pclaim{rel: rel, subj: mArg(n), obj: p.topicFilm(i + 1), job: job})
				}
				return
			}
		}
		// "from a script by A and B", "screenplay by X"
		if !p.in(i-1, setRelations_12) {
			return
		}
		names, _ := p.listAfter(i + 1)
		for _, n := range names {
			p.typ(n, kg.Person, 3)
			p.claim(pclaim{rel: kg.Wrote, subj: mArg(n), obj: p.subjectBefore(i - 1)})
		}
	case "plays", "play", "played", "portrays", "portrayed", "voices", "voiced", "playing", "portraying", "voice", "voicing", "portray":
		if (w == "voice" || w == "voices") && p.wIn(i-1, possessivePronouns) {
			return // "lending his voice to C": read at "lending"
		}
		if w == "voices" && p.w(i-1) == "the" && p.w(i+1) == "of" {
			p.voicesOf(i)
			return
		}
		p.plays(i)
	case "lending", "lends", "lend", "lent":
		// "P is also on board, lending his voice to C"
		if !p.wIn(i+1, possessivePronouns) || p.w(i+2) != "voice" && p.w(i+2) != "voices" || p.w(i+3) != "to" {
			return
		}
		p.setW(i+2, "voicing")
		p.setW(i+3, "as")
		save := p.it[i+1].w
		p.setW(i+1, "the")
		p.plays(i + 2)
		p.setW(i+1, save)
		p.setW(i+2, "voice")
		p.setW(i+3, "to")
	case "which", "that":
		if p.companyWhichObject(i) {
			return // "F, which O released": a company's credit
		}
		// "F, which P directed", "the adaptation, which P directed"
		v := i + 2
		if !p.isM(i+1) || !p.isPersonLike(i+1) || p.w(i-1) != "," {
			return
		}
		for p.in(v, setRelations_44) {
			v++
		}
		var rel kg.RelType
		switch w := p.w(v); {
		case w == "directed" || w == "co-directed" || w == "helmed":
			rel = kg.Directed
		case w == "wrote" || w == "co-wrote" || w == "penned" || w == "scripted":
			rel = kg.Wrote
		case w == "produced" || w == "co-produced":
			rel = kg.Produced
		default:
			return
		}
		if p.isM(v+1) || p.in(v+1, setRelations_45) {
			return // "which P directed the ...": not the film before
		}
		film := p.subjectBefore(i - 1)
		if !film.valid() {
			return
		}
		p.typ(i+1, kg.Person, 3)
		p.claim(pclaim{rel: rel, subj: mArg(i + 1), obj: film})
	case "include", "includes", "included":
		// "Cast members include A and B", "The cast includes A and B"
		if !p.isM(i-1) && (p.w(i-1) == "cast" && p.w(i-2) == "the" || p.w(i-1) == "members" && (p.is(i-2, "cast") || p.isM(i-2) && p.mm(i-2).key == "cast")) {
			names, _ := p.listAfter(i + 1)
			for _, n := range names {
				if !p.isPersonLike(n) {
					return
				}
			}
			for _, n := range names {
				if m := p.mm(n); m.words < 2 && m.typ != kg.Person && p.priorType(n) != kg.Person {
					continue
				}
				p.typ(n, kg.Person, 3)
				p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: p.topicFilm(i + 1)})
			}
			return
		}
		// "Producers include A and B", "Other producers include ..."
		if rel, job := p.crewNoun(i - 1); rel != "" && !p.isM(i-1) && strings.HasSuffix(p.w(i-1), "s") {
			names, _ := p.listAfter(i + 1)
			for _, n := range names {
				if !p.isPersonLike(n) && p.mm(n).words < 2 {
					continue
				}
				p.typ(n, kg.Person, 3)
				p.claim(pclaim{rel: rel, subj: mArg(n), obj: p.topicFilm(i + 1), job: job})
			}
		}
	case "are", "were":
		// "The producers are A and B", "Directors are A and B": a plural
		// crew noun opening the clause, the copula, the list
		n := i - 1
		if rel, job := p.crewNoun(n); rel != "" && !p.isM(n) && strings.HasSuffix(p.w(n), "s") && p.isM(i+1) {
			b := n - 1
			if p.in(b, setRelations_3) {
				b--
			}
			if p.in(b, crewListAdjectives) {
				b-- // "Returning producers are A and B"
			}
			if p.in(b, crewListOpeners) {
				b--
			}
			if b >= 0 && p.w(b) != "," && p.w(b) != ";" && p.w(b) != ":" {
				return
			}
			names, e := p.listAfter(i + 1)
			if len(names) == 0 || !p.in(e, pluralJobEnds) {
				return
			}
			for _, n := range names {
				if !p.isPersonLike(n) {
					return
				}
			}
			for _, n := range names {
				p.typ(n, kg.Person, 3)
				p.claim(pclaim{rel: rel, subj: mArg(n), obj: p.topicFilm(e), job: job})
			}
		}
	case "credited":
		// "The script, credited to A and B, ..."
		if p.w(i+1) != "to" || !p.isM(i+2) {
			return
		}
		for b := i - 1; b >= 0 && b >= i-4; b-- {
			if rel, job := creditNoun(p.w(b)); rel != "" && !p.isM(b) {
				names, _ := p.listAfter(i + 2)
				for _, n := range names {
					if !p.isPersonLike(n) && p.mm(n).words < 2 {
						continue
					}
					p.typ(n, kg.Person, 3)
					p.claim(pclaim{rel: rel, subj: mArg(n), obj: p.topicFilm(i + 2), job: job})
				}
				return
			}
		}
	case "marketed", "known", "a.k.a.", "aka", "retitled", "renamed":
		p.aliasRule(i)
	}
}

// orgListAfter reads a list of company names from item i ("O2", "O2 and
// O3"): mentions typed organisation or shaped like one (a company word
// last, an acronym, one word nobody is called). It returns the mentions
// and the index after the list.
func (p *pctx) orgListAfter(i int) ([]int, int) {
	var out []int
	j := i
	for p.isM(j) {
		m := p.mm(j)
		if m.quoted || m.typ != "" && m.typ != kg.Organisation || !(m.typ == kg.Organisation || orgish(m) || m.words == 1 && !pcType(p.priorType(j)) && !p.shortOfPersonShaped(j)) {
			break
		}
		out = append(out, j)
		j++
		if p.w(j) == "," && p.isM(j+1) || p.w(j) == "and" || p.w(j) == "&" {
			j++
		}
		if p.w(j) == "and" {
			j++
		}
	}
	return out, j
}

// takeVerbs precede "over" in a succession ("took over from Q").
var takeVerbs = setOf("took", "takes", "take", "taking", "taken")

// takeOver handles a succession at item i ("over"): "P took over from Q,
// who directed the first two films" (P directs the film the text is
// about), "P takes over from Q as C" (P plays C here, Q played C before),
// "P takes over as director from Q".
func (p *pctx) takeOver(i int) {
	if p.w(i) != "over" || !p.in(i-1, takeVerbs) {
		return
	}
	subj := -1
	b := i - 2
	for b >= 0 && p.in(b, auxWords) {
		b--
	}
	if p.isM(b) && p.isPersonLike(b) {
		subj = b
	} else if pb := p.personBeforeClause(i - 1); pb >= 0 {
		subj = pb
	}
	if subj < 0 {
		return
	}
	k := i + 1
	var rel kg.RelType
	job := ""
	if p.w(k) == "as" {
		n := k + 1
		if p.in(n, setRelations_41) {
			n++
		}
		if r, j, ok := p.bareJob(n); ok {
			rel, job = r, j
			for k = n; k < len(p.it) && k < n+3 && p.w(k) != "from"; k++ {
			}
		}
	}
	if p.w(k) != "from" || !p.isM(k+1) || !p.isPersonLike(k+1) {
		return
	}
	q := k + 1
	switch {
	case rel != "":
	case p.w(q+1) == "as" && p.isM(q+2) && castableName(p.mm(q+2)) && (p.mm(q+2).typ == "" || p.mm(q+2).typ == kg.Character):
		c := q + 2
		p.typ(subj, kg.Person, 3)
		p.typ(q, kg.Person, 3)
		p.mm(c).setType(kg.Character, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(subj), obj: p.topicFilm(c + 1), char: mArg(c)})
		p.claim(pclaim{rel: kg.Portrayed, subj: mArg(q), obj: mArg(c)})
		return
	case p.w(q+1) == "as":
		if r, j, ok := p.bareJob(q + 2); ok {
			rel, job = r, j
		} else if r, j, ok := p.bareJob(q + 3); ok && p.in(q+2, setRelations_41) {
			rel, job = r, j
		}
	case p.w(q+1) == "," && p.w(q+2) == "who":
		n := p.pastCrewAux(q + 3)
		switch w := p.w(n); {
		case directVerbs[w] || w == "directed" || w == "co-directed":
			rel = kg.Directed
		case writeVerbs[w] && w != "handles" && w != "handled" && w != "handling":
			rel = kg.Wrote
		}
	}
	if rel == "" {
		return
	}
	p.typ(subj, kg.Person, 3)
	p.claim(pclaim{rel: rel, subj: mArg(subj), obj: p.focusFilm(), job: job})
}

// fromDirector handles "F (2011), from director P" and "From director P
// and writer Q, F was released" (item i is the job noun after "from").
func (p *pctx) fromDirector(i int) {
	// "F (2011), from director P", "From director P and writer Q, F was
	// released", "F, from Barbarian director P" (the title that names
	// the director stands between: f is the item of "from")
	f := i - 1
	if p.isM(f) && p.w(f-1) == "from" {
		f--
	}
	if p.w(f) != "from" || !p.isM(i+1) || !p.isPersonLike(i+1) {
		return
	}
	film := p.fromFilm(f, i)
	p.typ(i+1, kg.Person, 3)
	p.claim(pclaim{rel: kg.Directed, subj: mArg(i + 1), obj: film})
	if strings.HasPrefix(p.w(i), "writer") {
		p.claim(pclaim{rel: kg.Wrote, subj: mArg(i + 1), obj: film})
	}
	// "... and writer Q"
	if p.w(i+2) == "and" && p.in(i+3, setRelations_46) && p.isM(i+4) && p.isPersonLike(i+4) {
		p.typ(i+4, kg.Person, 3)
		p.claim(pclaim{rel: kg.Wrote, subj: mArg(i + 4), obj: film})
	}
}

// fromFilm returns the film a credit after "from" (item f) and its job
// noun (item i) belongs to: the main clause's subject after a comma when
// "from" opens the sentence ("From director P, F ..."), else the subject
// before it ("F, from director P", "F, the action film from director P"),
// else the film the text is about.
func (p *pctx) fromFilm(f, i int) arg {
	film := noArg // (what stands before "from" decides the film)
	if f == 0 {
		// the film is the subject of the main clause after the comma
		for k := i + 2; k < len(p.it) && k < i+14; k++ {
			if p.w(k) == "," {
				if f, _, ok := p.filmRef(k+1, 2); ok {
					film = f
				}
				break
			}
		}
	} else if p.w(f-1) == "," {
		film = p.subjectBefore(f - 1)
	} else {
		// "F, the upcoming action film from director P"
		film = p.subjectBefore(f)
	}
	if !film.valid() {
		film = p.topicFilm(i + 2)
	}
	return film
}

// voicesOf handles "features the voices of A and B" (item i is "voices").
func (p *pctx) voicesOf(i int) {
	// "features the voices of A and B", "with the voices of A, B and C"
	if p.w(i-1) != "the" || p.w(i+1) != "of" || !p.isM(i+2) {
		return
	}
	names, _ := p.listAfter(i + 2)
	film := p.topicFilm(0)
	for _, n := range names {
		if !p.isPersonLike(n) && p.mm(n).words < 2 {
			continue
		}
		p.typ(n, kg.Person, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: film})
	}
}

// prevSentenceFilm returns the one film the previous sentence of the same
// paragraph names (typed with a cue), or noArg when it names none or
// several.
func (p *pctx) prevSentenceFilm() arg {
	a := p.a
	si := int(p.si) - 1
	if si < 0 || a.toks[a.sents[si+1].a].nl >= 2 || a.sents[si].titleCase {
		return noArg
	}
	found := -1
	for k := a.firstMentionFrom(si); k < len(a.ments) && int(a.ments[k].sent) == si; k++ {
		if m := &a.ments[k]; m.typ == kg.Film && m.strength >= 2 {
			if found >= 0 && a.ments[found].key != m.key {
				return noArg
			}
			found = k
		}
	}
	if found < 0 {
		return noArg
	}
	return arg{m: int32(found), of: -1, abs: true}
}

// leadNamed handles "Its lead, Owen Tate, won ..." and "and star Greta
// Lind took best actress" (item i is "lead" or "star").
func (p *pctx) leadNamed(i int) {
	// "Its lead, Owen Tate, won ...", "and star Greta Lundqvist took best actress"
	rel, job := kg.ActedIn, ""
	if (p.w(i) == "stars" || p.w(i) == "leads") && p.w(i-1) == "its" && p.w(i+1) == "," {
		// "Its stars, Jun Pak and Amir Qadir, play ..."
		names, _ := p.listAfter(i + 2)
		film := p.topicFilm(i + 2)
		if f := p.prevSentenceFilm(); f.valid() {
			film = f
		}
		for _, n := range names {
			if p.mm(n).words >= 2 && p.isPersonLike(n) {
				p.typ(n, kg.Person, 3)
				p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: film})
			}
		}
		return
	}
	if p.w(i) != "lead" && p.w(i) != "star" {
		if rel, job = p.crewNoun(i); rel == "" || p.w(i+1) != "," || p.w(i-1) != "its" {
			return
		}
	}
	n := i + 1
	if p.w(n) == "," && (p.w(i-1) == "its" || p.w(i-1) == "'s") {
		n++
	} else if p.w(i-1) != "and" && p.w(i-1) != "," && i != 0 {
		return
	}
	if m := p.mm(n); m != nil && m.words >= 2 && p.isPersonLike(n) && (n == i+1 || p.w(n+1) == ",") {
		p.typ(n, kg.Person, 3)
		film := p.topicFilm(n + 1)
		if f := p.prevSentenceFilm(); f.valid() && (p.w(i-1) == "its" || p.is(0, "its")) {
			film = f // "... was Paper Crowns. Its director, P, ...": the film just named
		}
		p.claim(pclaim{rel: rel, subj: mArg(n), obj: film, job: job})
	}
}

// creditNoun maps the noun of a credit ("screenplay", "music",
// "cinematography") to its relation and WORKED_ON job; "" when it is none.
func creditNoun(w string) (kg.RelType, string) {
	switch w {
	case "screenplay", "script", "teleplay", "writing", "story":
		return kg.Wrote, ""
	case "direction":
		return kg.Directed, ""
	case "music", "score", "soundtrack":
		return kg.WorkedOn, "composer"
	case "cinematography", "photography", "camerawork":
		return kg.WorkedOn, "cinematographer"
	case "editing":
		return kg.WorkedOn, "editor"
	}
	return "", ""
}

// withList reports whether the list of names ending at item e follows
// "with" (or "and", continuing such a list).
func (p *pctx) withList(e int) bool {
	l := p.listBefore(e + 1)
	if len(l) == 0 {
		return false
	}
	b := l[0] - 1
	return p.w(b) == "with" || p.w(b) == "and" && p.w(b-1) != "," && !p.isM(b-1)
}

// roleAnaphor handles "P takes on the role as an adult", "P plays the
// character as a child": P acts in the film the text is about.
func (p *pctx) roleAnaphor(i int) {
	if p.w(i-1) != "the" {
		return
	}
	v := i - 2
	if p.w(v) == "on" || p.w(v) == "over" || p.w(v) == "into" {
		v--
	}
	if !p.in(v, setRelations_42) {
		return
	}
	b := v - 1
	for b >= 0 && p.in(b, setRelations_16) {
		b--
	}
	if !p.isPersonLike(b) {
		return
	}
	p.typ(b, kg.Person, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(b), obj: p.topicFilm(i + 1)})
}

// companyNoun handles "the Universal and Warner Bros. co-production" and
// "the Disney release": the companies named before the noun produced (or
// released) the film the phrase stands for: the film before ", a ... co-
// production", else the film the text is about.
func (p *pctx) companyNoun(i int) {
	var orgs []int
	b := i - 1
	for b >= 0 && p.isM(b) {
		m := p.mm(b)
		if m.quoted || m.digit || m.colon || m.typ != "" && m.typ != kg.Organisation || m.personShaped() && !orgish(m) || pcType(p.priorType(b)) {
			return
		}
		orgs = append(orgs, b)
		b--
		if p.w(b) == "and" || p.w(b) == "&" || p.w(b) == "," && p.isM(b-1) {
			b--
			continue
		}
		break
	}
	if len(orgs) == 0 {
		return
	}
	first := p.mm(orgs[len(orgs)-1])
	theInside := first.start < p.a.toks[first.a].start // "The Universal ..." opening the sentence
	if !(p.w(b) == "the" || p.w(b) == "a" || p.w(b) == "an" || theInside) {
		return
	}
	if p.w(i) == "release" && (p.w(i+1) == "date" || p.w(i+1) == "of") {
		return
	}
	rel := kg.Produced
	if p.w(i) == "release" {
		rel = kg.Distributed
	}
	film := noArg
	if p.w(b-1) == "," {
		if f, _, ok := p.filmRefBack(b - 2); ok {
			film = f
		}
	}
	if !film.valid() {
		film = p.focusFilm()
	}
	for _, o := range orgs {
		m := p.mm(o)
		m.setRealOrg()
		p.claim(pclaim{rel: rel, subj: mArg(o), obj: film})
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// creditCompound handles a name fused by a hyphen to its credit, which
// the tokenizer splits ("the P-directed F", "the P-starrer F"): P directed
// or acted in the film named right after, or in the film a lower-case
// film noun there refers to ("the P-directed film").
func (p *pctx) creditCompound(i int) {
	if p.w(i+1) != "-" || p.mm(i).typ != kg.Person {
		return
	}
	rel := personCreditSuffixes[p.w(i+2)]
	if rel == "" {
		return
	}
	film := noArg
	if p.isM(i+3) && p.mm(i+3).typ == kg.Film {
		film = mArg(i + 3)
	} else if p.in(i+3, filmAnaphorNouns) {
		film = p.topicFilm(i + 3)
	}
	if film.valid() {
		p.claim(pclaim{rel: rel, subj: mArg(i), obj: film})
	}
}

// possessive handles "Osric Penlow's cinematography", "Dieter Haldane's
// score", "Rowan Askew's Drift: Part Two" (a director's film) and
// "Marvel Studios' Gallowman & Stingray" (a company's film).
func (p *pctx) possessive(i int) {
	if p.w(i+1) != "'s" {
		return
	}
	m := p.mm(i)
	if m.quoted || m.colon || m.digit {
		return
	}
	if p.parentPossessor(i) {
		return // "F's C prequel": F is the production C continues, no maker
	}
	if p.isPersonLike(i) && m.typ != kg.Character && p.priorType(i) != kg.Character {
		var rel kg.RelType
		job := ""
		// "Lon Farris's green-tinted photography": up to two describing words
		at := i + 2
		for n := 0; n < 2 && !p.isM(at) && isWordLike(p.w(at)) && !p.wIn(at, commonWords) && !p.wIn(at, crewWorkNouns); n++ {
			at++ // ("Ann Lee's synth score")
		}
		if !p.wIn(at, crewWorkNouns) {
			at = i + 2
		}
		switch dj := p.designWork(i, at); {
		case dj != "":
			rel, job = kg.WorkedOn, dj // "P's production design", "P's art direction"
		case p.w(at) == "design" || p.w(at) == "costumes" || p.w(at) == "choreography":
		case p.w(at) == "score" || p.w(at) == "music" || p.w(at) == "soundtrack":
			rel, job = kg.WorkedOn, "composer"
		case p.w(at) == "cinematography" || p.w(at) == "camerawork" || p.w(at) == "photography":
			rel, job = kg.WorkedOn, "cinematographer"
		case p.w(at) == "editing":
			rel, job = kg.WorkedOn, "editor"
		case p.w(at) == "screenplay" || p.w(at) == "script":
			rel = kg.Wrote
		case p.w(at) == "direction":
			rel = kg.Directed
		}
		if rel != "" {
			p.typ(i, kg.Person, 3)
			p.claim(pclaim{rel: rel, subj: mArg(i), obj: p.topicFilm(at + 1), job: job})
			return
		}
		if f := p.remakeOf(i + 2); f >= 0 {
			// "Ned Kasper's 1990 remake of Dawn of the Restless Dead"
			p.typ(i, kg.Person, 3)
			p.typ(f, kg.Film, 2)
			p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: mArg(f)})
			return
		}
		// "P's long-awaited sequel.": the film the text is about is P's
		if k := i + 2; !p.isM(k) {
			for n := 0; n < 2 && isWordLike(p.w(k)) && !p.in(k, filmAnaphorNouns) && !p.wIn(k, commonWords) || n < 2 && p.in(k, ordinals); n++ {
				k++
			}
			if p.in(k, setRelations_43) && (p.w(k+1) == "." || p.w(k+1) == "" || p.w(k+1) == "?") && p.w(i-1) != "," {
				p.typ(i, kg.Person, 3)
				p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: anaArg(anaFilm)})
				return
			}
		}
		// "F, P's third X film": an appositive naming F's director (not
		// a reply's opening word: "Yeah, P's movie opened the door")
		comma, co := i-1, -1
		if p.w(i-1) == "and" && p.w(i-3) == "," && p.isM(i-2) && p.isPersonLike(i-2) && p.mm(i-2).typ != kg.Character {
			comma, co = i-3, i-2 // "F, P and Q's 2014 mockumentary about ...": both made F
		}
		if p.w(comma) == "," && !(p.isM(comma-1) && interjections[p.mm(comma-1).key]) {
			k := p.pastFilmDescribers(i+2, false)
			if p.isM(k) && !p.mm(k).personShaped() {
				k++
			}
			if k-1 > i+1 && !p.isM(k-1) && !p.isM(k) && p.wIn(k-1, possessedKindWords) && apposHeadEnds[p.w(k)] {
				k-- // the describers took the head noun ("P's thriller whose ...", "P's lavish period musical about")
			}
			if (p.w(k) == "film" || p.w(k) == "movie" || p.w(k) == "feature" || (spinNoun(p.w(k)) || p.wIn(k, genreNouns) || p.wIn(k, possessedKindWords)) && !p.isM(k)) && !p.isM(k+1) {
				// (also "F, P's follow-up to his 2018 smash X": P made F)
				if f, _, ok := p.filmRefBack(comma - 1); ok && f.m >= 0 {
					p.typ(i, kg.Person, 3)
					p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: f})
					if co >= 0 {
						p.typ(co, kg.Person, 3)
						p.claim(pclaim{rel: kg.Directed, subj: mArg(co), obj: f})
					}
					return
				}
				if t := p.mm(i - 2); i == 2 && t != nil && t.typ == "" && !t.quoted && !pcType(p.priorType(i-2)) && spinNoun(p.w(k)) {
					// "Harvest Kills, Martin Lloyd Hale's follow-up to ...,
					// premiered": the sentence's subject is P's film
					t.setType(kg.Film, 2)
					p.typ(i, kg.Person, 3)
					p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: mArg(i - 2)})
					return
				}
			}
		}
		if k := p.pastFilmDescribers(i+2, true); k > i+2 && p.isM(k) && p.filmKindBefore(k) && !orgish(m) && (m.words >= 2 || m.typ == kg.Person || p.priorType(i) == kg.Person) {
			// "P's silent classic F", "P's original F": a described title
			if f := p.mm(k); !f.quoted && (f.typ == "" || f.typ == kg.Film) && !(f.personShaped() && f.typ == "" && !f.colon && !f.digit && !p.a.headKeys[f.key]) {
				p.typ(i, kg.Person, 3)
				f.setType(kg.Film, 2)
				p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: mArg(k)})
				return
			}
		}
		if p.possessedWiderFilm(i) {
			return // "P's Korean horror film F", "P's last film, F"
		}
		yearAfter := p.w(i+3) == "(" && isYear(p.w(i+4)) && p.w(i+5) == ")"
		if f := p.mm(i + 2); f != nil && !f.quoted && (f.typ == kg.Film && f.strength >= 2 || f.colon || f.digit && !p.a.designationName(int(p.it[i+2].m)) || (yearAfter || p.a.headKeys[f.key]) && (f.typ == "" || f.typ == kg.Film)) && f.typ != kg.Person && f.typ != kg.Character && !p.wIn(i+3, franchiseNouns) {
			// "Bertram Cole's Stowaway (1979)": a director's film ("X's F
			// prequel" was left to parentPossessor above)
			p.typ(i, kg.Person, 3)
			f.setType(kg.Film, 2)
			p.claim(pclaim{rel: kg.Directed, subj: mArg(i), obj: mArg(i + 2)})
		}
		return
	}
	company := m.typ == kg.Organisation && m.strength >= 2 || inLower(realOrgWords, strings.TrimSuffix(lastWord(m.text), ".")) && m.words >= 2
	fi := i + 2
	filmWord := false
	// "Paramount's animated Moonpaw", "Lionsgate's horror entry The Quiet House",
	// "Disney's 1993 comedy X"
	for n := 0; n < 4 && (!p.isM(fi) && isWordLike(p.w(fi)) && (!p.wIn(fi, commonWords) || p.in(fi, genreNouns)) || p.in(fi, adjFilm) && !p.isM(fi) || n < 2 && p.nationalityWord(fi) || n == 0 && isYear(p.w(fi)) && !p.isM(fi)); n++ {
		// ("Toho's Oscar-winning X": an award adjective says film too;
		// "Netflix's British crime drama X": a one-word describing name)
		filmWord = filmWord || p.in(fi, filmNouns) || p.in(fi, genreNouns) && !p.isM(fi) || awardAdj(p.w(fi))
		fi++
	}
	if fi > i+2 && (!p.isM(fi) || !filmWord && !p.in(fi-1, adjFilm) && !p.a.headKeys[p.mm(fi).key] || p.w(fi+1) == "'s") {
		return // (not "O's 2017 feature P's F": whose is F?)
	}
	f := p.mm(fi)
	chain := false
	if fi > i+2 && f != nil && f.personShaped() && f.typ != kg.Film && !filmWord {
		return
	}
	if f != nil && fi == i+2 && (f.typ == kg.Franchise || f.typ == kg.Film || f.typ == "") && (p.in(i+3, spinOrSeries) || p.ownedTitleNoun(i+3)) && p.isM(i+4) {
		// "HBO's Crown of Ashes spin-off A Squire of the Nine Marches":
		// the company's production is the one after the spin-off noun
		if g := p.mm(i + 4); g.typ == "" || g.typ == kg.Film {
			f, fi, chain = g, i+4, true
		}
	}
	if f == nil || fi == i+2 && (p.wIn(i+3, franchiseNouns) || p.wIn(i+3, companyPlaceNouns)) || f.typ != "" && f.typ != kg.Film {
		return
	}
	// "Sony's Spookhunters: Frozen Harbor": a one-word owner nobody in the
	// article is called, before a title, is a company
	if !company && m.typ == "" && m.words == 1 && !m.short && p.priorType(i) == "" && (f.typ == kg.Film && f.strength >= 1 || f.colon || f.digit || p.a.headKeys[f.key] || fi > i+2 && !chain) {
		company = true
	}
	if !company || f.personShaped() && f.typ != kg.Film && !p.a.headKeys[f.key] && fi == i+2 {
		return
	}
	f.setType(kg.Film, 2)
	if m.typ == "" && m.words == 1 && p.personalOwner(i) {
		return // "Piet van Roon's Momentum 2": a person's film, no company's
	}
	if chain {
		p.typ(i, kg.Organisation, 3)
		if m.world == "" {
			m.world = kg.WorldReal
		}
		p.claim(pclaim{rel: kg.Produced, subj: mArg(i), obj: mArg(fi)})
		return
	}
	owners := []int{i}
	for b := i - 1; p.w(b) == "and" || p.w(b) == "," || p.w(b) == "&"; {
		o := p.mm(b - 1)
		if o == nil || o.quoted || o.typ != "" && o.typ != kg.Organisation || o.personShaped() && !orgish(o) || pcType(p.priorType(b-1)) ||
			p.w(b) == "," && !(o.typ == kg.Organisation && o.strength >= 2) {
			break // (not "New in the U.S., Sony's F")
		}
		owners = append(owners, b-1)
		b -= 2
	}
	films := append([]int{fi}, p.coordFilms(fi)...)
	for _, o := range owners {
		om := p.mm(o)
		om.setRealOrg()
		// "HBO Max's F", "Lionsgate's F": the company that puts the title
		// out (the gold conventions accept DISTRIBUTED for a studio's or a
		// network's possessive; PRODUCED only when nothing else is known)
		rel := kg.Distributed
		for _, g := range films {
			p.claim(pclaim{rel: rel, subj: mArg(o), obj: mArg(g)})
		}
	}
}

// coordFilms returns the items of the films coordinated after the title at
// item fi ("O's F, G and H"): each a mention after "," or "and" typed Film
// (strength >= 2), or untyped or weakly a film with a number or colon in
// it (then typed Film); the walk stops at anything else.
func (p *pctx) coordFilms(fi int) []int {
	var out []int
	for k := fi + 1; p.w(k) == "," || p.w(k) == "and" || p.w(k) == "&"; {
		n := k + 1
		if p.w(k) == "," && p.w(n) == "and" {
			n++
		}
		g := p.mm(n)
		if g == nil || g.quoted || !(g.typ == kg.Film && g.strength >= 2 || (g.typ == "" || g.typ == kg.Film) && (g.digit || g.colon)) {
			break
		}
		g.setType(kg.Film, 2)
		out = append(out, n)
		k = n + 1
	}
	return out
}

// subjectLeads may open a clause before its subject ("while A and B
// stayed on as writers").
var subjectLeads = setOf("while", "and", "but", "whereas", "although", "though", "meanwhile")

// serveJobRel maps the job noun after "serve as" or "stayed on as" to its
// credit ("producers": PRODUCED); "" when it names none.
func serveJobRel(w string) kg.RelType {
	switch w {
	case "producers", "producer", "co-producers":
		return kg.Produced
	case "directors", "director", "co-directors":
		return kg.Directed
	case "writers", "writer", "screenwriters":
		return kg.Wrote
	}
	return ""
}

// spinOrSeries are the nouns between a franchise and a production it
// owns in "O's F spin-off X", "O's F prequel series X".
var spinOrSeries = setOf("spin-off", "spinoff", "prequel", "sequel", "series", "show", "reboot", "remake", "adaptation")

// interjections open a spoken reply ("Yeah, ...", "Well, ..."); capitalised
// there, they name nothing.
var interjections = setOf("yeah", "yes", "no", "well", "oh", "okay", "ok", "sure", "right", "look", "listen", "honestly",
	"absolutely", "exactly", "totally", "definitely", "yep", "nope", "wow")

// protegeNouns, between a person's possessive and a name, make the name
// the one meant ("directed by P's protégé Q", "by P's son Q").
var protegeNouns = setOf("protégé", "protege", "protégée", "assistant", "son", "daughter", "wife", "husband", "brother",
	"sister", "partner", "student", "nephew", "niece", "longtime")

// protegeOf returns, for a by-list of one person P followed by "'s", a
// protegeNouns noun and a person Q ("P's protégé Q"), Q alone; else the
// list unchanged.
func (p *pctx) protegeOf(names []int) []int {
	if n := names[0]; len(names) == 1 && p.w(n+1) == "'s" && p.in(n+2, protegeNouns) && p.isM(n+3) && p.isPersonLike(n+3) {
		return []int{n + 3}
	}
	return names
}

// byRelOf maps a participle before "by" to its relationship ("" when it
// names none).
func byRelOf(w string) kg.RelType {
	switch w {
	case "directed", "helmed", "co-directed":
		return kg.Directed
	case "written", "co-written", "penned", "created", "developed", "adapted":
		return kg.Wrote
	case "produced", "co-produced":
		return kg.Produced
	case "distributed", "released":
		return kg.Distributed
	case "scored", "edited", "shot", "photographed", "composed":
		return kg.WorkedOn
	}
	return ""
}

// byJobOf returns the WORKED_ON job of a participle before "by".
func byJobOf(w string) string {
	switch w {
	case "scored", "composed":
		return "composer"
	case "edited":
		return "editor"
	case "shot", "photographed":
		return "cinematographer"
	}
	return ""
}

// byClaim records "REL by N": N becomes a person, or an organisation for
// distribution and for producers that look like companies (company words,
// one word nobody in the article is called, or companies "in association
// with" the producers).
func (p *pctx) byClaim(n int, rel kg.RelType, job string, film arg, company bool) {
	m := p.mm(n)
	prior := p.priorType(n)
	t := kg.Person
	if rel == kg.Distributed || m.typ == kg.Organisation || prior == kg.Organisation ||
		rel == kg.Produced && prior != kg.Person && m.typ != kg.Person && (company || p.acronymLed(n) || p.orgPartner(n) || !m.personShaped() && m.words >= 1 && (inLower(realOrgWords, lastWord(m.text)) || m.words == 1 && !m.short && !p.a.namedSurname(m.key) || m.titleWords || m.the)) {
		t = kg.Organisation
		if m.world == "" {
			m.world = kg.WorldReal
		}
	}
	if t == kg.Person && (m.typ == kg.Character || m.typ == kg.Film) && m.strength >= 3 {
		return
	}
	m.setType(t, 3)
	p.claim(pclaim{rel: rel, subj: mArg(n), obj: film, job: job})
}

// isLeader reports whether the mention at k follows "led by".
func (p *pctx) isLeader(k int) bool {
	for b := k - 1; b >= 0 && b > k-8; b-- {
		if p.w(b) == "led" || p.w(b) == "headed" || p.w(b) == "run" {
			return true
		}
		if p.isM(b) {
			return false
		}
	}
	return false
}

// listAfterAny is listAfter that also accepts organisations.
func (p *pctx) listAfterAny(i int) ([]int, int) {
	var out []int
	j := i
	for j < len(p.it) {
		for p.in(j, listFillers) && !(j > i && (p.w(j) == "stars" || p.w(j) == "star") && p.w(j-1) == ",") {
			j++
		}
		m := p.mm(j)
		if m == nil || m.quoted || m.typ == kg.Film && m.strength >= 2 || m.typ == kg.Character && m.strength >= 3 {
			break
		}
		if j > i && (p.w(j-1) == "and" || p.in(j-1, listFillers)) && p.in(j+1, clauseOpeningVerbs) {
			break // "produced by A and B, and O distributed it", "..., and cinematographer P shot it": P opens a clause
		}
		if j > i && p.w(j-1) == "and" && p.w(j-2) == "," && p.in(j+1, clauseAuxWords) && isWordLike(p.w(j+2)) && !p.isM(j+2) {
			break // "produced by A and B, and O is releasing it": O opens a clause
		}
		if o := p.ownerCompanyAt(j); o > j && !p.isM(j+1) {
			j = o // "produced by A and P's own company, O": the company the owner phrase names
		} else if (p.w(j+1) == "'s" || p.w(j+1) == "'") && p.isM(j+2) {
			// "produced by O's P", "by P's company O": the name the owner qualifies
			if n := p.mm(j + 2); !(n.quoted || n.typ == kg.Film && n.strength >= 2 || n.typ == kg.Character && n.strength >= 3) {
				if p.companyOfPerson(j) {
					// "produced by O's P": the company is credited too, P is its person
					p.mm(j).setRealOrg()
					n.setType(kg.Person, 3)
					out = append(out, j)
				}
				j += 2
			}
		}
		out = append(out, j)
		j++
		if p.w(j) == "," && p.isM(j+1) && !p.in(j+2, listGlue) && !p.isM(j+2) {
			// "Directed by Nadia Osei, Frostline follows ...": a title after the comma opens the main clause
			if m := p.mm(j + 1); m.typ == kg.Film && m.strength >= 2 || p.a.headKeys[m.key] && m.typ != kg.Person {
				break
			}
		}
		if p.w(j) == "," || p.w(j) == "and" || p.w(j) == "&" {
			j++
			continue
		}
		break
	}
	return out, j
}

// subjectBefore returns the film a "directed by"/"starring" phrase at item
// i qualifies: "F, directed by X", "the film, starring X", else the topic.
func (p *pctx) subjectBefore(i int) arg {
	b := i - 1
	if p.w(b) == "," || p.w(b) == "-" || p.w(b) == "(" {
		b--
	}
	// "X (1968), directed by Y"
	if p.w(b) == ")" && isYear(p.w(b-1)) && p.w(b-2) == "(" {
		b -= 3
	}
	// "he came back for X in 1995, directed by Y"
	if isYear(p.w(b)) && p.w(b-1) == "in" && p.isM(b-2) {
		if m := p.mm(b - 2); m.typ == kg.Film || m.colon || m.quoted {
			b -= 2
		}
	}
	for b >= 0 && p.in(b, setRelations_13) {
		b--
	}
	// "The original X, released in 2016, was directed by Y": over the appositive
	if p.w(b) == "," && !p.isM(b-1) {
		for k := b - 1; k >= 1 && k > b-10; k-- {
			if p.isM(k) || p.w(k) == "." || p.w(k) == ";" {
				break
			}
			if p.w(k) == "," {
				if m := p.mm(k - 1); m != nil && (m.typ == kg.Film || m.typ == "" && !m.personShaped()) {
					b = k - 1
				}
				break
			}
		}
	}
	if f := p.allFilmsBack(b); f.valid() {
		return f // "The trilogy was produced by Y", "All three films were shot by Y"
	}
	if p.in(b, pluralFilmNouns) {
		return noArg // "both earlier X films were released by": not one film
	}
	if p.originalBack(b) {
		// "counting the 1995 original directed by P": the first film
		return anaArg(anaOriginal)
	}
	if p.in(b, filmNouns) || p.in(b, seriesNouns) || p.in(b, genreNouns) || spinNoun(p.w(b)) && !p.isM(b) {
		// "in a cameo for the 2019 reboot directed by Y": an unnamed film
		// after a preposition is no earlier title's
		d := b - 1
		for d >= 0 && !p.isM(d) && (isYear(p.w(d)) || p.in(d, adjFilm) || p.in(d, ordinals)) {
			d--
		}
		if p.in(d, setRelations_0) && p.in(d-1, prepsBeforeFilm) {
			return noArg
		}
		// "X, the 2016 spin-off film directed by Y", "X, the 2007 follow-up directed by Y"
		for k := b - 1; k >= 0 && k > b-9; k-- {
			if p.w(k) == "," && p.w(k-1) == ")" && isYear(p.w(k-2)) && p.w(k-3) == "(" && p.isM(k-4) {
				// "X (2005), the critically savaged sequel directed by Y"
				if f, _, ok := p.filmRefBack(k - 4); ok {
					return f
				}
				break
			}
			if p.w(k) == "," && p.isM(k-1) {
				if f, _, ok := p.filmRefBack(k - 1); ok {
					return f
				}
				if p.titleBeforeLabel(k-1, b) {
					// "Calder Ranch, the Nell and Jory spinoff toplined by":
					// a two-word title the label names a film
					p.mm(k-1).setType(kg.Film, 2)
					return mArg(k - 1)
				}
				break
			}
			if p.isM(k) && p.w(k-1) != "the" && !(p.mm(k).typ == kg.Franchise) && k != b-1 && !p.wIn(k+1, franchiseNouns) && !spinNoun(p.w(k+1)) {
				break
			}
		}
	}
	if f := p.describedTitleBefore(b); f >= 0 {
		return mArg(f) // "F, the Neon release starring A"
	}
	if f, _, ok := p.filmRefBack(b); ok {
		if f.ana == anaFilm {
			return p.focusFilm()
		}
		return f
	}
	if f := p.appositiveTitle(b); f >= 0 {
		return mArg(f)
	}
	// "Ridgeline, a mountaineering thriller from director Ana Costa
	// starring Idris Vale": the film the appositive describes
	if m := p.mm(b); m != nil && m.typ == kg.Person {
		for k := b - 1; k >= 1 && k > b-12; k-- {
			if p.w(k) == "." || p.w(k) == ";" {
				break
			}
			if p.w(k) == "," && p.in(k+1, setRelations_0) {
				if f := p.mm(k - 1); f != nil && f.typ == kg.Film && f.strength >= 2 {
					return mArg(k - 1)
				}
				break
			}
		}
	}
	return p.topicFilm(i)
}

// subjectFilmBefore finds the film that is the subject of the verb at item
// i ("The series ... will focus on").
func (p *pctx) subjectFilmBefore(i int) (arg, bool) {
	for b := i - 1; b >= 0; b-- {
		if m := p.mm(b); m != nil {
			if m.typ == kg.Film || m.quoted || m.colon {
				m.setType(kg.Film, 2)
				return mArg(b), true
			}
			continue
		}
		if ana, _, ok := p.filmAnaphor(b); ok {
			return anaArg(ana), true
		}
	}
	return noArg, false
}

// reprise handles "X ... reprise her role as ... in F": X acted in F too,
// as the character she plays.
func (p *pctx) reprise(i int) {
	person := -1
	for b := i - 1; b >= 0; b-- {
		if m := p.mm(b); m != nil && p.personish(b) && (m.typ == kg.Person || m.words >= 2 && m.typ == "") {
			person = b
			break
		}
	}
	if person < 0 {
		return
	}
	k := i + 1
	if p.in(k, setRelations_14) && (p.w(k+1) == "role" || p.w(k+1) == "roles") {
		k += 2
	}
	if p.w(k) == "as" {
		if org, role, ok := p.roleOf(k + 1); ok {
			p.claim(pclaim{rel: kg.MemberOf, subj: charOf(person), obj: mArg(org), role: role})
		}
	}
	// another film named later in the sentence
	subject := p.topicFilm(0)
	for j := k; j < len(p.it); j++ {
		m := p.mm(j)
		if m == nil || !(m.typ == kg.Film && m.strength >= 1 || m.quoted || m.colon || m.digit) || m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Organisation {
			continue
		}
		if !subject.abs && subject.m == int32(j) {
			continue
		}
		if p.w(j-1) == "of" && p.w(j-2) == "cast" {
			continue
		}
		m.setType(kg.Film, 2)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(person), obj: mArg(j), char: charOf(person)})
	}
}

// aliasRule handles "F (which has been marketed as G)", "F, also known as G".
func (p *pctx) aliasRule(i int) {
	if p.w(i) == "known" && p.in(i-1, fameAdverbs) {
		return // "best known as Captain Pelham": fame, not another title
	}
	if p.w(i) == "known" && p.beingKnownAs(i) {
		return // "a resistance cell known as C": a being's or a thing's name
	}
	k := i + 1
	// (once known simply as X)
	if p.w(i) == "known" && p.w(k) == "simply" {
		k++
	}
	if p.w(i) == "known" || p.w(i) == "marketed" || p.w(i) == "retitled" || p.w(i) == "renamed" {
		if p.w(k) == "as" || p.w(k) == "to" {
			k++
		} else if p.w(i) != "retitled" && p.w(i) != "renamed" {
			return
		}
	}
	pre := k
	for k < len(p.it) && k < pre+3 && p.in(k, setRelations_15) {
		k++
	}
	g := p.mm(k)
	if g == nil {
		return
	}
	if k > pre {
		// a title that starts with small words ("From the World of X: Y")
		g.start = p.a.toks[p.it[pre].t].start
		g.text = NormalizeSurface(p.a.text[g.start:g.end])
		g.key = nameKey(g.text)
		g.text = strings.ToUpper(g.text[:1]) + g.text[1:]
		g.the = false
	}
	// the film before
	for b := i - 1; b >= 0; b-- {
		if f := p.mm(b); f != nil {
			if f.typ == kg.Person || f.typ == kg.Character {
				return
			}
			if f.typ == kg.Franchise && f.strength >= 3 {
				continue
			}
			if p.w(i) == "known" && p.partVerbBefore(b, i) {
				return // "P plays the ghost, known simply as C": a part
			}
			f.setType(kg.Film, 2)
			g.setType(kg.Film, 2)
			p.claim(pclaim{prop: kg.PropAlsoKnownAs, subj: mArg(b), obj: mArg(k)})
			return
		}
	}
}

// starIn handles "X stars in F", "A and B star in F", "the film F that X stars in".
func (p *pctx) starIn(i int) {
	if p.w(i+1) == "in" {
		names := p.listBefore(i)
		film := anaArg(anaFilm)
		if f, _, ok := p.filmRef(i+2, 2); ok {
			film = f
		} else if p.isM(i - 1) {
			// "the film Stray Blade that X stars in"
			film = p.topicFilm(0)
		}
		for _, n := range names {
			if p.mm(n).typ == kg.Character || p.mm(n).words < 2 && p.mm(n).typ != kg.Person {
				continue
			}
			p.typ(n, kg.Person, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(n), obj: film})
		}
	}
}

func spinNoun(w string) bool { _, ok := spinWords[w]; return ok }

// orgish reports whether a name looks like a body rather than a place: it
// ends in an organisation word.
func orgish(m *mention) bool {
	var lb [32]byte
	last := string(appendLower(lb[:0], strings.TrimSuffix(lastWord(m.text), ".")))
	return fictionalOrgNouns[last] != "" || companyWordName(m, last) || m.typ == kg.Organisation || m.allCaps && m.words == 1
}

// plays handles "P plays C", "P played C", "P plays a younger C", "P
// takes over the role of C", "in which P first played C", "P, who plays
// C", "P, almost unrecognisable, plays C", "P has joined the cast,
// playing C", "P will voice C" and "C, played by P".
func (p *pctx) plays(i int) {
	if p.w(i+1) == "by" {
		p.playedBy(i)
		return
	}
	pi := i - 1
	for pi >= 0 && p.in(pi, setRelations_16) {
		pi--
	}
	if p.w(pi) == "," {
		participle := strings.HasSuffix(p.w(i), "ing")
		if b := p.personBeforeClause(i); b >= 0 {
			pi = b
		} else if participle {
			pi = p.firstPerson(i)
		}
	}
	if !p.isM(pi) || !p.personish(pi) {
		return
	}
	pm := p.mm(pi)
	if pm.typ != "" && pm.typ != kg.Person && pm.strength >= 2 {
		return
	}
	k := i + 1
	for p.in(k, setRelations_17) {
		k++
	}
	if !p.isM(k) {
		// "plays covert operative Zara Bennick", "plays the villain Lucinda Vex"
		if c := p.nameAfterDescriptors(k, 3); c > k {
			k = c
		} else if c := p.namedAfter(i + 1); c > 0 {
			// "playing a widowed apple farmer named Ruth"
			k = c
		} else if p.in(k, setRelations_0) {
			// "plays the expedition leader, Dr. Adam Reyes,"
			for n := k + 1; n < len(p.it) && n < k+5 && !p.isM(n) && isWordLike(p.w(n)); n++ {
				if p.w(n+1) == "," && p.isM(n+2) && castableName(p.mm(n+2)) && p.wIn(n+3, castStop) && !p.isM(n+3) {
					k = n + 2
					break
				}
			}
		}
	}
	if p.isM(k) && p.w(k+1) == "'s" {
		// "plays Joel's brother Tommy"
		if c := p.nameAfterDescriptors(k+2, 2); c > k+2 {
			k = c
		} else if c := p.describedCommaPart(k); c > 0 && p.w(c-1) != "," {
			// "plays Tam's father, former headmaster C" (cast_describedcomma.go;
			// "plays Tam's father, C" is moveOwnedParts')
			k = c
		}
	}
	k = p.pastModifier(k)
	if !p.isM(k) && (p.w(k) == "her" || p.w(k) == "his" || p.w(k) == "their") && !p.isM(k+1) && isWordLike(p.w(k+1)) && !p.wIn(k+1, commonWords) {
		// "plays her younger sister, Jo": "her" owns the part
		n := k + 1
		for c := 0; c < 3 && !p.isM(n) && isWordLike(p.w(n)) && !p.wIn(n, commonWords); c++ {
			n++
		}
		if p.w(n) == "," && p.isM(n+1) && castableName(p.mm(n+1)) {
			k = n + 1
		} else if c := p.describedKinPart(n); c > 0 {
			k = c // "plays her father, the police officer C," (cast_describedkin.go)
		} else if p.isM(n) && castableName(p.mm(n)) {
			k = n // "plays her mentor Varick"
		}
	}
	if !p.isM(k) && (pm.words >= 2 || pm.typ == kg.Person) {
		// "plays the man who built the bomb, C" (cast_describedcomma.go;
		// "plays his wife, C" with no describer is typeOwnedParts')
		if c := p.describedCommaPart(i + 1); c > 0 && (p.w(c-1) != "," || !p.in(i+1, possessivePronouns)) {
			k = c
		} else if c := p.describedCommaPart(k); c > 0 && (p.w(c-1) != "," || !p.in(k, possessivePronouns)) {
			k = c
		}
	}
	if !p.isM(k) && (p.w(k) == "her" || p.w(k) == "him" || p.anaphorPart(i+1)) && p.w(k+1) != "own" {
		// "P plays her as a grifter": the character named last before
		if c := p.pronounPart(i + 1); c >= 0 {
			p.typ(pi, kg.Person, 3)
			p.a.ments[c].setType(kg.Character, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(pi), obj: p.topicFilm(k + 1), char: arg{m: int32(c), of: -1, abs: true}})
		}
		return
	}
	c := p.mm(k)
	titleRole := p.w(i+1) == "the" && p.w(i+2) == "title" && (p.w(i+3) == "character" || p.w(i+3) == "role")
	if c == nil && (p.w(i+1) == "the" || p.w(i+1) == "a" || p.w(i+1) == "an") && !strings.HasSuffix(p.w(i), "ed") && (pm.words >= 2 || pm.typ == kg.Person) && (p.in(i-1, futureCastAux) || titleRole) {
		// (also "P plays the title character, ...")
		// "P has been tapped to play the cult leader known only as ...":
		// a part with no name, in the film the text is about
		p.typ(pi, kg.Person, 3)
		p.claim(pclaim{rel: kg.ActedIn, subj: mArg(pi), obj: p.topicFilm(i + 1)})
		return
	}
	if c == nil || c.quoted || c.typ == kg.Film && c.strength >= 2 || c.typ == kg.Organisation && c.strength >= 2 || c.typ == kg.Person && c.strength >= 3 || c.typ == kg.Franchise {
		return
	}
	if pm.words < 2 && pm.typ != kg.Person && !pm.short && c.words < 1 {
		return
	}
	p.dropPluralTitle(k)
	if p.castPairs(pi, k) {
		return
	}
	p.typ(pi, kg.Person, 3)
	c.setType(kg.Character, 3)
	film := p.topicFilm(k + 1)
	// "F, ..., in which P first played C"
	for b := pi - 1; b >= 1 && b > pi-4; b-- {
		if p.w(b) == "which" && p.w(b-1) == "in" {
			for f := b - 2; f >= 0; f-- {
				if m := p.mm(f); m != nil && m.typ == kg.Film {
					film = mArg(f)
					break
				}
			}
			break
		}
	}
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(pi), obj: film, char: mArg(k)})
	p.memberAfter(k, k+1)
}

// playedBy handles "C, played by P" and "C, voiced by P": the character is
// the name just before the comma (or before an appositive).
func (p *pctx) playedBy(i int) {
	// "played by Belgian actor P", "played by newcomer P": the name after
	// the describing words
	q := i + 2
	if p.isM(q) {
		// "Belgian actor P": a capitalised adjective and a job noun
		if j := q + 1; p.in(j, leadNouns) && p.isM(j+1) {
			q = j + 1
		} else {
			q = p.pastModifier(q)
		}
	} else if n := p.nameAfterDescriptors(q, 2); n > q && p.in(n-1, leadNouns) {
		q = n
	}
	if !p.isM(q) || !p.personish(q) {
		return
	}
	if !p.isPersonLike(q) && p.mm(q).words < 2 {
		return
	}
	c := i - 2
	if (p.w(i-1) == "was" || p.w(i-1) == "is") && p.w(i-2) == "who" && p.w(i-3) == "," {
		// "C, who was played by P", "the young warrior, who was played by P in F"
		c = i - 4
		if !p.isM(c) {
			c = -1
		}
	} else if (p.w(i-1) == "was" || p.w(i-1) == "is") && p.w(i-2) == "," {
		// "C, the ruthless veteran D, is played by P": the name that closes
		// the appositive before the copula
		c = -1
		for k := i - 3; k >= 0 && k > i-12; k-- {
			if p.isM(k) {
				if pt := p.priorType(k); pt == "" || pt == kg.Character {
					c = k
				}
				break
			}
			if w := p.w(k); w == "," || w == "." || w == ";" || w == "(" {
				break
			}
		}
		if c < 0 {
			return
		}
	} else if p.w(i-1) != "," {
		return
	}
	if c >= 0 && !p.isM(c) {
		// "Princess Sevrine, daughter of the Emperor, played by": the nearest name
		for c = i - 2; c >= 0 && c > i-8 && !p.isM(c); c-- {
		}
	}
	cm := p.mm(c)
	if cm == nil && p.w(q+1) == "in" && p.isM(q+2) && p.isPersonLike(q) {
		// "the young warrior, who was played by P in F"
		if f, _, ok := p.filmRef(q+2, 2); ok {
			p.typ(q, kg.Person, 3)
			p.claim(pclaim{rel: kg.ActedIn, subj: mArg(q), obj: f})
		}
		return
	}
	if cm == nil || cm.quoted || cm.typ == kg.Film || cm.typ == kg.Organisation && cm.strength >= 2 || cm.typ == kg.Person && cm.strength >= 3 || cm.typ == kg.Franchise {
		return
	}
	p.typ(q, kg.Person, 3)
	cm.setType(kg.Character, 3)
	p.claim(pclaim{rel: kg.ActedIn, subj: mArg(q), obj: p.topicFilm(q + 1), char: mArg(c)})
}

// Word sets used by the patterns above.
var setRelations_0 = setOf("a", "an", "the")
var setRelations_1 = setOf("a", "an", "the")
var setRelations_2 = setOf("follows", "following", "stars", "features", "on", "centers", "centres", "introduces")
var setRelations_3 = setOf("executive", "co", "co-", "lead")
var setRelations_4 = setOf("screenplay", "script", "writing", "film", "movie", "director's", "director", "score", "music", "project", "story")
var setRelations_5 = setOf("release", "date", "premiere", "theaters", "theatres", "cinemas")
var setRelations_6 = setOf("are", "is", "includes", "include", "included", "also", ":", "features", "comprises")
var setRelations_7 = setOf("are", "is", "includes", "include", "included", "also", ":", "features", "comprises")
var setRelations_8 = setOf("executive", "co", "lead", "the", "a", "an", "one", "of", "its", "film", "movie", "series", "show", "season", "'s")
var setRelations_9 = setOf("the", "a", "strict", "yet", "maternal", "mysterious", "enigmatic", "ruthless", "powerful", "infamous", "legendary", "new", "former", "current")
var setRelations_10 = setOf("a", "the", "young", "younger", "old", "older", "teenage", "adult", "new")
var setRelations_11 = setOf("he", "she", "they")
var setRelations_12 = setOf("script", "screenplay", "teleplay", "story", "scripts")
var setRelations_13 = setOf("is", "was", "will", "be", "being", "been", "has", "also", "now", "and", "were", "are", "have", "had")
var pluralFilmNouns = setOf("films", "movies", "sequels", "prequels", "installments", "instalments", "entries", "pictures", "features")
var setRelations_14 = setOf("his", "her", "their")
var setRelations_15 = setOf("from", "the", "a")
var setRelations_16 = setOf("also", "now", "will", "who", "first", "previously", "once", "again", "is", "was", "reportedly", "originally",
	"tapped", "hired", "cast", "signed", "chosen", "picked", "brought", "on", "board", "attached", "returning", "returns", "back", "here",
	"set", "to", "going", "expected", "has", "had", "been", "would", "later", "then", "still", "currently")
var setRelations_17 = setOf("a", "an", "the", "young", "younger", "older", "old", "teenage", "new", "role", "of", "villain", "hero", "iconic", "legendary", "mysterious", "character")

// Word sets used inside the functions above (package level, so that no
// map is built per call).
var setRelations_18 = setOf("plays", "played", "portrays", "voices", "stars", "starred", "co-stars", "directs", "directed", "wrote", "co-wrote")
var setRelations_19 = setOf("season", "seasons", "episode", "episodes", "finale")
var setRelations_20 = setOf("season", "seasons")
var setRelations_21 = setOf("animated", "anime", "live-action", "fantasy", "drama", "action", "comedy", "horror", "sci-fi", "superhero", "american", "british")
var setRelations_22 = setOf("with", "alongside", "besides", "like", "beside")
var setRelations_23 = setOf("film", "movie", "installment", "instalment", "entry", "chapter")
var setRelations_24 = setOf("every", "each", "all", "other", "earlier", "previous", "both")
var setRelations_25 = setOf("back", "returning", "reprising", "again", "once")
var setRelations_26 = setOf("ever", "always", "usual", "before")
var setRelations_27 = setOf("if", "though")
var setRelations_28 = setOf("a", "an", "the", "its", "lead", "head")
var setRelations_29 = setOf("alongside", "with", "and", ",", ".", ";", "", "on", "for", "again")
var setRelations_30 = setOf("alongside", "with")
var setRelations_31 = setOf("starring", "featuring", "co-starring")
var setRelations_32 = setOf("plays", "played", "portrays", "portrayed", "voices", "voiced")
var setRelations_33 = setOf("by", "starring", "stars", "featuring", "features", "with", "alongside", "including", "cast", "includes", ":")
var setRelations_34 = setOf("behind", "of", "in", "for", "from", "with", "on", "like", "than", "to", "about")
var setRelations_35 = setOf("the", "a", "an")
var setRelations_37 = setOf("score", "music", "soundtrack", "songs")
var setRelations_38 = setOf("with", "alongside")
var setRelations_39 = setOf("opens", "open", "opened", "released", "releases", "release", "arrives", "hits", "distributed", "bows")
var setRelations_40 = setOf("is", "are", "was", "were")
var setRelations_41 = setOf("the", "a")
var setRelations_42 = setOf("takes", "take", "took", "taking", "plays", "play", "played", "playing", "steps", "stepped", "inherits", "assumes", "shares", "voices")
var setRelations_43 = setOf("sequel", "film", "movie", "follow-up", "prequel")
var setRelations_44 = setOf("also", "later", "then", "has", "had", "once", "co")
var setRelations_45 = setOf("the", "a", "an", "his", "her", "their")
var setRelations_46 = setOf("writer", "screenwriter")
var castVerbsNear = setOf("star", "stars", "starring", "co-star", "co-stars", "play", "plays", "playing", "cast", "appear", "appears", "starred", "starring", "co-starred", "appeared", "appearing", "played")
var memberAdverbs = setOf("now", "also", "later", "eventually", "then", "still")
var futureCastAux = setOf("to", "will", "would", "also")
var releaseRegionWords = setOf("in", "the", "internationally", "domestically", "overseas", "worldwide", "abroad")
var secondVerbAux = setOf("will", "also", "would", "is", "has")

// personOfArticle reports whether the mention at item i names a person
// typed earlier in the article: the same name, or the surname of an
// earlier full name typed a person ("Morgan Strand ... Strand himself").
func (p *pctx) personOfArticle(i int) bool {
	m := p.mm(i)
	if m == nil {
		return false
	}
	if m.typ == kg.Person || p.priorType(i) == kg.Person {
		return true
	}
	if m.words != 1 {
		return false
	}
	for k := p.mi(i) - 1; k >= 0; k-- {
		if o := &p.a.ments[k]; o.typ == kg.Person && o.words >= 2 && lowerLast(o.text) == m.key {
			return true
		}
	}
	return false
}

// ownerCompanyAt returns the item of the company an owner's company
// phrase at item k names ("his company O", "their banner, O", "P's
// company, O", "P's own company, O", "A and B's production company O"),
// or -1: an owner (a possessive pronoun, a name and "'s", or two names
// joined by "and" and "'s"), the company nouns (after an optional "own"),
// an optional comma, then a name that is no person or character.
func (p *pctx) ownerCompanyAt(k int) int {
	switch {
	case p.in(k, possessivePronouns):
		k++
	case p.isM(k) && (p.w(k+1) == "'s" || p.w(k+1) == "'"):
		k += 2
	case p.isM(k) && p.w(k+1) == "and" && p.isM(k+2) && (p.w(k+3) == "'s" || p.w(k+3) == "'"):
		k += 4
	default:
		return -1
	}
	k = p.ownerNounsEnd(k)
	if k < 0 {
		return -1
	}
	if p.w(k) == "," {
		k++
	}
	m := p.mm(k)
	if m == nil || m.quoted || m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Film && m.strength >= 2 {
		return -1
	}
	return k
}

// ownerNounsEnd returns the item after the company nouns of an owner's
// company phrase that start at item k ("company", "own company",
// "production company"), or -1 when no company noun stands there.
func (p *pctx) ownerNounsEnd(k int) int {
	if p.w(k) == "own" {
		k++
	}
	if !p.in(k, companyNouns) || p.isM(k) {
		return -1
	}
	k++
	if p.in(k, companyNouns) && !p.isM(k) {
		k++ // "production company"
	}
	return k
}

// companyNounAppositive returns the item of the company noun of an appositive
// ", the company ..." at item k or just before it (a list reader may have
// taken ", the"), or -1.
func (p *pctx) companyNounAppositive(k int) int {
	switch {
	case p.w(k) == "the" && p.w(k-1) == "," && p.in(k+1, companyNouns) && !p.isM(k+1):
		return k + 1
	case p.in(k, companyNouns) && !p.isM(k) && p.w(k-1) == "the" && p.w(k-2) == ",":
		return k
	}
	return -1
}

// ownerPhraseStart returns the first item of an owner's company phrase
// before the company at item i ("his company, O", "P's company, O"), or i
// when none stands there.
func (p *pctx) ownerPhraseStart(i int) int {
	if p.w(i-1) != "," || !p.in(i-2, companyNouns) || p.isM(i-2) {
		return i
	}
	k := i - 3
	if p.in(k, companyNouns) && !p.isM(k) {
		k-- // "P's production company, O"
	}
	if p.w(k) == "own" {
		k-- // "P's own company, O"
	}
	switch {
	case p.in(k, possessivePronouns):
		return k
	case p.w(k) == "'s" && p.isM(k-1):
		if p.w(k-2) == "and" && p.isM(k-3) {
			return k - 3 // "A and B's company, O"
		}
		return k - 1
	}
	return i
}

// coProducingOrgs credits the companies listed before the company at
// item i, the subject of a produce verb, with the same film: "O1 and O2
// produced the film", "O1, O2 and O3 produced it", "P's company, O1,
// and Q's company, O2, produced it". Every name of the list must read as
// a company; a person or a character ends it.
func (p *pctx) coProducingOrgs(i int, film arg) {
	p.coCreditedOrgs(i, kg.Produced, film)
}

// coCreditedOrgs credits the companies listed before the company at item
// i, the subject of a verb giving rel, with rel on the same film, as
// coProducingOrgs does for a produce verb ("O1 and O2 released the film").
func (p *pctx) coCreditedOrgs(i int, rel kg.RelType, film arg) {
	b := i
	for n := 0; n < 6; n++ {
		s := p.ownerPhraseStart(b)
		k := s - 1
		switch p.w(k) {
		case "and":
			k--
			if p.w(k) == "," {
				k--
			}
		case ",":
			k--
		default:
			return
		}
		if p.w(k) == "," && p.ownerPhraseStart(k-1) < k-1 {
			k-- // "P's company, O1, and ...": the appositive's closing comma
		}
		m := p.mm(k)
		if m == nil || m.quoted || m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Film ||
			!(m.typ == kg.Organisation && m.strength >= 2 || orgish(m) || p.priorType(k) == kg.Organisation || m.typ == "" && p.ownerPhraseStart(k) < k) {
			return
		}
		m.setRealOrg()
		p.claim(pclaim{rel: rel, subj: mArg(k), obj: film})
		b = k
	}
}

// acronymLed reports whether the name at item n is two or three words led
// by an acronym of two to four capitals ("produced by XYZ Signature"): a
// company's name, since a person's initials take dots.
func (p *pctx) acronymLed(n int) bool {
	m := p.mm(n)
	if m == nil || m.words < 2 || m.words > 3 || m.typ == kg.Person || m.typ == kg.Character {
		return false
	}
	return isAcronymTok(&p.a.toks[m.a]) && !isAcronymTok(&p.a.toks[m.a+1])
}

// parentPossessor reports whether the possessive at item i owns a title
// followed by a sequel, prequel or spin-off noun ("F's C prequel", "F's C
// spin-off"): the possessor is the production the title continues, not a
// maker, unless the article has typed it a person or it opens with a
// given name.
func (p *pctx) parentPossessor(i int) bool {
	if !p.isM(i+2) || p.isM(i+3) || !spinNoun(p.w(i+3)) || strings.HasSuffix(p.w(i+3), "s") {
		return false
	}
	m, c := p.mm(i), p.mm(i+2)
	if m.typ == kg.Person || m.typ == kg.Character || m.typ == kg.Organisation || givenNameShaped(m) || pcType(p.priorType(i)) {
		return false
	}
	return c.typ == "" || c.typ == kg.Film
}

// orgPartner reports whether the name at item n, not led by a given name,
// is joined by "and" to a name typed an organisation or ending in a
// company word ("produced by Quill Lantern and Harbor Pictures",
// "Harbor Pictures and Quill Lantern"): a company's partner in a list of
// producers is a company.
func (p *pctx) orgPartner(n int) bool {
	m := p.mm(n)
	if m == nil || m.typ == kg.Person || m.quoted || givenNameShaped(m) || p.a.isSubjectPerson(m) {
		return false
	}
	var o int
	switch {
	case p.w(n+1) == "and" && p.isM(n+2):
		o = n + 2
	case p.w(n-1) == "and" && p.isM(n-2):
		o = n - 2
	default:
		return false
	}
	om := p.mm(o)
	if strings.Contains(om.key, " of ") {
		return false // ("P and Q of O": a partner named with the company)
	}
	return om.typ == kg.Organisation && om.strength >= 2 || om.typ == "" && inLower(realOrgWords, strings.TrimSuffix(lastWord(om.text), ".")) && om.words >= 2
}
