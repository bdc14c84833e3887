package loaders

// smallTitleJoiners join the two halves of an English title cut at a
// lower-case word ("Rain over the Harbour", "A Letter from Home"); not "for" or "with", which
// name a company or a person after a title.
var smallTitleJoiners = setOf("in", "from", "to", "on", "over", "under")

// cuedSmallWordTitle reports whether mentions l and r of sentence si,
// apart by one small word (maybe with "the"), are one English title
// because the words before l say a title comes: a production noun in the
// singular ("the drama Rain over the Harbour"), an owner's possessive
// ("the network's A Letter from Home"), "behind" ("the writer behind A
// Letter from Home") or a capitalised "The" inside the sentence ("with The
// Night Bakery in Brighton, starring ..."); and a
// comma, a bracket or the sentence's end closes r. Not a person's part in
// a film ("P in F"), not "X on" a channel.
func (a *article) cuedSmallWordTitle(si int, l, r *mention) bool {
	toks := a.toks
	s := &a.sents[si]
	if l.quoted || r.quoted || l.colon || r.colon || l.words > 3 || r.words > 3 {
		return false
	}
	x := int(l.b)
	if x >= int(r.a) || toks[x].kind != kWord || toks[x].cap || !smallTitleJoiners[toks[x].lower] {
		return false
	}
	if l.personShaped() && givenFirst(l.text) || r.personShaped() && givenFirst(r.text) {
		return false // (after the cheap test of the word between: the gazetteer look-ups)
	}
	if x+1 < int(r.a) {
		if x+2 != int(r.a) || toks[x+1].lower != "the" || toks[x+1].cap {
			return false
		}
	} else if toks[x].lower == "on" || toks[x].lower == "in" && r.words == 1 && !l.the {
		return false // "X on Netflix", "X in Seoul": a channel or a place after a title
	}
	if tokIn(&toks[r.a], holidayWords) {
		return false // "the studio's Lagoona to Thanksgiving": a date it moves to
	}
	e := int(r.b)
	if e < s.b && !(toks[e].text == "," || toks[e].text == "(" || toks[e].text == "." && e+1 >= s.b) {
		return false
	}
	p := int(l.a) - 1
	if toks[x].lower == "in" && a.partBefore(si, p) {
		return false // "the harbourmaster Tam in Rain over the Harbour": a part in a film
	}
	if l.the {
		if p-1 >= s.a && toks[p-1].kind == kWord && !toks[p-1].cap && toks[p-1].lower != "on" && toks[p-1].lower != "at" {
			// (not "aired on The Channel in the United States")
			return true // "with The Night Bakery in Brighton,"
		}
		return false
	}
	if p < s.a {
		return false
	}
	t := &toks[p]
	if t.kind == kPoss {
		return true
	}
	return t.kind == kWord && !t.cap && (productionNouns3[t.lower] || t.lower == "behind")
}
