package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// characterRanks open the name of a character far more often than that
// of a real person in film and television news ("Senator Crassinus",
// "Sheriff Walt Brannock", "Detective Sergeant Harry Vesk", "Uncle
// Tenzo"). Courtesy titles, honours, royalty and the clergy of real life
// ("Sir", "Dame", "Queen", "Father") are left out.
var characterRanks = setOf(append([]string{"captain", "capt", "colonel", "col", "colonel-general", "general", "lieutenant", "lt",
	"sergeant", "sgt", "major", "commander", "admiral", "detective", "inspector", "officer", "senator", "princess",
	"emperor", "empress", "uncle", "aunt", "ensign", "cadet", "reverend", "sheriff", "deputy", "constable", "marshal",
	"warden", "professor", "dr", "doctor", "mayor", "corporal", "private", "superintendent", "chancellor", "lieutenant-colonel",
	"chief", "councilor", "councillor", "headmaster", "headmistress", "grandpa", "grandma", "agent",
	// the abbreviated ranks of British and Commonwealth police and of the
	// forces ("DI", "DCI", "PC", "Supt", "Maj."; "DC" is left out, a
	// publisher's name as often), and the police and legal ranks of
	// European crime drama ("Commissario", "Kriminalkommissar",
	// "Avvocato"); nameTitles holds them too ("DI Mara Vell" is "Mara
	// Vell")
	"di", "dci", "dsi", "ds", "pc", "wpc", "det", "insp", "supt", "maj", "cpl", "pvt", "adm", "cmdr", "brig",
	"commodore", "brigadier", "midshipman", "jarl"}, foreignRankWords...)...)

// foreignRankWords are the police and legal ranks of European crime drama
// in their own language ("Commissario", "Kriminalkommissar", "Avvocato"):
// ranks before a name, and the lower-case words of a foreign title after
// its article ("Il commissario Vettraino").
var foreignRankWords = []string{"commissario", "commissaria", "commissaire", "kommissar", "kommissarin", "kriminalkommissar",
	"hauptkommissar", "kriminalhauptkommissar", "kommissær", "kriminalkommissær", "vicekriminalkommissær", "comisario",
	"comisaria", "inspecteur", "inspektor", "ispettore", "vicequestore", "questore", "capitano", "maresciallo",
	"brigadiere", "avvocato"}

// foreignRanks is foreignRankWords as a set.
var foreignRanks = setOf(foreignRankWords...)

// capsRanks are the abbreviated ranks that are ranks only in capitals
// ("DI Mara Vell", not the surname of "Di Wenjun").
var capsRanks = setOf("di", "dci", "dsi", "ds", "pc", "wpc")

// academicTitles are the characterRanks a real scholar is named with.
var academicTitles = setOf("dr", "doctor", "professor")

// typeRankedCharacters types as characters, before and once the patterns run,
// the names of two words or more that open with a characterRanks word
// and that no cue typed, or typed a person only weakly: a rank before a
// name is how an article writes a part. "Captain" and one word is left
// alone ("Captain Thunder" is a title as often), and so is a rank before
// "of" or another title ("Princess of Wales", "Reverend Mother"), and a
// name with a number or written elsewhere with one ("Inspector Vale 3",
// "Inspector Vale" beside it): a title.
//
// Called early (before the patterns), academic titles ("Dr", "Professor")
// are left for later: a scholar quoted by an article is written so too,
// and the patterns may type the name a person first.
func (a *article) typeRankedCharacters(early bool) {
	if !early {
		a.typeCourtesyCharacters()
	}
	var titles map[string]bool // keys of numbered titles without their number, on first need
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 2 || m.quoted || m.colon || m.the || m.digit || m.typ != "" && !(m.typ == kg.Person && m.strength <= 1) {
			continue
		}
		r := strings.TrimSuffix(a.toks[m.a].lower, ".")
		n := int(m.a) + 1
		dot := a.toks[n].text == "."
		if dot {
			n++
		}
		if !tokTrimIn(&a.toks[m.a], r, characterRanks) && !(tokTrimIn(&a.toks[m.a], r, leadRankModifiers) && a.ledRank(r, n, int(m.b))) && !(r == "gen" && dot) || r == "captain" && m.words == 2 || early && academicTitles[r] ||
			capsRanks[r] && !isAllCaps(a.toks[m.a].text) {
			continue // (not "Captain Thunder", a title as often; "Gen." only with its dot, not "Gen Z"; "DI" in capitals, not the surname "Di")
		}
		n = a.skipStackedRanks(n, int(m.b))
		if n >= int(m.b) || !a.toks[n].cap || a.toks[n].kind != kWord {
			continue // (not "Princess of Wales Theatre")
		}
		if w, _, _ := strings.Cut(a.toks[n].lower, "-"); nameTitles[w] || roleWords[w] {
			continue // (not "Reverend Mother")
		}
		if titles == nil {
			titles = a.numberedTitleBases()
		}
		if titles[m.key] {
			continue // ("Inspector Vale" beside "Inspector Vale 3")
		}
		m.typ, m.strength = kg.Character, 2
	}
}

