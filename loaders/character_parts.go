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
// given with "named" or "called": "a fox spirit named Kuro", "a
// flamboyant crime boss named Lendina", "a shopkeeper named Mr. Liu".
// Before the verb stand a determiner and one to four lower-case describing
// words (acronyms allowed: "a KGB agent named C"), the last a noun that
// names no work, place or thing (namedThingNouns) and no verb of its own
// (notNamedLeads: "was named CEO"). The name is of one to three words,
// typed by no cue or weakly a person, and no possessive follows it.
func (a *article) typeNamedParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		v := int(m.a) - 1
		if v-2 <= s.a || !weakOrNone(m) || int(m.b) < s.b && a.toks[m.b].kind == kPoss {
			continue
		}
		if w := a.toks[v].lower; a.toks[v].kind != kWord || w != "named" && w != "called" {
			continue
		}
		if n := &a.toks[v-1]; n.kind != kWord || n.cap || namedThingNouns[n.lower] || workNouns[n.lower] || notNamedLeads[n.lower] ||
			partDeterminers[n.lower] || notPartWords[n.lower] || clauseWords[n.lower] {
			continue
		}
		if a.partLead(s, v-1, 4) < 0 {
			continue
		}
		m.typ, m.strength = kg.Character, 2
	}
}

// partLead walks back from token last of sentence s over at most max
// describing words (lower-case words that are no preposition, clause word
// or crew noun, or acronyms) and returns the determiner that opens them
// (partDeterminers), or -1 when there is none.
func (a *article) partLead(s *sentence, last, max int) int {
	for t, n := last, 0; t > s.a && n < max; t, n = t-1, n+1 {
		w := &a.toks[t]
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

// partKinNouns name who a character is to another character ("Hutch's
// father David", "Kayako's son Toshio", "Walker's partner, Ellie").
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
// noun leads to: "Hutch's father David and brother Harry", "Kayako's son
// Toshio", "Walker's partner, Ellie", "Miguel's great-great-grandmother
// Mamá Imelda". The owner is a mention typed a character, or one word of
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
		t := int(m.a) - 1
		if t > s.a && a.toks[t].text == "," {
			t--
		}
		if t <= s.a || a.toks[t].kind != kWord || a.toks[t].cap || !kinNoun(a.toks[t].lower) {
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

// copulaParts are the verbs of "P is C" ("Rourke is Quint", "O'Connell is
// the Irish vampire Remmick").
var copulaParts = setOf("is", "was")

// copulaPartEnds may follow the part of "P is C": the end of the clause or
// the production ("Rourke is Quint.", "is C in F").
var copulaPartEnds = setOf(",", ".", ";", "in", "and", "here", "again", "now", "once")

// typeCopulaParts reads "P is C" and "P is the <describing words> C" as a
// credit: P is typed a person (or is the surname of a personal name of the
// article), C is of one to three words, typed by no cue or weakly a
// person, names no person of the article, and ends the clause
// (copulaPartEnds). C is typed a character; the actor's credit in the
// sentence with no part gets it, else a credit in the article's
// production is added. Runs after the patterns.
func (a *article) typeCopulaParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if k == 0 || a.ments[k-1].sent != m.sent || !weakOrNone(m) || m.pronoun || m.country || m.key == "" || demonym(foldKey(m.text)) || moreDemonyms[foldKey(m.text)] {
			continue // (not "P is French")
		}
		if e := int(m.b); e < s.b && !copulaPartEnds[a.toks[e].lower] {
			continue
		}
		v := int(m.a) - 1
		if v > s.a && !copulaParts[a.toks[v].lower] {
			if v = a.partLead(s, v, 4); v < 0 || a.toks[v].lower != "the" {
				continue
			}
			v--
		}
		if v <= s.a || !copulaParts[a.toks[v].lower] {
			continue
		}
		pk := k - 1
		for pk >= 0 && a.ments[pk].sent == m.sent && int(a.ments[pk].b) > v {
			pk--
		}
		if pk < 0 || a.ments[pk].sent != m.sent {
			continue
		}
		if int(a.ments[pk].b) != v {
			// "She was the organist ..., and was the fortune-teller C": the
			// subject of the sentence
			if pk = a.sentenceSubject(s, k); pk < 0 || a.toks[v-1].lower != "and" {
				continue
			}
		}
		if p := &a.ments[pk]; !(p.typ == kg.Person && (p.words >= 2 || p.pronoun) || (p.typ == kg.Person || p.typ == "") && a.personSurname(p)) {
			continue
		}
		if a.namesPerson(m) {
			continue
		}
		m.typ, m.strength = kg.Character, 2
		film := anaArg(anaFilm)
		if f := a.filmAfterIn(s, k); f >= 0 {
			film = arg{m: int32(f), of: -1, abs: true}
		} else if a.ments[pk].pronoun {
			continue // a career piece: the production is not said
		}
		a.giveActorPart(pk, k, film)
	}
}

// sentenceSubject returns the mention that opens sentence s (before
// mention k) when it is typed a person, or -1.
func (a *article) sentenceSubject(s *sentence, k int) int {
	j := k
	for j > 0 && a.ments[j-1].sent == a.ments[k].sent {
		j--
	}
	if j < k && int(a.ments[j].a) == s.a && a.ments[j].typ == kg.Person {
		return j
	}
	return -1
}

// personSurname reports whether the one-word mention m is the last word
// of a name of two or more words typed a person ("O'Connell" after "Jack
// O'Connell").
func (a *article) personSurname(m *mention) bool {
	if m.words != 1 {
		return false
	}
	for i := range a.ments {
		if o := &a.ments[i]; o.words >= 2 && o.typ == kg.Person && strings.HasSuffix(o.key, " "+m.key) {
			return true
		}
	}
	return false
}

// namesPerson reports whether mention m's name is that of a person of the
// article: a mention of the same key typed a person (strongly, or of
// another mention), or the last word of a personal name.
func (a *article) namesPerson(m *mention) bool {
	for i := range a.ments {
		if o := &a.ments[i]; o != m && o.key == m.key && o.typ == kg.Person {
			return true
		}
	}
	return a.surnameOfName(m)
}

// giveActorPart gives the part c to the actor p's credit in film (the
// article's production, or a film mention) that names no part yet, or
// adds that credit.
func (a *article) giveActorPart(p, c int, film arg) {
	sent := a.ments[c].sent
	pm := &a.ments[p]
	for i := range a.claims {
		cl := &a.claims[i]
		if cl.rel != kg.ActedIn || !cl.subj.abs || cl.subj.m < 0 || cl.obj.m != film.m || cl.obj.m < 0 && cl.obj.ana != film.ana {
			continue
		}
		if s := &a.ments[cl.subj.m]; s.key == pm.key || s.words > pm.words && strings.HasSuffix(s.key, " "+pm.key) {
			if cl.char.m < 0 && cl.char.ana == 0 {
				cl.char = arg{m: int32(c), of: -1, abs: true}
				return
			}
		}
	}
	a.claims = append(a.claims, pclaim{rel: kg.ActedIn, subj: arg{m: int32(p), of: -1, abs: true}, obj: film,
		char: arg{m: int32(c), of: -1, abs: true}, sent: sent})
}

// filmAfterIn returns the film mention that "in" and at most six tokens
// lead to right after mention k of sentence s ("C in the comedy F", "C in
// the first season of FX's F"), or -1. Only lower-case words, a company's
// possessive and "of" stand between.
func (a *article) filmAfterIn(s *sentence, k int) int {
	e := int(a.ments[k].b)
	if e >= s.b || a.toks[e].lower != "in" {
		return -1
	}
	for j := k + 1; j < len(a.ments) && a.ments[j].sent == a.ments[k].sent; j++ {
		f := &a.ments[j]
		if int(f.a)-e > 7 {
			return -1
		}
		for t := e + 1; t < int(f.a); t++ {
			if w := &a.toks[t]; !(w.kind == kWord && (!w.cap || w.lower == "the") || w.kind == kPoss) {
				return -1
			}
		}
		if f.typ == kg.Film {
			return j
		}
		if f.words == 1 && (demonym(foldKey(f.text)) || moreDemonyms[foldKey(f.text)]) {
			e = int(f.b) - 1 // "in the Spanish horror film F"
			continue
		}
		if f.typ != kg.Organisation || int(f.b) >= s.b || a.toks[f.b].kind != kPoss {
			return -1
		}
		e = int(f.b)
	}
	return -1
}

// attachParts gives a part to the one credit of a sentence that names
// none: "Sharon Stone plays the villain, a flamboyant crime boss named
// Lendina" (typeNamedParts typed the part). The sentence holds exactly one
// ACTED_IN claim, whose subject comes before the part; between them stand
// no person and no semicolon, and the part is the first character after
// the actor that owns nothing ("Hutch's") and is no claim's part already.
func (a *article) attachParts() {
	for i := range a.claims {
		cl := &a.claims[i]
		if cl.rel != kg.ActedIn || cl.char.m >= 0 || cl.char.ana != 0 || !cl.subj.abs || cl.subj.m < 0 {
			continue
		}
		if a.claimsInSentence(cl.sent, kg.ActedIn) != 1 {
			continue
		}
		p := int(cl.subj.m)
		for j := p + 1; j < len(a.ments) && a.ments[j].sent == cl.sent; j++ {
			c := &a.ments[j]
			if c.typ == kg.Person || a.semicolonBetween(int(a.ments[p].b), int(c.a)) {
				break
			}
			if c.typ != kg.Character || int(c.b) < len(a.toks) && a.toks[c.b].kind == kPoss || a.isPart(j) {
				continue
			}
			cl.char = arg{m: int32(j), of: -1, abs: true}
			break
		}
	}
}

// claimsInSentence counts the claims of relation rel in sentence sent.
func (a *article) claimsInSentence(sent int32, rel kg.RelType) int {
	n := 0
	for i := range a.claims {
		if a.claims[i].sent == sent && a.claims[i].rel == rel {
			n++
		}
	}
	return n
}

// semicolonBetween reports whether a semicolon stands among tokens from..to.
func (a *article) semicolonBetween(from, to int) bool {
	for t := from; t < to && t < len(a.toks); t++ {
		if a.toks[t].text == ";" {
			return true
		}
	}
	return false
}

// isPart reports whether mention j is the part of a claim.
func (a *article) isPart(j int) bool {
	for i := range a.claims {
		if c := &a.claims[i]; c.char.abs && int(c.char.m) == j {
			return true
		}
	}
	return false
}

// appearOrphanParts adds, for each character of the article that no claim
// names yet (no part of a credit, no subject of APPEARS_IN), that it
// appears in the production its first sentence names: the one film typed
// in that sentence, else the article's production ("Tony Soprano is a
// supporting player"). One claim per character name; characters whose
// sentence names two films or more are left alone.
func (a *article) appearOrphanParts() {
	named := map[string]bool{}
	for i := range a.claims {
		c := &a.claims[i]
		if c.char.abs && c.char.m >= 0 {
			named[a.ments[c.char.m].key] = true
		}
		if c.rel == kg.AppearsIn && c.subj.abs && c.subj.m >= 0 {
			named[a.ments[c.subj.m].key] = true
		}
	}
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if m.typ != kg.Character || named[m.key] {
			continue
		}
		named[m.key] = true
		film, n := anaArg(anaFilm), 0
		for j := k - 1; j >= 0 && a.ments[j].sent == m.sent; j-- {
			if a.ments[j].typ == kg.Film {
				film, n = arg{m: int32(j), of: -1, abs: true}, n+1
			}
		}
		for j := k + 1; j < len(a.ments) && int(a.ments[j].a) < s.b; j++ {
			if a.ments[j].typ == kg.Film {
				film, n = arg{m: int32(j), of: -1, abs: true}, n+1
			}
		}
		if n > 1 {
			continue
		}
		if n == 1 && a.ments[film.m].strength < 3 {
			film = anaArg(anaFilm)
		}
		a.claims = append(a.claims, pclaim{rel: kg.AppearsIn, subj: arg{m: int32(k), of: -1, abs: true}, obj: film, sent: m.sent})
	}
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
// Madame Serena", "the warlord Lord Yoshii Toranaga").
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
// rather than a real person or a thing: "the engineer Juliette Nichols",
// "the sinister preacher Henry Kane", "the
// Irish vampire Abel Remmick". The describing words are lower-case (acronyms
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
		if m.words < 2 || m.titleWords || m.quoted || !(isGivenName(lowerFirst(m.text)) || partTitles[strings.TrimSuffix(lowerFirst(m.text), ".")]) {
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
		if o := &a.ments[i]; o != m && o.typ == kg.Person && o.strength >= 2 && (o.key == m.key || m.words == 1 && strings.HasSuffix(o.key, " "+m.key)) {
			return true
		}
	}
	return false
}

