package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// possTitleNouns are common nouns for people and beings that, capitalised
// and written with a possessive before a capitalised word, open a title
// rather than name an owner ("Grandpa's Navy", "The Butcher's Wife",
// "Witch's Hour"): general vocabulary, no names. Plurals are left out: a
// group's possessive names a body more often than a title ("the Keepers'
// Guild").
var possTitleNouns = setOf("dad", "daddy", "mom", "mommy", "mum", "mummy", "mother", "father", "grandpa", "grandma",
	"granny", "baby", "child", "kid", "boy", "girl", "man", "woman", "lady", "gentleman", "wife", "husband", "widow",
	"bride", "lover", "sister", "brother", "daughter", "son", "uncle", "aunt", "nanny", "maid", "handmaid", "servant",
	"chef", "killer", "soldier", "sailor", "pilot", "doctor", "nurse", "teacher", "stranger", "angel", "devil", "witch",
	"wizard", "magician", "king", "queen", "prince", "princess", "emperor", "president", "keeper", "assassin", "thief",
	"hitchhiker", "traveller", "traveler", "ferryman", "jazzman", "gunman", "dog", "cat", "winter", "midsummer",
	"hangman", "executioner", "lieutenant", "accountant", "gambler", "outlaw", "sinner", "dreamer", "liar", "spy",
	"neighbour", "neighbor")

// possOwnerless are capitalised words that name nothing alone and never own a
// title when written before a possessive ("It's", "TV's", "Oscar's").
var possOwnerless = setOf("tv", "oscar", "oscars", "emmy", "emmys", "i", "ok", "okay", "fans", "fan", "internet", "web")

// possTail reports whether mention k is the capitalised tail of a
// possessive ("Dad" "'s" "Rota"): an unquoted name right after a
// possessive that follows a capitalised word of the same line, its first
// word no month, weekday, holiday or production noun, of at most four
// words (or a colon title); the possessor's word is returned.
func (a *article) possTail(k int) (string, bool) {
	toks := a.toks
	r := &a.ments[k]
	s := &a.sents[r.sent]
	p := int(r.a) - 1
	if p-1 < s.a || s.titleCase || r.quoted || r.short || r.the || r.theOpen || r.gazette || toks[p].kind != kPoss ||
		toks[r.a].nl > 0 || toks[r.a].kind != kWord || r.words > 4 && !r.colon {
		return "", false
	}
	o := &toks[p-1]
	if o.kind != kWord || !o.cap || o.allCaps && len(o.text) > 1 || o.end != toks[p].start {
		return "", false
	}
	w := toks[r.a].lower
	if t := &toks[r.a]; tokIn(t, weekdays) || months[w] != 0 || tokIn(t, holidayWords) || tokIn(t, productionNouns3) || tokIn(t, commonWords) {
		return "", false
	}
	return o.lower, true
}

