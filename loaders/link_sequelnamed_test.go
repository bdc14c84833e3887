package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

func TestSequelNamedLinks(t *testing.T) {
	tests := []struct {
		name, text, sequel string
		want               []string // the films the sequel is a sequel of
	}{
		{"X and its sequel, Y",
			"Dora Pell Dies at 80\n\nDora Pell starred in Ivo Lark's Glass Orchard and its sequel, Winter Harbour, before retiring.\n",
			"winter harbour", []string{"glass orchard"}},
		{"its dated sequel, Y, after a sentence naming X",
			"Dora Pell Dies at 80\n\nIvo Lark wrote and directed the 2009 thriller Glass Orchard for Orbis Pictures. " +
				"Lark also made its 2016 sequel, Winter Harbour, in which Pell returned.\n",
			"winter harbour", []string{"glass orchard"}},
		{"a sequel in a paragraph naming no film: the article's",
			"Glass Orchard at Seventy\n\nGlass Orchard (1950), directed by Ivo Lark for Orbis Pictures, opened seventy years ago.\n\n" +
				"The picture was a hit. Orbis rushed out a sequel, Winter Harbour (1951), with the same cast.\n",
			"winter harbour", []string{"glass orchard"}},
		{"a part played in its sequel is no film",
			"Dora Pell Dies at 80\n\nShe voiced Tess in the animated feature Legend of the Glass Orchard and the queen Mirelle in its sequel, Return to the Glass Orchard, both directed by Ivo Lark.\n",
			"return to the glass orchard", []string{"legend of the glass orchard"}},
		{"a name cut short is no sequel",
			"Dora Pell Dies at 80\n\nDora Pell starred in Ivo Lark's Glass Orchard and its sequel, Winter Harbour Part Two, before retiring.\n",
			"winter harbour", nil},
		{"its dated sequel Y, no comma",
			"Dora Pell Dies at 80\n\nDora Pell starred in Ivo Lark's Glass Orchard (2010) and its 2013 sequel Winter Harbour, both made for Orbis Pictures.\n",
			"winter harbour", []string{"glass orchard"}},
		{"the dated sequel Y, no comma: no antecedent read",
			"Dora Pell Dies at 80\n\nDora Pell starred in Ivo Lark's Glass Orchard (2010). She played the gunfighter's widow once more in the 1987 sequel Winter Harbour, the only follow-up ever made.\n",
			"winter harbour", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := localRun(tc.text, "2025-03-01")
			got := sameNameCredits(r, kg.SequelOf, tc.sequel)
			if len(got) != len(tc.want) || len(got) > 0 && got[0] != tc.want[0] {
				t.Errorf("sequel of: got %v, want %v", got, tc.want)
			}
		})
	}
}
