package loaders

import (
	"fmt"
	"math"
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// Anaphors a claim argument can stand for.
const (
	anaNone      uint8 = iota
	anaFilm            // "the film", "the movie", "the spin-off": the article's subject film
	anaSeries          // "the series": the article's series
	anaFranchise       // "the franchise": the article's franchise
	anaCharOf          // "her role": the character played by the person in mention `of`
)

// arg is one end of a claim: a mention or an anaphor.
type arg struct {
	m   int32 // mention, or -1 (while patterns run: the item of the sentence)
	ana uint8
	n   uint8 // for anaAllFilms: the films the phrase counts ("all three films": 3), 0 when it counts none; for anaFilm: implicitMark when focusFilm filled the slot with its default (focus_implicit.go)
	of  int32 // for anaCharOf: the person's mention (while patterns run: item)
	abs bool  // m and of are mention indexes already
}

var noArg = arg{m: -1, of: -1}

func mArg(m int) arg      { return arg{m: int32(m), of: -1} }
func anaArg(a uint8) arg  { return arg{m: -1, ana: a, of: -1} }
func charOf(p int) arg    { return arg{m: -1, ana: anaCharOf, of: int32(p)} }
func (x arg) valid() bool { return x.m >= 0 || x.ana != anaNone }

// pclaim is a claim as a pattern finds it, before mentions are resolved to
// entities.
type pclaim struct {
	rel          kg.RelType
	subj, obj    arg
	char         arg    // ACTED_IN: the character
	role, job    string // MEMBER_OF role, WORKED_ON job
	prop, val    string // property claims (no rel)
	precision    string
	asOf         string
	sent         int32
	needSubjCh   bool // the subject counts only if it is a character somewhere
	orgIfUnknown bool // a one-word subject nobody in the article is called: a company
}

// article holds the working state of one article's extraction.
type article struct {
	in        *Input
	bufs      *articleBufs    // recycled arrays (speed_pool.go)
	bufs2     *articleBufs2   // more recycled arrays (speed_s2_pool.go)
	withdrawn map[string]bool // withdrawnNames, read on first use
	text      string
	body      int
	toks      []token
	sents     []sentence
	ments     []mention
	claims    []pclaim
	items     []item
	pc        pctx                // the pattern context of the sentence at hand (setPctx)
	tokArena  strArena            // the tokens' lower-cased words (speed_s24_arena.go)
	textArena strArena            // the mentions' texts and keys
	mentBlock []int               // the rest of the block entities' first mentions are cut from (mentionList)
	formBuf   []formCount         // countForms' working array
	props     []lprop             // the rest of the block property claims are cut from (newProp)
	done      map[string][]pclaim // clauseFallback's, reused sentence to sentence
	doneBuf   []pclaim            // the first claim of each key of done, reused sentence to sentence
	warn      []Reject
	scratch   []token
	learned   bool           // Options.LearnedCredits: run learnCredits after the rules
	lclaims   *lclaimScratch // the array emitLocal's claims are built on (speed_s21_claims.go)

	// local resolution
	ents        []lent
	subjectFilm int32
	seriesFilm  int32
	franchise   int32
	// spin statements of the previous sentence (for "also" and "next in line")
	prevSpin spinInfo
	// "P's C" pairs decided once the whole article is typed
	possCast []possCast
	// token spans (first, end) of the headline's quoted titles, matched
	// again in the body where a title opens with a function word ("How to
	// Tame Your Griffin 2")
	headSpans [][2]int32
	// keys of the headline's quoted titles
	headKeys map[string]bool
	// key of the person a career piece is about (subjectPronouns), or ""
	subjPersonKey string
	subjMention   int // a mention (by name) of that person
	// the article runs through the productions of that person's career
	// (decideCareer): pronoun mentions, parts and production anaphors apply
	career bool
	// company mentions read as the owner of a production's title ("in
	// O's F"), to the title's mention (productionAt)
	ownedFilm map[int32]int32
	// first and last words of personal names (companyShaped), built once
	nameWords map[string]bool
}

// spinInfo remembers a spin-off statement of a sentence.
type spinInfo struct {
	sent   int32
	parent arg
	plural bool
	ok     bool
}

// newArticle tokenises and splits in, ready for mention finding.
func newArticle(in *Input) *article {
	a := &article{in: in, text: in.Text, subjectFilm: -1, seriesFilm: -1, franchise: -1}
	a.body = bodyStart(in.Text)
	a.toks = tokenizeIn(a.text, a.body, a.bufToks(len(a.text)/5+8), &a.tokArena)
	a.sents = splitSentences(a.text, a.toks, a.bufSents(len(a.toks)/18+4))
	a.ments = a.bufMents(len(a.toks)/8 + 4) // (sized once: growing it was a tenth of the allocation)
	a.claims = a.bufClaims()
	forced := 0
	for _, s := range a.sents {
		if s.forced {
			forced++
		}
	}
	if forced > 0 {
		a.warn = append(a.warn, Reject{a.in.Article.Path, fmt.Sprintf("%d over-long sentences without a full stop were cut into pieces of %d tokens", forced, maxSentenceTokens)})
	}
	return a
}

// defaultTitles types as films the names that nothing typed and that read
// like titles: three or more words with a lower-case "the", "and", "for"
// or "a" inside ("Temple of the Silver Idol") or two capitalised
// function words or pronouns ("Now You Hear Us"), when some mention of
// the same name is not a name of a body ("the Order of the Phoenix").
func (a *article) defaultTitles() {
	// the keys typed before this pass, gathered only when some untyped
	// name of three or more words could be a title (most articles have
	// none)
	var typed map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ == "" && m.words >= 3 && !m.allCaps && !m.quoted {
			typed = map[string]bool{}
			break
		}
	}
	if typed != nil {
		for mi := range a.ments {
			if a.ments[mi].typ != "" {
				typed[a.ments[mi].key] = true
			}
		}
		for mi := range a.ments {
			m := &a.ments[mi]
			if m.typ == "" && (m.titleWords || a.commonWordsInside(m) >= 2) && m.words >= 3 && !typed[m.key] && !m.allCaps && !m.quoted && !a.epithetName(m) && !a.givenEpithetName(m) {
				m.setType(kg.Film, 1)
			}
		}
	}
	a.headlineTitles()
	a.headlineFallback()
	a.keepOpeningThe()
	a.parallelTitles()
	a.oneCompanySense()
}

