package loaders

import "testing"

// TestWhoseParts checks "P, whose [describing words] C ..." on invented
// sentences.
func TestWhoseParts(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"part right after whose", "Dana Frell, whose Tilly Fox died in the finale, is not back.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
		{"describing words before the part", "Neither has Dana Frell, whose crooked saloon keeper Tilly Fox steals the show.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox"}, nil},
		{"an earlier film's part", "Neither has Dana Frell, whose crooked saloon keeper Tilly Fox was the last film's villain.",
			[]string{"PORTRAYED dana frell -> tilly fox"}, []string{"ACTED_IN dana frell -> iron creek as tilly fox"}},
		{"a one-word part after character", "Omar Reyes, whose character Wendover recruited the hero in the finale, returns.",
			[]string{"ACTED_IN omar reyes -> iron creek as wendover"}, nil},
		{"a one-word name after another noun", "Omar Reyes, whose company Wendover made the boots, returns.",
			nil, []string{"ACTED_IN omar reyes -> iron creek as wendover"}},
		{"two actors and two parts", "Omar Reyes and Dana Frell, whose characters Tilly Fox and Moss Vane were the heart of it, return.",
			nil, []string{"ACTED_IN dana frell -> iron creek as tilly fox"}},
		{"a relative of the part", "The lead is Tilly Fox, a drifter played by Dana Frell, whose brother Moss Vane (Omar Reyes) vanishes.",
			nil, []string{"ACTED_IN dana frell -> iron creek as moss vane"}},
		{"a title after describing words", "Dana Frell, whose Netflix thriller Quiet Harbor made her a star, leads.",
			nil, []string{"ACTED_IN dana frell -> iron creek as quiet harbor"}},
		{"a verb among the words", "Dana Frell, whose agent said Tilly Fox was hers, leads.",
			nil, []string{"ACTED_IN dana frell -> iron creek as tilly fox"}},
		{"too many words", "Dana Frell, whose very old crooked saloon keeper Tilly Fox was the villain, leads.",
			nil, []string{"ACTED_IN dana frell -> iron creek as tilly fox"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
