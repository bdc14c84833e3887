package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A name followed by ", which" and a company's verb is a company's:
// "X, which produced both films, ...", "X, which also distributes in
// France", "X, which acquired the film", "X, which is releasing the
// production". A person takes "who", and a film does not produce,
// distribute, acquire or commission. (companyWhich, company_which.go,
// reads the credit when the clause names the film; this types the name
// whatever the clause's object.)

// whichVerbOn switches the cue on (tests switch it off).
var whichVerbOn = true

// whichTypeVerbs are company verbs after "which" that type the name
// before it; "released" and "releases" need an object after them
// (whichReleaseObjects: "which released in 2019" is a film's).
var whichTypeVerbs = setOf("produced", "produces", "co-produced", "co-produces", "financed", "co-financed", "backed",
	"bankrolled", "distributed", "distributes", "acquired", "commissioned", "bought", "owns", "producing",
	"distributing", "releasing", "released", "releases", "animates", "animated")

// whichReleaseObjects may open the object of "released" after "which".
var whichReleaseObjects = setOf("the", "a", "an", "its", "both", "it", "his", "her", "their", "all")

// whichVerbCompany types the mention at item i an organisation when ",
// which [up to two adverbs] [is] verb" follows it with a whichTypeVerbs
// verb. Quoted names, names with a colon, names that open with a given
// name, a title or a post ("CEO of X"), and names a cue or the article made a person, a
// character, a film or a franchise are left alone.
func (p *pctx) whichVerbCompany(i int) {
	if !whichVerbOn || p.w(i+2) != "which" {
		return
	}
	k := i + 3
	for n := 0; n < 2 && p.in(k, whichAdverbs); n++ {
		k++
	}
	if p.w(k) == "is" || p.w(k) == "was" {
		k++
	}
	if p.isM(k) || !p.in(k, whichTypeVerbs) {
		return
	}
	switch w := p.w(k); {
	case (w == "released" || w == "releases") && !p.isM(k+1) && !p.in(k+1, whichReleaseObjects):
		return
	case (w == "producing" || w == "distributing" || w == "releasing") && p.w(k-1) != "is" && p.w(k-1) != "was":
		return
	case w == "animated" && p.w(k-1) != "also" && !p.in(k+1, whichReleaseObjects):
		return
	}
	m := p.mm(i)
	if m.quoted || m.colon || m.typ != "" && m.typ != kg.Organisation && m.strength >= 2 || isGivenNameLower(firstWord(m.text)) ||
		inLower(nameTitles, firstWordNoDot(m.text)) || personSuffix(lastWord(m.text)) || m.words >= 3 && inLower(roleWords, firstWord(m.text)) {
		return // (not "CEO of X": a post the name finder joined to the body)
	}
	if pt := p.priorType(i); pt != "" && pt != kg.Organisation {
		return
	}
	m.setType(kg.Organisation, 2)
	if m.world == "" {
		m.world = kg.WorldReal
	}
}
