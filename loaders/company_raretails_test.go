package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestRareTailCompanies checks, on invented sentences, company names
// ending in a rarer company word ("X Fiction", "X Collective", "X
// Creative", "X Events", "X Capital", "X Cine") or in a region after the
// company's name ("X UK", "X Australia"); and the guards: a title or
// genre ending in "Fiction", a region ("Western Australia"), a sentence's
// preposition before a country, and a platform's regional arm.
func TestRareTailCompanies(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name, text, key string
		org             bool
	}{
		{"a broadcaster's drama arm", "The series is produced by Kvarn Fiction for Kanal Nord.", "kvarn fiction", true},
		{"the German spelling", "Lise Holm produced for Kvarn Fiktion.", "kvarn fiktion", true},
		{"a collective", "Ashen Coulee is a Brindle Collective production.", "brindle collective", true},
		{"a creative agency", "It's a Marlow Pictures production in association with Copperleaf Creative.", "copperleaf creative", true},
		{"an events company", "Vantor Events will bring the film back to cinemas in May.", "vantor events", true},
		{"a capital company", "Halden Rights Capital financed the series.", "halden rights capital", true},
		{"a regional arm", "The series is made by Tamsin Hollow UK for the BBC.", "tamsin hollow uk", true},
		{"a regional arm of two words", "Brevik Australia produces the soap in Melbourne.", "brevik australia", true},
		{"guard: a title ending in Fiction", "She first saw Pulp Fiction at nineteen.", "pulp fiction", false},
		{"guard: a region", "The film was shot in Western Australia over the winter.", "western australia", false},
		{"guard: a preposition opening the sentence", "In France, the film opens in June.", "in france", false},
		{"guard: a platform's regional arm", "Ravi Menon joined Netflix India in 2019.", "netflix india", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := entityType(t, head+c.text+"\n", c.key) == kg.Organisation
			if got != c.org {
				t.Errorf("%s an organisation: %v, want %v", c.key, got, c.org)
			}
		})
	}
}
