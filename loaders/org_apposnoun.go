package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// A body named before an appositive that says what kind of body it is:
// "X, the Burbank animation company co-founded by ...", "X, a
// Michelin-starred French restaurant run by ...", "X, a women's prison on
// the outskirts of ...", "X, the small distributor that ...". The name is
// an organisation's. (groupAppositive and appositiveOrg read the shorter
// forms with group nouns; this reads institution nouns, describing words
// that hold a place's or a company's name, and a possessive noun.)

// orgApposNounOn switches the cue on (tests switch it off).
var orgApposNounOn = true

// orgApposHeads head an appositive that names a body's kind: companies,
// outlets and the institutions a story is set in.
var orgApposHeads = setOf("company", "studio", "distributor", "broadcaster", "streamer", "firm", "shop", "label",
	"conglomerate", "corporation", "publisher", "newspaper", "tabloid", "daily", "magazine", "platform",
	"prison", "penitentiary", "restaurant", "resort", "casino", "pub", "hospital", "clinic", "academy", "school",
	"university", "college", "sorority", "fraternity", "dojo", "union", "agency", "bureau", "department", "division",
	"outfit", "militia", "band", "gang", "crew", "syndicate", "cartel", "unit", "precinct", "regiment", "battalion")

// orgApposEnds may follow the head noun of such an appositive.
var orgApposEnds = setOf(",", ".", ";", ")", "", "that", "which", "where", "whose", "who", "run", "led", "founded",
	"co-founded", "owned", "based", "behind", "on", "in", "of", "from", "with", "selling", "known", "set", "the")

// orgApposStops end the describing words before the head noun ("an
// officer in the unit": no appositive of a body).
var orgApposStops = setOf("a", "an", "the", "of", "in", "at", "to", "for", "with", "on", "by", "from", "who", "and",
	"or", "is", "was", "as", "that", "which", "his", "her", "their", "its")

// orgApposNoun types the mention at item i an organisation when ", the|a|an
// [up to four describing words] head" follows it, the head an
// orgApposHeads noun closing the appositive. A describing word may be a
// lower-case word (a possessive noun too: "a women's prison") or one name
// that is no person's or character's ("the Burbank animation company").
// Names cut short (after "&", a number, or a name and a comma) or that
// are one company word, names that open with a given name or a title,
// end with a person's suffix, are quoted, or that a cue or the article made a person, a
// character or a franchise are left alone; a weak film type gives way.
func (p *pctx) orgApposNoun(i int) {
	if !orgApposNounOn || p.w(i+1) != "," || !p.in(i+2, articles) {
		return
	}
	k := i + 3
	names := 0
	head := -1
	for n := 0; n < 5; n++ {
		j := k + n
		if p.isM(j) {
			o := p.mm(j)
			if names > 0 || o.quoted || o.words > 3 || o.typ != "" && o.typ != kg.Organisation || o.personShaped() && !o.country && !demonym(lowerWord(lastWord(o.text))) {
				return
			}
			names++
			continue
		}
		w := p.w(j)
		if (w == "'s" || w == "'") && n > 0 && !p.isM(j-1) && isWordLike(p.w(j-1)) {
			continue // "a women's prison"
		}
		if !isWordLike(w) && !capHyphenWord(w) || p.in(j, orgApposStops) {
			return
		}
		if p.in(j, orgApposHeads) && (p.w(j+1) == "'s" || p.w(j+1) == "'") {
			return // "X, the studio's animation chief"
		}
		if p.in(j, orgApposHeads) && !p.isM(j+1) && p.in(j+1, orgApposEnds) {
			head = j
			break
		}
	}
	if head < 0 {
		return
	}
	if b := p.w(i - 1); b == "&" || b == "+" || b != "" && b[0] >= '0' && b[0] <= '9' || b == "," && p.isM(i-2) {
		return // a name cut short: "Crane, Poole & Schmidt", "87North", "343 Industries"
	}
	m := p.mm(i)
	if m.words == 1 && (realOrgWords[m.key] || companyTailWords[m.key]) {
		return // a company word alone
	}
	if m.quoted || m.colon || isGivenNameLower(firstWord(m.text)) || personSuffix(lastWord(m.text)) || inLower(nameTitles, firstWordNoDot(m.text)) {
		return
	}
	if m.typ != "" && m.typ != kg.Organisation && !(m.typ == kg.Film && m.strength < 2) {
		return
	}
	if pt := p.priorType(i); pt != "" && pt != kg.Organisation && pt != kg.Film {
		return
	}
	m.setType(kg.Organisation, 2)
}

// firstWordNoDot returns the first word of s less a final period ("Mr.").
func firstWordNoDot(s string) string {
	w := firstWord(s)
	if len(w) > 1 && w[len(w)-1] == '.' {
		return w[:len(w)-1]
	}
	return w
}

// capHyphenWord reports whether w is a capitalised hyphenated word that is no
// name ("Michelin-starred", "Emmy-winning").
func capHyphenWord(w string) bool {
	return len(w) > 2 && w[0] >= 'A' && w[0] <= 'Z' && strings.IndexByte(w, '-') > 0 && isWordLike(w[1:])
}
