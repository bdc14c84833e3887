package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// ownedWorkEnds close a company's possessive phrase in an appositive to a
// title ("F, the next chapter in O's heist franchise", "F, O's new
// big-screen take on the novels").
var ownedWorkEnds = setOf("franchise", "series", "saga", "universe", "take", "adaptation", "reboot", "remake",
	"reimagining", "film", "movie", "feature", "sequel", "prequel", "spin-off", "spinoff", "installment", "instalment",
	"entry", "chapter", "show", "drama", "comedy", "thriller")

// companyAppositive credits the company at item t with the title that an
// appositive ending in the company's possessive describes: "F, the next
// installment in O's animated franchise," and "F, O's new big-screen take
// on X" (PRODUCED O → F; a streamer's DISTRIBUTED). The company is typed
// so (strength 2 or more), the phrase after its possessive is at most
// four plain words closed by an ownedWorkEnds noun with no name right
// after it, and only plain words stand between the comma after F and O.
func (p *pctx) companyAppositive(t int) {
	o := p.mm(t)
	if p.w(t+1) != "'s" || o.typ != kg.Organisation || o.strength < 2 || o.world == kg.WorldFictional || t < 2 {
		return
	}
	n := t + 2
	for n < len(p.it) && n < t+6 && !p.isM(n) && isWordLike(p.w(n)) && !p.wIn(n, ownedWorkEnds) {
		n++
	}
	if p.isM(n) || !p.wIn(n, ownedWorkEnds) || p.isM(n+1) {
		return // ("O's 2019 film G": G is the company's)
	}
	b := t - 1
	for b > 0 && b > t-7 && !p.isM(b) && p.w(b) != "," {
		if !isWordLike(p.w(b)) {
			return
		}
		b--
	}
	if p.w(b) != "," {
		return
	}
	fi := b - 1
	if p.w(fi) == ")" && isYear(p.w(fi-1)) && p.w(fi-2) == "(" {
		fi -= 3 // "F (1950), O's comedy about ..."
	}
	if !p.isM(fi) {
		return
	}
	f := p.mm(fi)
	if !(f.typ == kg.Film || f.typ == "" && p.untypedTitle(fi)) {
		return
	}
	rel := kg.Produced
	if o.kind == "streamer" {
		rel = kg.Distributed
	}
	p.typ(fi, kg.Film, 2)
	p.claim(pclaim{rel: rel, subj: mArg(t), obj: mArg(fi)})
}