// asPartCredits gives a credit to the actor of "P, who appeared in the
// original as the enigmatic C", "P has a small role as a police
// inspector, C", "P, who has boarded the project as a rogue officer named
// C": a character that no claim names yet, after "as" and at most eight
// describing tokens (lower-case words, acronyms, demonyms, commas, a
// possessive owner: "as Walker's partner, C"), with the actor the nearest
// name before the "as" in the sentence, typed a person (or the surname of
// one), at most twelve tokens away, with only titles or companies
// between and no semicolon; "known as" and "such as" are left alone. The
// credit is in the film between the actor and the "as" when it is
// strongly typed, else in the article's production.
func (a *article) asPartCredits() {
	for s, k := range a.bodyMentions() {
		c := &a.ments[k]
		if c.typ != kg.Character || c.quoted || a.isPart(k) || int(c.b) < s.b && a.toks[c.b].kind == kPoss {
			continue
		}
		as := -1
		for t, n := int(c.a)-1, 0; t > s.a && n < 9; t, n = t-1, n+1 {
			w := &a.toks[t]
			if w.kind == kWord && w.lower == "as" {
				as = t
				break
			}
			ok := w.kind == kWord && (!w.cap || isAcronymTok(w) || demonyms[w.lower] || moreDemonyms[w.lower]) ||
				w.kind == kPunct && w.text == "," || w.kind == kPoss
			if w.kind == kWord && w.cap && !ok {
				// a possessive owner: "as Walker's partner, C"
				if o := a.mentionEndingAt(k, t+1); o >= 0 && a.toks[t+1].kind == kPoss {
					t = int(a.ments[o].a)
					ok = true
				}
			}
			if !ok || w.kind == kWord && clauseWords[w.lower] {
				break
			}
		}
		if as <= s.a || namingWords[a.toks[as-1].lower] || crewAfterAs[a.toks[as+1].lower] || notDescribing[a.toks[as+1].lower] {
			continue
		}
		p, film, films := -1, -1, 0
		for j := k - 1; j >= 0 && a.ments[j].sent == c.sent; j-- {
			o := &a.ments[j]
			if int(o.b) > as {
				continue
			}
			if as-int(o.b) > 12 || a.semicolonBetween(int(o.b), as) {
				break
			}
			if o.typ == kg.Person && !o.pronoun && (o.words >= 2 || a.personSurname(o)) || o.typ == "" && a.personSurname(o) {
				p = j
				break
			}
			if o.typ == kg.Film {
				film, films = j, films+1
				continue
			}
			if o.typ != kg.Organisation {
				break
			}
		}
		if p < 0 || int(a.ments[p].b) != as && !a.castClauseBefore(int(a.ments[p].b), as) {
			continue // ("with P as the grown-up C": right before "as", no casting word needed)
		}
		if a.retargetOwnerPart(p, k, as) {
			continue
		}
		obj := anaArg(anaFilm)
		if films == 1 && a.ments[film].strength >= 2 {
			obj = arg{m: int32(film), of: -1, abs: true}
		}
		a.giveActorPart(p, k, obj)
	}
}

