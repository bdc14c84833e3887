package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// orgTypeHead opens the organisation-typing test articles: a dated
// headline and a first sentence naming a film and its distributor.
const orgTypeHead = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a thriller from Neon, arrives in September. "

// orgTypeCase is one organisation-typing case: a sentence after
// orgTypeHead, the folded name to look up in it, and the type wanted
// ("" when the name must not be an organisation).
type orgTypeCase struct {
	name string
	text string
	org  string
	want kg.NodeType
}

// runOrgTypeCases runs each case as a subtest and fails it when the name
// is typed an organisation and want is not Organisation, or the other way
// round.
func runOrgTypeCases(t *testing.T, cases []orgTypeCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := entityType(t, orgTypeHead+c.text+"\n", c.org)
			if (got == kg.Organisation) != (c.want == kg.Organisation) {
				t.Errorf("%s typed %q, want %q", c.org, got, c.want)
			}
		})
	}
}
