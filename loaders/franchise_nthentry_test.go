package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestNthEntryFranchise checks that a name between a counting ordinal and
// a work noun the film-noun rule does not read ("the third X mystery",
// "its sixth X feature") is typed a franchise.
func TestNthEntryFranchise(t *testing.T) {
	runEntityTypeCases(t, []entityTypeCase{
		{
			name: "the third X mystery",
			text: "The third Copper Fox mystery opened the festival on Friday. Ada Quist directed it.",
			key:  "copper fox", want: kg.Franchise,
		},
		{
			name: "its sixth X feature",
			text: "Northgate Pictures has moved its sixth Frost Valley feature to May. Ada Quist directs.",
			key:  "frost valley", want: kg.Franchise,
		},
	})
}

// TestNthEntryNotFranchise checks that an acronym between an ordinal and
// a work noun ("its second CGI feature") is no franchise.
func TestNthEntryNotFranchise(t *testing.T) {
	for _, c := range []entityTypeCase{
		{
			name: "an acronym before feature is a technique",
			text: "Northgate Pictures released its second CGI feature in 2004. Ada Quist directed it.",
			key:  "cgi",
		},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := entityType(t, c.text, c.key); got == kg.Franchise {
				t.Errorf("%q typed a franchise", c.key)
			}
		})
	}
}
