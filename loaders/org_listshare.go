package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// listMembersShared gives the earlier characters of a list that ends at
// item t ("A and B", "A, B and C", "A and her partner B") the MEMBER_OF
// claims orgMembers made for t (those from claim index from on) when
// what follows t speaks of them all: "A and B of the X", "A and B, the
// last surviving members of the X", "A and B, both now officers of the
// X", "A and B, the ghost hunters who run X". A singular post ("A and B,
// the leader of the X") stays B's.
func (p *pctx) listMembersShared(t, from int) {
	if len(p.a.claims) == from {
		return
	}
	mi := p.it[t].m
	var got []pclaim
	for _, c := range p.a.claims[from:] {
		if c.rel == kg.MemberOf && c.subj.abs && c.subj.m == mi && c.obj.abs && c.obj.m >= 0 {
			got = append(got, c)
		}
	}
	if len(got) == 0 {
		return
	}
	chars := p.listCharsBefore(t)
	if len(chars) == 0 || !p.pluralAfter(t, got[0].obj.m) {
		return
	}
	for _, c := range chars {
		for _, g := range got {
			g.subj = charOfItem(p, c)
			p.claim(g)
		}
	}
}

// listCharsBefore returns the characters listed before the character at
// item t and joined to it by "and" (past "his/her/their" and a kin or
// peer noun: "A and her partner B", "A and his wife, B"), with commas between earlier ones;
// nil when the item before "and" is no character.
func (p *pctx) listCharsBefore(t int) []int {
	j := t - 1
	if p.w(j) == "," && (partKinNouns[p.w(j-1)] || peerNouns[p.w(j-1)]) {
		j-- // "A and her partner, B"
	}
	if (partKinNouns[p.w(j)] || peerNouns[p.w(j)]) && !p.isM(j) && p.wIn(j-1, possessivePronouns) {
		j -= 2
	}
	if p.w(j) != "and" {
		return nil
	}
	c := j - 1
	if p.w(c) == "," {
		c-- // "A, B, and C"
	}
	var out []int
	for len(out) < 6 && p.isM(c) && p.isCharacterItem(c) {
		out = append(out, c)
		if p.w(c-1) != "," {
			break
		}
		c -= 2
	}
	return out
}

// listPluralWords, in the words after a list of characters, say the
// description is of them all ("both now officers", "the pair", "the
// three founders").
var listPluralWords = setOf("both", "all", "pair", "two", "three", "four", "trio", "duo")

// pluralAfter reports whether the words between the list's last
// character at item t and the body (mention index body) describe the
// list as a whole: "of" straight after t, a listPluralWords word, a
// plural post (pluralRole) or a plural verb of leading after "who".
func (p *pctx) pluralAfter(t int, body int32) bool {
	if p.w(t+1) == "of" {
		return true
	}
	for n := t + 1; n < len(p.it) && n < t+16; n++ {
		if p.isM(n) {
			if p.it[n].m == body {
				return false
			}
			continue
		}
		w := p.w(n)
		if listPluralWords[w] || pluralRole(w) != "" || p.w(n-1) == "who" && pluralRunVerbs[w] != "" {
			return true
		}
	}
	return false
}

// pluralRole returns the singular post of a plural role noun ("members",
// "officers", "founders", "agents"), or "" for any other word.
func pluralRole(w string) string {
	if !strings.HasSuffix(w, "s") || len(w) < 4 {
		return ""
	}
	s := strings.TrimSuffix(w, "s")
	if roleWords[s] || memberJobNouns[s] || chainRoleNouns[s] {
		return s
	}
	if strings.HasSuffix(w, "es") {
		if s = strings.TrimSuffix(w, "es"); roleWords[s] || memberJobNouns[s] {
			return s // "bosses"
		}
	}
	return ""
}

// listPost reads a bare plural post after a list of characters ending at
// item t, at item k past the comma: "A and B, both now officers of the
// X", "A and B, all members of the X" (MEMBER_OF B → X here, the others
// through listMembersShared). It reports whether it claimed.
func (p *pctx) listPost(t, k int) bool {
	if !p.in(k, listPluralWords) || p.w(k) != "both" && p.w(k) != "all" {
		return false
	}
	k++
	for n := 0; n < 2 && p.in(k, roleAdverbs); n++ {
		k++
	}
	role := pluralRole(p.w(k))
	if role == "" || p.isM(k) || !p.in(k+1, memberPreps) || len(p.listCharsBefore(t)) == 0 {
		return false
	}
	return p.memberAfterPrep(t, k+1, role)
}
