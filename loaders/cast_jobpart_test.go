package loaders

import "testing"

// TestJobPartAfterAs checks parts described by a job noun after "as" or a
// part verb ("as flight director C", "as the fashion editor C") and the
// crew credits left to the crew rules, on invented sentences.
func TestJobPartAfterAs(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"job noun after a long gap", "On the ground, Ethan Ross gives the film its spine as flight director Cal Vurner, all grit.",
			[]string{"ACTED_IN ethan ross -> iron creek as cal vurner"}, []string{"DIRECTED cal vurner -> iron creek"}},
		{"editor after the article", "Lena Frey pops up as the fashion editor Mirela, and Omar Haddad has a few good scenes.",
			[]string{"ACTED_IN lena frey -> iron creek as mirela"}, nil},
		{"employer before the job noun", "Omar Haddad appears as the Neon producer Darian Holt.",
			nil, []string{"PRODUCED darian holt -> iron creek"}},
		{"part verb before a capitalised rank", "Lena Frey will play Director Vesna Holloway, the head of the bureau.",
			nil, []string{"DIRECTED vesna holloway -> iron creek"}},
		{"such as keeps the crew credit", "The film gathers veterans such as producer Darian Holt and Lena Frey.",
			[]string{"PRODUCED darian holt -> iron creek"}, nil},
		{"speech after the name keeps the crew credit", "It was, as producer Darian Holt said, a hard shoot.",
			nil, []string{"ACTED_IN darian holt -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestTrimPartDescribers checks that a capitalised describing noun before a
// part's personal name is dropped from the part's name, and the names it
// leaves alone, on invented sentences.
func TestTrimPartDescribers(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"trade noun in a pair list", "It reunites Ethan Ross and Lena Frey as adventurer Rick Vane and Egyptologist Evelyn Marsh.",
			[]string{"ACTED_IN lena frey -> iron creek as evelyn marsh"}, []string{"ACTED_IN lena frey -> iron creek as egyptologist evelyn marsh"}},
		{"agent noun after the article", "Lena Frey, who played the Watcher Rupert Vale, said she would return.",
			[]string{"ACTED_IN lena frey -> iron creek as rupert vale"}, nil},
		{"a nickname of two words stays", "Omar Haddad plays Stuntman Mike.",
			[]string{"ACTED_IN omar haddad -> iron creek as stuntman mike"}, nil},
		{"a full name stays", "Omar Haddad plays Homer Jay Simpkin.",
			[]string{"ACTED_IN omar haddad -> iron creek as homer jay simpkin"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
