package loaders

import "testing"

// TestBasedPrefix checks, on invented sentences, that a place's "-based"
// adjective is dropped from the name run after it and the rest typed an
// organisation, even when it opens with a given name.
func TestBasedPrefix(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western comedy, arrives in September. "
	cases := []struct {
		name, text, key string
	}{
		{"agency", "Dorian Vell is repped by Harbourton-based Quill Lantern.", "quill lantern"},
		{"company of personal names", "Dorian Vell produced through his Harbourton-based Joanna Pell Vance.", "joanna pell vance"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if e := mustEntity(t, head+c.text+"\n", c.key); e.typ != "Organisation" {
				t.Errorf("%s typed %q", c.key, e.typ)
			}
		})
	}
}
