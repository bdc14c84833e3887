package loaders

import "testing"

// TestCopulaDescribed checks cast copulas whose part is described before
// its name ("P is the team's stern head coach, C", "P is his elder
// brother C"), and the copulas that describe no part, on invented
// sentences.
func TestCopulaDescribed(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"owner and job noun", "Karl Meyer is the Wolves' stern head coach, Sven Dahl, a man who never smiles.",
			[]string{"ACTED_IN karl meyer -> iron creek as sven dahl"}, nil},
		{"owner's name and tie", "Lena Frey is Tess's jazz-loving grandmother, Odile, the family's anchor.",
			[]string{"ACTED_IN lena frey -> iron creek as odile"}, nil},
		{"pronoun and tie", "Jonas Ekberg plays Rolf Varga, while Anna Roos is his elder sister Pip, a rising lawyer.",
			[]string{"ACTED_IN anna roos -> iron creek as pip"}, nil},
		{"article and tie", "Karl Meyer is the youngest brother, Tibbo.",
			[]string{"ACTED_IN karl meyer -> iron creek as tibbo"}, nil},
		{"article and part noun", "Lena Frey is the outlaw Corvane, and Karl Meyer is the widow Wenna Stallard.",
			[]string{"ACTED_IN lena frey -> iron creek as corvane", "ACTED_IN karl meyer -> iron creek as wenna stallard"}, nil},
		{"an appositive names the part", "Lena Frey is his half-sister, the fierce and devout Tess Varga, who leads the rebels.",
			[]string{"ACTED_IN lena frey -> iron creek as tess varga"}, nil},
		{"a part called C", "Karl Meyer is his muscle, a former boxer called Copper Stag.",
			[]string{"ACTED_IN karl meyer -> iron creek as copper stag"}, nil},
		{"an appositive with a verb", "Karl Meyer is the team's coach, a man who is Sven Dahl's friend.",
			nil, []string{"ACTED_IN karl meyer -> iron creek as sven dahl"}},
		{"a place after a job", "Karl Meyer was the studio's head of drama, London, for a decade.",
			nil, []string{"ACTED_IN karl meyer -> iron creek as london"}},
		{"a verb after the name", "Karl Meyer is the team's coach, Sven Dahl said on Monday.",
			nil, []string{"ACTED_IN karl meyer -> iron creek as sven dahl"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestAsDescribedComma checks a part named after "as the <part noun>,"
// ("as a different agent, C") and the crew jobs that name no part, on
// invented sentences.
func TestAsDescribedComma(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a different agent", "The spin-off Iron Creek starred Karl Meyer as a different agent, Sven Dahl.",
			[]string{"ACTED_IN karl meyer -> iron creek as sven dahl"}, nil},
		{"a crew job", "The spin-off Iron Creek hired Karl Meyer as the executive producer, Sven Dahl.",
			nil, []string{"ACTED_IN karl meyer -> iron creek as sven dahl"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestPlaysCommaDescribed checks a part named after comma-joined
// describing words after an acting verb ("P plays the charming, doomed
// C"), on invented sentences.
func TestPlaysCommaDescribed(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"plays comma adjectives", "Karl Meyer plays the charming, doomed Sven Dahl, and Lena Frey is superb.",
			[]string{"ACTED_IN karl meyer -> iron creek as sven dahl"}, nil},
		{"no comma is read elsewhere", "Karl Meyer plays the charming Sven Dahl.",
			[]string{"ACTED_IN karl meyer -> iron creek as sven dahl"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
