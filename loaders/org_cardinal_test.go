package loaders

import "testing"

// TestCardinalCompanyName checks, on invented sentences, that a cardinal
// number and a company word ("404 Pictures") make one company name, and
// that a number with a capitalised run after it is left to the other
// rules.
func TestCardinalCompanyName(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western comedy, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"in association with", "The series is produced by Lantern Road Studios in association with 404 Pictures.",
			[]string{"PRODUCED 404 pictures -> ashen coulee"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
