package loaders

import "testing"

// TestDescribedEarlierFilm checks the film named by a description after a
// past acting verb ("who played C in the original,", "in the 2011 film,"):
// the first film of the subject's series, or the one film the article
// dates to that year; with no such film the statement keeps its own film.
func TestDescribedEarlierFilm(t *testing.T) {
	const head = " date 2026-05-01\n'Pewter Cove 2' Sets Its Cast\n\nPewter Cove 2, the sequel to Pewter Cove (2011), arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"relative clause, the original", "Dana Frell, who played the widow Tilly Fox in the original, will not be back.",
			[]string{"ACTED_IN dana frell -> pewter cove as tilly fox"}, []string{"ACTED_IN dana frell -> pewter cove 2 as tilly fox"}},
		{"relative clause, a dated year film", "Dana Frell, who played Tilly Fox in the 2011 film, will not be back.",
			[]string{"ACTED_IN dana frell -> pewter cove as tilly fox"}, []string{"ACTED_IN dana frell -> pewter cove 2 as tilly fox"}},
		{"relative clause, a return after it", "Dana Frell, who played Tilly Fox in the 2011 film, returns as well.",
			[]string{"ACTED_IN dana frell -> pewter cove as tilly fox", "ACTED_IN dana frell -> pewter cove 2 as tilly fox"}, nil},
		{"relative clause, an undated year", "Dana Frell, who played Tilly Fox in the 1987 film, will not be back.",
			nil, []string{"ACTED_IN dana frell -> pewter cove as tilly fox"}},
		{"main clause, the year film", "Dana Frell played Tilly Fox in the 2011 film.",
			[]string{"ACTED_IN dana frell -> pewter cove as tilly fox"}, []string{"ACTED_IN dana frell -> pewter cove 2 as tilly fox"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
