package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// A sentence opening on the time since an older work and saying someone is
// back in a newer one: "Seven years after Y, the bear is back in X";
// "Nearly two decades after NBC's Y told a nation ..., its creator is back
// with X"; "Six years after Y turned ..., D is back behind the camera with
// X". X is a sequel of Y.

// yearsAfterBackLinks adds, for each sentence that opens with "[...] N
// (years|decades) after Y" (Y a film, possibly after a company's "'s") and
// later says "back" followed within five words, with no comma between, by
// "in" or "with" and a film X other than Y, the claim that X is a sequel of
// Y, unless a claim already links the two. The sentence's opening words
// are tested first, so most sentences cost two comparisons.
func (a *article) yearsAfterBackLinks() {
	for si := range a.sents {
		s := &a.sents[si]
		after := -1
		for k := s.a + 1; k <= s.a+3 && k+1 < s.b; k++ {
			if a.toks[k].lower == "after" && (a.toks[k-1].lower == "years" || a.toks[k-1].lower == "decades") {
				after = k
				break
			}
		}
		if after < 0 || s.titleCase {
			continue
		}
		ms, me := a.sentMentions(si)
		y := a.mentionAt(ms, me, after+1)
		if y >= 0 && int(a.ments[y].b) < s.b && a.toks[a.ments[y].b].text == "'s" && a.ments[y].ent >= 0 && a.ents[a.find(int(a.ments[y].ent))].typ != kg.Film {
			y = a.mentionAt(ms, me, int(a.ments[y].b)+1) // "after NBC's Y"
		}
		if y < 0 || a.ments[y].ent < 0 {
			continue
		}
		ye := a.find(int(a.ments[y].ent))
		if a.ents[ye].typ != kg.Film {
			continue
		}
		x := a.backInWork(si, int(a.ments[y].b), ms, me)
		if x < 0 || a.ments[x].ent < 0 {
			continue
		}
		xe := a.find(int(a.ments[x].ent))
		if xe == ye || a.ents[xe].typ != kg.Film || a.linked(xe, ye) {
			continue
		}
		a.claims = append(a.claims, pclaim{rel: kg.SequelOf, subj: arg{m: int32(x), of: -1, abs: true},
			obj: arg{m: int32(y), of: -1, abs: true}, sent: int32(si)})
	}
}

// backInWork returns the mention (among ms..me of sentence si) named right
// after the "in" or "with" that follows "back" within five words, with no
// comma between, from token k on; or -1.
func (a *article) backInWork(si, k, ms, me int) int {
	end := a.sents[si].b
	for ; k < end; k++ {
		if a.toks[k].lower != "back" {
			continue
		}
		for j := k + 1; j < end && j <= k+5; j++ {
			w := a.toks[j].lower
			if w == "," {
				break
			}
			if w == "in" || w == "with" {
				return a.mentionAt(ms, me, j+1)
			}
		}
	}
	return -1
}

// yearsAfterBackOff lets a test switch yearsAfterBackLinks off.
var yearsAfterBackOff = false
