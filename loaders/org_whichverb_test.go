package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestWhichVerbCompanyTypes checks a name before ", which" and a company's
// verb ("X, which produced both films", "X, which also distributes in
// France", "X, which is releasing the production") typed an organisation,
// and the guards for "which released in" (a film's), a given name and a
// post joined to the body ("CEO of X").
func TestWhichVerbCompanyTypes(t *testing.T) {
	cases := []orgTypeCase{
		{"X, which produced both films", "Korvafilm, which produced both films, has done a lot with a budget.", "korvafilm", kg.Organisation},
		{"X, which also distributes in", "Neon released it at home. Pellar, which also distributes in France, shot both films back to back.", "pellar", kg.Organisation},
		{"X, which is releasing the", "Tarsa Vista, which is releasing the Harlow production, plans more.", "tarsa vista", kg.Organisation},
		{"X, which acquired the film", "It opens on Dec. 25 via Morrow, which acquired the film this year.", "morrow", kg.Organisation},
		{"guard: which released in", "Glass Year, which released in 2019, made money.", "glass year", ""},
		{"guard: a given name", "Julia Marsh, which produced nothing, left.", "julia marsh", ""},
		{"guard: a post joined to the body", "Sang-baek is the CEO of Ostory, which produces the show for Netflix.", "ceo of ostory", ""},
	}
	runOrgTypeCases(t, cases)
}
