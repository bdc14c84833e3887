package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A sequel named in apposition: "X and its sequel, Y"; "that film and its
// 2016 sequel, Y"; "MGM rushed out a sequel, Y (1951)"; "on the 2018
// sequel, Y"; without the comma after "its" only ("X and its 2013 sequel
// Y"). Y is a sequel of the film named last before the phrase —
// in its sentence or, for "its", "a" and "the", the sentences before it in
// the paragraph — which is what "its" and the sequel's "the" point back
// to.

// sequelNameEnds may follow the sequel's name.
var sequelNameEnds = setOf(",", "(", ".", ";", ")", "and", "or", "which", "in", "—", "–")

// sequelNamedLinks adds, for each "(its|a|the) [YEAR] sequel, Y" (or "its
// [YEAR] sequel Y") whose Y
// is a film, the claim that Y is a sequel of the film named last before
// the phrase in its paragraph (another work than Y), or of the article's
// film when the paragraph names none, unless a claim already links the
// two. Runs once mentions are resolved; it first makes the franchise an
// article names only as "the franchise" (entryFranchise, franchise_entries.go)
// and last reads the later works named in apposition to a follow-up noun
// (apposedNewerLinks, link_apposednewer.go).
func (a *article) sequelNamedLinks() {
	a.entryFranchise()
	if linkFranchiseTitles {
		a.franchiseTitleLinks()
	}
	defer a.apposedNewerLinks()
	for _, c := range a.cueTokens() { // ("sequel" is among them)
		k := int(c)
		if k < 2 || k+2 >= len(a.toks) || a.toks[k].lower != "sequel" {
			continue
		}
		at := k + 2 // the sequel's name: after the comma, or right after the noun ("its 2014 sequel Y")
		if a.toks[k+1].text != "," {
			at = k + 1
		}
		if !a.toks[at].cap {
			continue
		}
		d := k - 1
		if a.toks[d].kind == kNum && isYear(a.toks[d].text) {
			d--
		}
		if d < 0 || a.toks[d].lower != "its" && a.toks[d].lower != "a" && a.toks[d].lower != "the" {
			continue
		}
		if at == k+1 && a.toks[d].lower != "its" {
			continue // without the comma only "its" points back clearly ("the 1987 sequel Y" may follow any film)
		}
		si := int(a.sentOf(k))
		ms, me := a.sentMentions(si)
		y := a.mentionAt(ms, me, at)
		if y < 0 || a.ments[y].ent < 0 || a.ents[a.find(int(a.ments[y].ent))].typ != kg.Film {
			continue
		}
		if b := int(a.ments[y].b); b < int(a.sents[si].b) && !sequelNameEnds[a.toks[b].text] {
			continue // a name cut short ("Y Part II" read as "Y"; "Y's")
		}
		ye := a.find(int(a.ments[y].ent))
		x := a.sequelAntecedent(si, d, ye)
		if x < 0 && a.subjectFilm >= 0 && a.find(int(a.subjectFilm)) != ye {
			x = a.firstMention(int(a.subjectFilm)) // no film named in the paragraph: the article's
		}
		if x < 0 || a.linked(ye, a.find(int(a.ments[x].ent))) {
			continue
		}
		a.claims = append(a.claims, pclaim{rel: kg.SequelOf, subj: arg{m: int32(y), of: -1, abs: true},
			obj: arg{m: int32(x), of: -1, abs: true}, sent: int32(si)})
	}
}

// sequelAntecedent returns the last mention of a film other than local entity
// not that ends before token k, in sentence si or the sentences before it
// in its paragraph, or -1; a name followed by "in" and no year is a
// part's ("played C in its sequel").
func (a *article) sequelAntecedent(si, k, not int) int {
	for s := si; s >= 0; s-- {
		ms, me := a.sentMentions(s)
		for mi := me - 1; mi >= ms; mi-- {
			m := &a.ments[mi]
			if int(m.b) > k || m.ent < 0 || a.toks[m.b].lower == "in" && a.toks[m.b+1].kind != kNum {
				continue // ("C in its sequel": C is a part)
			}
			if e := a.find(int(m.ent)); e != not && a.ents[e].typ == kg.Film {
				return mi
			}
		}
		if a.toks[a.sents[s].a].nl >= 2 {
			break
		}
	}
	return -1
}

// linked reports whether a claim already links local film entities x and
// y by a sequel, prequel or spin-off relation.
func (a *article) linked(x, y int) bool {
	for i := range a.claims {
		c := &a.claims[i]
		if c.rel != kg.SequelOf && c.rel != kg.PrequelOf && c.rel != kg.SpinOffOf || c.subj.m < 0 || c.obj.m < 0 {
			continue
		}
		s, o := a.ments[c.subj.m].ent, a.ments[c.obj.m].ent
		if s < 0 || o < 0 {
			continue
		}
		if s, o := a.find(int(s)), a.find(int(o)); s == x && o == y || s == y && o == x {
			return true
		}
	}
	return false
}
