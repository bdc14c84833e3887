package loaders

import (
	"testing"
)

// TestCopulaPartsMore checks the forms typeCopulaParts reads besides "P is
// C": a relative clause ("P, who was C,"), a part named with "the", a
// subject that is the given name of a person of the article, and a bracket
// or "there" after the part; a real person's title after "is the" and a
// name that is another person's are left alone.
func TestCopulaPartsMore(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"relative clause", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. Ilse Kovander, who was Maudie, the innkeeper's daughter, in the first film, makes a brief appearance.",
			[]string{"PORTRAYED ilse kovander -> maudie"}, nil},
		{"a part named with the", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. Ilse Kovander is the Lantern, the only creature who speaks.",
			[]string{"PORTRAYED ilse kovander -> lantern"}, nil},
		{"a given name", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko, and Brannoc Dee plays the mayor. Brannoc is Corlan Bastable, a bored clerk.",
			[]string{"PORTRAYED brannoc dee -> corlan bastable"}, nil},
		{"a bracket after", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. Ilse Kovander is Maudie (the clever one), and Brannoc Dee is her brother.",
			[]string{"PORTRAYED ilse kovander -> maudie"}, nil},
		{"a title of office", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. Ilse Kovander is the Chairman of Velder Studios.",
			nil, []string{"PORTRAYED ilse kovander -> chairman"}},
		{"another person", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May, directed by Zhavri Tolmenko. Ilse Kovander, who was Zhavri Tolmenko's assistant, produced it.",
			nil, []string{"PORTRAYED ilse kovander -> zhavri tolmenko"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
