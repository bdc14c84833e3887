package loaders

// withPartFilm returns the film of the cast claim made earlier in the
// sentence when the person at item i stands in a "with" phrase after it
// and the words at item j (after "as") describe a part with no name: "Q
// stars as a dying agent, with P as his estranged daughter", "Q starred as
// the hero, with P as her brother". The words are an article or possessive pronoun,
// one to five lower-case describing words (commas may join two of them),
// the last a part or kin noun, then the clause ends. It returns noArg when
// the words do not read so or the sentence has made no cast claim.
func (p *pctx) withPartFilm(i, j int) arg {
	if !p.withCastSlot(i) || !p.in(j, roleArticles) {
		return noArg
	}
	k, words := j+1, 0
	for ; k < len(p.it) && words <= 5; k++ {
		if p.describerComma(k) {
			continue // "his large, gentle roommate"
		}
		if p.isM(k) || !isWordLike(p.w(k)) || p.wIn(k, partDescriberStops) {
			break
		}
		words++
	}
	if words == 0 || words > 5 || !withPartEnds[p.w(k)] {
		return noArg
	}
	last := p.w(k - 1)
	if !(partNoun(last) || kinOrRoleWord(last) || copulaPartNouns[last] || withPartSelves[last]) || p.isCrewNounAhead(j+1) {
		return noArg
	}
	return p.sentenceCastFilm()
}

// withPartEnds may close the nameless part of a "with P as ..." phrase.
var withPartEnds = setOf(",", ".", ";", "and", "", ")")

// withPartSelves end a nameless part that the part and kin lexicons leave
// out ("as her younger self", "as his roommate").
var withPartSelves = setOf("self", "roommate", "colleague", "companion", "classmate")

// withCastSlot reports whether the person at item i opens the object of a
// "with" phrase ("..., with P as ...").
func (p *pctx) withCastSlot(i int) bool {
	return p.w(i-1) == "with"
}
