package loaders

import "testing"

// TestOwnedWorkAppositiveMakerAndParticiple checks ownedWorkAppositive on
// appositives naming a company and then a maker before the production
// noun, closed by a participle going on ("X, Lantern Pictures' Ada Quist
// comedy pairing P and Q"), or closed by a saga ("X, Quist's 1994 mob saga
// reuniting P with Q"); a noun after the production noun still keeps the
// name untyped ("X, Quist's film teacher").
func TestOwnedWorkAppositiveMakerAndParticiple(t *testing.T) {
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"company then maker, participle after",
			"We spoke last week. Tollgate, Lantern Pictures' Ada Quist comedy pairing Bo Reyes and Kit Moss, was the talk of it.",
			[]string{"Film:tollgate"}, []string{"Person:tollgate"}},
		{"a saga with its year, participle after",
			"It is a rare test. The Long Ward, Quist's 1994 mob saga reuniting Reyes with Moss, got a wide release.",
			[]string{"Film:long ward"}, nil},
		{"guard: a noun after the production noun",
			"He studied with Dana Rowe, Ivo Serro's film teacher, in Ohio.",
			nil, []string{"Film:dana rowe"}},
		{"guard: a short word after the production noun",
			"He studied with Dana Rowe, Ivo Serro's film king, in Ohio.",
			nil, []string{"Film:dana rowe"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, _ := subjectFacts("News\n\n" + c.text + "\n")
			checkLines(t, ents, c.want, c.not)
		})
	}
}
