package loaders

// stageVerbs open a sentence as an imperative before a character's name,
// like a script's stage direction ("Enter C, a ...", "Expect C, who ..."):
// the verb is no part of the name. ("Meet" is a common word already, left
// out of names at a sentence's start.)
var stageVerbs = setOf("enter", "expect")

// stageVerbLead reports whether token i, the sentence's first word, is a
// capitalised stage verb before a capitalised run that then ends at a comma,
// a bracket, a dash or the sentence's end, and the whole run was not met
// earlier in the article inside a sentence (not a title "Enter Arlo Quint,
// the comedy, ..." already named). The caller then skips the verb.
func (a *article) stageVerbLead(s *sentence, i int) bool {
	toks := a.toks
	if !tokIn(&toks[i], stageVerbs) || i+1 >= s.b || toks[i+1].kind != kWord || !toks[i+1].cap || toks[i+1].nl != 0 || tokIn(&toks[i+1], commonWords) {
		return false // (not a title "Enter the Lantern")
	}
	j := a.extendRun(s, i)
	if j <= i+1 {
		return false
	}
	if j < s.b {
		switch n := toks[j].text; {
		case n == "," || n == "(" && !(j+1 < s.b && toks[j+1].kind == kNum):
		case toks[j].kind == kDash:
		case j == s.b-1 && (n == "." || n == "!"):
		default:
			return false // a title: "Enter Arlo Quint was a flop"
		}
	}
	return !a.metEarlier(s, i, j)
}
