package loaders

import "testing"

// TestPluralCrewCopulaList checks, on invented sentences, that "A and B
// were the cinematographers" credits both names of the list, and that a
// singular job noun after a plural copula credits only the last name.
func TestPluralCrewCopulaList(t *testing.T) {
	cases := []lineCase{
		{"two cinematographers", "Ivo Parnell and Saskia Dunmore were the cinematographers.",
			[]string{"WORKED_ON ivo parnell -> glass harbour", "WORKED_ON saskia dunmore -> glass harbour"}, nil},
		{"three editors", "Ivo Parnell, Saskia Dunmore and Teo Abara are the film's editors.",
			[]string{"WORKED_ON ivo parnell -> glass harbour", "WORKED_ON saskia dunmore -> glass harbour", "WORKED_ON teo abara -> glass harbour"}, nil},
		{"one editor", "Ivo Parnell shot it, and Teo Abara was the editor.",
			[]string{"WORKED_ON teo abara -> glass harbour"}, nil},
	}
	runLineCases(t, glassHarbourHead, cases)
}
