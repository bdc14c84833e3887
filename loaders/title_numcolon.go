package loaders

// numberColonLead returns the token of the number that leads the colon
// title ending in mention m ("36" of "36: Dominion"): a number of at most
// four digits, a colon, then m, with no capitalised word or number right
// before the number ("Season 2: X", "Part 1: X", "10:30"); else -1.
func (a *article) numberColonLead(m *mention) int {
	b := int(m.a)
	if m.the {
		b--
	}
	s := &a.sents[m.sent]
	n := b - 2
	if n < s.a || m.quoted || m.colon || a.toks[b-1].text != ":" || !a.toks[b].space || a.toks[n].kind != kNum || len(a.toks[n].text) > 4 {
		return -1
	}
	for i := 0; i < len(a.toks[n].text); i++ {
		if c := a.toks[n].text[i]; c < '0' || c > '9' {
			return -1
		}
	}
	if p := n - 1; p >= s.a && (a.toks[p].kind == kNum || a.toks[p].kind == kWord && a.toks[p].cap) {
		return -1
	}
	return n
}

// joinNumberColonTitles merges a number, a colon and the name after it
// ("36" ":" "Dominion") into one colon title when the article leads at least
// two colon names with the same number ("36: Dominion", "36: Lockdown"):
// the titles of one numbered series, not a label or a time met once. The
// merged mention keeps the name's type. Two passes over the mentions.
func (a *article) joinNumberColonTitles() {
	var count map[string]int
	for k := range a.ments {
		if n := a.numberColonLead(&a.ments[k]); n >= 0 {
			if count == nil {
				count = map[string]int{}
			}
			count[a.toks[n].text]++
		}
	}
	if count == nil {
		return
	}
	for k := range a.ments {
		m := &a.ments[k]
		n := a.numberColonLead(m)
		if n < 0 || count[a.toks[n].text] < 2 {
			continue
		}
		old := *m
		last := len(a.ments)
		a.addMention(int(m.sent), n, int(m.b), false)
		merged := a.ments[last]
		a.ments = a.ments[:last]
		merged.typ, merged.strength, merged.format, merged.head = old.typ, old.strength, old.format, old.head
		a.ments[k] = merged
	}
}
