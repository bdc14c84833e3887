package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// retypePersonFilms makes persons the personal names led by a given name
// that only weak cues typed a film (strength two or less, not quoted, no
// "the") when a cue typed their surname a person strongly elsewhere in the
// article, and gives the role claims that took them for their film the
// article's film instead ("Rebecca Ferguson is in talks to join ... in F, the follow-up
// to ..." beside "Ferguson would play C"): one name, one sense in one
// article.
func (a *article) retypePersonFilms() {
	var persons map[string]bool
	for mi := range a.ments {
		if m := &a.ments[mi]; m.typ == kg.Person && m.strength >= 3 && m.words == 1 {
			if persons == nil {
				persons = map[string]bool{}
			}
			persons[m.key] = true
		}
	}
	if persons == nil {
		return
	}
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.typ != kg.Film || m.strength > 2 || m.quoted || m.the || m.head || m.words < 2 || !m.personShaped() || !isGivenName(lowerFirst(m.text)) {
			continue
		}
		sp := strings.LastIndexByte(m.key, ' ')
		if sp < 0 || !persons[m.key[sp+1:]] {
			continue
		}
		for k := range a.ments {
			if o := &a.ments[k]; o.key == m.key && o.typ == kg.Film && !o.quoted && !o.head && o.strength <= 2 {
				o.typ, o.strength = kg.Person, 2
				a.refocusClaims(int32(k))
			}
		}
	}
}

// refocusClaims makes the film of the role claims that name mention k as
// their production the article's film anaphor again: the patterns took the
// mistyped name for the film the sentence is about.
func (a *article) refocusClaims(k int32) {
	for i := range a.claims {
		if c := &a.claims[i]; c.obj.m == k && filmAnaphorRels[c.rel] {
			c.obj = arg{m: -1, ana: anaFilm, of: -1, abs: true}
		}
	}
}
