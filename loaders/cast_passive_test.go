package loaders

import "testing"

// TestCastPassive checks "C is played by P" with an appositive between and
// a gapped second pair, on invented sentences.
func TestCastPassive(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"appositive before is voiced by", "Their leader, Tilly Fox, a red fox, is voiced by Dana Frell.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
		{"bare copula passive", "The young Marcus is played by Omar Reyes, and the likeness is uncanny.",
			[]string{"ACTED_IN omar reyes -> iron creek as marcus"}, nil},
		{"appositive after by", "Then there is a teenage Tilly Fox, played by a newcomer, Dana Frell.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
		{"describing words after by", "Sheriff Moss Vane, played by the former boxer Dana Frell, anchors the story.",
			[]string{"ACTED_IN dana frell -> iron creek as sheriff moss vane"}, nil},
		{"a phrase after by names no one", "Sheriff Moss Vane, played by a stunt double in the film, anchors the story.",
			nil, []string{"ACTED_IN film -> iron creek as moss vane"}},
		{"gapped second pair", "Pip was voiced by Lin Chao and Bolt by Ezra Pell.",
			[]string{"ACTED_IN lin chao -> iron creek as pip", "ACTED_IN ezra pell -> iron creek as bolt"}, nil},
		{"manner phrase before by", "It follows Tilly Fox, played with raw, frightening commitment by Dana Frell.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
		{"appositive with no comma before played", "The other is Moss Vane, the future mayor played by Omar Reyes.",
			[]string{"ACTED_IN omar reyes -> iron creek as moss vane"}, nil},
		{"an earlier film by its year", "The other is Moss Vane, the future mayor played by Omar Reyes in the 1975 film, here a car dealer.",
			[]string{"PORTRAYED omar reyes -> moss vane"}, []string{"ACTED_IN omar reyes -> iron creek as moss vane"}},
		{"a film named after the person", "It is a prequel to Dust Road. The other is Moss Vane, the future mayor played by Omar Reyes in Dust Road.",
			[]string{"ACTED_IN omar reyes -> dust road as moss vane"}, []string{"ACTED_IN omar reyes -> iron creek as moss vane"}},
		{"several earlier films", "No casting has been set for a younger Moss Vane, the knife-throwing right hand played by Omar Reyes in the films.",
			[]string{"PORTRAYED omar reyes -> moss vane"}, []string{"ACTED_IN omar reyes -> iron creek as moss vane"}},
		{"a company after by", "The hit was Moss Vane, the old tune played by Warner Bros. Records on every station.",
			nil, []string{"ACTED_IN warner bros. records -> iron creek as moss vane"}},
		{"denied part", "Tilly Fox will not be played by Dana Frell this time.",
			nil, []string{"ACTED_IN dana frell -> iron creek as tilly fox", "ACTED_IN dana frell -> iron creek"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}

// TestCastLabelLine checks a credit block's "Cast:" line.
func TestCastLabelLine(t *testing.T) {
	const text = " date 2026-05-01\n'Iron Creek' review: a western that earns its dust\n\nIron Creek is the best western of the year.\n\nIRON CREEK\nDirector: Ana Vittor\nCast: Dana Frell, Omar Reyes, Lin Chao, Ezra Pell\nRunning time: 118 minutes\n"
	got := localFacts(t, text)
	checkLines(t, got, []string{"ACTED_IN dana frell -> iron creek", "ACTED_IN omar reyes -> iron creek", "ACTED_IN lin chao -> iron creek", "ACTED_IN ezra pell -> iron creek"}, nil)
}

// TestModifiedNounPart checks that a name modifying the noun after "as a"
// is no part ("as a CIA cryptographer") and that the part's name after the
// noun is read instead.
func TestModifiedNounPart(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"acronym before a job noun", "Dana Frell stars as a KGB defector in the film.",
			[]string{"ACTED_IN dana frell -> iron creek"}, []string{"ACTED_IN dana frell -> iron creek as kgb"}},
		{"nationality noun then the name", "Omar Reyes has a small role as a Danish police captain, Major Ida Holm, and Lin Chao is back.",
			[]string{"ACTED_IN omar reyes -> iron creek as major ida holm"}, []string{"ACTED_IN omar reyes -> iron creek as danish"}},
		{"named after the noun", "Ezra Pell joins as an MI5 officer named Kit Dane.",
			[]string{"ACTED_IN ezra pell -> iron creek as kit dane"}, []string{"ACTED_IN ezra pell -> iron creek as mi5"}},
		{"describing words before the agency", "Ezra Pell, who has boarded the project as a rogue MI5 officer named Kit Dane, is new.",
			[]string{"ACTED_IN ezra pell -> iron creek as kit dane"}, []string{"ACTED_IN ezra pell -> iron creek as mi5"}},
		{"two companies before named", "Ezra Pell joins as a Neon MI5 officer named Kit Dane.",
			nil, []string{"ACTED_IN ezra pell -> iron creek as mi5"}},
		{"describing words joined by a comma", "The film pairs Dana Frell with Omar Reyes as an adopted, hyper-enthusiastic Pipit and Lin Chao as a deadpan Pemble.",
			[]string{"ACTED_IN omar reyes -> iron creek as pipit"}, nil},
		{"appositive with a name, then a verb phrase before as", "Dana Frell, an Dunwoody regular since The Boathouse, steals every scene as the disgraced scholar Albin Franz.",
			[]string{"ACTED_IN dana frell -> iron creek as albin franz"}, nil},
		{"crew verb before as is no cast", "Dana Frell, a veteran of the stage, directed the film as a favour.",
			nil, []string{"ACTED_IN dana frell -> iron creek"}},
		{"plain part still read", "Dana Frell stars as Tilly Fox in the film.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