// leadRankModifiers open a rank of two words ("Senior Sergeant", "Acting
// Inspector", "Special Agent").
var leadRankModifiers = setOf("senior", "junior", "assistant", "acting", "special")

// ledRank reports whether the word r opening a name is a leadRankModifiers
// word and the capitalised word at token n, before the name's end e, a
// characterRanks word ("Senior Sergeant Ruth Vance").
func (a *article) ledRank(r string, n, e int) bool {
	if !leadRankModifiers[r] || n >= e-1 {
		return false
	}
	w := &a.toks[n]
	return w.kind == kWord && w.cap && characterRanks[strings.TrimSuffix(w.lower, ".")]
}

// courtesyRanks are the courtesy titles, honours and ranks of nobility
// that open a character's name in film and television news ("Mr. Pennycook",
// "Lady Orla Vance", "Cardinal Brisk", "Count Varko"); newspapers write a
// real person so only once they named him in full ("Mr. Pennycook" after
// "Tobias Pennycook"). Knighthoods ("Sir", "Dame") are left out: real
// actors and authors bear them.
var courtesyRanks = setOf("mr", "mrs", "miss", "ms", "lady", "lord", "cardinal", "count", "countess",
	"baron", "baroness", "duke", "duchess")

// typeCourtesyCharacters types as characters (strength 2) the untyped
// names of two to four words that open with a courtesyRanks word before a
// capitalised word, when no personal name of the article (typed a person,
// or untyped and person-shaped, with no title first) ends with the name's
// last word: a courtesy title before a name nobody real bears is how an
// article writes a part ("the charming, untrustworthy Mr. Pennycook", "took
// on Lady Orla Vance"). Left alone: a title and one word that is a word of
// another name of the article (a short form: "Sir Tobias" beside "Sir
// Tobias Hale", "Mr. Hale" beside "Tobias Hale"), and a title given after
// another name ("Tobias Hale, Lord Vance", "now Lady Vance", "better
// known as Lady Vance": a second name of one part).
func (a *article) typeCourtesyCharacters() {
	var surnames map[string]bool // last words of the article's personal names, on first need
	var words map[string]string  // words of the names of two words or more: the key holding each, "*" for two keys
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 2 || m.words > 4 || m.typ != "" || m.quoted || m.colon || m.the || m.digit || m.allCaps || m.head {
			continue
		}
		if !courtesyRanks[strings.TrimSuffix(a.toks[m.a].lower, ".")] {
			continue
		}
		n := int(m.a) + 1
		if a.toks[n].text == "." {
			n++
		}
		if n >= int(m.b) || a.toks[n].kind != kWord || !a.toks[n].cap || nameTitles[a.toks[n].lower] || roleWords[a.toks[n].lower] {
			continue
		}
		if a.secondName(m) {
			continue
		}
		if surnames == nil {
			surnames, words = map[string]bool{}, map[string]string{}
			for oi := range a.ments {
				o := &a.ments[oi]
				if o.words < 2 || courtesyRanks[strings.TrimSuffix(a.toks[o.a].lower, ".")] {
					continue // (not "Mrs. Pennycook" beside "Mr. Pennycook")
				}
				for k := int(o.a); k < int(o.b); k++ {
					if w := a.toks[k].lower; a.toks[k].kind == kWord {
						if v, ok := words[w]; ok && v != o.key {
							words[w] = "*"
						} else if !ok {
							words[w] = o.key
						}
					}
				}
				if (o.typ == kg.Person || o.typ == "" && o.personShaped()) && !nameTitles[strings.TrimSuffix(a.toks[o.a].lower, ".")] {
					surnames[a.toks[o.b-1].lower] = true
				}
			}
		}
		if surnames[a.toks[m.b-1].lower] {
			continue // "Mr. Pennycook" after "Tobias Pennycook": the person, politely
		}
		if n == int(m.b)-1 {
			if v := words[a.toks[n].lower]; v != "" && v != m.key {
				continue // "Sir Tobias" beside "Sir Tobias Hale": a short form
			}
		}
		m.typ, m.strength = kg.Character, 2
	}
}

