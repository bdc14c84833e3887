package loaders

import "testing"

// TestCrewDesignWork checks, on invented sentences, that a person's
// possessive before a design craft credits the person with work on the
// film at hand ("P's production design", "P's art direction", "P's
// costumes"), that "P's art direction" is no directing credit, and that
// an actor's costumes are the part's, not a design credit.
func TestCrewDesignWork(t *testing.T) {
	cases := []lineCase{
		{"production design", "Tamsin Creel's production design makes the port look like a stage.",
			[]string{"WORKED_ON tamsin creel -> glass harbour"}, nil},
		{"art direction", "The light is lovely, as is Hollis Varga's art direction.",
			[]string{"WORKED_ON hollis varga -> glass harbour"}, []string{"DIRECTED hollis varga -> glass harbour"}},
		{"costumes", "Perpetua Lund's costumes are a riot of wool and lace.",
			[]string{"WORKED_ON perpetua lund -> glass harbour"}, nil},
		{"an actor's costumes", "Mira Castell plays the widow Agnes. Mira Castell's costumes are all black.",
			nil, []string{"WORKED_ON mira castell -> glass harbour"}},
	}
	runLineCases(t, glassHarbourHead, cases)
}
