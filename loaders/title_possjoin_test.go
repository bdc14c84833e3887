package loaders

import "testing"

// TestJoinPossessiveTitles checks that a title with a possessive of its
// own is read whole when the article writes it twice and never names its
// tail alone, or when a common noun for a person owns it, and that an
// owner's possessive (a platform, a studio, a person's surname) stays
// apart.
func TestJoinPossessiveTitles(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a bare common noun before the possessive, written twice",
			"Grandpa's Navy review: a gentle return\n\nAfter forty years, Grandpa's Navy is back on screen with a new cast. Grandpa's Navy opens on Friday.",
			[]string{"grandpa's navy"}, []string{"navy"}},
		{"a common noun owner named once",
			"News\n\nHe directed Soldier's Wife with Ana Kolby in the lead.",
			[]string{"soldier's wife"}, []string{"wife"}},
		{"colon subtitles of a possessive title in a list",
			"News\n\nThe show has spun off Waiter's Bench: Lima, Waiter's Bench: Oslo, and, lately, Waiter's Bench: Accra.",
			[]string{"waiter's bench: lima", "waiter's bench: oslo", "waiter's bench: accra"}, []string{"bench: lima"}},
		{"a name written twice before the same tail, tail never alone",
			"News\n\nShooting on Quenby's Ledger began in May. Quenby's Ledger follows the first series.",
			[]string{"quenby's ledger"}, []string{"ledger"}},
		{"the tail named alone elsewhere stays the work",
			"News\n\nKell Dyson's Harrowgate opens in May. Dyson's Harrowgate was shot in Wales, and Harrowgate is his third film.",
			[]string{"harrowgate"}, []string{"dyson's harrowgate"}},
		{"a platform's possessive stays an owner",
			"News\n\nNetflix's Northfall returns. Netflix's Northfall was renewed.",
			[]string{"netflix"}, []string{"netflix's northfall"}},
		{"a person's surname matching a common noun stays an owner",
			"News\n\nDana Cook stars. The cast of Dana Cook's Lantern Hill is large.",
			nil, []string{"dana cook's lantern hill"}},
		{"a series name that heads a longer title owns an entry once",
			"News\n\nBrisk & Tully Go West opens Friday, years after Brisk & Tully's Big Night charmed critics.",
			[]string{"brisk & tully's big night"}, []string{"big night"}},
		{"a person's full name is no series head",
			"News\n\nTam Oskery Junior is here. Tam's Lantern Hill was his work.",
			nil, []string{"tam's lantern hill"}},
		{"a contraction is no owner",
			"News\n\nIt's Marlow Street that wins.",
			nil, []string{"it's marlow street"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
