package loaders

// The word that opens a list of "X (Y)" pairs, read for castListMember:
// "starring A (C1), B (C2)" lists people, "partnering with C1 (A) and C2
// (B)" or "picks a crew of three: C1 (A), C2 (B)" lists characters.

// listIntroWords open a list of people with their parts in brackets.
var listIntroWords = setOf("by", "starring", "stars", "featuring", "features", "with", "alongside", "including", "cast",
	"includes", "include", ":")

// castWithBefore, right before "with" or a colon, keep it opening a list
// of the cast ("along with A (C1)", "the voice cast with A (C1)", "Cast:
// A (C1)"); another lower-case word makes it a story's ("partnering with
// C1 (A)", "a crew of three: C1 (A)").
var castWithBefore = setOf("cast", "along", "together", "ensemble", "alongside", "also", "and", "starring", "co-starring",
	"stars", "star", "co-stars", "lineup", "line-up", "credits", "project", "film", "series", "show", "movie", "season",
	"returning", "back", "joining", "boarding", "newcomers", "additions", "players", "actors", "performers", "voices",
	"opens", "opened", "filled", "rounded", "round", "rounds", "up", "out")

// listIntroAt reports whether the word at item b opens a list of people
// with their parts (listIntroWords): "with" and a colon only after no
// lower-case word, or after one of castWithBefore.
func (p *pctx) listIntroAt(b int) bool {
	if !p.in(b, listIntroWords) {
		return false
	}
	if w := p.w(b); w != "with" && w != ":" {
		return true
	}
	if b == 0 || p.isM(b-1) || !isWordLike(p.w(b-1)) || p.wIn(b-1, castWithBefore) {
		return true
	}
	return p.a.toks[p.it[b-1].t].cap // ("Also with A (C1)")
}

// partNamingWords after a comma inside the brackets of "X (Y, ...)" give
// Y a nickname or a reader's fondness, which a part gets, not its actor
// ("A (C1, nicknamed "Bolt")", "A (C1, our favourite ferryman)").
var partNamingWords = setOf("nicknamed", "dubbed", "aka", "a.k.a.", "our", "everyone's", "everybody's")

// namedPartInside reports whether the name at item in, inside the
// brackets of "X (Y, ...)", is followed by a comma and a partNamingWords
// word or "known as": the bracket holds the part.
func (p *pctx) namedPartInside(in int) bool {
	return p.w(in+1) == "," && (p.in(in+2, partNamingWords) || p.is(in+2, "known", "as"))
}

// bracketActorNouns open the brackets of "C (newcomer P)": a performer's
// job before the name makes it the actor's, as "played by" does.
var bracketActorNouns = setOf("newcomer", "actor", "actress", "comedian", "rapper", "singer", "musician", "veteran",
	"star", "popstar", "wrestler", "model", "debutant", "debutante")

// playerClauseEnd returns the item after the closing comma of ", who
// plays E," at item e (an acting verb and at most six items more), else
// -1: the clause says the name before it is a player's.
func (p *pctx) playerClauseEnd(e int) int {
	if p.w(e) != "," || !p.is(e+1, "who") || !p.in(e+2, playedVerbs) {
		return -1
	}
	for t := e + 3; t < e+9 && t < len(p.it); t++ {
		switch p.w(t) {
		case ",":
			return t + 1
		case ".", ";", "(", ")":
			return -1
		}
	}
	return -1
}
