package loaders

import (
	"slices"
	"testing"
)

// TestTheRoleParts checks theRoleParts: a part written "the" and a
// capitalised role noun is named with "The"; a part with a name of its
// own after "the" keeps the bare name.
func TestTheRoleParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not string
	}{
		{"role noun", "Dark Harbour stars Dana Ferrow as Kit Maro, and Ravi Nair as the Professor, the spymaster who recruits her.",
			"character:the-professor", "character:professor"},
		{"rank", "Dark Harbour stars Dana Ferrow as Kit Maro, with Lena Osk as the Queen.",
			"character:the-queen", "character:queen"},
		{"guard: a name of its own", "Dark Harbour stars Dana Ferrow as Kit Maro, with Lena Osk as the Vexa.",
			"character:vexa", "character:the-vexa"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := resolvedCharacters(t, "News\n\n"+c.text+"\n")
			if !slices.Contains(got, c.want) || slices.Contains(got, c.not) {
				t.Errorf("characters %v, want %s and not %s", got, c.want, c.not)
			}
		})
	}
}