// asCastWords between an actor and "as" make the clause a casting
// ("appeared in the original as", "has a small role as", "has boarded the
// project as", "leads F as").
var asCastWords = setOf("role", "part", "cameo", "appeared", "appears", "appear", "starred", "stars", "star", "returns",
	"returning", "return", "back", "reprises", "reprising", "reprise", "leads", "lead", "joins", "joined", "join",
	"boarded", "plays", "played", "voices", "voiced", "debuts", "turns", "cast", "up")

// asNotCastWords between an actor and "as" make the part someone else's,
// an earlier production's or a withdrawn one ("who cast him as C", "bowed
// out as C", "led the previous two films as C", "was originally cast as C").
var asNotCastWords = setOf("him", "her", "them", "out", "originally", "previous", "earlier", "former", "not", "never",
	"no", "longer", "replaced", "replacing", "fired", "exited", "left", "quit", "recast", "first", "last", "original")

// castClauseBefore reports whether tokens from..as-1 (between an actor and
// "as") hold a casting word and nothing that makes the part another's or
// an earlier production's.
func (a *article) castClauseBefore(from, as int) bool {
	cast := false
	for t := from; t < as; t++ {
		w := a.toks[t].lower
		if asNotCastWords[w] {
			return false
		}
		if asCastWords[w] {
			cast = true
		}
	}
	return cast
}

