package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// franchiseTheOpeners gives back its "The" to a franchise named at the
// opening of a sentence ("The X universe began with a novel.") when the
// article writes a work of that name with a capitalised "The" elsewhere
// ("the films The X: Y and The X: Z"): the franchise is "The X", as its
// works are, not "X" (a sentence-opening "The" is left out of names). Runs
// before mentions are resolved; keys are unchanged.
func (a *article) franchiseTheOpeners() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if !m.theOpen || m.the || m.typ != kg.Franchise || !a.beforeFranchiseNoun(m) {
			continue
		}
		for ni := range a.ments {
			if n := &a.ments[ni]; n.the && (n.key == m.key || strings.HasPrefix(n.key, m.key) && len(n.key) > len(m.key) && (n.key[len(m.key)] == ':' || n.key[len(m.key)] == ' ')) {
				m.the = true
				break
			}
		}
	}
}
