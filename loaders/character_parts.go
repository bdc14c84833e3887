package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// namedThingNouns before "named"/"called" make the name a title, a place
// or a thing, not a character ("a film called F", "a boat named O").
var namedThingNouns = setOf("film", "films", "movie", "movies", "series", "show", "shows", "book", "novel", "song",
	"album", "band", "group", "company", "studio", "firm", "label", "town", "city", "village", "place", "ship",
	"boat", "restaurant", "bar", "club", "hotel", "planet", "island", "project", "production", "podcast", "game",
	"app", "website", "magazine", "newspaper", "documentary", "short", "play", "musical", "episode", "season",
	"franchise", "sequel", "prequel", "spin-off", "spinoff", "remake", "reboot", "comic", "strip", "team", "school",
	"street", "road", "house", "farm", "ranch", "bank", "shop", "store", "brand", "car", "drama", "dramas", "thriller",
	"comedy", "sitcom", "anthology", "miniseries", "feature", "picture", "cartoon", "docuseries", "special", "programme",
	"program", "format", "title", "studios", "outfit", "venture", "startup", "agency", "network", "channel", "streamer",
	"service", "festival", "event", "convention", "character", "characters", "record", "single", "track", "sketch")

// notNamedLeads before "named"/"called" make it a verb of its own ("was
// named CEO", "has been called", "aptly named").
var notNamedLeads = setOf("is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "newly", "recently",
	"also", "just", "aptly", "later", "once", "first", "since", "officially", "formally", "he", "she", "they", "it",
	"who", "which", "that", "and", "or", "to", "not", "never")

// partDeterminers open the describing words of a part ("a fox spirit
// named C", "the engineer C").
var partDeterminers = setOf("a", "an", "the", "his", "her", "their")

// typeNamedParts types as a character the name a described being is
// given with "named" or "called": "a fox spirit named Kitsu", "a
// flamboyant crime boss named Vendrina", "a shopkeeper named Mr. Tolland".
// Before the verb stand a determiner and one to four lower-case describing
// words (acronyms allowed: "a KGB agent named C"), the last a noun that
// names no work, place or thing (namedThingNouns) and no verb of its own
// (notNamedLeads: "was named CEO"). The name is of one to three words,
// typed by no cue or weakly a person, and no possessive follows it. The
// actor the sentence opens with gets the part (namedPartCredit).
func (a *article) typeNamedParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		v := int(m.a) - 1
		typed := m.typ == kg.Character && m.words <= 3 && !m.quoted // by an earlier cue: the credit may still be missing
		if v-2 <= s.a || !weakOrNone(m) && !typed || int(m.b) < s.b && a.toks[m.b].kind == kPoss {
			continue
		}
		if w := a.toks[v].lower; a.toks[v].kind != kWord || w != "named" && w != "called" {
			continue
		}
		if n := &a.toks[v-1]; n.kind != kWord || n.cap || namedThingNouns[n.lower] || workNouns[n.lower] || notNamedLeads[n.lower] ||
			partDeterminers[n.lower] || notPartWords[n.lower] || clauseWords[n.lower] {
			continue
		}
		d := a.partLead(s, v-1, 4)
		if d < 0 {
			continue
		}
		if !typed {
			m.typ, m.strength = kg.Character, 2
		}
		a.namedPartCredit(s, k, d)
	}
}

// namedPartCredit gives the part named at mention k of sentence s, whose
// describing words open at determiner token d, to the person the sentence
// opens with when "as" or a copula stands before d ("P comes in for a few
// episodes as a rival chef named C", "P is a Bulgarian recruit named C"),
// in the film after "in" or the article's production, unless a claim
// already names the part; a pronoun's credit needs the film said (a
// career piece).
func (a *article) namedPartCredit(s *sentence, k, d int) {
	if d-1 <= s.a {
		return
	}
	if w := a.toks[d-1].lower; w != "as" && !copulaParts[w] {
		return
	}
	pk := a.sentenceSubject(s, k)
	if pk < 0 || a.ments[pk].words < 2 && !a.ments[pk].pronoun || a.namesPerson(&a.ments[k]) || a.partOfClaim(k, k+1) {
		return
	}
	film := anaArg(anaFilm)
	if f := a.filmAfterIn(s, k); f >= 0 {
		film = arg{m: int32(f), of: -1, abs: true}
	} else if a.ments[pk].pronoun {
		return
	}
	a.giveActorPart(pk, k, film)
}

