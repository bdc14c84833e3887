package loaders

// andJoined reports whether "and" follows mention p (after a comma or
// not): the join of a list's last name. A list has one; a second "and"
// before it joins clauses ("C, and A and B are D and E": A and B are the
// list).
func (a *article) andJoined(p *mention) bool {
	t := int(p.b)
	if t < len(a.toks) && a.toks[t].text == "," {
		t++
	}
	return t < len(a.toks) && a.toks[t].lower == "and"
}

// demonymMention reports whether mention x is one word naming a people
// ("British"): it opens the description after a list of parts ("as C and
// D, British brothers who ..."), never a part of it.
func (a *article) demonymMention(x *mention) bool {
	if x.words != 1 {
		return false
	}
	fk := foldKey(x.text)
	return demonym(fk) || moreDemonyms[fk]
}

// pastPartVerb reports whether token v is a past part verb, which takes
// the parts right after it as its object ("A and B played C and D").
func (a *article) pastPartVerb(v int) bool {
	w := a.toks[v].lower
	return w == "played" || w == "voiced" || w == "portrayed" || w == "reprised"
}

// commaAnd reports whether a comma and "and" follow mention p: two names
// joined so are two clauses' ("C, and A, who played D and E"), not a list
// of two.
func (a *article) commaAnd(p *mention) bool {
	t := int(p.b)
	return t+1 < len(a.toks) && a.toks[t].text == "," && a.toks[t+1].lower == "and"
}
