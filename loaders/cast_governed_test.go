package loaders

import "testing"

// TestGovernedList checks lists of actors that a cast word governs
// ("reunites A and B", "cameos from A and B", "a cast led by A and B",
// "Also announced were A and B", "newcomers A and B", "with A and B in
// support", "A and B round out the cast") and the shapes that give
// nothing, on invented sentences.
func TestGovernedList(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	three := []string{"ACTED_IN anna roos -> iron creek", "ACTED_IN karl meyer -> iron creek", "ACTED_IN lena frey -> iron creek"}
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"with in support", "The sequel brings back Ida Krug as Tess Varga, with Anna Roos, Karl Meyer and Lena Frey in support.", three, nil},
		{"round out after newcomers", "Newcomers Anna Roos, Karl Meyer and Lena Frey round out a younger generation of smugglers.", three, nil},
		{"also announced were", "Also announced were Anna Roos, Karl Meyer and Lena Frey, whose roles were not disclosed.", three, nil},
		{"cameos from", "The grid also features cameos from Anna Roos, Karl Meyer and Lena Frey, all playing themselves.", three, nil},
		{"reunites", "The film reunites Anna Roos, Karl Meyer and Lena Frey.", three, nil},
		{"cast led by", "The pair join a cast led by Anna Roos, Karl Meyer and Lena Frey.", three, nil},
		{"returning leads", "Ida Krug joins returning leads Anna Roos, Karl Meyer and Lena Frey, who play the heroes.", three, nil},
		{"once more providing the voice", "Ida Krug returns to play the doll, with Lena Frey once more providing the voice.",
			[]string{"ACTED_IN lena frey -> iron creek"}, nil},
		{"parts in brackets after typed actors", "Anna Roos and Karl Meyer are back. Anna Roos (Tess Varga) and Karl Meyer (Geoff Orme) complete the core group.",
			[]string{"ACTED_IN anna roos -> iron creek as tess varga", "ACTED_IN karl meyer -> iron creek as geoff orme"}, nil},
		{"a person reunites people", "Karl Meyer reunites Anna Roos and Lena Frey at the festival gala.",
			nil, []string{"ACTED_IN anna roos -> iron creek", "ACTED_IN lena frey -> iron creek"}},
		{"crew behind the camera", "Behind the camera, the sequel reunites Anna Roos and Lena Frey, who co-directed the first film.",
			nil, []string{"ACTED_IN anna roos -> iron creek", "ACTED_IN lena frey -> iron creek"}},
		{"a crew newcomer", "Ida Krug is back to write the screenplay with newcomer Lena Frey.",
			nil, []string{"ACTED_IN lena frey -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
