package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestOrgApposNounTypes checks a body named before an appositive headed by
// an institution noun ("X, the Burbank animation company co-founded by",
// "X, a women's prison on", "X, the small distributor that") typed an
// organisation, and the guards: a name cut short, a company word alone, a
// given name, a noun that is a possessive's or that modifies another.
func TestOrgApposNounTypes(t *testing.T) {
	const head = orgTypeHead
	cases := []orgTypeCase{
		{"X, the place animation company co-founded by", "The film was made at Corvane Dynamics, the Burbank animation company co-founded by Tel Ardis.", "corvane dynamics", kg.Organisation},
		{"X, a women's prison on", "Wrenfield Correctional Centre, a women's prison on the outskirts of Perth, is the setting.", "wrenfield correctional centre", kg.Organisation},
		{"X, the small distributor that", "It was released in 1999 by Tarrow Alive, the small distributor that had also put out Glass Year.", "tarrow alive", kg.Organisation},
		{"X, a Capital-hyphen demonym restaurant run by", "Mara runs Le Pavot Gris, a Michelin-starred French restaurant run by her aunt.", "le pavot gris", kg.Organisation},
		{"X, the army outfit the two served in (a numbered name)", "Neagley is his old partner from the 212th Special Recon Unit, the army outfit the two once served in.", "212th special recon unit", kg.Organisation},
		{"X, a shop selling", "She runs Halcyon Works, a shop selling hats that is really a front.", "halcyon works", kg.Organisation},
		{"X, the streaming platform", "Outside the country it streams on Vantro, the Bangladeshi streaming platform.", "vantro", kg.Organisation},
		{"guard: a given name first", "Later, Julia Marsh, the small company's accountant, quits.", "julia marsh", ""},
		{"guard: the noun modifies another", "Iron Creek, the prison drama that ran for years, returns.", "iron creek", kg.Film},
		{"guard: a role after the noun", "Mara Quill, a prison guard, returns.", "mara quill", ""},
	}
	runOrgTypeCases(t, cases)
	cut := []struct{ name, text, key string }{
		{"guard: a name cut after a number", "It was released in 1999 by 87Tarn, the small distributor that had also put out Glass Year.", "tarn"},
		{"guard: a company word alone", "The game came from 343 Industries, the studio that runs the series.", "industries"},
		{"guard: a name cut after a comma", "It follows the lawyers of Brill, Osgood & Fenn, a Boston firm where nobody sleeps.", "osgood & fenn"},
	}
	for _, c := range cut {
		t.Run(c.name, func(t *testing.T) {
			if got := entityType(t, head+c.text+"\n", c.key); got == kg.Organisation {
				t.Errorf("%s typed an organisation", c.key)
			}
		})
	}
}

// TestCompanyTailWordsMore checks the company words "Industries",
// "Enterprises", "Communications", "Video", "Artists", "Associates",
// "Creations", "Talkies" and "Filmproduktion" end a company's name.
func TestCompanyTailWordsMore(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a thriller from Neon, arrives in September. "
	cases := []struct{ name, text, key string }{
		{"X Video", "The series is produced by Harlow Video in association with Neon.", "harlow video"},
		{"X Communications", "The series is produced by Tessel Communications for Neon.", "tessel communications"},
		{"X Artists", "Corvane produces the series with Orrin Artists, whose founders also produce.", "orrin artists"},
		{"X Talkies", "Iron Creek, produced by Brindle Talkies, is in cinemas now.", "brindle talkies"},
		{"X Filmproduktion", "The film was produced by Marsch Filmproduktion in Munich.", "marsch filmproduktion"},
		{"X Industries", "The effects came from Quarry Industries and its team.", "quarry industries"},
		{"X Enterprises", "The rights sit with Pellow Enterprises these days.", "pellow enterprises"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := entityType(t, head+c.text+"\n", c.key); got != kg.Organisation {
				t.Errorf("%s typed %q, want an organisation", c.key, got)
			}
		})
	}
}

// TestOpenWordKnownName checks a known studio's two-word name whose first
// word opens a sentence before "'s" ("New X's Title opened ...") keeps
// that word, and that a place's does not become a company.
func TestOpenWordKnownName(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a thriller from Neon, arrives in September. "
	r := localRun(head+"New Line's Glass Harbor opened fourth with $7.2 million. New York's finest return.\n", "")
	var line, york bool
	for _, e := range r.ents {
		line = line || e.key == "new line" && e.typ == kg.Organisation
		york = york || e.key == "new york" && e.typ == kg.Organisation
	}
	t.Run("New X's Title", func(t *testing.T) {
		if !line {
			t.Errorf("no organisation \"new line\"")
		}
	})
	t.Run("guard: a place", func(t *testing.T) {
		if york {
			t.Errorf("\"new york\" made an organisation")
		}
	})
}
