package loaders

import "testing"

// TestCopulaKnownPart checks "P is a <describing words> C" and "P is the
// <describing words> C" when C is already a character of the article (a
// second actor in the part, as in a piece on several versions) or when
// commas join the describing words ("a square-jawed, no-nonsense C"), and
// that a name known as a person or a character of the article is no
// actor's part, on invented sentences.
func TestCopulaKnownPart(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. Karl Meyer plays Tobin Vale. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a described known part", "In the new version, Lena Frey is a sweaty Tobin Vale.",
			[]string{"ACTED_IN lena frey -> iron creek as tobin vale"}, nil},
		{"the described known part", "In the new version, Lena Frey is the brooding Tobin Vale.",
			[]string{"ACTED_IN lena frey -> iron creek as tobin vale"}, nil},
		{"a list of described known parts", "Oskar Lind plays Wenna Stallard. In the new version, Lena Frey is a sweaty Tobin Vale, and Anna Roos a fragile Wenna Stallard.",
			[]string{"ACTED_IN lena frey -> iron creek as tobin vale"}, nil},
		{"a character of the article is no actor", "Oskar Lind plays Wenna Stallard. Wenna Stallard is a fierce Tobin Vale.",
			nil, []string{"ACTED_IN wenna stallard -> iron creek as tobin vale"}},
		{"describing words joined by commas", "Lena Frey is a square-jawed, no-nonsense Corvane, and Anna Roos plays Tess.",
			[]string{"ACTED_IN lena frey -> iron creek as corvane"}, nil},
		{"three describing words joined by commas", "Lena Frey is a manic, funny, wounded Corvane.",
			[]string{"ACTED_IN lena frey -> iron creek as corvane"}, nil},
		{"a comma before the name is an appositive", "Lena Frey is a jealous, bitter rival, Corvane, in the new film.",
			nil, []string{"ACTED_IN lena frey -> iron creek as corvane"}},
		{"a known person is no part", "Lena Frey is a devoted Karl Meyer fan.",
			nil, []string{"ACTED_IN lena frey -> iron creek as karl meyer"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestDescribedRoleComma checks "P has a small, funny role as C": commas
// may join the describing words before a performance noun, in an article
// where P already has another part, on invented sentences.
func TestDescribedRoleComma(t *testing.T) {
	const head = " date 2026-05-01\nThe Best Films of Neon, Ranked\n\n2. Iron Creek (2019)\n\nKarl Meyer is Tobin Vale, a coach.\n\n1. Salt Road (2020)\n\n"
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two describing words joined by a comma", "Lena Frey plays Wenna, and Karl Meyer has a small, funny role as Tess's boss, Corvane Hill.",
			[]string{"ACTED_IN karl meyer -> salt road as corvane hill"}, nil},
		{"a comma after the name is no describer", "Lena Frey plays Wenna, and Karl Meyer, a small role as Tess's boss, Corvane Hill.",
			nil, []string{"ACTED_IN lena frey -> salt road as corvane hill"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
