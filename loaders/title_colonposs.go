package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// joinColonPossessiveTails mends a colon title whose subtitle the mention
// finder cut at an "'s" possessive inside it ("Ferrow: Hitman's Holiday",
// "Tallis: Pandora's Lantern"): a colon name typed a film or still
// untyped, whose subtitle is one capitalised word (maybe after "The" or
// "A") that is not a common word ("Q: That's") and carries the "'s", then
// a name of one to three words right after it that no strong cue typed
// and no given name opens, closed by punctuation, a lower-case word or the
// sentence's end. A subtitle of two words or more before the possessive
// is a person's after a rubric ("Main Slate: Ada Quist's Marrow") and is
// left alone, as are headlines and headings ("Review: Norway's ..."). The
// merged mention keeps the colon name's format and is typed a film. Runs
// after the typing passes, where a colon name may still be untyped.
func (a *article) joinColonPossessiveTails() {
	toks := a.toks
	for k := 0; k+1 < len(a.ments); k++ {
		l, r := &a.ments[k], &a.ments[k+1]
		if !l.colon || l.typ != kg.Film && l.typ != "" || l.quoted || l.short || l.sent != r.sent {
			continue
		}
		p := int(l.b)
		if p >= len(toks) || toks[p].kind != kPoss || toks[p].text == "'" || toks[p].text == "’" || int(r.a) != p+1 ||
			toks[p-1].end != toks[p].start || toks[p-1].kind != kWord || !toks[p-1].cap || commonWords[toks[p-1].lower] {
			continue // (not "Q: That's ...": a speaker's label)
		}
		s := &a.sents[l.sent]
		if s.titleCase || int(l.sent) == 0 {
			continue
		}
		c := p - 2 // the subtitle before the possessive: one word, maybe after "The" or "A"
		if c > int(l.a) && toks[c].kind == kWord && (toks[c].lower == "the" || toks[c].lower == "a" || toks[c].lower == "an") {
			c--
		}
		if c <= int(l.a) || toks[c].text != ":" {
			continue // (not "the Main Slate: Ada Quist's Marrow": a person's work after a rubric)
		}
		if r.words > 3 || r.quoted || r.colon || r.the || r.allCaps || r.short || r.pronoun ||
			r.typ != "" && !(r.typ == kg.Film && r.strength <= 2 || r.typ == kg.Person && r.strength <= 1) ||
			r.personShaped() && givenFirst(r.text) {
			continue
		}
		if e := int(r.b); e < s.b && (toks[e].kind == kWord && toks[e].cap || toks[e].kind == kPoss) {
			continue // the name goes on: not the end of a subtitle
		}
		if k+1 == a.subjMention {
			continue
		}
		la, ok := a.titleJoinStart(l)
		if !ok {
			continue
		}
		format := l.format
		m := a.joinWithNext(k, int(l.sent), la, int(r.b))
		m.setType(kg.Film, 2)
		if format != "" {
			m.format = format
		}
		if a.subjMention > k+1 {
			a.subjMention--
		}
	}
}
