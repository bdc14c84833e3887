package loaders

// sentenceConjunctions are conjunctions that open a subordinate clause at the
// start of a sentence ("When Orbit 7 premiered ...", "While Station 9 was
// on air ..."): the capitalised words after one are the clause's subject,
// never a title the conjunction opens.
var sentenceConjunctions = setOf("when", "while", "once", "if", "because", "although", "though", "whereas", "unless", "whenever", "since")

// clauseOpenerAt reports whether token i of the article is such a
// conjunction.
func (a *article) clauseOpenerAt(i int) bool {
	return tokIn(&a.toks[i], sentenceConjunctions)
}