// retargetOwnerPart moves to part k the credit of actor p whose part is
// a name between "as" (token as) and k: the owner of "as Walker's
// partner, C" read as the part. It reports whether it did.
func (a *article) retargetOwnerPart(p, k, as int) bool {
	for i := range a.claims {
		cl := &a.claims[i]
		if cl.rel != kg.ActedIn || cl.sent != a.ments[k].sent || !cl.char.abs || cl.char.m < 0 || !cl.subj.abs || int(cl.subj.m) != p {
			continue
		}
		if o := &a.ments[cl.char.m]; int(o.a) > as && int(o.b) <= int(a.ments[k].a) {
			cl.char = arg{m: int32(k), of: -1, abs: true}
			return true
		}
	}
	return false
}

// mentionEndingAt returns the mention before mention k, in its sentence,
// that ends at token e, or -1.
func (a *article) mentionEndingAt(k, e int) int {
	for j := k - 1; j >= 0 && a.ments[j].sent == a.ments[k].sent; j-- {
		if int(a.ments[j].b) == e {
			return j
		}
		if int(a.ments[j].b) < e {
			break
		}
	}
	return -1
}

// parenDescribedParts reads "P (C, <description>)" as a credit: "Tori
// Kelly (Meena, the shy elephant with the huge voice)", "Josh Holloway
// (Sawyer, obviously)". P is typed a person or is an untyped personal name
// led by a given name; C, right after the bracket, is of one to three
// words, typed by no cue or weakly a person; a comma follows it, then a
// lower-case word that opens no clause, and the bracket closes within
// sixteen tokens with no other name inside but possessive owners
// ("Nick Kroll (Gunter, Rosita's flamboyant dance partner)"). P is typed a person, C a
// character, and P's credit in the article's production gets the part.
func (a *article) parenDescribedParts() {
	for s, k := range a.bodyMentions() {
		p := &a.ments[k]
		o := int(p.b)
		if o+3 >= s.b || a.toks[o].text != "(" || k+1 >= len(a.ments) || a.ments[k+1].sent != p.sent || int(a.ments[k+1].a) != o+1 {
			continue
		}
		c := &a.ments[k+1]
		e := int(c.b)
		if !weakOrNone(c) || c.allCaps || e+1 >= s.b || a.toks[e].text != "," {
			continue
		}
		if w := &a.toks[e+1]; w.kind != kWord || w.cap && !a.ownerAt(k+2, e+1) || clauseWords[w.lower] || w.lower == "and" || w.lower == "or" {
			continue
		}
		if !(p.typ == kg.Person || p.typ == "" && p.personShaped() && (isGivenName(lowerFirst(p.text)) || a.pairedPersonIn(s, k))) {
			continue
		}
		closed, j := false, k+2
		for t := e + 1; t < s.b && t < e+17; t++ {
			if a.toks[t].text == ")" {
				closed = true
				break
			}
			if a.toks[t].text == "(" || a.toks[t].kind == kNum {
				break
			}
			if j < len(a.ments) && int(a.ments[j].a) == t {
				if q := int(a.ments[j].b); q >= s.b || a.toks[q].kind != kPoss {
					break // another name inside: a list of titles
				}
				t = int(a.ments[j].b)
				j++
			}
		}
		if !closed {
			continue
		}
		p.setType(kg.Person, 2)
		c.typ, c.strength = kg.Character, 2
		a.giveActorPart(k, k+1, anaArg(anaFilm))
	}
}

