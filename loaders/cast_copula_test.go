package loaders

import "testing"

// TestPluralCopulaCast checks "A and B are C and D" on invented sentences.
func TestPluralCopulaCast(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"bare parts", "Dana Frell and Omar Reyes are Tilly Fox and Moss Vane, and Lin Chao is the physician Dr. Ezra Pell.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox", "ACTED_IN omar reyes -> iron creek as moss vane"}, nil},
		{"owner's possessive before the parts", "Dana Frell and Omar Reyes are the miners' friends Tilly Fox and Moss Vane.",
			[]string{"ACTED_IN dana frell -> iron creek as tilly fox", "ACTED_IN omar reyes -> iron creek as moss vane"},
			[]string{"ACTED_IN dana frell -> iron creek as moss vane"}},
		{"counts differ", "Dana Frell and Omar Reyes are Tilly Fox, Moss Vane and Ezra Cole.",
			nil, []string{"ACTED_IN dana frell -> iron creek as tilly fox"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