// joinPossessiveTitles merges a possessive and the capitalised name after
// it into one title when the possessive is the title's own, not an
// owner's ("Grandpa's Navy is back", "the spin-offs Cook's Bench: Tokyo
// and Cook's Bench: Lima"): when the article writes the same owner word
// and tail word so at least twice and never opens a name with the tail
// word alone, or when the owner word is a common noun for a person or
// being (possTitleNouns). The owner is the mention ending right before the
// possessive ("Young Tobbe: Killer" "'s" "Ledger"), or the bare
// capitalised word when the mention finder read no name there (a word
// such as "Dad" that names nothing alone). A platform, a studio, a
// company, a name in capitals or a quoted name is an owner, not part of a
// title, and is left alone; a word written only before a possessive once
// is joined only when it is such a common noun. The merged mention reads
// as a title (titleWords) and is typed a film when a common noun owns it.
func (a *article) joinPossessiveTitles() {
	toks := a.toks
	var pairs map[[2]string]int // owner word and tail word -> times written
	var alone map[string]bool   // tail word -> opens a name without the possessive
	for k := range a.ments {
		if own, ok := a.possTail(k); ok {
			if pairs == nil {
				pairs, alone = map[[2]string]int{}, map[string]bool{}
			}
			tail := toks[a.ments[k].a].lower
			pairs[[2]string{own, tail}]++
			alone[tail] = false
		}
	}
	if pairs == nil {
		return
	}
	for k := range a.ments {
		m := &a.ments[k]
		if _, ok := alone[toks[m.a].lower]; ok && (int(m.a) == 0 || toks[m.a-1].kind != kPoss) && !m.quoted {
			alone[toks[m.a].lower] = true
		}
	}
	for k := 0; k < len(a.ments); k++ {
		own, ok := a.possTail(k)
		if !ok {
			continue
		}
		r := &a.ments[k]
		tail := toks[r.a].lower
		repeated := pairs[[2]string{own, tail}] >= 2 && !alone[tail]
		noun := possTitleNouns[own]
		p := int(r.a) - 1
		si := int(r.sent)
		hasL := k > 0 && a.ments[k-1].sent == r.sent && int(a.ments[k-1].b) == p
		head := hasL && a.seriesHead(k-1)
		if !repeated && !noun && !head {
			continue
		}
		if !head && a.surnameBefore(k, own) {
			continue // "Dana Fawsley ... Fawsley's Ledger": a person's
		}
		if hasL {
			l := &a.ments[k-1]
			if l.quoted || l.short || l.allCaps || l.typ == kg.Organisation || platformNames[l.key] || studioNames[l.key] || l.country ||
				!repeated && !head && l.words > 1 && !l.colon && !l.titleWords {
				continue // (not "Dana Cook's Ledger": a surname, once)
			}
			la, ok := a.titleJoinStart(l)
			if !ok {
				continue
			}
			m := a.joinWithNext(k-1, si, la, int(r.b))
			if noun {
				m.setType(kg.Film, 2)
			}
			k--
			continue
		}
		if possOwnerless[own] || commonWords[own] || weekdays[own] || months[own] != 0 || a.insideMention(k, p-1) {
			continue
		}
		la := p - 1
		if la-1 >= a.sents[si].a && toks[la-1].text == "The" {
			la-- // "The Butcher's Wife"
		}
		n := len(a.ments)
		a.addMention(si, la, int(r.b), false)
		merged := a.ments[n]
		a.ments = a.ments[:n]
		merged.titleWords = true
		if noun {
			merged.setType(kg.Film, 2)
		}
		a.ments[k] = merged
	}
}

// insideMention reports whether token x lies inside a mention of the
// sentence of mention k other than k itself (looking back from k).
func (a *article) insideMention(k, x int) bool {
	for i := k - 1; i >= 0 && a.ments[i].sent == a.ments[k].sent; i-- {
		if m := &a.ments[i]; int(m.a) <= x && x < int(m.b) {
			return true
		}
	}
	return false
}

// seriesHead reports whether mention k, written before a possessive, opens
// a longer title of the article ("Brisk & Tully" before "Brisk & Tully Go
// West", "Ada Vrenn" before "Ada Vrenn: The Last Case"): the name of a
// series or franchise, whose possessive names one of its entries
// ("Brisk & Tully's Big Night"), not an owner. The longer name must read as a
// title (a colon, a number or a small title word inside): a person's
// full name ("Brisk Tully Junior") or a company ("Ada Vrenn Productions")
// proves nothing.
func (a *article) seriesHead(k int) bool {
	l := &a.ments[k]
	if l.key == "" || l.quoted {
		return false
	}
	for i := range a.ments {
		m := &a.ments[i]
		if i == k || len(m.key) <= len(l.key)+1 || m.key[:len(l.key)] != l.key {
			continue
		}
		if c := m.key[len(l.key)]; c == ':' || c == ' ' && (m.titleWords || m.digit) && !realOrgWords[lastWord(m.key)] && !orgHeadNouns[lastWord(m.key)] && m.words >= l.words+2 {
			return true
		}
	}
	return false
}