// partLead walks back from token last of sentence s over at most max
// describing words (lower-case words that are no preposition, clause word
// or crew noun, or acronyms) and returns the determiner that opens them
// (partDeterminers), or -1 when there is none.
func (a *article) partLead(s *sentence, last, max int) int {
	for t, n := last, 0; t > s.a && n < max; t, n = t-1, n+1 {
		w := &a.toks[t]
		if n > 0 && a.adjectiveJoin(s, t) {
			n-- // "the dim but lovable C": the join counts no word
			continue
		}
		if w.kind != kWord && w.kind != kNum || w.kind == kWord && w.cap && !isAcronymTok(w) && !(demonyms[w.lower] || moreDemonyms[w.lower]) || notPartWords[w.lower] ||
			clauseWords[w.lower] || crewAfterAs[w.lower] || otherJobNouns[w.lower] {
			return -1
		}
		if p := &a.toks[t-1]; p.kind == kWord && !p.cap && partDeterminers[p.lower] {
			return t - 1
		}
	}
	return -1
}

// isAcronymTok reports whether token w is an acronym of two to four
// capitals ("KGB", "FBI").
func isAcronymTok(w *token) bool {
	if len(w.text) < 2 || len(w.text) > 4 {
		return false
	}
	for i := 0; i < len(w.text); i++ {
		if c := w.text[i]; c < 'A' || c > 'Z' {
			return false
		}
	}
	return true
}

// partKinNouns name who a character is to another character ("Mossop's
// father David", "Sayuri's son Kenta", "Warden's partner, Quenna").
var partKinNouns = setOf("father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "uncle",
	"aunt", "nephew", "niece", "cousin", "grandmother", "grandfather", "grandson", "granddaughter", "stepmother",
	"stepfather", "stepson", "stepdaughter", "stepbrother", "stepsister", "girlfriend", "boyfriend", "fiancé",
	"fiancée", "fiance", "fiancee", "partner", "boss", "friend", "mentor", "rival", "nemesis", "sidekick",
	"assistant", "secretary", "lover", "twin", "schoolfriend", "bodyguard", "butler", "maid", "housekeeper",
	"apprentice", "protégé", "protege", "deputy", "lieutenant", "henchman", "ex-wife", "ex-husband", "widow",
	"mom", "dad", "grandma", "grandpa")

// kinNoun reports whether word w is a partKinNoun, after a hyphenated
// lead ("great-great-grandmother", "half-brother").
func kinNoun(w string) bool {
	if partKinNouns[w] {
		return true
	}
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		return partKinNouns[w[i+1:]]
	}
	return false
}

// typeKinParts types as a character the name another character's kin
// noun leads to: "Mossop's father David and brother Harry", "Sayuri's son
// Kenta", "Warden's partner, Quenna", "Anselmo's great-great-grandmother
// Mamá Remedios". The owner is a mention typed a character, or one word of
// a character's name met in the article; between its possessive and the
// kin noun stand at most two lower-case describing words; a comma may
// follow the kin noun. "and" and a kin noun after a part this rule typed
// continue the list. The name is of one to three words, typed by no cue
// or weakly a person, and no possessive follows it. Runs after the
// patterns, when the characters of the article are typed.
func (a *article) typeKinParts() {
	var chars map[string]bool // keys and words of the article's characters, when first needed
	var typed map[int]bool
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if !weakOrNone(m) || k == 0 || a.ments[k-1].sent != m.sent || int(m.b) < s.b && a.toks[m.b].kind == kPoss {
			continue
		}
		t := a.wordBeforeName(s, m)
		if t < 0 || a.toks[t].cap || !kinNoun(a.toks[t].lower) {
			continue
		}
		o := &a.ments[k-1]
		lead := t - 1
		for n := 0; lead > s.a && n < 2 && a.toks[lead].kind == kWord && !a.toks[lead].cap && a.toks[lead].lower != "and" &&
			!notPartWords[a.toks[lead].lower] && !clauseWords[a.toks[lead].lower]; n++ {
			lead--
		}
		switch {
		case a.toks[lead].kind == kPoss && int(o.b) == lead:
			if chars == nil {
				chars = a.characterWords()
			}
			if o.typ != kg.Character && !(weakOrNone(o) && chars[o.key]) {
				continue
			}
		case a.toks[lead].lower == "and" && int(o.b) == lead && typed[k-1]:
		default:
			continue
		}
		if typed == nil {
			typed = map[int]bool{}
		}
		typed[k] = true
		m.typ, m.strength = kg.Character, 2
	}
}

