package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestOrgHeadBeforeTypes checks a body named after the group noun that
// heads it ("the secret agency X", "a trio called the X") or before an
// appositive headed by one ("X, a rival biker club,") typed an
// organisation, and the guards for given names, titles, a person's suffix
// and group nouns that head no appositive.
func TestOrgHeadBeforeTypes(t *testing.T) {
	const head = orgTypeHead
	cases := []orgTypeCase{
		{"the secret agency X", "The film follows the secret agency VORTEL through one bad week.", "vortel", kg.Organisation},
		{"a trio called the X", "Back then Kip Arden led a folk trio called the Marrow Hollows.", "marrow hollows", kg.Organisation},
		{"a gang known as the X", "The town is run by a murderous gang known as the Cinder Boys.", "cinder boys", kg.Organisation},
		{"the death-metal band X", "The series follows the death-metal band Grimhollow on tour.", "grimhollow", kg.Organisation},
		{"X, a rival club,", "Then the Copper Saints, a rival biker club, ride into town.", "copper saints", kg.Organisation},
		{"X, the media conglomerate that", "The villain runs Halvorsen Dynamics, the media conglomerate that owns the city.", "halvorsen dynamics", kg.Organisation},
		{"guard: X, the band's drummer", "Kip Arden plays Tarrow Finch, the band's drummer.", "tarrow finch", ""},
		{"guard: X, the leader of the team", "Later, Vortigrand, the leader of the team, turns on them.", "vortigrand", ""},
		{"guard: a title before the name", "Later, Mr. Quorby, a one-man band, plays at the wedding.", "mr. quorby", ""},
		{"guard: a given name after the noun", "The band Julia Marsh joined in 1999 split a year later.", "julia marsh", ""},
		{"guard: a person's suffix", "Dana Pell plays the chief of the elite unit Brasco Jr. serves in.", "brasco jr.", ""},
	}
	runOrgTypeCases(t, cases)
}

// TestLedBodyAfter checks a role held in a body named after its group
// noun: "the head of the militia the X", "the analyst at the agency X"
// (MEMBER_OF).
func TestLedBodyAfter(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a thriller from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"the head of the militia the X", "Ned Sallow plays Corlan Vex, the head of the bounty-hunting militia the Grey Lanterns.",
			[]string{"MEMBER_OF corlan vex -> grey lanterns"}, nil},
		{"an analyst at the agency X", "Tom Rell plays Arlo Fenn, the eager analyst at the secret agency QUILLON who finally gets a field job.",
			[]string{"MEMBER_OF arlo fenn -> quillon"}, nil},
		{"the leader of a gang called the X", "Ola Brandt plays Fenwick Moss, the leader of a river gang called the Tallow Men.",
			[]string{"MEMBER_OF fenwick moss -> tallow men"}, nil},
		{"the leader of a band of sailors known as the X", "Ola Brandt plays Fenwick Moss, the weathered leader of a band of northern sailors known as the Saltreach.",
			[]string{"MEMBER_OF fenwick moss -> saltreach"}, nil},
		{"guard: the daughter of a man known as the X", "Ola Brandt plays Fenwick Moss, the daughter of a man known as the Tinker.",
			nil, []string{"MEMBER_OF fenwick moss -> tinker"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, localFacts(t, head+c.text+"\n"), c.want, c.not)
		})
	}
}
