package loaders

import "testing"

func TestLowerLedCaps(t *testing.T) {
	cases := []struct {
		name, word string
		want       bool
	}{
		{"one lower letter then capital", "zStream", true},
		{"two lower letters then capital", "myVista", true},
		{"short brand", "tvQ", true},
		{"all capitals after a lower letter", "kQOPA", true},
		{"plain lower word", "player", false},
		{"hyphenated prefix", "ex-Marine", false},
		{"three lower letters then capital", "preView", false},
		{"capitalised word", "Vista", false},
		{"too short", "zQ", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := lowerLedCaps(c.word); got != c.want {
				t.Fatalf("lowerLedCaps(%q) = %v, want %v", c.word, got, c.want)
			}
		})
	}
}

func TestLowerLedBrandIsOneName(t *testing.T) {
	cases := []struct {
		name, text, want string
	}{
		{"platform after a broadcaster's acronym", "Every season of Fennel Lane is streaming on KBX zStream in Ireland.", "KBX zStream"},
		{"brand alone", "The thriller premieres on myVista next month.", "myVista"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			toks := tokenize(c.text, 0, nil)
			want := tokenize(c.want, 0, nil)
			for i := range toks {
				if toks[i].text != want[0].text {
					continue
				}
				for k := range want {
					if !toks[i+k].cap {
						t.Fatalf("%q is not read as capitalised in %q", toks[i+k].text, c.text)
					}
				}
				return
			}
			t.Fatalf("%q not found", c.want)
		})
	}
}
