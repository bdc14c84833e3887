package loaders

// designationHeads are the nouns of a numbered person, unit or place in a
// story ("Juror 8", "Agent 99", "Player 456", "Vault 33", "Station 113"):
// followed by a number they designate, they do not name a film.
var designationHeads = setOf("juror", "agent", "player", "patient", "subject", "officer", "prisoner", "inmate",
	"detainee", "contestant", "operative", "henchman", "trooper", "cadet", "recruit", "experiment", "specimen",
	"vault", "cell", "ward", "room", "block", "unit", "squad", "station", "firehouse", "precinct", "district",
	"sector", "zone", "area", "bunker", "hangar")

// designationName reports whether mention m is a designation noun and a
// number ("Juror 8", "Vault 33") that no title evidence marks as a film:
// neither it nor another mention of the same noun with a number is quoted
// ("'District 10' ... sequel to District 9"). The cues that take a number
// in a name for a title's skip it.
func (a *article) designationName(mi int) bool {
	m := &a.ments[mi]
	if m.b-m.a != 2 || m.quoted || a.toks[m.b-1].kind != kNum || !a.toks[m.a].cap || !a.tokIn(int(m.a), designationHeads) {
		return false
	}
	for k := range a.ments {
		o := &a.ments[k]
		if o.b-o.a == 2 && a.toks[o.b-1].kind == kNum && a.toks[o.a].lower == a.toks[m.a].lower &&
			o.quoted {
			return false
		}
	}
	return true
}
