package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestNumberedCompany checks, on invented sentences, company names led by
// a number: a number before the name joins it ("42 Lanterns
// Entertainment", "77North Entertainment"), an ordinal inside the name
// makes it a company ("9th Avenue Television"); a year or an amount does
// not join.
func TestNumberedCompany(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"a number before the name", "Dana Wolk produced the film with Harlan Tostig of 42 Lanterns Entertainment, which backed the project.",
			[]string{"42 lanterns entertainment"}, []string{"lanterns entertainment"}},
		{"digits written onto the name", "Rook Mallory executive produces alongside his 77North Entertainment partners.",
			[]string{"77north entertainment"}, []string{"north entertainment"}},
		{"an ordinal inside the name", "9th Avenue Television is the studio.",
			[]string{"9th avenue television"}, nil},
		{"guard: a year before the name", "In 2019 Bramble Pictures released the first film.",
			[]string{"bramble pictures"}, []string{"2019 bramble pictures"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			orgs := entityKeys(t, head+c.text+"\n", kg.Organisation)
			checkLines(t, orgs, c.want, c.not)
		})
	}
}

// TestTheCompany checks that "The X Company" opening a sentence keeps its
// "The" (as it does inside a sentence), and that a film title opening a
// sentence does not.
func TestTheCompany(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name, text, entity, form string
	}{
		{"a company opening a sentence", "The Halvorsen Company produced the film with Neon.", "halvorsen company", "The Halvorsen Company"},
		{"a company inside a sentence", "Neon made it with The Halvorsen Company.", "halvorsen company", "The Halvorsen Company"},
		{"guard: a company without Company", "The Halvorsen Group produced the film with Neon.", "halvorsen group", "Halvorsen Group"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := mustEntity(t, head+c.text+"\n", c.entity)
			if len(e.forms) == 0 || e.forms[0].form != c.form {
				t.Errorf("%s: forms %v, want %q", c.entity, e.forms, c.form)
			}
		})
	}
}

// TestCompanyTailWords checks, on invented sentences, company names ending
// in the rarer company words: "Entertainments", "International",
// "Makers", "Workshop", "Classics".
func TestCompanyTailWords(t *testing.T) {
	const head = " date 2026-05-01\n'Ashen Coulee' Sets Its Cast\n\nAshen Coulee, a western from Neon, arrives in September. "
	cases := []struct {
		name, text, org string
	}{
		{"Entertainments", "Ashen Coulee was produced by Harlow Entertainments.", "harlow entertainments"},
		{"International", "Ashen Coulee was produced by Marden International.", "marden international"},
		{"Makers", "Ashen Coulee was produced by Tolland Movie Makers.", "tolland movie makers"},
		{"Workshop", "Ashen Coulee was produced by Vessel Workshop.", "vessel workshop"},
		{"Classics", "Marlow Pictures Classics released Ashen Coulee in the U.S. in April.", "marlow pictures classics"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if e := mustEntity(t, head+c.text+"\n", c.org); e.typ != kg.Organisation {
				t.Errorf("%s typed %s", c.org, e.typ)
			}
		})
	}
}
