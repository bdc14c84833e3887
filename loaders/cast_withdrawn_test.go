package loaders

import "testing"

// TestWithdrawnCredit checks that an actor the article says will not be
// back keeps who they played but no credit in the production it is about.
func TestWithdrawnCredit(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"not expected to return later", "It follows on from the 2004 film, which starred Dana Frell as Tilly Fox. Frell is not expected to return.",
			[]string{"PORTRAYED dana frell -> tilly fox"}, []string{"ACTED_IN dana frell -> iron creek as tilly fox"}},
		{"has exited", "It follows on from the 2004 film, which starred Dana Frell as Tilly Fox. Frell has since exited over scheduling.",
			nil, []string{"ACTED_IN dana frell -> iron creek as tilly fox"}},
		{"someone else withdraws", "Omar Reyes stars as Moss Vane. Dana Frell, however, will not be returning.",
			[]string{"ACTED_IN omar reyes -> iron creek as moss vane"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
