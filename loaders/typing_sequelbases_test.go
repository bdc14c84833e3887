package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestSequelBases checks that an untyped name the article also writes with
// a sequel number ("Skyreach" beside "Skyreach 2") is typed a film before
// the patterns run (typeSequelBases), so that the credits of the first
// film find it; and that a part ("as Skyreach", "Skyreach (Ada Quill)"),
// a possessor, the series before a production noun or an ordinal, a
// monarch ("Elinor II") and a large number ("Route 66") are left alone.
func TestSequelBases(t *testing.T) {
	const tail = " The studio never made Skyreach 2.\n"
	cases := []struct {
		name, text string
		film       bool
	}{
		{"base of a numbered sequel", "Ten years ago, Orbis put Skyreach into theaters and watched it sink." + tail, true},
		{"base of a roman numeral sequel with a subtitle", "Ten years ago, Orbis put Skyreach into theaters. Orbis later made Skyreach III: The Fall.\n", true},
		{"base released under a subtitle", "Overseas it was sold as Skyreach: The Rising, and Skyreach made money." + tail, true},
		{"guard: a part after as", "Dana Voss starred as Skyreach, a pilot lost at sea." + tail, false},
		{"guard: a part with its player", "Skyreach (Dana Voss) wakes on a raft." + tail, false},
		{"guard: a possessor", "Skyreach's armour was built by hand." + tail, false},
		{"guard: the series before a production noun", "Fans wanted another Skyreach film." + tail, false},
		{"guard: the series before a franchise noun", "Orbis is bringing the 'Skyreach' trilogy back." + tail, false},
		{"guard: an ordinal before the name", "Orbis wants a third Skyreach outing." + tail, false},
		{"guard: no numbered name", "Ten years ago, Orbis put Skyreach into theaters and watched it sink.\n", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := sequelBaseTyped(t, "Skyreach at Ten\n\n"+c.text, "skyreach"); got != c.film {
				t.Errorf("skyreach typed a film %v, want %v", got, c.film)
			}
		})
	}
	t.Run("guard: a monarch's numeral", func(t *testing.T) {
		if sequelBaseTyped(t, "A Queen on Screen\n\nThe film follows Elinor 2 of Varn. Later, Elinor was crowned.\n", "elinor") {
			t.Errorf("a monarch's given name typed a film")
		}
	})
	t.Run("guard: a large number", func(t *testing.T) {
		if sequelBaseTyped(t, "Roads\n\nThe band drove Route 66 twice. Later, Tarmaq Road was their first album. Fans loved Tarmaq Road 66.\n", "tarmaq road") {
			t.Errorf("the base of a large number typed a film")
		}
	})
}

// sequelBaseTyped finds the mentions of text and runs typeSequelBases
// alone on them; it reports whether a mention whose key is key is typed
// a film.
func sequelBaseTyped(tb testing.TB, text, key string) bool {
	tb.Helper()
	a := testArticle(text, "")
	for si := range a.sents {
		a.findMentions(si)
	}
	a.typeSequelBases()
	for mi := range a.ments {
		if m := &a.ments[mi]; m.key == key && m.typ == kg.Film {
			return true
		}
	}
	return false
}

// TestSequelBaseWeakFilm checks that a base a weak cue already typed a
// film (strength one, which later passes may take back) is typed at
// strength two like an untyped one, and that a base typed another type is
// left alone.
func TestSequelBaseWeakFilm(t *testing.T) {
	for _, c := range []struct {
		name string
		typ  kg.NodeType
		want int8
	}{
		{"a weak film is made firm", kg.Film, 2},
		{"guard: a weak person stays one", kg.Person, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := testArticle("Skyreach 2 Moves to May\n\nOrbis pushed Skyreach 2 back a year. Directed by Bo Lind, Skyreach opened in 1990.\n", "")
			for si := range a.sents {
				a.findMentions(si)
			}
			var base *mention
			for mi := range a.ments {
				if a.ments[mi].key == "skyreach" {
					base = &a.ments[mi]
				}
			}
			if base == nil {
				t.Fatal("no mention of skyreach")
			}
			base.setType(c.typ, 1)
			a.typeSequelBases()
			if base.typ != c.typ || base.strength != c.want {
				t.Errorf("skyreach typed %q at %d, want %q at %d", base.typ, base.strength, c.typ, c.want)
			}
		})
	}
}

// TestSequelBaseTakesCredits checks that the cast of an article about the
// first film goes to that film once a numbered sequel names it as a base,
// not to a company a weak cue typed a film ("the orcs were captured at
// Glint & Vane's stages").
func TestSequelBaseTakesCredits(t *testing.T) {
	text := "Skyreach at Ten: The Epic That Sank\n\n" +
		"Ten years ago, Orbis put Skyreach into theaters and watched it sink. " +
		"Overseas, Skyreach (released in some markets as Skyreach: The Rising) was an event.\n\n" +
		"Dana Voss played Arlen Tor, the commander of the fleet. " +
		"The sea creatures were performance-captured at Glint & Vane's stages.\n\n" +
		"Orbis never greenlit Skyreach 2.\n"
	r := localRun(text, "")
	found := false
	for _, c := range r.claims {
		if c.rel == kg.ActedIn && r.ents[c.subj].key == "dana voss" {
			found = true
			if k := r.ents[c.obj].key; k != "skyreach" {
				t.Errorf("Dana Voss credited to %q, want skyreach", k)
			}
		}
	}
	if !found {
		t.Errorf("no ACTED_IN claim for Dana Voss")
	}
}