// ownerAt reports whether mention j starts at token t and is followed by a
// possessive ("Rosita's").
func (a *article) ownerAt(j, t int) bool {
	return j < len(a.ments) && int(a.ments[j].a) == t && int(a.ments[j].b) < len(a.toks) && a.toks[a.ments[j].b].kind == kPoss
}

// pairedPersonIn reports whether sentence s holds, besides mention k, a
// name typed a person and followed by a bracket: a list of "P (C, ...)"
// pairs, whose other actors may have names the given-name list lacks.
func (a *article) pairedPersonIn(s *sentence, k int) bool {
	for j := k + 1; j < len(a.ments) && a.ments[j].sent == a.ments[k].sent; j++ {
		if o := &a.ments[j]; o.typ == kg.Person && int(o.b) < s.b && a.toks[o.b].text == "(" {
			return true
		}
	}
	for j := k - 1; j >= 0 && a.ments[j].sent == a.ments[k].sent; j-- {
		if o := &a.ments[j]; o.typ == kg.Person && int(o.b) < s.b && a.toks[o.b].text == "(" {
			return true
		}
	}
	return false
}

// whoseDescribedCredits credits the actor of "P, whose <describing words>
// C" (typeWhoseDescribedParts typed C; whoseParts claims only the part
// right after "whose") with the part C in the article's production.
func (a *article) whoseDescribedCredits() {
	for s, k := range a.bodyMentions() {
		c := &a.ments[k]
		if c.typ != kg.Character || k == 0 || a.ments[k-1].sent != c.sent || a.isPart(k) {
			continue
		}
		t := int(c.a) - 1
		for t > s.a && int(c.a)-t <= 4 && a.toks[t].kind == kWord && !a.toks[t].cap && a.toks[t].lower != "whose" {
			t--
		}
		p := &a.ments[k-1]
		if t == int(c.a)-1 || a.toks[t].lower != "whose" || a.toks[t-1].text != "," || int(p.b) != t-1 || p.typ != kg.Person {
			continue
		}
		a.giveActorPart(k-1, k, anaArg(anaFilm))
	}
}

