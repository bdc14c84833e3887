package loaders

import (
	"slices"
	"testing"
)

// TestCharacterCues checks typePlayedParts, typePlayedByParts,
// typeActorPossessiveParts and keepPersonNames on invented sentences:
// each case's want entities are found and its unwanted ones are not.
func TestCharacterCues(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		want     []string
		unwanted []string
	}{
		{"played described part", "News\n\nRina Okoro was last seen in the series Low Water, where she played the harbour pilot Dana Keel.",
			[]string{"Character:dana keel", "Person:rina okoro"}, []string{"Person:dana keel"}},
		{"played part before in", "News\n\nMara Vell played the scheming aunt Lotte Brisk in the Dutch thriller Gravel.",
			[]string{"Character:lotte brisk"}, []string{"Person:lotte brisk"}},
		{"played opposite an actor", "News\n\nTom Arden played a cop opposite Ken Moro in the remake.",
			[]string{"Person:ken moro"}, []string{"Character:ken moro"}},
		{"name describing the part", "News\n\nJoel Hart, who plays the jittery Vega \"expert\" Plink, is back.",
			nil, []string{"Character:vega"}},
		{"played by after a comma", "News\n\nThe other lead is Carl Benning, the town's new sheriff played by Owen Drake.",
			[]string{"Character:carl benning"}, []string{"Person:carl benning"}},
		{"played with by", "News\n\nThe film follows the last days of Nora Quill, played with quiet menace by Ida Brenner.",
			[]string{"Character:nora quill"}, []string{"Person:nora quill"}},
		{"place describing the part", "News\n\nNeither is Jack Marlow: the Boston police detective played by Owen Drake will not appear.",
			nil, []string{"Character:boston"}},
		{"actor's part", "News\n\nThe heist is led by Marta Linde's Rosa Vane, a safecracker with a grudge.",
			[]string{"Character:rosa vane"}, []string{"Person:rosa vane"}},
		{"director's adaptation", "News\n\nSofia Brandt's Anna Keller adaptation opens in May.",
			nil, []string{"Character:anna keller"}},
		{"crew credit keeps a person", "News\n\nThe cut was assembled by Hugo Lanne from the footage he shot himself. Lanne directed and co-wrote the film.",
			[]string{"Person:hugo lanne"}, []string{"Character:hugo lanne"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts(c.text)
			for _, w := range c.want {
				if !slices.Contains(ents, w) {
					t.Errorf("missing %q; got %v", w, ents)
				}
			}
			for _, w := range c.unwanted {
				if slices.Contains(ents, w) {
					t.Errorf("unwanted %q; got %v", w, ents)
				}
			}
		})
	}
}