// characterWords returns the keys of the mentions typed characters and,
// for names of two or more words, their first and last words.
func (a *article) characterWords() map[string]bool {
	set := map[string]bool{}
	for i := range a.ments {
		m := &a.ments[i]
		if m.typ != kg.Character {
			continue
		}
		set[m.key] = true
		if sp := strings.IndexByte(m.key, ' '); sp > 0 {
			set[m.key[:sp]] = true
			set[m.key[strings.LastIndexByte(m.key, ' ')+1:]] = true
		}
	}
	return set
}

// realPersonNouns describe a real person of the news, not a part ("the
// filmmaker P", "the British actor P", "the late P").
var realPersonNouns = setOf("actor", "actress", "actors", "star", "co-star", "costar", "director", "filmmaker", "producer",
	"writer", "screenwriter", "novelist", "author", "composer", "musician", "singer", "songwriter", "rapper", "comedian",
	"comic", "host", "presenter", "journalist", "critic", "reporter", "executive", "ceo", "chairman", "chairwoman",
	"founder", "co-founder", "showrunner", "creator", "co-creator", "cinematographer", "editor", "designer", "artist",
	"animator", "playwright", "poet", "photographer", "model", "athlete", "player", "coach", "boxer", "wrestler",
	"dancer", "choreographer", "politician", "manager", "lawyer", "attorney", "spokesperson", "spokesman",
	"spokeswoman", "historian", "scholar", "professor", "auteur", "newcomer", "veteran", "legend", "icon", "late",
	"filmmakers", "duo", "team", "star's", "actor's", "voice", "narrator", "cast", "lead", "stunt", "stuntman",
	"coordinator", "supervisor", "consultant", "chief", "head", "boss", "president", "partner", "wife", "husband",
	"son", "daughter", "father", "mother", "brother", "sister", "friend", "collaborator", "protégé", "protege",
	"mentor", "muse", "colleague", "rival", "winner", "nominee", "honoree", "speaker", "guest", "panelist", "moderator",
	"youtuber", "influencer", "personality", "billionaire", "entrepreneur", "investor", "agent", "manager", "publicist")

// partTitles open a part's name in place of a given name ("the fortune-teller
// Madame Odilette", "the warlord Lord Hoshino Sadamori").
var partTitles = setOf("madame", "madam", "monsieur", "lord", "lady", "count", "countess", "ms", "mr", "mrs", "miss",
	"dr", "professor", "sister", "father", "brother", "mother", "aunt", "uncle", "king", "queen", "prince", "princess")

// describedPartEnds may follow the name of a described part ("the novice
// C in F", "the escape artist C on F", "the preacher C and ...").
var describedPartEnds = setOf("in", "on", "and", "who", "from", "at", "with", "whose", "opposite")

// determinerWords before a name make it no described part ("the wrestlers
// of F", "any Pixar original").
var determinerWords = setOf("of", "any", "some", "every", "each", "all", "this", "that", "these", "those", "no", "another")

