package loaders

import "testing"

// TestDescribingComma checks, on invented sentences, a comma between two
// describing words of a member's role in an appositive ("C, a genial,
// menacing guard at the X"): the role still reaches the body (MEMBER_OF);
// the guards (a comma before "who", before an article, after the role
// noun itself) claim nothing past it.
func TestDescribingComma(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a drama from Neon, arrives in September. Ana Hale plays Dot Vance and Tom Li plays Eli Crane. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"two describing words", "Rita Sol plays Mara Quinn, a genial, menacing guard at the Vellum Crown Asylum.",
			[]string{"MEMBER_OF mara quinn -> vellum crown asylum"}, nil},
		{"a hyphened word after the comma", "Rita Sol plays Mara Quinn, the weary, hard-drinking detective sergeant of the Harrow Vale CID.",
			[]string{"MEMBER_OF mara quinn -> harrow vale cid"}, nil},
		{"guard: a comma before who", "Rita Sol plays Mara Quinn, a farmer, who later visits the Vellum Crown Asylum.",
			nil, []string{"MEMBER_OF mara quinn -> vellum crown asylum"}},
		{"guard: a comma before an article", "Rita Sol plays Mara Quinn, a farmer, the mother of Tobin Hale.",
			nil, []string{"MEMBER_OF mara quinn -> tobin hale"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
