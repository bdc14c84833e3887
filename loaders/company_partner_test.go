package loaders

import "testing"

// TestOrgPartnerProducer checks, on invented sentences, that a producer
// joined by "and" to a company in a "produced by" list is a company too,
// before or after it, and that a partner named with its company ("P and Q
// of O") or led by a given name stays a person.
func TestOrgPartnerProducer(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western comedy, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"before the company", "The film is produced by Quill Lantern and Harbor Pictures.",
			[]string{"PRODUCED quill lantern -> ashen coulee", "PRODUCED harbor pictures -> ashen coulee"}, nil},
		{"after the company", "The film is produced by Harbor Pictures and Quill Lantern.",
			[]string{"PRODUCED quill lantern -> ashen coulee"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
	types := []struct {
		name, text, key, want string
	}{
		{"company partner typed", "The film is produced by Quill Lantern and Harbor Pictures.", "quill lantern", "Organisation"},
		{"given name stays a person", "The film is produced by Joanna Pell and Harbor Pictures.", "joanna pell", "Person"},
	}
	for _, c := range types {
		t.Run(c.name, func(t *testing.T) {
			if e := mustEntity(t, head+c.text+"\n", c.key); string(e.typ) != c.want {
				t.Errorf("%s typed %q, want %q", c.key, e.typ, c.want)
			}
		})
	}
}
