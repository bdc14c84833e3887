package loaders

import "testing"

// TestForOutlet checks, on invented sentences, a company after "for" that
// the clause made a production for: a making, writing or casting verb
// before the title, a bracket after it, an appositive format noun, a
// passive "produced by O2 for O", a producer credit with no object; and
// the guards (no making verb, a person after "for").
func TestForOutlet(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"created a title for a streamer", "Mara Quill created Glass Harbour for Netflix in 2021, adapting her own novel.",
			[]string{"DISTRIBUTED netflix -> glass harbour"}, nil},
		{"co-created with a co-creator after", "She co-created Salt Marsh for FX with novelist Tom Bell.",
			[]string{"DISTRIBUTED fx -> salt marsh"}, nil},
		{"starred in a title for a streamer", "Lena Hart most recently starred in Blue Lake for Apple TV+.",
			[]string{"DISTRIBUTED apple tv+ -> blue lake"}, nil},
		{"a bracket after the title", "Ivo Sten created the series Grey Wolves (Grå Ulve) for Netflix in 2019.",
			[]string{"DISTRIBUTED netflix -> grey wolves"}, nil},
		{"a possessive appositive", "He played a fixer in Night Shift, Ada Fenn's crime drama for Nordvik Television.",
			[]string{"PRODUCED nordvik television -> night shift"}, nil},
		{"passive with the maker first", "The series Red Dune was produced by Harbor Fiction for WDR.",
			[]string{"PRODUCED wdr -> red dune"}, nil},
		{"producers with no object", "Kim Rau and Leo Fitch produced for Meridian Pictures.",
			[]string{"PRODUCED meridian pictures -> iron creek"}, nil},
		{"guard: no making verb", "Critics praised Long Road for Netflix's boldness.",
			nil, []string{"DISTRIBUTED netflix -> long road", "PRODUCED netflix -> long road"}},
		{"guard: a person after for", "Mara Quill wrote Long Road for Tom Bell.",
			nil, []string{"PRODUCED tom bell -> long road"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
