package export_test

import (
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/export"
	"github.com/franchisekg/franchisekg/internal/kg"
)

// learnedFixture is an invented article's facts: a director the rules read
// and a cast credit (with a character) they read, and a cast credit only
// the learned classifier found (learned: true), or none of it (false).
func learnedFixture(learned bool) (*kg.Document, []kg.Article) {
	const text = "Low Tide, directed by Perrin Tollwarden, stars Mira Quenneville as the harbour pilot. " +
		"Jonah Pelletrow was on the pier with her for Low Tide."
	art := kg.Article{ID: "harbour-notes", Title: "Low Tide sails in", Date: "2025-03-02", URL: "https://example.org/low-tide"}
	src := func(start, end int, method string, conf float64) kg.Source {
		return kg.Source{Article: art.ID, Sentence: strings.Count(text[:start], ". "), Start: start, End: end,
			Quote: text[start:end], Date: art.Date, Method: method, Confidence: conf}
	}
	s0, s1 := src(0, 86, "", 0), src(87, len(text), "", 0)
	ent := func(id string, t kg.NodeType, name string, s kg.Source) kg.EntityFact {
		return kg.EntityFact{ID: id, Type: t, Name: name, Mentions: []kg.Source{s}}
	}
	facts := kg.ArticleFacts{Article: art,
		Entities: []kg.EntityFact{
			ent("film:low-tide", kg.Film, "Low Tide", s0),
			ent("person:perrin-tollwarden", kg.Person, "Perrin Tollwarden", s0),
			ent("person:mira-quenneville", kg.Person, "Mira Quenneville", s0),
			ent("person:jonah-pelletrow", kg.Person, "Jonah Pelletrow", s1),
		},
		Claims: []kg.Claim{
			{Subject: "person:perrin-tollwarden", Relation: kg.Directed, Object: "film:low-tide", Sources: []kg.Source{s0}},
			{Subject: "person:mira-quenneville", Relation: kg.ActedIn, Object: "film:low-tide",
				Qualifiers: map[string]string{kg.QualCharacter: "the harbour pilot"}, Sources: []kg.Source{s0}},
		}}
	if learned {
		facts.Claims = append(facts.Claims, kg.Claim{Subject: "person:jonah-pelletrow", Relation: kg.ActedIn, Object: "film:low-tide",
			Sources: []kg.Source{src(87, len(text), kg.MethodLearned, 0.62)}})
	}
	return kg.BuildDocument([]kg.ArticleFacts{facts}), []kg.Article{art}
}

// TestLearnedCreditMarked: every format marks the learned credit and the
// editors' validators still accept the output; quickstatements leaves it
// out unless IncludeLearned; without it nothing says "learned".
func TestLearnedCreditMarked(t *testing.T) {
	qids := export.QIDMap{"film:low-tide": "Q9100001", "person:perrin-tollwarden": "Q9100002",
		"person:mira-quenneville": "Q9100003", "person:jonah-pelletrow": "Q9100004"}
	learnedQS := "Q9100001\tP161\tQ9100004\t"
	tests := []struct {
		format   string
		opts     export.Options
		dir      bool
		has      []string // with the learned credit
		validate func(t *testing.T, out string)
	}{
		{"json", export.Options{}, false, []string{`"method": "learned"`, `"confidence": 0.62`}, nil},
		{"csv", export.Options{}, true, []string{"disputed:boolean,sources:string[],learned:boolean", "person:jonah-pelletrow,film:low-tide,ACTED_IN,,false,harbour-notes#1,true"}, nil},
		{"graphml", export.Options{}, false, []string{`<key id="e_learned" for="edge" attr.name="learned" attr.type="boolean">`, `<data key="e_learned">true</data>`},
			func(t *testing.T, out string) { validateGraphML(t, out, 4, 3) }},
		{"jsonld", export.Options{}, false, []string{`"fk:method":"learned"`, `"fk:confidence":0.62`},
			func(t *testing.T, out string) { validateJSONLD(t, out) }},
		{"wikitext", export.Options{}, false, []string{"[[Jonah Pelletrow]]<ref name=", "<!-- machine-inferred: no sentence states this credit"},
			func(t *testing.T, out string) { validateWikitext(t, out, "snippets", export.WikipediaProfile()) }},
		{"wikitext", export.Options{Form: "json"}, false, []string{`"learned":true`}, nil},
		{"quickstatements", export.Options{QIDs: qids}, false, []string{"Q9100001\tP161\tQ9100003\t", "Q9100001\tP57\tQ9100002\t"},
			func(t *testing.T, out string) {
				if strings.Contains(out, learnedQS) {
					t.Errorf("the learned credit is in the Wikidata batch by default:\n%s", out)
				}
			}},
		{"quickstatements", export.Options{QIDs: qids, IncludeLearned: true}, false, []string{learnedQS}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.format+"/"+tc.opts.Form+map[bool]string{true: "/include-learned"}[tc.opts.IncludeLearned], func(t *testing.T) {
			for _, learned := range []bool{true, false} {
				doc, arts := learnedFixture(learned)
				out, files := MustExport(t, export.NewMemReader(doc, arts), tc.format, tc.opts, tc.dir)
				for _, f := range files {
					out += f
				}
				if !learned {
					if strings.Contains(out, "learned") || strings.Contains(out, "machine-inferred") || strings.Contains(out, "confidence") {
						t.Errorf("without a learned credit the %s output mentions one:\n%s", tc.format, out)
					}
					continue
				}
				for _, h := range tc.has {
					if !strings.Contains(out, h) {
						t.Errorf("%s lacks %q:\n%s", tc.format, h, out)
					}
				}
				if tc.validate != nil {
					tc.validate(t, out)
				}
				if tc.format == "quickstatements" {
					if errs := validateQuickStatements(out); len(errs) > 0 {
						t.Errorf("quickstatements: %v", errs)
					}
				}
			}
		})
	}
}
