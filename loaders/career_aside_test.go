package loaders

import "testing"

// TestCareerAsideWork checks that the title of a career aside ("P, best
// known for T, plays C", "P, who broke out on T, is circling the role of
// C") is never the person of the clause's cast credit, on invented
// sentences.
func TestCareerAsideWork(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"best known for, plays", "Perrin Vasquez, best known for Harbour Nights, plays Judge Alder Crane.",
			[]string{"ACTED_IN perrin vasquez -> iron creek as judge alder crane"},
			[]string{"ACTED_IN harbour nights -> iron creek as judge alder crane", "PORTRAYED harbour nights -> judge alder crane"}},
		{"age before best known for", "Dario Pell, then 31 and best known for Glass Orchard, plays the prosecutor Tomas Wynn.",
			[]string{"ACTED_IN dario pell -> iron creek as tomas wynn"},
			[]string{"ACTED_IN glass orchard -> iron creek as tomas wynn"}},
		{"broke out on, the role of", "Lena Ostrova, who broke out on Copper Valley, is circling the role of Ilse Marr, the town's doctor.",
			[]string{"ACTED_IN lena ostrova -> iron creek as ilse marr"},
			[]string{"ACTED_IN copper valley -> iron creek as ilse marr"}},
		{"best known for, joins the cast as", "Mina Dorrel, best known for Lantern Street, is also joining the cast as Vera Holt, a rival rancher.",
			[]string{"ACTED_IN mina dorrel -> iron creek as vera holt"},
			[]string{"ACTED_IN lantern street -> iron creek", "ACTED_IN lantern street -> iron creek as vera holt"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
