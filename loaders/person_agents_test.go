package loaders

import (
	"testing"
)

// TestTalentAgencies checks typeTalentAgencies: the names listed after
// "repped by" are agencies, not actors who play the part named later; a
// name led by a given name is left alone.
func TestTalentAgencies(t *testing.T) {
	cases := []struct {
		name     string
		text     string
		want     []string
		unwanted []string
	}{
		{"agencies before a part", "News\n\nMara Quell has boarded Night Tide. Quell, who is repped by APA and Silent Content, will play Detective Ruth Sato.",
			nil, []string{"Person:silent content", "Person:apa"}},
		{"agent named after a person", "News\n\nHale is repped by WME and Lindy Marchbank at Northern Agents.",
			nil, []string{"Organisation:lindy marchbank"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, ents, c.want, c.unwanted)
			for _, cl := range claims {
				if len(cl) > 20 && cl[:20] == "ACTED_IN silent cont" {
					t.Errorf("agency credited as an actor: %v", claims)
				}
			}
		})
	}
}
