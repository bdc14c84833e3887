package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// joinSelfNamedPossessives merges an honorific name, its possessive and a
// colon title right after it whose subtitle names the same person ("Mr.
// Vane" "'s" "Final Bow: A Vane Story") into one title typed a film: a
// title that names its hero twice is one name, not the person's thing.
func (a *article) joinSelfNamedPossessives() {
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if l.sent != r.sent || r.a != l.b+1 || toks[l.b].kind != kPoss || !r.colon || r.quoted || l.quoted || l.colon ||
			l.b-l.a < 2 || !honorifics[toks[l.a].lower] {
			continue
		}
		_, sub, ok := strings.Cut(r.key, ": ")
		if !ok || !containsWords(sub, toks[l.b-1].lower) {
			continue
		}
		a.joinWithNext(k, int(l.sent), int(l.a), int(r.b)).setType(kg.Film, 2)
	}
}
