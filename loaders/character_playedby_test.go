package loaders

import (
	"testing"
)

// TestFarPlayedByParts checks farPlayedByParts on invented sentences: a
// long appositive holding other names between the part and "played by",
// "who is played by", a name's possessive opening the appositive; a
// semicolon in the appositive stops it.
func TestFarPlayedByParts(t *testing.T) {
	cases := []struct {
		name    string
		text    string
		want    []string // claims
		notWant []string
	}{
		{"appositive with names", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. The new foe is Varkan, the ruler of the sunken kingdom of Tessaly, played by Dana Frell.",
			[]string{"PORTRAYED dana frell -> varkan"}, nil},
		{"who is played by", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. The story follows Thrax, a young hunter cast out of his clan, who is played by newcomer Dimi Kessock.",
			[]string{"PORTRAYED dimi kessock -> thrax"}, nil},
		{"name's possessive", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. It would be Mephrax, Marvel's version of the devil, played by Sacha Korda.",
			[]string{"PORTRAYED sacha korda -> mephrax"}, nil},
		{"semicolon between", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. The new foe is Varkan, the ruler of the sunken kingdom of Tessaly; the rest, played by Dana Frell, are new.",
			nil, []string{"PORTRAYED dana frell -> varkan"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
		})
	}
}
