package loaders

import "testing"

// TestTitleClauseFilms checks titleClauseFilms: a credit whose film would
// be the article's subject goes to the title its own sentence ties it to,
// the title whose describing clause holds the person or the title right
// after the part; a title named as a time, a source book or before the
// sentence's own past-tense verb does not take it.
func TestTitleClauseFilms(t *testing.T) {
	lead := "Studio Orders 'Iron Warden: Harbor' Series\n\n" +
		"The studio has ordered Iron Warden: Harbor, a new drama series, for its streamer. Ada Pell will write the series.\n\n"
	for _, c := range []struct {
		name, text string
		want, not  []string
	}{
		{"which starred",
			"It follows the 2011 film Steel Gate, the first installment, which starred Kit Moss as Alex Vane.",
			[]string{"ACTED_IN kit moss -> steel gate (alex vane)"}, []string{"ACTED_IN kit moss -> iron warden: harbor (alex vane)"}},
		{"appositive that starred",
			"Its model is the film Steel Gate, the 2011 thriller that starred Kit Moss as Alex Vane.",
			[]string{"ACTED_IN kit moss -> steel gate (alex vane)"}, []string{"ACTED_IN kit moss -> iron warden: harbor (alex vane)"}},
		{"directed by",
			"The writers admire the 2011 film Steel Gate, directed by Dan Ruiz and starring Kit Moss.",
			[]string{"DIRECTED dan ruiz -> steel gate"}, []string{"DIRECTED dan ruiz -> iron warden: harbor"}},
		{"past verb of the sentence",
			"Kit Moss, a writer on the 2011 film Steel Gate, directed the pilot.",
			[]string{"DIRECTED kit moss -> iron warden: harbor"}, []string{"DIRECTED kit moss -> steel gate"}},
		{"in the title after the part",
			"Kit Moss, who played Alex Vane in the 2011 film Steel Gate, joins the cast.",
			[]string{"ACTED_IN kit moss -> steel gate (alex vane)"}, []string{"ACTED_IN kit moss -> iron warden: harbor (alex vane)"}},
		{"a time, not the production",
			"After the 2011 film Steel Gate, which was a hit, Kit Moss joined the cast as Alex Vane.",
			nil, []string{"ACTED_IN kit moss -> steel gate (alex vane)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, datedClaims(lead+c.text, "2025-01-29"), c.want, c.not)
		})
	}
}
