package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// withdrawAux may stand between a name and the denial of its return ("is",
// "reportedly").
var withdrawAux = setOf("is", "was", "will", "would", "has", "had", "reportedly", "also", "however", ",", "now", "since")

// returnWords say a part comes back ("will not be back", "is not expected
// to return").
var returnWords = setOf("return", "returning", "back", "reprise", "reprising", "involved", "appear", "appearing")

// leftWords say an actor left ("has exited", "dropped out").
var leftWords = setOf("exited", "exits", "departed", "dropped", "quit", "withdrew", "withdrawn")

// withdrawnNames returns the folded capitalised words that open a denial
// of return or a verb of leaving ("Varga is not expected to return",
// "has exited", "dropped out"; see withdrawnMention); the map is empty, not
// nil, when there is none. The word read after a name and at most three
// auxiliaries is a verb of leaving or a negation (withdrawnCue), so only
// the four tokens before each such word can open one: those are tried
// (withdrawnAt), each once and in order, not every token of the article.
func (a *article) withdrawnNames() map[string]bool {
	out := map[string]bool{}
	next := 0 // the first token not tried yet
	for _, c := range a.cueTokens() {
		k := int(c)
		if !withdrawnCue(&a.toks[k]) {
			continue
		}
		for t := max(k-4, next); t < k; t++ {
			a.withdrawnAt(t, out)
		}
		next = max(next, k)
	}
	return out
}

// withdrawnAt adds to out the folded word of token t when a capitalised t
// opens a denial of return or a verb of leaving (withdrawnNames).
func (a *article) withdrawnAt(t int, out map[string]bool) {
	toks := a.toks
	if !toks[t].cap || out[toks[t].lower] {
		return
	}
	k := t + 1
	for n := 0; n < 3 && k < len(toks) && tokIn(&toks[k], withdrawAux); n++ {
		k++
	}
	if k >= len(toks) {
		return
	}
	if tokIn(&toks[k], leftWords) {
		out[toks[t].lower] = true
		return
	}
	w := toks[k].lower
	if w == "no" && k+1 < len(toks) && toks[k+1].lower == "longer" {
		k++
	} else if w != "not" && w != "never" && !strings.HasSuffix(w, "n't") {
		return
	}
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if tokIn(&toks[j], returnWords) {
			out[toks[t].lower] = true
			return
		}
		if toks[j].kind != kWord {
			return
		}
	}
}

// withdrawnCredit returns the claim for "P as C" in the production the
// text is about (an anaphor or a film of another sentence, not one this
// sentence names) when the article says elsewhere that P will not be back
// ("the 2004 film, which starred P as C. P is not expected to return."):
// only who played C stays. Other claims come back unchanged.
func (p *pctx) withdrawnCredit(c pclaim) pclaim {
	if c.rel != kg.ActedIn || !(c.obj.ana == anaFilm || c.obj.abs) || c.char.m < 0 || c.subj.abs || c.subj.m < 0 {
		return c
	}
	if m := p.mm(int(c.subj.m)); m == nil || !p.a.withdrawnMention(m) {
		return c
	}
	c.rel, c.obj, c.char = kg.Portrayed, c.char, noArg
	return c
}
