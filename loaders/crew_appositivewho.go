package loaders

// crewAppositiveWho reads the "who" clause of a crew-noun appositive after
// person P at item i ("P, the Spanish writer who co-wrote F", "P, the
// cinematographer who shot F"): the clause's crew verb is P's. k is the
// item after the article; the clause must open before the appositive's
// first comma, a few words in.
func (p *pctx) crewAppositiveWho(i, k int) {
	for n := k; n < len(p.it) && n < k+6; n++ {
		switch p.w(n) {
		case "who":
			p.crewVerbAfter(i, n+1, 1)
			return
		case ",", ".", ";", ":", "(":
			return
		}
	}
}
