package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

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
		{"queen of one word", forms("Queen Orlaith"), "Orlaith", "Queen Orlaith"},
		{"abbreviated style", forms("Ms. Wren"), "Wren", "Ms. Wren"},
		{"rank stays out", forms("Captain Tiber Rook"), "Tiber Rook", "Tiber Rook"},
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

// TestRankedNames checks the naming of characters by a rank and one name
// (untitledForm, rankedForm, collisionID): "Sergeant Baek" keeps its
// rank, "Rocco" takes the "Uncle Rocco" an article wrote, a full name drops
// its rank, and two articles naming one character "Agent Rook" and "Rook"
// give one node.
func TestRankedNames(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"rank and one name", "Sergeant Baek", "Sergeant Baek"},
		{"rank and full name", "Captain Tiber Rook", "Tiber Rook"},
		{"role word and surname", "Director Pembury", "Pembury"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := untitledForm(c.in); got != c.want {
				t.Errorf("untitledForm(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	t.Run("ranked form of one name", func(t *testing.T) {
		if got := rankedForm([]string{"Rocco", "Uncle Rocco"}, "Rocco"); got != "Uncle Rocco" {
			t.Errorf("rankedForm = %q, want Uncle Rocco", got)
		}
		if got := rankedForm([]string{"Ana Rocco", "Uncle Rocco"}, "Ana Rocco"); got != "Ana Rocco" {
			t.Errorf("rankedForm = %q, want Ana Rocco", got)
		}
	})
	t.Run("one node across articles", func(t *testing.T) {
		ins := []Input{{Text: "News\n\nMara Quell plays Agent Rook in Iron Creek.\n"}, {Text: "News\n\nIn Iron Creek, Rook is played by Mara Quell.\n"}}
		ins[0].Article.ID, ins[1].Article.ID = "a", "b"
		doc, _, err := Document(t.Context(), ins, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, n := range doc.Nodes {
			if n.Type == kg.Character {
				names = append(names, n.Name)
			}
		}
		if len(names) != 1 || names[0] != "Agent Rook" {
			t.Errorf("characters %v, want [Agent Rook]", names)
		}
	})
}
