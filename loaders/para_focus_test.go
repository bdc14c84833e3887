package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

func TestParagraphFocus(t *testing.T) {
	const head = "Brindle Cove renewed\n\nBrindle Cove (2024), the coastal drama from Halvard Pictures, has been renewed for a second season, the network said on Monday.\n\n"
	tests := []struct {
		name, text, person, want string
	}{
		{"the cast of the film the paragraph moved to",
			head + "Its source is the 1998 film Tallow Creek, which was shot in the north. Odile Penn directed that film, which featured Jessa Morrow as the lighthouse keeper Ilse Varn.\n",
			"jessa morrow", "tallow creek"},
		{"the film spoken of before the other is named keeps the paragraph",
			head + "The series reunites the cast with the team behind Tallow Creek. Jessa Morrow leads the cast as the lighthouse keeper Ilse Varn.\n",
			"jessa morrow", "brindle cove"},
		{"a credit in parentheses is no topic",
			head + "The second season starts in May. Ovid Brask (Tallow Creek) joins the cast. Jessa Morrow leads the cast as the lighthouse keeper Ilse Varn.\n",
			"jessa morrow", "brindle cove"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := Input{Text: tc.text}
			in.Article.ID, in.Article.Date = "t", "2025-03-01"
			r := newArticle(&in).run()
			got := sameNameCredits(r, kg.ActedIn, tc.person)
			ok := len(got) > 0
			for _, g := range got {
				ok = ok && g == tc.want
			}
			if !ok {
				t.Errorf("%s: ACTED_IN %v, want only %s", tc.person, got, tc.want)
			}
		})
	}
}