// oneCompanySense gives the company type to every mention of a name that
// a strong cue types a real company somewhere in the article (not an
// in-world body: "Viper Fang" is a dojo and a series) ("Netflix", "Prime
// Video" as a streamer) where a weaker cue typed it a film, franchise or
// person ("Netflix's Paperwings", "the HBO series"): one name, one sense
// in one article. A claim that then links a company where a film belongs
// is dropped when the claims are checked.
func (a *article) oneCompanySense() {
	var orgs map[string]bool
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Organisation && m.strength >= 3 && m.key != "" && m.world == kg.WorldReal {
			if orgs == nil {
				orgs = map[string]bool{}
			}
			orgs[m.key] = true
		}
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if orgs[m.key] && (m.typ == kg.Film || m.typ == kg.Franchise || m.typ == kg.Person) && m.strength <= 2 {
			m.typ, m.strength = kg.Organisation, 3
			if m.world == "" {
				m.world = kg.WorldReal
			}
		}
	}
}

// parallelTitles types as a film the second of two names written in the
// same shape, "the" and describing words before each, when the first is a
// film: "the animated anthology The Lads Presents: Infernal and the
// college-set Class V". Personal names led by a given name are left alone.
func (a *article) parallelTitles() {
	for mi := 0; mi+1 < len(a.ments); mi++ {
		l, r := &a.ments[mi], &a.ments[mi+1]
		if l.sent != r.sent || l.typ != kg.Film || l.strength < 2 || r.typ != "" || r.personShaped() && givenFirst(r.text) {
			continue
		}
		e := int(l.b)
		if e+2 >= int(r.a) || a.toks[e].lower != "and" || a.toks[e+1].lower != "the" || !a.describedAfterThe(e+1, int(r.a)) {
			continue
		}
		la := int(l.a) - 1
		if l.the {
			la--
		}
		for la >= 0 && a.toks[la].kind == kWord && !a.toks[la].cap && a.toks[la].lower != "the" && la > int(l.a)-5 {
			la--
		}
		if la >= 0 && a.toks[la].lower == "the" && la < int(l.a)-1 {
			r.setType(kg.Film, 2)
		}
	}
}

