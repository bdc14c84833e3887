package loaders

import (
	"slices"
	"testing"
)

// TestStaffAndConsistency checks staffOf ("A and B of O will produce"),
// the organisation kept for a name typed so earlier in the article, a
// name "eager for a sequel" left untyped (spinSubject), and
// titles of a franchise listed after "the X franchise" (franchiseContext).
func TestStaffAndConsistency(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"people of a company produce", "Ada Quist and Ben Roe of Tallow Pictures will produce with Neon.",
			[]string{"PRODUCED ada quist -> iron creek", "PRODUCED ben roe -> iron creek", "MEMBER_OF ada quist -> tallow pictures"},
			[]string{"PRODUCED tallow pictures -> iron creek"}},
		{"titles listed after the franchise", "Since 2016, the Glimmer franchise has grossed $1 billion across Glimmer, Glimmer World Tour and Glimmer Forever.",
			[]string{"PART_OF glimmer world tour -> glimmer", "PART_OF glimmer forever -> glimmer"}, nil},
	}
	t.Run("a company eager for a sequel is no film", func(t *testing.T) {
		ents, _ := subjectFacts(head + "Kestrel is said to be eager for a sequel if the first film lands.\n")
		if slices.Contains(ents, "Film:kestrel") {
			t.Errorf("Kestrel typed a film: %v", ents)
		}
	})
	t.Run("a company stays a company", func(t *testing.T) {
		ents, _ := subjectFacts(head + "The Lumio series Dust Road ended. Kestrel Films produced with Lumio, and Ada Quist and Ben Roe serve as executive producers.\n")
		if slices.Contains(ents, "Person:lumio") || !slices.Contains(ents, "Organisation:lumio") {
			t.Errorf("Lumio should stay an organisation: %v", ents)
		}
	})
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
