package loaders

import (
	"testing"
)

// TestFarPlayedByParts checks farPlayedByParts on invented sentences: a
// long appositive holding other names between the part and "played by",
// "who is played by", a name's possessive opening the appositive, "C the
// NOUN, still voiced by", "returns, voiced by", "is a NOUN voiced by",
// "C, a NOUN voiced by"; a semicolon in the appositive stops it.
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
		{"the noun and an adverb", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Pip the gull, still voiced by Dana Frell, stows away.",
			[]string{"PORTRAYED dana frell -> pip"}, nil},
		{"returns voiced by", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Fan favourite Captain Orrin, Thrax's older brother and the head of the fleet, returns, voiced by Dana Frell.",
			[]string{"PORTRAYED dana frell -> captain orrin"}, nil},
		{"is a noun voiced by", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Quill, the old owl who raised them, is a digital character voiced by Sacha Korda.",
			[]string{"PORTRAYED sacha korda -> quill"}, nil},
		{"reduced relative", "The Wexmoor\n\nThe Wexmoor returns on Streamly in May. Along the way Thrax is taken in by Mireille, a single mother and bar owner voiced by Sacha Korda.",
			[]string{"PORTRAYED sacha korda -> mireille"}, nil},
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
