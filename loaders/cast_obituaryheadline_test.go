package loaders

import (
	"fmt"
	"testing"
)

// TestObituaryHeadlineCredits checks that an obituary headline's
// appositive credits the dead performer with the titles it names ("P,
// Gruff Sergeant of 'F' and 'G', Dies at 84"), and not a maker's titles
// nor a part a possessive owns, on invented articles whose body names the
// titles without crediting the person.
func TestObituaryHeadlineCredits(t *testing.T) {
	const body = "\n\n%s, the British character actor, has died, his family said on Sunday. " +
		"Copper Sands, the ITV police drama, ran for six series from 1979. " +
		"The Salt Ledger, a 1984 BBC thriller, was repeated last year. " +
		"To a generation of viewers he was Uncle Bram.\n"
	cases := []struct {
		name, head, person string
		want, not          []string
	}{
		{"job of two quoted titles", "Perrin Vasquez, Gruff Sergeant of 'Copper Sands' and 'The Salt Ledger', Dies at 84", "Perrin Vasquez",
			[]string{"ACTED_IN perrin vasquez -> copper sands", "ACTED_IN perrin vasquez -> salt ledger"}, nil},
		{"quoted title before the job noun", "Mara Quell, 'Copper Sands' Character Actor and Stage Veteran, Dies at 73", "Mara Quell",
			[]string{"ACTED_IN mara quell -> copper sands"}, []string{"ACTED_IN mara quell -> salt ledger"}},
		{"lower-case dies aged", "Tobin Weller, Wry Constable of 'The Salt Ledger', dies aged 80", "Tobin Weller",
			[]string{"ACTED_IN tobin weller -> salt ledger"}, nil},
		{"a maker's titles", "Lorna Vey, Animator Who Gave 'Copper Sands' Its Titles, Dies at 71", "Lorna Vey",
			nil, []string{"ACTED_IN lorna vey -> copper sands"}},
		{"a part a possessive owns", "Dario Pell, Jory Marden's Unflappable 'Uncle Bram', Dies at 77", "Dario Pell",
			nil, []string{"ACTED_IN dario pell -> uncle bram"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			text := c.head + fmt.Sprintf(body, c.person)
			checkLines(t, localFacts(t, text), c.want, c.not)
		})
	}
}