// gappedByParts reads the second half of "C1 was voiced by P1 and C2 by
// P2" (the verb left out): C2, right after "and" or a comma that follows
// a person, and "by" and a person right after C2, in a sentence where
// "played by", "voiced by" or "portrayed by" came earlier. C2 is of one to
// three words, typed by no cue or weakly a person; it is typed a
// character and P2 is credited with it.
func (a *article) gappedByParts() {
	for s, k := range a.bodyMentions() {
		c := &a.ments[k]
		b := int(c.a)
		e := int(c.b)
		if k == 0 || k+1 >= len(a.ments) || a.ments[k-1].sent != c.sent || a.ments[k+1].sent != c.sent || !weakOrNone(c) {
			continue
		}
		if e+1 >= s.b || a.toks[e].lower != "by" || int(a.ments[k+1].a) != e+1 || b-1 <= s.a || a.toks[b-1].lower != "and" && a.toks[b-1].text != "," {
			continue
		}
		p, q := &a.ments[k-1], &a.ments[k+1]
		if p.typ != kg.Person || int(p.b) != b-1 && !(int(p.b) == b-2 && a.toks[b-2].text == ",") || q.typ != kg.Person && !(q.typ == "" && q.personShaped()) {
			continue
		}
		if !a.byVerbBefore(s, int(p.a)) {
			continue
		}
		c.typ, c.strength = kg.Character, 2
		q.setType(kg.Person, 2)
		a.giveActorPart(k+1, k, anaArg(anaFilm))
	}
}

