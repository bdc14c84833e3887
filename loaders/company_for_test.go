package loaders

import "testing"

// TestForOutlet checks, on invented sentences, a company after "for" that
// the clause made a production for: a making, writing or casting verb
// before the title, a bracket after it, an appositive format noun, a
// passive "produced by O2 for O", a producer credit with no object; and
// the guards (no making verb, a person after "for").
func TestForOutlet(t *testing.T) {
	const head = " date 2026-05-01\n'Copper Creek' Sets Its Cast\n\nCopper Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"created a title for a streamer", "Mara Tesk created Slate Haven for Netflix in 2021, adapting her own novel.",
			[]string{"DISTRIBUTED netflix -> slate haven"}, nil},
		{"co-created with a co-creator after", "She co-created Peat Marsh for FX with novelist Tom Bell.",
			[]string{"DISTRIBUTED fx -> peat marsh"}, nil},
		{"starred in a title for a streamer", "Lena Hobart most recently starred in Blue Lake for Apple TV+.",
			[]string{"DISTRIBUTED apple tv+ -> blue lake"}, nil},
		{"seen in a title for a streamer", "Rhea Voss was most recently seen in Dal Orren's Blue Lake for Netflix.",
			[]string{"DISTRIBUTED netflix -> blue lake"}, nil},
		{"voiced a part in a title for a streamer", "Rhea Voss voiced the fox in Blue Lake for Netflix.",
			[]string{"DISTRIBUTED netflix -> blue lake"}, nil},
		{"seen with no title before for", "Rhea Voss was seen for the first time at Netflix.",
			nil, []string{"DISTRIBUTED netflix -> the first time"}},
		{"a bracket after the title", "Ivo Stelm created the series Grey Wolves (Grå Ulve) for Netflix in 2019.",
			[]string{"DISTRIBUTED netflix -> grey wolves"}, nil},
		{"a possessive appositive", "He played a fixer in Dusk Shift, Ada Fenn's crime drama for Nordvik Television.",
			[]string{"PRODUCED nordvik television -> dusk shift"}, nil},
		{"passive with the maker first", "The series Red Dune was produced by Harbor Fiction for WDR.",
			[]string{"PRODUCED wdr -> red dune"}, nil},
		{"producers with no object", "Kim Rau and Leo Finlow produced for Meridian Pictures.",
			[]string{"PRODUCED meridian pictures -> copper creek"}, nil},
		{"guard: no making verb", "Critics praised Wide Road for Netflix's boldness.",
			nil, []string{"DISTRIBUTED netflix -> wide road", "PRODUCED netflix -> wide road"}},
		{"guard: a person after for", "Mara Tesk wrote Wide Road for Tom Bell.",
			nil, []string{"PRODUCED tom bell -> wide road"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
