package loaders

// roleChain reads the body a character at item t holds a post in when
// the post is the second of two descriptions joined by "and", or stands
// bare after the comma: "C, the grandson of X and the ruthless head of
// the Y", "C, the ageing hero known as Z and the founder of the Y", "C,
// who was the original Z and a founding member of the Y", "C, chieftain
// of the Y" (MEMBER_OF C → Y, the role noun as role). The first
// description may hold names and describing commas but no clause ("who",
// "which", a copula, a semicolon); the post is a roleWords or
// memberJobNouns noun (or a chainRoleNouns one) after "and" or the comma,
// an optional roleAdverbs word, an optional article or "its"/"their" and
// at most three plain describing words, with a preposition and the body
// after it (memberAfterPrep decides the body).
func (p *pctx) roleChain(t int) {
	k := t + 1
	if p.w(k) == "(" {
		k = p.pastPlayerParen(k)
	}
	if p.w(k) != "," || p.isM(k) || !p.isCharacterItem(t) {
		return
	}
	k++
	if p.w(k) == "who" {
		if !p.in(k+1, copulas) {
			return
		}
		k += 2 // "C, who was the original Z and a founding member of the Y"
	} else if p.chainPost(t, k) {
		return // "C, chieftain of the Y"
	}
	for n := k + 1; n < len(p.it) && n < k+14; n++ {
		w := p.w(n)
		if p.isM(n) {
			continue
		}
		switch {
		case w == "and":
			p.chainPost(t, n+1)
			return
		case w == ",":
			if !p.describingComma(k, n) {
				return
			}
		case w == "." || w == ";" || w == ":" || w == "(" || w == ")" || w == "who" || w == "which" || w == "whose" || w == "but" || w == "or":
			return
		case p.in(n, copulas) || p.in(n, clauseWords) && w != "that":
			return
		}
	}
}

// chainPost claims the post that opens at item k for the character at
// item t ("now captain of the Y", "the ruthless head of the Y", "a
// founding member of the Y") and reports whether it did. A bare post
// (no article) needs a roleWords, memberJobNouns or chainRoleNouns noun
// straight after the adverb.
func (p *pctx) chainPost(t, k int) bool {
	if p.in(k, roleAdverbs) {
		k++
	}
	det := p.in(k, articles) || p.w(k) == "its" || p.w(k) == "their"
	if det {
		k++
	}
	n := k
	for d := 0; d < 3 && !p.isM(n) && isWordLike(p.w(n)) && !p.in(n, roleWords) && !p.in(n, memberJobNouns) && !p.in(n, chainRoleNouns); d++ {
		if !det || p.in(n, memberPreps) || p.in(n, clauseWords) || p.w(n) == "and" {
			return false
		}
		n++
	}
	if p.isM(n) || !p.in(n, roleWords) && !p.in(n, memberJobNouns) && !p.in(n, chainRoleNouns) || !p.in(n+1, memberPreps) {
		return false
	}
	role := p.w(n)
	if role == "members" {
		role = "member"
	}
	return p.memberAfterPrep(t, n+1, role)
}

// subjectRuns reads a character (or a list of characters joined by "and"
// and commas, each a character) as the subject of a verb of leading,
// founding or joining with the body as its object: "C leads the X", "C
// secretly runs X", "A and B joined the X" (MEMBER_OF each → X, the
// verb's role from runVerbs). Item t is the list's last name; the body
// needs "the" or a body's shape (memberBody), and a name after it joined
// by "and" stops the rule ("C joined X and Y": a list of works or
// places).
func (p *pctx) subjectRuns(t int) {
	v := t + 1
	if p.in(v, roleAdverbs) || p.in(v, runAdverbs) {
		v++
	}
	role, ok := runVerbs[p.w(v)]
	if !ok {
		role, ok = pluralRunVerbs[p.w(v)] // "A and B run the X"
	}
	if !ok || p.isM(v) || !p.isCharacterItem(t) {
		return
	}
	o := v + 1
	the := p.w(o) == "the"
	if the {
		o++
	}
	if w := p.w(o + 1); w == "and" && p.isM(o+2) && !p.isCharacterItem(o+2) || w == "(" || !p.memberBody(o, the) {
		return
	}
	if p.w(t-1) == "and" && p.w(t-2) == "," && p.w(t-3) == "the" {
		return
	}
	p.memberClaim(t, o, role)
	for c := t; p.w(c-1) == "and" || p.w(c-1) == ","; {
		c -= 2
		if !p.isM(c) || !p.isCharacterItem(c) {
			return
		}
		p.memberClaim(c, o, role)
	}
}

// runAdverbs may stand between a character and a verb of leading
// ("C secretly runs X", "C quietly joins X").
var runAdverbs = setOf("secretly", "quietly", "eventually", "reluctantly", "grudgingly", "briefly", "effectively",
	"formally", "soon", "ultimately", "covertly", "openly")

// pluralRunVerbs are the plural forms of runVerbs after a list of
// characters ("A and B run the X"); kept apart as "head" and "own" are
// nouns too.
var pluralRunVerbs = map[string]string{"run": "head", "lead": "leader", "head": "head", "command": "commander", "own": "owner"}