// secondName reports whether mention m follows another name and a comma,
// "now", or "known ... as" with at most six words between ("better known
// to the town as the columnist Lady Vance"): a second name of the part
// named first; or "such as" or "including": an example, maybe a real
// guest ("guests such as Lady Vance").
func (a *article) secondName(m *mention) bool {
	p := int(m.a) - 1
	s := &a.sents[m.sent]
	if p < s.a {
		return false
	}
	switch t := &a.toks[p]; {
	case t.lower == "now" || t.lower == "including":
		return true
	case t.text == ",":
		return p-1 >= s.a && a.toks[p-1].kind == kWord && a.toks[p-1].cap
	}
	for k, n := p, 0; k >= s.a && n < 10; k, n = k-1, n+1 {
		if a.toks[k].lower != "as" {
			continue
		}
		if k-1 >= s.a && a.toks[k-1].lower == "such" {
			return true
		}
		for j := k - 1; j >= s.a && j >= k-7; j-- {
			if a.toks[j].lower == "known" {
				return true
			}
		}
		return false
	}
	return false
}

// skipStackedRanks returns the token after the characterRanks words
// (each with its dot) that stand from token n on before a name's end e,
// one word at least left for the name ("Detective Sergeant Dorlan": from
// "Sergeant" on, "Dolan"); it returns n when none does.
func (a *article) skipStackedRanks(n, e int) int {
	for t := n; t < e-1; {
		if w := &a.toks[t]; w.kind != kWord || !w.cap || !characterRanks[strings.TrimSuffix(w.lower, ".")] {
			return t
		}
		t++
		if t < e-1 && a.toks[t].text == "." {
			t++
		}
		n = t
	}
	return n
}

// numberedTitleBases returns the keys of the article's names of two words
// or more that hold a number, their last word dropped ("inspector vale"
// for "Inspector Vale 3"); the set is empty, not nil, when there are none.
func (a *article) numberedTitleBases() map[string]bool {
	titles := map[string]bool{}
	for mi := range a.ments {
		if m := &a.ments[mi]; m.digit && m.words >= 2 {
			if i := strings.LastIndexByte(m.key, ' '); i > 0 {
				titles[m.key[:i]] = true
			}
		}
	}
	return titles
}

// mergeRankedSurnames joins a character named by a rank and one word
// ("Dr. Gordell", "Special Agent Gordell") to the one character of the article whose name, its
// titles dropped, ends with that word ("Dr. Lorimer Gordell"), and a
// one-word character to the one character whose name holds it as a
// quoted nickname (mergeNicknames).
func (a *article) mergeRankedSurnames(chars map[string]int) {
	a.mergeNicknames(chars)
	for k, e := range chars {
		u := untitledKey(dropRankModifier(k))
		if u == k || strings.Contains(u, " ") {
			continue
		}
		cand, n := -1, 0
		for k2, e2 := range chars {
			if k2 != k && a.find(e2) != a.find(e) && strings.HasSuffix(untitledKey(k2), " "+u) {
				if cand < 0 || a.find(e2) != a.find(cand) {
					n++
				}
				cand = e2
			}
		}
		if n == 1 {
			a.union(a.find(cand), a.find(e), "short-form")
		}
	}
	a.mergeTitledFirstNames(chars)
}

