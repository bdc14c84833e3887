package kg

import (
	"bytes"
	"strings"
	"testing"
)

// TestLearnedSources checks how a learned source merges with a rule's: an
// edge is learned only when every source is, a rule source anywhere makes
// it stated, a learned source citing a rule's span is dropped for it, and
// a rule-only edge is written without any mark.
func TestLearnedSources(t *testing.T) {
	rule := Source{Article: "harbour-notes", Sentence: 2, Start: 40, End: 90, Quote: "Mira Quenneville stars in Low Tide."}
	learned := Source{Article: "pier-diary", Sentence: 5, Start: 10, End: 70, Quote: "Quenneville was on the pier for Low Tide.",
		Method: MethodLearned, Confidence: 0.71}
	sameSpan := rule
	sameSpan.Method, sameSpan.Confidence = MethodLearned, 0.64
	claim := func(src ...Source) Claim {
		return Claim{Subject: "person:mira-quenneville", Relation: ActedIn, Object: "film:low-tide", Sources: src}
	}
	tests := []struct {
		name        string
		claims      []Claim
		wantMethod  string
		wantSources []Source
	}{
		{"rule only", []Claim{claim(rule)}, "", []Source{rule}},
		{"learned only", []Claim{claim(learned)}, MethodLearned, []Source{learned}},
		{"rule and learned in two articles", []Claim{claim(learned), claim(rule)}, "", []Source{rule, learned}},
		{"learned on the rule's span", []Claim{claim(sameSpan), claim(rule)}, "", []Source{rule}},
		{"learned twice", []Claim{claim(learned), claim(learned)}, MethodLearned, []Source{learned}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e, _ := AssembleEdge(tc.claims)
			if e.Method != tc.wantMethod {
				t.Errorf("edge method %q, want %q", e.Method, tc.wantMethod)
			}
			if len(e.Sources) != len(tc.wantSources) {
				t.Fatalf("sources %+v, want %+v", e.Sources, tc.wantSources)
			}
			for i := range e.Sources {
				if e.Sources[i] != tc.wantSources[i] {
					t.Errorf("source %d: %+v, want %+v", i, e.Sources[i], tc.wantSources[i])
				}
			}
			var b bytes.Buffer
			if err := (&Document{Edges: []Edge{e}}).WriteJSON(&b); err != nil {
				t.Fatal(err)
			}
			marked := strings.Contains(b.String(), `"method"`) || strings.Contains(b.String(), `"confidence"`)
			if tc.name == "rule only" && marked {
				t.Errorf("a rule-only edge is written with a mark:\n%s", b.String())
			}
			if tc.wantMethod == MethodLearned && !strings.Contains(b.String(), `"confidence": 0.71`) {
				t.Errorf("a learned edge is written without its confidence:\n%s", b.String())
			}
		})
	}
}
