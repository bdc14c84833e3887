package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// colonMentions returns the mentions of the article whose key is key.
func colonMentions(a *article, key string) []int {
	var out []int
	for i := range a.ments {
		if a.ments[i].key == key {
			out = append(out, i)
		}
	}
	return out
}

func TestColonShareSentence(t *testing.T) {
	tests := []struct {
		name, text string
		two        bool
	}{
		{"the sequel named beside the first work",
			"Tribute\n\nVeran Holt played Inspector Keswin in the long-running series Fennel Lane, a part he reprised in Fennel Lane: First Frost, the 2006 feature-length sequel.\n", true},
		{"the revival of the original series",
			"News\n\nFennel Lane: First Frost, the revival of the cult drama Fennel Lane, will not return for a fourth season, the streamer said.\n", true},
		{"a short form in a later sentence only",
			"News\n\nFennel Lane: First Frost opened on Friday to strong reviews. Critics called Fennel Lane the best drama of the spring.\n", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := runDated(tc.text, "2025-03-01")
			ss, ls := colonMentions(a, "fennel lane"), colonMentions(a, "fennel lane: first frost")
			if len(ss) == 0 || len(ls) == 0 {
				t.Fatalf("mentions not found: %d short, %d long", len(ss), len(ls))
			}
			if got := a.shareSentence(ss, ls); got != tc.two {
				t.Errorf("shareSentence = %v, want %v", got, tc.two)
			}
		})
	}
}

func TestColonRoute(t *testing.T) {
	tests := []struct {
		name, text string
		rel        kg.RelType
		credits    map[string]string // person key → film key of its credit
	}{
		{"the cast of a spin-off named after its origin",
			"Profile\n\nSince then the duo have made the spy series Sable Crown: Ember (2024), a spin-off of the Varo brothers' Sable Crown, starring Tesh Marin and Ilsa Pent.\n",
			kg.ActedIn, map[string]string{"tesh marin": "sable crown: ember", "ilsa pent": "sable crown: ember"}},
		{"a credit before the origin stays with it",
			"Profile\n\nTesh Marin, who starred in Sable Crown, now leads Sable Crown: Ember, a spin-off of the Varo brothers' Sable Crown.\n",
			kg.ActedIn, map[string]string{"tesh marin": "sable crown"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := localRun(tc.text, "2025-03-01")
			split := 0
			for _, e := range r.ents {
				if e.typ == kg.Film && (e.key == "sable crown" || e.key == "sable crown: ember") {
					split++
				}
			}
			if split < 2 {
				t.Fatalf("the two works are merged into one film (%d film nodes for the pair): mergeTitles must ask colonTwoWorks", split)
			}
			for p, want := range tc.credits {
				got := sameNameCredits(r, tc.rel, p)
				ok := len(got) > 0
				for _, g := range got {
					ok = ok && g == want
				}
				if !ok {
					t.Errorf("%s: %s credits %v, want only %s", p, tc.rel, got, want)
				}
			}
		})
	}
}