// praiseWords are describing words written of real people ("the great
// P", "the legendary P") rather than of parts.
var praiseWords = setOf("great", "legendary", "iconic", "beloved", "acclaimed", "incomparable", "inimitable",
	"talented", "brilliant", "wonderful", "prolific", "celebrated", "famed", "famous", "renowned", "esteemed",
	"veteran", "venerable", "original", "real", "real-life", "same", "other", "first", "new", "former", "current",
	"then", "now", "very", "ever", "multi-hyphenate", "oscar-winning", "emmy-winning", "award-winning", "rising",
	"young", "late", "younger", "older", "returning", "fellow", "only", "two", "three", "both")

// typeTheDescribedParts types as a character the name that "the" and one
// to four describing words lead up to, when the last word names a part
// rather than a real person or a thing: "the engineer Marnie Coyle",
// "the sinister preacher Elias Crowther", "the
// Irish vampire Abel Carrow". The describing words are lower-case (acronyms
// and demonyms allowed), the last is no real person's noun
// (realPersonNouns, crew nouns), no praise word (praiseWords) and no
// work, place or company noun; the name is of one to three words, typed
// by no cue or weakly a person, names no person of the article, is
// followed by no possessive, a punctuation mark or a describedPartEnds
// word ("the bumbling detective P played" is a real actor), and it is of
// two words or more, led by a given name or a partTitles word. Runs after the patterns; keepPersonNames later gives a
// credited person back the person type.
func (a *article) typeTheDescribedParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if !weakOrNone(m) || m.allCaps || m.pronoun || int(m.b) < s.b && a.toks[m.b].kind == kPoss || m.key == "i" || strings.HasPrefix(m.key, "i'") {
			continue
		}
		last := int(m.a) - 1
		if last-1 <= s.a {
			continue
		}
		n := &a.toks[last]
		if n.kind != kWord || n.cap || determinerWords[n.lower] || realPersonNouns[n.lower] || praiseWords[n.lower] || namedThingNouns[n.lower] ||
			workNouns[n.lower] || jobLeadNouns[n.lower] || otherJobNouns[n.lower] || crewAfterAs[n.lower] ||
			partDeterminers[n.lower] || notPartWords[n.lower] || clauseWords[n.lower] || kinNoun(n.lower) ||
			strings.HasSuffix(n.lower, "ed") || strings.HasSuffix(n.lower, "ing") || strings.HasSuffix(n.lower, "ly") {
			continue
		}
		d := a.partLead(s, last, 4)
		if d < 0 || a.toks[d].lower != "the" {
			continue
		}
		if m.words < 2 || m.titleWords || m.quoted || !(givenFirst(m.text) || partTitles[strings.TrimSuffix(lowerFirst(m.text), ".")]) {
			continue
		}
		if e := int(m.b); e < s.b && !(a.toks[e].kind == kPunct && a.toks[e].text != "'s" || describedPartEnds[a.toks[e].lower]) {
			continue // "the bumbling detective P played": a real person
		}
		bad := false
		for t := d + 1; t < last; t++ {
			if w := a.toks[t].lower; praiseWords[w] || realPersonNouns[w] || jobLeadNouns[w] {
				bad = true
			}
		}
		if bad || a.namedAsBefore(s, d) || a.strongPersonName(m) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
	}
}

// namedAsBefore reports whether "as" stands right before token d of
// sentence s with a naming word at most four tokens before it ("better
// known to the town as the columnist C": another name of someone).
func (a *article) namedAsBefore(s *sentence, d int) bool {
	if d-1 <= s.a || a.toks[d-1].lower != "as" {
		return false
	}
	for t := d - 2; t > s.a && t >= d-6; t-- {
		if namingWords[a.toks[t].lower] {
			return true
		}
	}
	return false
}

// strongPersonName reports whether another mention of m's name is typed a
// person by a cue stronger than the default, or m is the last word of a
// personal name typed a person.
func (a *article) strongPersonName(m *mention) bool {
	for i := range a.ments {
		if o := &a.ments[i]; o != m && o.typ == kg.Person && o.strength >= 2 && (o.key == m.key || m.words == 1 && hasSuffixAfter(o.key, " ", m.key)) {
			return true
		}
	}
	return false
}

