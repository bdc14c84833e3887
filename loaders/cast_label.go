package loaders

// castLabels open a credit block's cast line ("Cast: A, B, C").
var castLabels = setOf("cast", "starring", "stars", "voices", "featuring")

// castLabelLine handles the cast line of a review's credit block ("Cast:
// A, B, C and D" under "Director: ..." and the film's title): when item i
// opens the sentence with a cast label and a colon and every name of the
// list after it looks like a person's, each person acted in the film the
// block is about (the heading above it, else the film the text is about).
// Lines with a character in brackets after a name are left to charParen;
// it reports whether it credited anyone.
func (p *pctx) castLabelLine(i int) bool {
	if i != 0 || p.w(1) != ":" {
		return false
	}
	if m := p.mm(0); m == nil || m.words != 1 || !castLabels[m.key] {
		return false
	}
	for k := 2; k < len(p.it); k++ {
		if w := p.w(k); w == "(" || w == "as" {
			return false
		}
	}
	people, chars := p.castListAt(2)
	if len(people) < 2 || people[len(people)-1] != len(p.it)-1 && p.w(people[len(people)-1]+1) != "." {
		return false // the list must run to the end of the line
	}
	p.castClaims(people, chars, p.focusFilm())
	return true
}
