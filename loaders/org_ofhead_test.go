package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestOrgOfHeadTypes checks a body named by a group noun and "of"/"for"
// after a lower-case "the" ("the Brotherhood of Steel") typed an
// organisation, and the guards for a capital "The", film-title heads and
// a church.
func TestOrgOfHeadTypes(t *testing.T) {
	const head = orgTypeHead
	cases := []orgTypeCase{
		{"the Sisterhood of X", "Dana Vole plays a squire who lies her way to knight in the Sisterhood of Ashgrove.", "sisterhood of ashgrove", kg.Organisation},
		{"the Order of the X", "Later he is sworn into the Order of the Grey Lantern by his uncle.", "order of the grey lantern", kg.Organisation},
		{"the Principality of X", "The colonies rebel and call themselves the Principality of Varn in the first episode.", "principality of varn", kg.Organisation},
		{"the League of X", "Her exes, the League of Wicked Exes, come after Perrin.", "league of wicked exes", kg.Organisation},
		{"guard: a capital The", "The writers also gave us The League of Tin Soldiers on the BBC.", "the league of tin soldiers", ""},
		{"guard: a film-title head", "Perrin Vasquez starred in the Army of the Hollow Dead for Neon.", "army of the hollow dead", ""},
		{"guard: a church", "The wedding takes place at the Church of St Corwen in the last act.", "church of st corwen", ""},
	}
	runOrgTypeCases(t, cases)
}

// TestOrgOfHeadMember checks the membership read once such a body is an
// organisation, its head noun alone naming it again ("the League of X
// ... the first member of the League").
func TestOrgOfHeadMember(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a thriller from Neon, arrives in September. "
	checkLines(t, localFacts(t, head+"Her exes, the League of Wicked Exes, hunt Perrin. Sam Baxter voices Matthew Patrin, the first member of the League to fall.\n"),
		[]string{"MEMBER_OF matthew patrin -> league of wicked exes"}, nil)
}
