package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// titleCutWords are the function words a film title is cut at when an
// article shortens it to its head ("Tides" for "Tides of Marrow",
// "Orla Finch" for "Orla Finch and the Glass Key") or its tail ("Bell
// Harbour" for "The Drowning of Bell Harbour").
var titleCutWords = setOf("of", "and", "before", "in")

// mergeCutTitles joins a film of one or two words, without digits, to the
// one longer film title of the article that it opens or ends at a
// function word (titleCutWords: "Tides" and "Tides of Marrow", "Bell
// Harbour" and "The Drowning of Bell Harbour"), when the longer title is
// named first and no sequel, prequel or spin-off claim links the two:
// the article shortening the title it named in full. A short title that
// is also a character's or a person's name ("Wrath of Marlow" beside the
// doll Marlow's own series "Marlow"), or written with its own "The" and
// a strong cue ("the streaming series The Tidewalker" beside "The
// Tidewalker and Pip"), is a work of its own and stays apart. It returns
// nothing; the entities are merged in place.
func (a *article) mergeCutTitles(byKey map[kg.NodeType]map[string]int) {
	films := byKey[kg.Film]
	for k, e := range films {
		if len(k) < 3 || strings.Count(k, " ") > 1 || strings.ContainsAny(k, "0123456789:") {
			continue
		}
		if _, ok := byKey[kg.Character][k]; ok {
			continue
		}
		if _, ok := byKey[kg.Person][k]; ok || a.ownTheTitle(e) {
			continue
		}
		cand, n := -1, 0
		for k2, e2 := range films {
			if len(k2) <= len(k)+4 || a.find(e2) == a.find(e) {
				continue
			}
			long := strings.TrimPrefix(k2, "a ")
			if rest, ok := strings.CutPrefix(long, k+" "); ok && titleCutWords[firstWord(rest)] && strings.Contains(rest, " ") {
				cand, n = e2, n+1
				continue
			}
			if head, ok := strings.CutSuffix(long, " "+k); ok && titleCutWords[lastWord(head)] && strings.Contains(head, " ") {
				cand, n = e2, n+1
			}
		}
		if n != 1 || a.find(cand) == a.find(e) || a.filmsRelated(cand, e) {
			continue
		}
		if fl, fs := a.firstMention(cand), a.firstMention(e); fl >= 0 && fs >= 0 && a.ments[fl].start < a.ments[fs].start {
			a.union(a.find(cand), a.find(e), "short-form")
		}
	}
}

// ownTheTitle reports whether a mention of local film entity e is written
// with its own "The" and typed by a strong cue ("the series The
// Tidewalker"): a title in its own right.
func (a *article) ownTheTitle(e int) bool {
	for _, mi := range a.ents[a.find(e)].mentions {
		if m := &a.ments[mi]; m.the && m.strength >= 3 {
			return true
		}
	}
	return false
}
