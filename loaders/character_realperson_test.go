package loaders

import "testing"

// TestRealPersonParts checks that a biopic's part written by a real
// person's surname takes that person's full name, on invented sentences.
func TestRealPersonParts(t *testing.T) {
	const head = " date 2026-05-01\n'Night Ledger' Finds Its Lead\n\nNight Ledger arrives in September. It is based on the memoir by Oswin Harlock, the banker who fled the city, and it was created by Ennis Varga. Varga wrote most of the episodes, with Harlock co-writing. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the surname of the one real person", "Dana Frell plays Harlock himself, known to his clerks only as the boss.",
			[]string{"ACTED_IN dana frell -> night ledger as oswin harlock"}, []string{"ACTED_IN dana frell -> night ledger as harlock"}},
		{"two people of that surname name neither", "Dana Frell plays Harlock, and Mira Harlock plays his sister.",
			[]string{"ACTED_IN dana frell -> night ledger as harlock"}, []string{"ACTED_IN dana frell -> night ledger as oswin harlock"}},
		{"the actor's own surname", "Tobin Harlock, his grandson, plays Harlock.",
			nil, []string{"ACTED_IN tobin harlock -> night ledger as oswin harlock"}},
	}
	const actorHead = " date 2026-05-01\n'Night Ledger' Finds Its Lead\n\nNight Ledger arrives in September. It was created by Ennis Varga. Varga wrote most of the episodes, with Harlock co-writing. "
	t.Run("an actor of the article is no real person portrayed", func(t *testing.T) {
		checkLines(t, localFacts(t, actorHead+"Mira Harlock plays the clerk Tova Lind in the series, and Dana Frell plays Harlock himself, known to his clerks only as the boss."),
			nil, []string{"ACTED_IN dana frell -> night ledger as mira harlock"})
	})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text), c.want, c.not)
		})
	}
}
