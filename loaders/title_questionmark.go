package loaders

// questionOpeners open a title written as a question ("Where Do We Go
// Now?", "Can You Ever Forgive Me?"): the question words and auxiliary
// verbs, capitalised at a name's first word.
var questionOpeners = setOf("where", "why", "who", "what", "how", "when", "whose", "can", "could", "do", "does", "did",
	"is", "are", "was", "were", "will", "would", "shall", "should", "have", "has", "am")

// questionMarkInTitle reports whether the "?" at token j ends the title
// whose capitalised run starts at token i: the mark is glued to a
// capitalised word, the run opens with a question word (questionOpeners)
// and has three words or more, and the sentence goes on after the mark
// with punctuation or a lower-case word ("Why Did I Get Married?, a
// comedy", "Where Do We Go Now? (2011)"). A question that ends its
// sentence is a question, not a title.
func questionMarkInTitle(toks []token, s *sentence, i, j int) bool {
	t := &toks[j]
	if t.text != "?" || t.space || j < i+2 || j+1 >= s.b || toks[j-1].kind != kWord || !toks[j-1].cap ||
		toks[i].kind != kWord || !toks[i].cap || !tokIn(&toks[i], questionOpeners) {
		return false
	}
	n := &toks[j+1]
	if n.nl > 0 {
		return false
	}
	return n.kind == kPunct && n.text != "?" && n.text != "!" || n.kind == kWord && !n.cap
}
