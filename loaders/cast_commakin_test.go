package loaders

import "testing"

// TestCommaKinPairs checks paired parts named after a tie and a comma
// ("A and B round out the cast as C's mother, X, and sister, Y") and one
// actor doubling as twins, on invented sentences.
func TestCommaKinPairs(t *testing.T) {
	const head = " date 2026-05-01\n'Marrow Flats' Sets Its Cast\n\nMarrow Flats, a western from Neon, arrives in September. Lin Chao plays Ezra Pell. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"owner's ties, each with a comma", "Ana Prell and Sue Marr round out the cast as Ezra's mother, Wrenna, and sister, Jo.",
			[]string{"ACTED_IN ana prell -> marrow flats as wrenna", "ACTED_IN sue marr -> marrow flats as jo"},
			[]string{"ACTED_IN sue marr -> marrow flats as wrenna"}},
		{"pronoun's ties, each with a comma", "Ana Prell and Sue Marr round out the cast as his mother, Wrenna, and sister, Jo.",
			[]string{"ACTED_IN ana prell -> marrow flats as wrenna", "ACTED_IN sue marr -> marrow flats as jo"},
			[]string{"ACTED_IN sue marr -> marrow flats as wrenna"}},
		{"a describing word before the second tie", "Ana Prell and Sue Marr join as Ezra's mother, Wrenna, and younger sister, Jo.",
			[]string{"ACTED_IN ana prell -> marrow flats as wrenna", "ACTED_IN sue marr -> marrow flats as jo"}, nil},
		{"guard: a clause after the name", "Ana Prell and Sue Marr return as Ezra's mother, Wrenna, and sister, Jo Marr is back too.",
			nil, []string{"ACTED_IN sue marr -> marrow flats as jo"}},
		{"one actor doubles as twins", "Omar Reyes doubles as twins Ada and Bea Vane.",
			[]string{"ACTED_IN omar reyes -> marrow flats as ada vane", "ACTED_IN omar reyes -> marrow flats as bea vane"}, nil},
		{"one actor doubles as two parts", "Omar Reyes doubles as Ada Vane and Bea Tull.",
			[]string{"ACTED_IN omar reyes -> marrow flats as ada vane", "ACTED_IN omar reyes -> marrow flats as bea tull"}, nil},
		{"guard: two actors and twins pair in order", "Omar Reyes and Kip Lorne play twins Ada and Bea Vane.",
			[]string{"ACTED_IN omar reyes -> marrow flats as ada vane", "ACTED_IN kip lorne -> marrow flats as bea vane"},
			[]string{"ACTED_IN omar reyes -> marrow flats as bea vane"}},
		{"guard: one actor, one part and a co-star", "Omar Reyes stars as Ada Vane and Kip Lorne as Bea Tull.",
			[]string{"ACTED_IN omar reyes -> marrow flats as ada vane"}, []string{"ACTED_IN omar reyes -> marrow flats as bea tull"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
