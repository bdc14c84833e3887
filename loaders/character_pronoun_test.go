package loaders

import "testing"

// TestPronounCopulaParts checks typePronounCopulaParts and the owners
// filmAfterIn reads past on invented sentences: "he was C" before "in" and
// a film (a director's or a company's) or a described appositive types a
// character; a name a possessive follows, or with no production or
// description after it, is left alone.
func TestPronounCopulaParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"in a director's film", "Ivo Brandt, who has died at 70, worked for decades. He was Tomas Reiner in Ada Lund's Night Ferry (1991).",
			[]string{"Character:tomas reiner"}, []string{"Person:tomas reiner"}},
		{"a described appositive", "Ivo Brandt worked for decades. Later he was Eddie Marsh, the retired sergeant of the village.",
			[]string{"Character:eddie marsh"}, []string{"Person:eddie marsh"}},
		{"titled part in a company's genre film", "Small parts followed: Principal Kellerby in the Disney comedy Camp Lowlands, and more.",
			[]string{"Character:principal kellerby"}, nil},
		{"guard: an owner", "Ivo Brandt worked for decades. She is Ada Lund's daughter, the family said.",
			nil, []string{"Character:ada lund"}},
		{"guard: no production", "Ivo Brandt worked for decades. He was Ada Lund when the war ended.",
			nil, []string{"Character:ada lund"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}

// TestOrphanPartFilm checks that appearOrphanParts puts a part no claim
// names in the film "in" leads to right after it, even in a sentence that
// names several films (a tribute's list of parts).
func TestOrphanPartFilm(t *testing.T) {
	_, claims := subjectFacts("News\n\nSmall parts followed: Judge Nora Pell in the legal comedy Open Verdict, a barman in Tom Reyes's Long Night, and Mayor Dale Tull in the drama Harbor Lights.\n")
	checkLines(t, claims, []string{"APPEARS_IN judge nora pell -> open verdict", "APPEARS_IN mayor dale tull -> harbor lights"},
		[]string{"APPEARS_IN judge nora pell -> long night", "APPEARS_IN judge nora pell -> harbor lights"})
}

// TestOrphanPartAppositiveFilm checks filmAfterPart: the film after a
// part's appositive ("C, the ..., in F", "C, the ... in F") is the film
// the part appears in; an appositive that names a film leads to none.
func TestOrphanPartAppositiveFilm(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"comma and in", "In 1994 he was Detective Sergeant Pellow, the sweating partner of the hero, in Dan Oakes's The Mold, a comedy.",
			[]string{"APPEARS_IN detective sergeant pellow -> mold"}, nil},
		{"on and a film", "Television kept him busy: a recurring role as Judge Nora Pell on the drama Open Verdict, and more.",
			[]string{"APPEARS_IN judge nora pell -> open verdict"}, nil},
		{"in inside the appositive", "He was Coach Walt Dunmore, the doomed assistant in Fourth Down (2000), a hit.",
			[]string{"APPEARS_IN coach walt dunmore -> fourth down"}, nil},
		{"guard: a film in the appositive", "He was Coach Walt Dunmore, the remake of the hero of the film Red Field, in Fourth Down (2000).",
			nil, []string{"APPEARS_IN coach walt dunmore -> fourth down", "APPEARS_IN coach walt dunmore -> red field"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, claims, c.want, c.not)
		})
	}
}
