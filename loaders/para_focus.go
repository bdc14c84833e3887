package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// paragraphFocus returns, per sentence, the mention of the film the
// paragraph has moved to, or -1: the film named last before the sentence
// in its paragraph, when the sentence names no film itself, the paragraph
// is not the article's first, and nothing in the paragraph up to and
// including the sentence names the article's own film ("The show remakes
// the 2016 series X. A and B starred as C and D." credits X, not the
// show). A cast claim of such a sentence with no film of its own goes to
// that film, not to the article's. One pass over the mentions.
func (a *article) paragraphFocus(subj int) []int32 {
	n := len(a.sents)
	if subj < 0 || n == 0 {
		return nil
	}
	last := make([]int32, n) // last film mention of each sentence, -1 none
	own := make([]bool, n)   // the sentence names the article's film
	for i := range last {
		last[i] = -1
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.ent < 0 || int(m.sent) >= n {
			continue
		}
		e := a.find(int(m.ent))
		if a.ents[e].typ != kg.Film {
			continue
		}
		if e == subj {
			own[m.sent] = true
			continue
		}
		if b := m.a - 1; b > 0 && (a.toks[b].text == "(" || a.toks[b].lower == "the" && a.toks[b-1].text == "(") {
			continue // a credit in parentheses ("P (X) joins as C") is no topic
		}
		if l := last[m.sent]; l < 0 || a.ments[l].a < m.a {
			last[m.sent] = int32(mi)
		}
	}
	out := make([]int32, n)
	cur, seenOwn, first := int32(-1), false, true
	any := false
	scan := 0 // tokens before scan are read for "the film" cues
	for si := 0; si < n; si++ {
		if si > 0 && (a.toks[a.sents[si].a].nl >= 2 || a.sents[si-1].titleCase) {
			cur, seenOwn, first = -1, false, false
			scan = a.sents[si].a
		}
		if own[si] {
			seenOwn = true
		}
		if l := last[si]; l >= 0 && !seenOwn && !first {
			// "the film"/"the follow-up" before the other film is named
			// speaks of the article's film: the paragraph stays with it
			to := int(a.ments[l].a)
			for ; scan < to; scan++ {
				if a.theWorkNoun(scan) {
					seenOwn = true
				}
			}
		}
		out[si] = -1
		if !first && !seenOwn && cur >= 0 && last[si] < 0 {
			out[si] = cur
			any = true
		}
		if last[si] >= 0 {
			cur = last[si]
		}
	}
	if !any {
		return nil
	}
	return out
}

// theWorkNoun tells whether token k is "the" before a film or series noun
// ("the film", "the sequel", "the follow-up", "the show").
func (a *article) theWorkNoun(k int) bool {
	if a.toks[k].lower != "the" || k+1 >= len(a.toks) {
		return false
	}
	t := &a.toks[k+1]
	return t.lower == "follow-up" || tokIn(t, filmNouns) || tokIn(t, seriesNouns)
}
