package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// A person already named in full comes back under forms that are not a
// plain short form of the name: a courtesy title and the family name
// ("Ms Kerrow", and "Ms Kwon" for a name written family name first,
// "Kwon Seul-ah"), a title that goes with the given name ("Don Aurelio", "Sir
// Basil"), or a name with a Japanese honorific suffix ("Morishige-san").
// honorificWord reads them; honorificLong finds the full name they stand
// for; namesAgain tells whether a mention names a given person again
// (the test that finds the person an obituary or profile is about).

// Name positions a title or suffix points at.
const (
	atLast  = 1 // the family name, written last ("Ms Kerrow")
	atFirst = 2 // the first word: a family name written first ("Ms Kwon"), or the given name ("Don Aurelio")
	atGiven = 4 // the given name only: never a family name written first
)

// surnameHonorifics go before the family name ("Mr", "Señora", "Monsieur",
// "Frau"); a name written family name first puts it first.
var surnameHonorifics = setOf("mr", "mrs", "ms", "miss", "mx", "señor", "senor", "señora", "senora", "señorita",
	"senorita", "signor", "signora", "signorina", "monsieur", "madame", "mademoiselle", "mme", "mlle", "herr", "frau",
	"fräulein", "fraulein")

// givenHonorifics go before the given name ("Don Aurelio", "Tía Rosa",
// "Dame Edna", "Sir Basil").
var givenHonorifics = setOf("don", "doña", "dona", "tía", "tia", "tío", "tio", "sir", "dame")

// honorificSuffixes follow a name after a hyphen ("Morishige-san",
// "Mori-sensei").
var honorificSuffixes = setOf("san", "sensei", "sama", "kun", "chan", "senpai", "ssi", "nim")

// honorificWord returns the name word of a mention written with an
// honorific ("Ms. Kwon", "Don Aurelio", "Morishige-san") and the positions of
// a full name it may stand at; "" when the mention is no such form.
func (a *article) honorificWord(m *mention) (string, int) {
	switch m.words {
	case 2:
		t := a.toks[m.a].lower
		if !a.tokIn(int(m.a), surnameHonorifics) && !a.tokIn(int(m.a), givenHonorifics) {
			return "", 0
		}
		sp := strings.IndexByte(m.key, ' ')
		if sp < 0 || strings.IndexByte(m.key[sp+1:], ' ') >= 0 {
			return "", 0
		}
		if givenHonorifics[t] {
			return m.key[sp+1:], atFirst | atGiven
		}
		return m.key[sp+1:], atLast | atFirst
	case 1:
		h := strings.LastIndexByte(m.key, '-')
		if h < 2 || !honorificSuffixes[m.key[h+1:]] {
			return "", 0
		}
		return m.key[:h], atLast | atFirst
	}
	return "", 0
}

// honorificLong returns the key of the one full personal name of the
// article that the honorific form mi (honorificWord: w at positions pos)
// stands for, or "": the one name ending in w ("Ms Kerrow", "Morishige-san";
// named anywhere, as newspapers use the form), else, when no name ends in
// it, the one name named before mi that opens with w ("Ms Kwon" for
// "Kwon Seul-ah", "Don Aurelio" for "Aurelio Vidal"). A given-name title
// takes no name written family name first (whose last word is a
// romanised given name, hyphenGivenName: "Don Han" is no form of "Han
// Sang-woo").
func (a *article) honorificLong(mi int, w string, pos int) string {
	m := &a.ments[mi]
	if pos&atLast != 0 {
		if long, n := a.honorificCands(m, len(a.ments), w, atLast); n == 1 {
			return long
		} else if n > 1 {
			return ""
		}
	}
	long, n := a.honorificCands(m, mi, w, atFirst)
	if n != 1 {
		return ""
	}
	if pos&atGiven != 0 && hyphenGivenName(a.toks[a.longLastTok(long, mi)].text) {
		return ""
	}
	return long
}

// honorificCands counts the full personal names among the first upto
// mentions that hold w at position at (atLast or atFirst), other than m
// itself and names written with a title of their own, and returns the
// last one found.
func (a *article) honorificCands(m *mention, upto int, w string, at int) (string, int) {
	long, n := "", 0
	for k := 0; k < upto; k++ {
		o := &a.ments[k]
		if o.words < 2 || o.key == m.key || o.key == long || !(o.typ == kg.Person || o.typ == "" && o.personShaped()) {
			continue
		}
		if at == atLast && !hasSuffixAfter(o.key, " ", w) || at == atFirst && !hasPrefixBefore(o.key, w, " ") {
			continue
		}
		if t := a.toks[o.a].lower; surnameHonorifics[t] || givenHonorifics[t] {
			continue
		}
		long, n = o.key, n+1
	}
	return long, n
}

// longLastTok returns the last token of the first mention before mi whose
// key is long.
func (a *article) longLastTok(long string, mi int) int {
	for k := 0; k < mi; k++ {
		if a.ments[k].key == long {
			return int(a.ments[k].b) - 1
		}
	}
	return int(a.ments[mi].b) - 1
}

// namesAgain reports whether mention o names again the person whose full
// name has the folded key full and last word surname: in full, by the
// family name (with its particle: "de Varo"), or, in an obituary (obit),
// by an honorific form of it ("Ms. Kwon" for "Kwon Seul-ah", "Don Aurelio"
// for "Aurelio Vidal"). Elsewhere "Mr Crane" in a news item about a film
// must not make the item a piece about him.
func (a *article) namesAgain(o *mention, full, surname string, obit bool) bool {
	if o.key == full || o.key == surname {
		return true
	}
	if w, pos := a.honorificWord(o); w != "" {
		return obit && (pos&atLast != 0 && w == surname || hasPrefixBefore(full, w, " "))
	}
	return o.words == 2 && hasSuffixAfter(full, " ", o.key)
}
