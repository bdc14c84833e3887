package loaders

import "testing"

// TestObjectGapParts checks objectGapParts: a name an appositive relative
// clause takes as the part an actor plays ("C, the thief P played") is a
// character the actor portrays; a title noun in the appositive or an
// object after the verb leaves the name alone.
func TestObjectGapParts(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"zero relative with an actor", "Nadia Lind stars in Cold Pines as Rhea Vance, the niece of Tomas Varga, the smuggler Ivo Serro played in the original.",
			[]string{"Character:tomas varga", "PORTRAYED ivo serro -> tomas varga"}, []string{"Person:tomas varga"}},
		{"whom and a pronoun", "Kit Oduya retired in May. Students still remember Dana Marlow, the head of the academy, whom he played for six seasons.",
			[]string{"Character:dana marlow"}, []string{"Person:dana marlow"}},
		{"a part typed already", "Cold Pines follows Detective Ana Vell, the hostage negotiator Tova Rask played in the film, now a captain.",
			[]string{"Character:detective ana vell", "PORTRAYED tova rask -> detective ana vell"}, nil},
		{"guard: a title noun", "Kit Oduya retired in May. Critics still praise Harbor Lights, the film Oduya played in twice.",
			nil, []string{"Character:harbor lights"}},
		{"guard: the verb has an object", "Kit Oduya retired in May. Fans recall Dana Marlow, the coach Oduya played opposite in Cold Pines.",
			nil, []string{"Character:dana marlow"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, append(ents, claims...), c.want, c.not)
		})
	}
}
