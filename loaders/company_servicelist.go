package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// serviceListAfter returns the further services of a list that opens with
// the service at item o after a release verb's "on": "streaming on O and
// O2", "premiere on O, O2 and O3", "drew 7.8 million on O One and O
// Player". Each further name is typed a company, is untyped and shaped
// like no person's name, or shares its first word with O's name; a list
// of commas must close with "and" (", O2" alone may be an appositive),
// and no possessive or name follows the last one. A list with "or" ("not
// available on O, O2 or O3") is no credit.
func (p *pctx) serviceListAfter(o int) []int {
	first := firstWord(p.mm(o).text)
	var out []int
	k, closed := o+1, false
	for n := 0; n < 6 && !closed; n++ {
		switch {
		case p.w(k) == "and":
			closed = true
			k++
		case p.w(k) == "," && p.w(k+1) == "and":
			closed = true
			k += 2
		case p.w(k) == ",":
			k++
		default:
			n = 6
			continue
		}
		m := p.mm(k)
		if m == nil || m.quoted || m.digit || m.typ != "" && m.typ != kg.Organisation ||
			m.typ == "" && m.personShaped() && !strings.EqualFold(firstWord(m.text), first) {
			return nil
		}
		out = append(out, k)
		k++
	}
	if !closed || p.isM(k) || p.w(k) == "'s" {
		return nil
	}
	return out
}
