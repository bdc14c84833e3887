package loaders

// asideOpeners open an aside about a person after the name ("P, who
// ...", "P, the filmmaker behind ...", "P, coming off ...", "P, best known
// for ...").
var asideOpeners = setOf("who", "whose", "the", "a", "an", "then", "still", "best", "fresh", "coming", "now", "once", "known")

// subjectAside returns the items [lo, hi) of an aside set off by commas
// and opened by an asideOpeners word between the clause's one subject and
// its crew verb at t ("P, the filmmaker behind F, directed ...", "P,
// coming off F (2008), with Q, directed G"), hi being the closing comma;
// -1, -1 when there is none. Only auxiliaries and adverbs may stand
// between the closing comma and the verb, and the aside stays inside the
// sentence's clause (no ";" or ":" in it).
func (p *pctx) subjectAside(t int, persons []int) (int, int) {
	if len(persons) != 1 {
		return -1, -1
	}
	x := persons[0]
	if x < 0 || x+3 >= t || p.w(x+1) != "," || p.isM(x+1) || p.isM(x+2) || !p.in(x+2, asideOpeners) {
		return -1, -1
	}
	c := t - 1
	for c > x+2 && !p.isM(c) && (p.in(c, fallbackAux) || p.in(c, preVerbAdverbs)) {
		c--
	}
	if c <= x+2 || p.isM(c) || p.w(c) != "," || c-x > 40 {
		return -1, -1
	}
	for k := x + 2; k < c; k++ {
		if !p.isM(k) {
			switch p.w(k) {
			case ";", ":", ".", "?", "!", "":
				return -1, -1
			}
		}
	}
	return x + 2, c
}
