package loaders

// A body named after "called", "named" or "known as" when the noun before
// them names a kind of body that does not head a bare name ("a restaurant
// called X", "a fintech startup called X") or a group of people after
// "of" ("a crew of bank robbers called the X", "a gang of forty riders
// known as the X"). orgHeadBefore (org_headnounbefore.go) reads the rest,
// and lets a place's name stand among the words before the noun.

// calledBodyOn switches the cue on (tests switch it off).
var calledBodyOn = true

// calledBodyNouns name a kind of body whose name follows "called",
// "named" or "known as" ("a restaurant called X").
var calledBodyNouns = setOf("restaurant", "startup", "company", "studio", "shop", "school", "academy", "prison",
	"hospital", "clinic", "newspaper", "magazine", "empire", "cell", "sanctuary", "network", "label", "casino", "resort")

// calledBodyNoun returns the item of the noun that heads the body named
// after "called", "named" or "known as" when the word at item k, just
// before them, is a calledBodyNouns noun, or closes "lead-noun of [up to
// three plain words]" with an orgLeadNouns noun before "of"; else -1.
func (p *pctx) calledBodyNoun(k int) int {
	if !calledBodyOn || p.isM(k) {
		return -1
	}
	if p.in(k, calledBodyNouns) {
		return k
	}
	for j := k - 1; j >= k-3 && j > 0; j-- {
		if p.isM(j) || !isWordLike(p.w(j)) && !isDigits(p.w(j)) {
			return -1
		}
		if p.w(j) == "of" {
			if p.in(j-1, orgLeadNouns) && !p.isM(j-1) {
				return j - 1
			}
			return -1
		}
	}
	return -1
}

// placeMention reports whether m names a place or a country ("an upscale
// Los Angeles restaurant": a describing word before a body's noun).
func placeMention(m *mention) bool {
	return m != nil && (m.country || isPlaceName(m))
}