// describedAfterThe reports whether the tokens after "the" at token t, up
// to token end, are one to three lower-case describing words.
func (a *article) describedAfterThe(t, end int) bool {
	n := end - t - 1
	if n < 1 || n > 3 {
		return false
	}
	for k := t + 1; k < end; k++ {
		if a.toks[k].kind != kWord || a.toks[k].cap {
			return false
		}
	}
	return true
}

// commonWordsInside counts the capitalised pronouns and function words of
// mention m (titlePronouns) ("Now You Hear Us", "You Broke My Teapot"): two or more make a
// title of a run that nothing typed.
func (a *article) commonWordsInside(m *mention) int {
	n := 0
	for k := m.a; k < m.b; k++ {
		if t := &a.toks[k]; t.kind == kWord && titlePronouns[t.lower] {
			n++
		}
	}
	return n
}

// titlePronouns are pronouns and function words that no personal or
// company name holds but titles do ("Now You Hear Us", "You Broke My
// Teapot", "What We Keep in the Attic").
var titlePronouns = setOf("i", "me", "my", "you", "your", "we", "us", "our", "it", "its", "they", "them", "their",
	"what", "who", "how", "when", "where", "why", "not", "now", "this", "that", "do", "did", "see", "never", "ever")

// epithetName reports whether mention m is a name and its epithet ("Grummox
// the Vast", "Borka the Slug": three words, "the" in the middle) whose
// first word some other mention of the article types a character or a
// person, or names one ("Borka, who ..."): a character's full name, not a
// title.
func (a *article) epithetName(m *mention) bool {
	if m.words != 3 || int(m.b-m.a) != 3 || a.toks[m.a+1].lower != "the" {
		return false
	}
	first := a.toks[m.a].lower
	for k := range a.ments {
		if o := &a.ments[k]; o.words == 1 && o.key == first && (o.typ == kg.Character || o.typ == kg.Person || o.typ == "" && a.nameSubject(o)) {
			return true
		}
	}
	return false
}

// nameSubject reports whether the one-word mention o opens its sentence
// and a relative "who" follows it ("Borka, who was first seen as a baby
// ..."): a being, not a title.
func (a *article) nameSubject(o *mention) bool {
	s := &a.sents[o.sent]
	e := int(o.b)
	return int(o.a) == s.a && e+1 < s.b && a.toks[e].text == "," && a.toks[e+1].lower == "who"
}

// headlineFallback types as a film the headline's quoted name when nothing
// in the article is typed a film at all but the body speaks of one ("the
// film", "the series", a cast or crew claim with no named film): the
// quoted name is then the only candidate for the article's subject.
func (a *article) headlineFallback() {
	for mi := range a.ments {
		if a.ments[mi].typ == kg.Film {
			return
		}
	}
	anaphor := false
	for i := range a.claims {
		if a.claims[i].obj.ana == anaFilm || a.claims[i].obj.ana == anaSeries {
			anaphor = true
			break
		}
	}
	if !anaphor {
		return
	}
	key := ""
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.head && m.quoted && m.typ == "" && m.words <= 8 && !inLower(commonWords, firstWord(m.text)) {
			if key != "" && key != m.key {
				return // two quoted names: no guess
			}
			key = m.key
		}
	}
	if key == "" {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; m.key == key && (m.typ == "" || m.strength < 2) {
			m.typ, m.strength = kg.Film, 1
		}
	}
}

// keepOpeningThe gives a film title that opens a sentence with "The" its
// "The" back when the article writes the same title, or its base before a
// sequel number, with "The" inside a sentence ("2016's The Auditor" ...
// "The Auditor 2, an Amazon MGM Studios release, came in third").
func (a *article) keepOpeningThe() {
	var withThe []string
	for mi := range a.ments {
		if m := &a.ments[mi]; m.the && m.typ == kg.Film {
			withThe = append(withThe, m.key)
		}
	}
	if len(withThe) == 0 {
		return
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if !m.theOpen || m.the || m.typ != kg.Film {
			continue
		}
		for _, k := range withThe {
			if m.key == k || hasPrefixBefore(m.key, k, " ") {
				m.the = true
				break
			}
		}
	}
}

