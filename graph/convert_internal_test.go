package graph

import (
	"encoding/json"
	"testing"

	"github.com/franchisekg/franchisekg/graph/model"
	"github.com/franchisekg/franchisekg/internal/kg"
	"github.com/franchisekg/franchisekg/internal/readmodel"
)

// TestSoleActingCredit: a credit stated by one claim is built as
// kg.AssembleEdge builds it (the same JSON as assembledActingCredit), for
// claims with and without a character, other qualifiers, no sources,
// sources in the store's order, out of order, repeated, and of articles
// with different dates.
func TestSoleActingCredit(t *testing.T) {
	src := func(art string, sentence int, date string) readmodel.Source {
		return readmodel.Source{Source: kg.Source{Article: art, Sentence: sentence, Start: sentence * 10, End: sentence*10 + 5,
			Quote: "q" + art, Date: date}, ArticleTitle: "T " + art, ArticlePath: art + ".txt", ClaimID: "claim:1"}
	}
	a1, a2, b1 := src("a", 1, "2020-01-01"), src("a", 2, "2020-01-01"), src("b", 1, "2024-05-06")
	noDate := src("c", 3, "")
	person := readmodel.Entity{ID: "person:p", Type: kg.Person, Name: "P"}
	film := readmodel.Entity{ID: "film:f", Type: kg.Film, Name: "F"}
	cases := map[string]readmodel.Claim{
		"character, sorted sources": {Qualifiers: map[string]string{kg.QualCharacter: "Neo"}, Sources: []readmodel.Source{a1, a2, b1}},
		"character, unsorted":       {Qualifiers: map[string]string{kg.QualCharacter: "Neo"}, Sources: []readmodel.Source{b1, a1, a2}},
		"character, repeated":       {Qualifiers: map[string]string{kg.QualCharacter: "Neo"}, Sources: []readmodel.Source{a1, a1, b1, b1}},
		"character, no date":        {Qualifiers: map[string]string{kg.QualCharacter: "Neo"}, Sources: []readmodel.Source{noDate}},
		"character, no sources":     {Qualifiers: map[string]string{kg.QualCharacter: "Neo"}},
		"other qualifiers":          {Qualifiers: map[string]string{kg.QualCharacter: "Neo", kg.QualRole: "lead", kg.QualFilm: "film:f"}, Sources: []readmodel.Source{a1}},
		"empty character":           {Qualifiers: map[string]string{kg.QualCharacter: ""}, Sources: []readmodel.Source{a2, a1}},
		"no qualifiers":             {Sources: []readmodel.Source{a1}},
	}
	var rels []readmodel.Relation
	for name, c := range cases {
		c.ID, c.Subject, c.Object, c.Relation = "claim:1", person.ID, film.ID, kg.ActedIn
		rel := readmodel.Relation{Type: kg.ActedIn, From: person, To: film, Claims: []readmodel.Claim{c}}
		got, _ := json.Marshal(actingCredits([]readmodel.Relation{rel})[0])
		want, _ := json.Marshal(assembledActingCredit(rel))
		if string(got) != string(want) {
			t.Errorf("%s:\n got %s\nwant %s", name, got, want)
		}
		rels = append(rels, rel)
	}
	// all of them at once, with a credit of two claims among them
	two := readmodel.Relation{Type: kg.ActedIn, From: person, To: film, Claims: []readmodel.Claim{
		{ID: "claim:1", Subject: person.ID, Object: film.ID, Relation: kg.ActedIn, Qualifiers: map[string]string{kg.QualCharacter: "Neo"}, Sources: []readmodel.Source{a1}},
		{ID: "claim:2", Subject: person.ID, Object: film.ID, Relation: kg.ActedIn, Qualifiers: map[string]string{kg.QualCharacter: "Thomas Anderson"}, Sources: []readmodel.Source{b1}}}}
	rels = append(rels[:3:3], append([]readmodel.Relation{two}, rels[3:]...)...)
	want := make([]*model.ActingCredit, len(rels))
	for i, rel := range rels {
		want[i] = assembledActingCredit(rel)
	}
	got, _ := json.Marshal(actingCredits(rels))
	if w, _ := json.Marshal(want); string(got) != string(w) {
		t.Errorf("actingCredits:\n got %s\nwant %s", got, w)
	}
}
