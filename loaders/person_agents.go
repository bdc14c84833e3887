package loaders

// repVerbs, before "by", say who represents a person: the names after
// them are talent agencies and management firms ("is repped by CAA and
// Range Media Partners").
var repVerbs = setOf("repped", "represented", "managed")

// typeTalentAgencies types as real-world organisations the names listed
// after "repped by", "represented by" or "managed by": "Ferrabee, who is
// repped by CAA and Anonymous Content, will play C" names two agencies,
// not two actors. Names led by a given name are left alone (an agent, or
// an agency named after one: "WME and Lindy Marchbank"), and so are names a
// cue typed already. It returns nothing; the mentions change in place.
func (a *article) typeTalentAgencies() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		b := int(m.a)
		if b-2 <= s.a || a.toks[b-1].lower != "by" || !tokIn(&a.toks[b-2], repVerbs) {
			continue
		}
		for j := k; j < len(a.ments) && a.ments[j].sent == m.sent; j++ {
			n := &a.ments[j]
			if j > k && !a.listNext(&a.ments[j-1], n) {
				break
			}
			if n.typ == "" && !n.quoted && (n.allCaps || !givenFirst(n.text)) {
				n.setRealOrg()
			}
		}
	}
}