// mergeTitledFirstNames joins a character named by a courtesy title and
// one word ("Sir Tobias") to the one character whose name is that title and
// word and more ("Sir Tobias Hale"); not a title and a rank ("Lord
// Protector" beside "Lord Protector Vane": a post, maybe held by another).
func (a *article) mergeTitledFirstNames(chars map[string]int) {
	for k, e := range chars {
		t, w, ok := strings.Cut(k, " ")
		if !ok || strings.Contains(w, " ") || !courtesyRanks[strings.TrimSuffix(t, ".")] || rankWord(w) {
			continue
		}
		cand, n := -1, 0
		for k2, e2 := range chars {
			if len(k2) > len(k)+1 && k2[len(k)] == ' ' && k2[:len(k)] == k && a.find(e2) != a.find(e) {
				if cand < 0 || a.find(e2) != a.find(cand) {
					n++
				}
				cand = e2
			}
		}
		if n == 1 {
			a.union(a.find(cand), a.find(e), "short-form")
		}
	}
}

// rankModifiers stand before a rank as part of it ("Special Agent",
// "Senior Detective", "Acting Captain").
var rankModifiers = setOf("special", "senior", "junior", "assistant", "acting", "deputy", "chief", "former")

// dropRankModifier returns the name key k without a rankModifiers word
// opening it when a rank of nameTitles follows ("special agent pelham" →
// "agent pelham"); other keys are returned as they are.
func dropRankModifier(k string) string {
	w, rest, ok := strings.Cut(k, " ")
	if !ok || !rankModifiers[w] {
		return k
	}
	if r, _, _ := strings.Cut(rest, " "); !nameTitles[strings.TrimSuffix(r, ".")] {
		return k
	}
	return rest
}

// mergeNicknames joins a one-word character ("bea") to the one character
// of the article whose name key holds that word in quotation marks
// ("beatrice \"bea\" frell").
func (a *article) mergeNicknames(chars map[string]int) {
	for k, e := range chars {
		q := strings.IndexByte(k, '"')
		if q < 0 {
			continue
		}
		nick, _, ok := strings.Cut(k[q+1:], "\"")
		if !ok || nick == "" || strings.Contains(nick, " ") {
			continue
		}
		if e2, ok := chars[nick]; ok && a.find(e2) != a.find(e) {
			a.union(a.find(e), a.find(e2), "short-form")
		}
	}
}

// dropEmployerAcronyms drops the acronym that opens the name of a
// character before a rank, and the ranks with it when a name of two words
// or more is left ("FBI Deputy Director Walt Hadlow" → "Walt Hadlow",
// "NYPD Detective Cole" → "Detective Cole"): the acronym names the part's
// employer, the ranks its post, neither the part. The name is typed a
// character, of three words or more, and the word after the acronym is a
// capitalised characterRanks or rankModifiers word. It returns nothing;
// the mentions change in place.
func (a *article) dropEmployerAcronyms() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Character || !m.acronymLead || m.words < 3 || m.quoted || m.colon || m.the {
			continue
		}
		if n := &a.toks[m.a+1]; n.kind != kWord || !n.cap || !rankWord(n.lower) {
			continue
		}
		drop := 1 // the acronym, then the ranks while two words stay
		for t := int(m.a) + 1; t < int(m.b) && m.words-int8(drop) > 2 && a.toks[t].kind == kWord && rankWord(a.toks[t].lower); t++ {
			drop++
		}
		for ; drop > 0; drop-- {
			first := a.toks[m.a].text
			if a.toks[m.a].kind != kWord || len(m.text) <= len(first)+1 || m.text[:len(first)] != first || m.text[len(first)] != ' ' {
				break
			}
			m.dropFirstWord(first, m.text[len(first)+1:])
		}
		m.acronymLead = false
	}
}

// postWords name a post in an agency ("FBI Director").
var postWords = setOf("director", "secretary", "commissioner", "administrator")

// rankWord reports whether the lower-case word w, a final dot dropped, is
// a rank, a rank modifier or a post ("captain", "deputy", "director").
func rankWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	row := vocabRow(w) // (the four sets answered from one look-up)
	return rowIn(row, w, characterRanks) || rowIn(row, w, rankModifiers) || rowIn(row, w, nameTitles) || rowIn(row, w, postWords)
}
