package loaders

import "testing"

// TestPossessiveFilms checks possessiveFilms: "P's C" takes the film
// named right after the part, else the film named before it in the same
// clause; a semicolon ends the clause.
func TestPossessiveFilms(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the film after the part",
			"Obituary\n\nLater he was the banker Silas Corrigan, the rival of Nora Quennick's Ada Lark, on HBO's Tidewell.",
			[]string{"ACTED_IN nora quennick -> tidewell (ada lark)"}, nil},
		{"the clause's film before the part",
			"Obituary\n\nIn Jon Avery's Cold Ledger 2 he played a clerk who betrays Nora Quennick's Ada Lark.",
			[]string{"ACTED_IN nora quennick -> cold ledger 2 (ada lark)"}, nil},
		{"a semicolon ends the clause",
			"Obituary\n\nHe was a clerk in Cold Ledger 2; decades later he praised Nora Quennick's Ada Lark.",
			nil, []string{"ACTED_IN nora quennick -> cold ledger 2 (ada lark)"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.not)
		})
	}
}