// headlineTitles types as films the quoted spans of the headline that are
// title-shaped: with a colon, a number or a Roman numeral at the end, or
// named in the body too ("'The Lattice'") unless the body types that name
// as something else; untyped body mentions of the same name follow. The
// headline's title is usually the article's subject. It first settles the
// film types the patterns leave to the whole article: the bases of "a X
// sequel" (sequelBaseFilms), titles ending in "Movie" and their bases
// (typeMovieBases) and institutions' names (untypeInstitutionNames).
func (a *article) headlineTitles() {
	a.sequelBaseFilms()
	a.typeMovieBases()
	a.untypeInstitutionNames()
	var heads map[string]bool
	for mi := range a.ments {
		m := &a.ments[mi]
		if !m.head || m.typ != "" || !m.quoted || m.words > 8 || a.quoteOnlySpeech(mi) {
			continue
		}
		ok := m.colon || m.digit || romanOrNumber(strings.ToLower(lastWord(m.text))) != "" && m.words >= 2
		other, otherStrong, film := false, false, false
		for k := range a.ments {
			o := &a.ments[k]
			if k == mi || o.key != m.key {
				continue
			}
			if o.typ != "" && o.typ != kg.Film && o.strength >= 2 {
				other = true
				otherStrong = otherStrong || o.strength >= 3
			}
			if o.typ == kg.Film && o.strength >= 2 && !a.sents[o.sent].titleCase {
				film = true
			}
			if !a.sents[o.sent].titleCase || o.head && o.typ == kg.Film {
				ok = true
			}
		}
		if other && !otherStrong && (film || m.words >= 2) {
			// "'Crane Ascending' Adds ...", then "in Crane Ascending" and
			// "Crane Ascending tells the origin story": the headline's
			// quoted title, which the body reads as a film or which
			// has two words or more, is one everywhere; only a strong
			// cue keeps another type ("Lena Park's Iron Creek" as a
			// character yields)
			for k := range a.ments {
				if o := &a.ments[k]; o.key == m.key && o.typ != kg.Film && o.strength <= 2 {
					o.typ, o.strength = kg.Film, 2
				}
			}
			other = false
		}
		if !ok && !other && m.words <= 5 && !inLower(commonWords, firstWord(m.text)) && a.headOnlyQuote(mi) && a.bodyFilmAnaphor() {
			// "Review: 'Gravelmouth Gravelmouth' Is ...", then "the film",
			// "the sequel": the headline's only quoted name is the film the
			// body speaks of
			ok = true
		}
		if ok && !other {
			m.setType(kg.Film, 2)
			if heads == nil {
				heads = map[string]bool{}
			}
			heads[m.key] = true
		}
	}
	if heads == nil {
		return
	}
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == "" && heads[m.key] {
			m.setType(kg.Film, 1)
		}
	}
}

// headOnlyQuote reports whether headline mention mi is the headline's only
// quoted name and no longer name of the article starts with it.
func (a *article) headOnlyQuote(mi int) bool {
	key := a.ments[mi].key
	for k := range a.ments {
		if k != mi && a.ments[k].head && a.ments[k].sent == a.ments[mi].sent {
			return false
		}
		// "Before 'Kingdom'" and "Kingdom of the Valley of the Owls": a short form
		if o := a.ments[k].key; len(o) > len(key) && hasPrefixBefore(o, key, " ") {
			return false
		}
	}
	return true
}

// bodyFilmAnaphor reports whether the body refers to a film by a definite
// noun phrase ("the film", "the sequel", "the movie") with no name after it.
func (a *article) bodyFilmAnaphor() bool {
	for i := range a.toks {
		t := &a.toks[i]
		if t.lower != "the" || int(t.start) < a.body || i+1 >= len(a.toks) {
			continue
		}
		n := &a.toks[i+1]
		if n.lower == "film" || n.lower == "movie" || n.lower == "sequel" || n.lower == "picture" {
			if i+2 >= len(a.toks) || !a.toks[i+2].cap || weekdays[a.toks[i+2].lower] || months[a.toks[i+2].lower] != 0 {
				return true
			}
		}
	}
	return false
}

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// source returns the source of sentence si (offsets of the sentence).
func (a *article) source(si int32) kg.Source {
	s := &a.sents[si]
	return kg.Source{Article: a.in.Article.ID, Sentence: int(si), Start: s.start, End: s.end,
		Quote: a.text[s.start:s.end], Date: a.in.Article.Date}
}

// learnedSource is source(si) marked as found by the learned credit
// classifier (kg.MethodLearned), with the model's probability for its
// margin: the logistic of the margin, rounded to two decimals so that the
// outputs stay short and stable.
func (a *article) learnedSource(si int32, margin float32) kg.Source {
	s := a.source(si)
	s.Method = kg.MethodLearned
	s.Confidence = math.Round(100/(1+math.Exp(-float64(margin)))) / 100
	return s
}

