package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// bareFromMakerWords, last in a company's name, say the company made the
// title a bare "F, from O," names ("F, from Lanternfish Animation,").
var bareFromMakerWords = setOf("productions", "production", "animation")

// bareFromRel returns the credit of the company at item o that a bare
// appositive "F, from O," or "F, also from O," gives when it names one
// company: DISTRIBUTED (the way release and box-office reports name the
// studio putting a title out), PRODUCED when the company's name says it
// makes films ("... Productions", "... Animation").
func (p *pctx) bareFromRel(o int) kg.RelType {
	if inLower(bareFromMakerWords, strings.TrimSuffix(lastWord(p.mm(o).text), ".")) {
		return kg.Produced
	}
	return kg.Distributed
}