// byVerbBefore reports whether "played by", "voiced by" or "portrayed by"
// stands in sentence s before token end.
func (a *article) byVerbBefore(s *sentence, end int) bool {
	for t := s.a; t+1 < end; t++ {
		if a.toks[t+1].lower == "by" && (a.toks[t].lower == "played" || a.toks[t].lower == "voiced" || a.toks[t].lower == "portrayed") {
			return true
		}
	}
	return false
}

// shareSurnames gives a lone given name the surname of the personal name
// it is joined to by "and": "the girl's parents, Steve and Diane
// Freeling" names Steve Freeling, "the Hutters' friends Friedrich and Anna
// Harding" Friedrich Harding. Both are given names (the first a name of
// one word, the second of two words); the first stands for nobody else in
// the article (no other mention is that given name alone, none opens with
// it: "Woody and Buzz Lightyear", Woody met elsewhere, is left alone), and
// no name or "and" comes right before it ("A, B and C D" lists), and a
// punctuation mark other than a bracket closes the pair ("as Luigi and
// Jack Black as Bowser" pairs nothing). It
// returns nothing; the mention's name changes in place.
func (a *article) shareSurnames() {
	for k := 0; k+1 < len(a.ments); k++ {
		m, n := &a.ments[k], &a.ments[k+1]
		e := int(m.b)
		if m.words != 1 || n.words != 2 || n.sent != m.sent || m.quoted || n.quoted || m.allCaps || m.typ != "" && m.typ != kg.Person && m.typ != kg.Character {
			continue
		}
		if e+1 >= len(a.toks) || a.toks[e].lower != "and" || int(n.a) != e+1 || !isGivenName(m.key) || !isGivenName(lowerFirst(n.text)) || !n.personShaped() {
			continue
		}
		if b := int(m.a) - 1; b >= 0 && (a.toks[b].lower == "and" || a.toks[b].text == "," && k > 0 && int(a.ments[k-1].b) == b) {
			continue
		}
		if f := int(n.b); f < a.sents[n.sent].b && !(a.toks[f].kind == kPunct && a.toks[f].text != "(") {
			continue // "as Luigi and Jack Black as Bowser": an actor, not a pair
		}
		alone := true
		for j := range a.ments {
			if o := &a.ments[j]; j != k && (o.key == m.key || strings.HasPrefix(o.key, m.key+" ")) {
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

// coordinatedParts credits the subject of a sentence with a second part
// named in a clause joined by "and": "Jackie Chan plays Master Wu, their
// teacher, and also appears in live-action bookends as a shopkeeper named
// Mr. Liu", "Chris Pratt returns as Emmet and, in a neat trick, also
// voices Rex Dangervest". The part is a character no claim names; a part
// verb or "as" leads to it over at most six describing words; back from
// that, over at most twelve lower-case words and commas, stands "and"
// (or a comma stands right before a part verb: "She was the organist in
// F1, played the mother C in F2"); the sentence opens with a person. The credit is in the film after "in"
// that follows the part, else in the production of the subject's first
// credit in the sentence, else in the article's production.
func (a *article) coordinatedParts() {
	for s, k := range a.bodyMentions() {
		c := &a.ments[k]
		if c.typ != kg.Character || c.quoted || a.isPart(k) || int(c.b) < s.b && a.toks[c.b].kind == kPoss {
			continue
		}
		v := -1
		for t, n := int(c.a)-1, 0; t > s.a && n < 7; t, n = t-1, n+1 {
			w := &a.toks[t]
			if w.kind != kWord || w.cap && !isAcronymTok(w) {
				break
			}
			if w.lower == "as" || partVerbs[w.lower] || playedVerbs[w.lower] {
				v = t
				break
			}
			if clauseWords[w.lower] {
				break
			}
		}
		if v < 0 {
			continue
		}
		and := -1
		if v-1 > s.a && a.toks[v-1].text == "," && playedVerbs[a.toks[v].lower] {
			and = v - 1 // "She was the organist in F1, played the mother C in F2, and ..."
		}
		for t, n := v-1, 0; and < 0 && t > s.a && n < 13; t, n = t-1, n+1 {
			w := &a.toks[t]
			if w.kind == kWord && w.lower == "and" {
				and = t
				break
			}
			if !(w.kind == kWord && !w.cap || w.kind == kPunct && w.text == ",") || clauseWords[w.lower] || asNotCastWords[w.lower] {
				break
			}
		}
		if and < 0 {
			continue
		}
		if a.toks[v].lower == "as" && !a.castClauseBefore(and, v) {
			continue
		}
		p := a.sentenceSubject(s, k)
		if p < 0 || p == k {
			continue
		}
		for j := p + 1; j < k; j++ {
			if o := &a.ments[j]; o.typ == kg.Person && !o.pronoun && !(int(o.b) < s.b && a.toks[o.b].kind == kPoss) {
				p = -1 // another actor between: not the sentence's subject's part ("John Hughes's F" owns a title)
				break
			}
		}
		if p < 0 {
			continue
		}
		film := anaArg(anaFilm)
		for i := range a.claims {
			// the production of the subject's first credit in the sentence
			if cl := &a.claims[i]; cl.rel == kg.ActedIn && cl.sent == c.sent && cl.subj.abs && int(cl.subj.m) == p {
				film = cl.obj
				break
			}
		}
		if f := a.filmAfterIn(s, k); f >= 0 {
			film = arg{m: int32(f), of: -1, abs: true}
		}
		a.giveActorPart(p, k, film)
	}
}

// shareVerbs say that two actors play one part ("A and B share the role
// of C").
var shareVerbs = setOf("share", "shares", "shared", "sharing", "split", "splits")

// sharedRoleCredits credits every actor of "A and B (once again) share the
// role of C" with the part C: the list of people ends at most four tokens
// before the verb (adverbs between), the verb is followed by "the role
// of" or "the part of" and the part.
func (a *article) sharedRoleCredits() {
	for s, k := range a.bodyMentions() {
		c := &a.ments[k]
		b := int(c.a)
		if c.typ != kg.Character || k == 0 || b-4 <= s.a || a.toks[b-1].lower != "of" || a.toks[b-3].lower != "the" ||
			a.toks[b-2].lower != "role" && a.toks[b-2].lower != "part" || !shareVerbs[a.toks[b-4].lower] {
			continue
		}
		last := k - 1
		if p := &a.ments[last]; p.sent != c.sent || b-4-int(p.b) > 3 || p.typ != kg.Person {
			continue
		}
		first := last
		for first > 0 && a.ments[first-1].sent == c.sent && a.listNext(&a.ments[first-1], &a.ments[first]) {
			first--
		}
		if first == last || !a.actorList(first, last) {
			continue
		}
		for j := first; j <= last; j++ {
			a.ments[j].setType(kg.Person, 2)
			a.giveActorPart(j, k, anaArg(anaFilm))
		}
	}
}
