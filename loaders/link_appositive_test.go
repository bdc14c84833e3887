package loaders

import "testing"

// TestSpinAppositive checks a sequel or prequel named by an appositive
// ("F, the sequel to his 2020 hit G", "F, the prequel to his two X
// films"): F is the child, the described title or line the parent.
func TestSpinAppositive(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"sequel to his described hit", "Pomfrey recently wrapped Dust Road: Crossing, the sequel to his 2020 disaster hit Dust Road.",
			[]string{"SEQUEL_OF dust road: crossing -> dust road"}, []string{"SEQUEL_OF iron creek -> dust road"}},
		{"prequel to his two films", "Next up is Salt Pans: Year Zero, the prequel to his two Salt Pans films, which arrives in June.",
			[]string{"PREQUEL_OF salt pans: year zero -> salt pans"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
