package loaders

import "testing"

// TestMononymSlots checks slotMononyms and mononymSlot (through
// cuedMononyms too): a one-word name after "played by" or in a cast list's
// actor slot ("stars X as a", "and X as Part", "with X as swordsman P") is
// a person before the cast patterns run, so they credit it; one name and
// a part with no list, a sentence opening with a participle, a title joined by "and", a company's part, a
// name that goes on, a name with a digit and a name the sentence already
// named are left alone.
func TestMononymSlots(t *testing.T) {
	cases := []struct {
		name            string
		text            string
		want, not, rels []string
	}{
		{"played by a mononym", "The villain of The Harrow Vault is Quelmar Dovits, played by Zarvanek.",
			[]string{"Person:zarvanek"}, nil, []string{"ACTED_IN zarvanek -> harrow vault (quelmar dovits)"}},
		{"starring verb before a mononym and as", "The Harrow Vault stars Zarvanek as a struggling actor.",
			[]string{"Person:zarvanek"}, nil, nil},
		{"mononym and as a named part after and", "In The Harrow Vault, Orla Vance played Tilde, with Brennick Hale as her husband, Tomas, and Zarvanek as Durla.",
			[]string{"Person:zarvanek"}, nil, []string{"PORTRAYED zarvanek -> durla"}},
		{"mononym and as a describing noun", "The Harrow Vault opens with Orla Vance as the captain, with Zarvanek as swordsman Durla Quist.",
			[]string{"Person:zarvanek"}, nil, nil},
		{"guard: one name and a part, no list", "Later, Zarvanek as Durla Quist is a surprise in The Harrow Vault.",
			nil, []string{"Person:zarvanek"}, nil},
		{"guard: participle opening the sentence", "Hailed as a classic, The Harrow Vault returns in May.",
			nil, []string{"Person:hailed"}, nil},
		{"guard: a title joined by and", "Orla Vance recurred on Vantel's Salt and Ember as Councilman Durla Quist.",
			nil, []string{"Person:ember"}, nil},
		{"guard: a company's part", "The Harrow Vault was made with Quorvane as a co-financier and Orla Vance as the lead.",
			nil, []string{"Person:quorvane"}, nil},
		{"guard: a name with a digit", "The Harrow Vault opens with Reel9 as the lead.",
			nil, []string{"Person:reel9"}, nil},
		{"guard: the name goes on", "The sniper in The Harrow Vault is played by Tarn Le.",
			nil, []string{"Person:tarn"}, nil},
		{"guard: a part the sentence named already", "Orla Vance and Brennick Hale play their children, Durlan and Tilsa, who pose as tutors: Durlan as a maths tutor, Tilsa as an art therapist.",
			nil, []string{"Person:tilsa"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
			checkLines(t, claims, c.rels, nil)
		})
	}
}

// TestListLastMononyms checks listPersons' last name of a list: after one
// credited full name the one-word name that ends the list is a person
// ("headlined by Orla Vance and Zarvanek"), a given name too when no
// surname follows for it to share; a three-letter word after one credit
// (an abbreviation ending the sentence) is not.
func TestListLastMononyms(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"mononym after one credited name", "The Harrow Vault, headlined by Orla Vance and Zarvanek, opens in May.",
			[]string{"Person:zarvanek"}, nil},
		{"given name ending a list", "Brennick Hale, Orla Vance and Eudora are in the group too.",
			[]string{"Person:eudora"}, nil},
		{"guard: given name sharing a surname", "Eudora and Orla Vance are in the group too.",
			nil, []string{"Person:eudora"}},
		{"guard: abbreviation after one credit", "The Harrow Vault stars Brennick Hale as Lance Cpl. Tomas Reed and Orla Vance and Spc. Durla Quist.",
			nil, []string{"Person:spc"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
