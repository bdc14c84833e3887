package loaders

import "testing"

// TestOutletReach checks outletReach's shapes on invented sentences: "made
// F for O", "P directed for O", "F and G went straight to O", "the film
// hits O on <date>", "F, ..., returns to O and O2", "all of it lives on
// O"; and what it leaves alone.
func TestOutletReach(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. A Lumio spokesperson and a Corvane executive declined to comment. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"made a title for a company", "Between these films you also made Nightfall for Lumio.",
			[]string{"PRODUCED lumio -> nightfall"}, nil},
		{"made a described title for a company", "Ana Vittor most recently made the biopic Marigold for Corvane.",
			[]string{"PRODUCED corvane -> marigold"}, nil},
		{"a person directed for a company", "Jo Tam directed for Corvane.",
			[]string{"PRODUCED corvane -> iron creek"}, nil},
		{"titles went straight to an outlet", "The Coral Movie and Krill: The Movie, both went straight to Lumio.",
			[]string{"DISTRIBUTED lumio -> krill: the movie"}, nil},
		{"the film hits an outlet on a date", "The film hits Lumio on July 3.",
			[]string{"DISTRIBUTED lumio -> iron creek"}, nil},
		{"a title returns to two outlets over an appositive", "Iron Creek, co-produced by Kestrel Films, returns to Lumio and Corvane in April.",
			[]string{"DISTRIBUTED lumio -> iron creek", "DISTRIBUTED corvane -> iron creek"}, nil},
		{"all of it lives on an outlet", "All of it lives on Lumio.",
			[]string{"DISTRIBUTED lumio -> iron creek"}, nil},
		{"in development at an outlet, a company producing", "A prequel series, Iron Creek: Origins, is now in development at Lumio, with her company Delta Films producing.",
			[]string{"DISTRIBUTED lumio -> iron creek: origins", "PRODUCED delta films -> iron creek: origins"}, nil},
		{"in development at a studio", "It is in development at Corvane Animation.",
			[]string{"PRODUCED corvane animation -> iron creek"}, nil},
		{"outlets air and pick up seasons", "In the United States, Lumio aired the first season and Corvane picked up the second.",
			[]string{"DISTRIBUTED lumio -> iron creek", "DISTRIBUTED corvane -> iron creek"}, nil},
		{"guard: an outlet aired a second film", "Corvane aired the second film in 2004.",
			nil, []string{"DISTRIBUTED corvane -> iron creek"}},
		{"guard: a person works for a company", "Ana Vittor worked for Lumio.",
			nil, []string{"PRODUCED lumio -> iron creek", "DISTRIBUTED lumio -> iron creek"}},
		{"guard: a title returns to a place", "Iron Creek returns to Derry in April.",
			nil, []string{"DISTRIBUTED derry -> iron creek"}},
		{"guard: a person went to an outlet", "Ana Vittor made her name at Lumio and went to Corvane.",
			nil, []string{"DISTRIBUTED corvane -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}

// TestCompanyWordName checks which names are built like companies' names.
func TestCompanyWordName(t *testing.T) {
	for _, c := range []struct {
		text  string
		words int8
		want  bool
	}{
		{"Harlow Animations", 2, true}, {"Kestrel Content", 2, true},
		{"Entertainment One", 2, true}, {"Studio Brisque", 2, true}, {"Harlow Pictures", 2, true},
		{"Harlow Finch", 2, false}, {"Studio Brisque Tokyo", 3, false},
	} {
		t.Run(c.text, func(t *testing.T) {
			m := &mention{text: c.text, words: c.words}
			last := lowerLast(c.text)
			if got := companyWordName(m, last); got != c.want {
				t.Errorf("companyWordName(%q) = %v, want %v", c.text, got, c.want)
			}
		})
	}
}