// mentionSource returns the source of mention mi (offsets of the mention).
func (a *article) mentionSource(mi int) kg.Source {
	m := &a.ments[mi]
	s := &a.sents[m.sent]
	return kg.Source{Article: a.in.Article.ID, Sentence: int(m.sent), Start: int(m.start), End: int(m.end),
		Quote: a.text[s.start:s.end], Date: a.in.Article.Date}
}

// run performs the per-article steps: mentions, patterns, local resolution.
func (a *article) run() *localResult {
	for si := range a.sents {
		a.findMentions(si)
	}
	a.trimCompoundLeads() // "the Spanish-language X" (title_compoundlead.go)
	a.markOfTitles()      // "Harbour of Moths" (title_ofshape.go)
	a.joinSubtitles()
	a.trimBasedPrefixes()
	a.trimColonPrefixes() // "Netflix: Title", "Ratings: Title" (title_colonrubric.go)
	a.dropFamilyPlurals()
	a.dropInstalmentLabels() // "Part 2", "Volume 1" alone (title_instalment.go)
	a.courtesyNames()
	a.subjectPronouns()
	a.typeChartFilms()
	a.typePlatforms()
	a.typeCompanies()
	a.typeYearTitles()
	a.typeForeignGlossTitles() // "F (Título original, 2019)" (title_foreigngloss.go)
	a.typeKindTitles()
	a.typeWorkKindTitles() // "his short X", "the animated X" (title_kindwords.go)
	a.typeAppositiveTitles()
	a.typePersonShapedAppositiveTitles() // "Tam Lucky, a heist comedy about ..." (title_personappositive.go)
	a.typeDescribedTitles()              // appositives with a year or a maker, "which P directed" (title_described.go)
	a.typeSeasonTitles()
	a.typeKindPairs()
	a.typeTitleWorkers()
	a.typeTopicFilms()
	a.typeCreditObjects()
	a.retypeCreditedOrgTitles()
	a.retypeInWhichTitles()
	a.typeWithCastTitles() // "X, with P as C" (title_withcast.go)
	a.typeContextTitles()  // the last typing pass before the patterns: names before a star noun or after "went on to make" (title_ctx.go)
	a.interviewPronouns()
	a.joinTypedHalves() // a film and an untyped name cut from one title (title_late_halves.go)
	a.joinFilmHeads()   // an untyped head and the film after it (title_headhalves.go)
	a.slotMononyms()    // one-word names in an actor's slot, for the cast patterns (person_mononym_slots.go)
	for si := range a.sents {
		if !a.sents[si].titleCase {
			a.patterns(si)
		} else if a.labelLine(si) {
			a.labelPctx(si).crewBlock() // "Director: Alan Smithee" reads as title case
		}
	}
	for si := 0; si < len(a.sents) && si < 3; si++ {
		if a.sents[si].titleCase && a.obituaryLine(si) {
			// "P, Role of 'F', Dies at 84", read once the body typed its
			// titles (cast_obituaryheadline.go)
			a.sentencePctx(si).obituaryHeadline()
		}
	}
	a.decidePossessiveCast()
	a.givenNamePersons()
	a.typeCapitalTheTitles() // what the patterns left untyped
	a.clearDemonyms()
	a.decideCareer()
	a.careerRoles()
	a.defaultTitles()
	a.careerFilms()
	a.possessorParts()
	a.typeParenWorks()      // "P (F, G)": the works after a maker's name (title_parenworks.go)
	a.lateRoleFilms()       // names still untyped where a work stands (title_late.go)
	a.typeContextTitles()   // again: names whose person reading a later pass withdrew ("his X castmate")
	a.lateFilmHeads()       // an untyped head and the film after it, typed late (title_headhalves.go)
	a.franchiseTheOpeners() // "The X universe" opening a sentence keeps its "The" (franchise_thename.go)
	a.resolveLocal()
	a.nearFilms()
	r := a.emitLocal()
	a.titleRoleChars(r) // the part a title-role credit names (character_titlerole.go)
	a.learnCredits(r)
	r.claims = keepClaims(r.claims, a.lclaims)
	a.lclaims = nil
	return r
}
