package loaders

import "testing"

// TestStyledForm checks styledForm: a credit's character qualifier keeps a
// courtesy, noble or royal style the article wrote before the name, never
// a rank.
func TestStyledForm(t *testing.T) {
	forms := func(fs ...string) []formCount {
		out := make([]formCount, len(fs))
		for i, f := range fs {
			out[i] = formCount{form: f}
		}
		return out
	}
	cases := []struct {
		name  string
		forms []formCount
		cname string
		want  string
	}{
		{"lady", forms("Lady Mina Hale", "Mina"), "Mina Hale", "Lady Mina Hale"},
		{"queen of one word", forms("Queen Ysolde"), "Ysolde", "Queen Ysolde"},
		{"abbreviated style", forms("Ms. Wren"), "Wren", "Ms. Wren"},
		{"rank stays out", forms("Captain Ajax Rook"), "Ajax Rook", "Ajax Rook"},
		{"no styled form", forms("Mina Hale"), "Mina Hale", "Mina Hale"},
		{"style of another name", forms("Lady Ora Vance"), "Mina Hale", "Mina Hale"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := styledForm(c.forms, c.cname); got != c.want {
				t.Errorf("styledForm = %q, want %q", got, c.want)
			}
		})
	}
}
