package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// beingDesignations are the designationHeads that number a person or a
// creature ("Juror 8", "Agent 99", "Experiment 12"), not a place or a
// unit ("Vault 33", "Station 113"): such a designation can be a part.
var beingDesignations = setOf("juror", "agent", "player", "patient", "subject", "officer", "prisoner", "inmate",
	"detainee", "contestant", "operative", "henchman", "trooper", "cadet", "recruit", "experiment", "specimen")

// partDesignation reports whether mention mi is a designation of a being
// (designationName led by a beingDesignations noun): a numbered part's
// full name.
func (a *article) partDesignation(mi int) bool {
	return a.ments[mi].digit && a.tokIn(int(a.ments[mi].a), beingDesignations) && a.designationName(mi)
}

// typeDesignationParts reads a numbered part (a designation noun and a
// number, partDesignation: "Juror 8", "Agent 99") after an actor and a
// part verb as a credit: "P plays Juror 8", "P is the bigoted Juror 10",
// "P is his partner, Agent 99", "P is the agency's star operative, Agent
// 23", "P, who played Agent 47 in F". The verb is a jobCopulaVerbs word
// right before the designation (or its comma), or before at most five
// describing words (jobCopulaVerb); the actor ends right before the verb
// as actorBefore allows; the designation ends the clause (copulaPartEnds
// or appositiveEnd) and is typed by no cue but a character. It is typed a
// character and the actor's credit in the article's production (or the
// film "in" leads to) gets it. Runs after the patterns, next to
// typeJobCopulaParts.
func (a *article) typeDesignationParts() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		if k == 0 || a.ments[k-1].sent != m.sent || m.typ != "" && m.typ != kg.Character || !a.partDesignation(k) || a.isPart(k) {
			continue
		}
		if e := int(m.b); e < s.b && !copulaPartEnds[a.toks[e].lower] && !a.appositiveEnd(s, e) {
			continue
		}
		t := a.wordBeforeName(s, m)
		if t < 0 || a.toks[t].cap {
			continue
		}
		v := t
		if !jobCopulaVerbs[a.toks[t].lower] {
			if v, _ = a.jobCopulaVerb(s, t); v < 0 {
				continue
			}
		}
		pk := a.actorBefore(s, k, v)
		if pk < 0 {
			continue
		}
		m.typ, m.strength = kg.Character, 3
		film := anaArg(anaFilm)
		if f := a.filmAfterIn(s, k); f >= 0 {
			film = arg{m: int32(f), of: -1, abs: true}
		}
		a.giveActorPart(pk, k, film)
	}
}