// shareSurnames gives a lone given name the surname of the personal name
// it is joined to by "and": "the girl's parents, Gil and Marion
// Garlow" names Gil Garlow, "the Vollmers' friends Konrad and Liesl
// Harding" Konrad Harding. Both are given names (the first a name of
// one word, the second of two words); the first stands for nobody else in
// the article (no other mention is that given name alone, none opens with
// it: "Rusty and Zip Starlingham", Rusty met elsewhere, is left alone, and
// none ends with it: "Pell and Ada Brenlow direct", Pell the surname of a
// creator met before), and
// no name or "and" comes right before it ("A, B and C D" lists), and a
// punctuation mark other than a bracket closes the pair ("as Pietro and
// Gus Ferrellby as Gorvin" pairs nothing) or the sentence goes on as
// pairGoesOn allows ("Nils and Bo Starck return", "by Nils and Bo
// Starck in 2010", "Nils and Bo Starck's first film"). It
// returns nothing; the mention's name changes in place.
func (a *article) shareSurnames() {
	for k := 0; k+1 < len(a.ments); k++ {
		m, n := &a.ments[k], &a.ments[k+1]
		e := int(m.b)
		if m.words != 1 || n.words != 2 || n.sent != m.sent || m.quoted || n.quoted || m.allCaps || m.typ != "" && m.typ != kg.Person && m.typ != kg.Character {
			continue
		}
		if e+1 >= len(a.toks) || a.toks[e].lower != "and" || int(n.a) != e+1 || !isGivenName(m.key) || !givenFirst(n.text) || !n.personShaped() {
			continue
		}
		if b := int(m.a) - 1; b >= 0 && (a.toks[b].lower == "and" || a.toks[b].text == "," && k > 0 && int(a.ments[k-1].b) == b) {
			continue
		}
		if f := int(n.b); f < a.sents[n.sent].b && !(a.toks[f].kind == kPunct && a.toks[f].text != "(") && !a.pairGoesOn(int(m.a)-1, f) {
			continue // "as Beppo and Gus Ferrellby as Gorvin": an actor, not a pair
		}
		alone := true
		for j := range a.ments {
			if o := &a.ments[j]; j != k && (o.key == m.key || hasPrefixBefore(o.key, m.key, " ") || o.words >= 2 && hasSuffixAfter(o.key, " ", m.key)) {
				alone = false
				break
			}
		}
		if !alone {
			continue
		}
		sur := n.text[strings.IndexByte(n.text, ' ')+1:]
		m.text = m.text + " " + sur
		m.key = nameKey(m.text)
		m.words = 2
	}
}

// pairGoesOn reports whether token f, right after a pair of given names
// sharing a surname ("Nils and Bo Starck"), goes on with the pair as one
// subject or object: a possessive, or a lower-case word that is no "as" and
// no singular verb form ending in "s" ("Nils and Bo Starck return", "by
// Nils and Bo Starck in 2010"; not "as Pietro and Gus Ferrellby as
// Gorvin", "Tove plays Pia and Gus Ferrellby plays Bo"). When the token
// before the pair, b, casts it (a part verb or "as"), only a possessive
// goes on ("plays Pia and Gus Ferrellby played Bo" names two people); a
// possessive or a capitalised word before the pair stops it ("P's Pia and
// Q's Bo": parts owned by actors; "April Starck and Bo Lund": a surname).
func (a *article) pairGoesOn(b, f int) bool {
	if b >= 0 && (a.toks[b].kind == kPoss || a.toks[b].kind == kWord && a.toks[b].cap) {
		return false // "P's Pia and Q's Bo", "April Starck and Bo Lund return": a part, a surname
	}
	t := &a.toks[f]
	if t.kind == kPoss {
		return true
	}
	if t.kind != kWord || t.cap || t.lower == "as" || b >= 0 && (a.toks[b].lower == "as" || partVerbs[a.toks[b].lower] || playedVerbs[a.toks[b].lower]) {
		return false
	}
	w := t.lower
	return !(len(w) > 2 && w[len(w)-1] == 's' && w[len(w)-2] != 's') && w != "is" && w != "as"
}
