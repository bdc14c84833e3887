package loaders

import (
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// TestNumberedOutlets checks, on invented sentences, channels named by a
// word and a number where a channel stands: after "on" and an airing or
// ratings word, opening a clause ("On X 2,"), between commas, before a
// possessive and a format noun (its "'s" is a quote mark after a
// number), in brackets after a title, after "the" before a show noun;
// their siblings follow them; and the guards (a sequel after "for", a
// sequel in brackets after an actor, a season, a title's own word).
func TestNumberedOutlets(t *testing.T) {
	const head = " date 2026-05-01\n'Corvo Lane' Ratings\n\nCorvo Lane, a drama from Neon, returned this week. "
	cases := []struct {
		name string
		text string
		org  string
		want kg.NodeType // "" when the name must not be a company
	}{
		{"a share on the channel", "The premiere drew 4.1 million viewers and a 22.5% share on Telvo 1 on Sunday night.", "telvo 1", kg.Organisation},
		{"a weekday plural before on", "The drama continues Thursdays on Telvo 2 for ten weeks.", "telvo 2", kg.Organisation},
		{"a clause opened by on", "On Telvo 2, the quiz show Brainwave did 1.1 million.", "telvo 2", kg.Organisation},
		{"between commas", "Her earlier show, Salt Rain, on Kanal 4, ran for years.", "kanal 4", kg.Organisation},
		{"a possessive before a format noun", "The week belonged to Kanal 4's medical drama Ward Nine.", "kanal 4", kg.Organisation},
		{"in brackets after a title", "Ward Nine (Kanal 4), 1.7 million, came third.", "kanal 4", kg.Organisation},
		{"the channel before a show noun", "Netflix turned the Kanal 4 show into a hit.", "kanal 4", kg.Organisation},
		{"a sibling of a channel", "It aired weekly on Telvo 1. Telvo 3 countered with a quiz.", "telvo 3", kg.Organisation},
		{"guard: a sequel after for", "The studio released a trailer for Gallant 2 on Monday.", "gallant 2", ""},
		{"guard: a sequel after an actor", "The villain is played by Tom Rasker (Gallant 2).", "gallant 2", ""},
		{"guard: a part in brackets", "Corvo Lane (Season 2), 1.7 million, came third.", "season 2", ""},
		{"guard: the title's own word", "'Gallant' was a hit, and Gallant: Rising followed; Gallant 2's medical drama plot drew fans.", "gallant 2", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := entityType(t, head+c.text+"\n", c.org)
			if (got == kg.Organisation) != (c.want == kg.Organisation) {
				t.Errorf("%s typed %q, want %q", c.org, got, c.want)
			}
		})
	}
}

// TestNumberedChannelOf checks the test that tells a broadcaster's
// numbered channel from a longer name of the same company: a numeral word
// or digits after the broadcaster's key.
func TestNumberedChannelOf(t *testing.T) {
	cases := []struct {
		name, long, short string
		want              bool
	}{
		{"a numeral word", "telvo one", "telvo", true},
		{"digits", "telvo 2", "telvo", true},
		{"guard: a company word", "telvo pictures", "telvo", false},
		{"guard: another name", "telvor one", "telvo", false},
		{"guard: a year", "telvo 2019", "telvo", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := numberedChannelOf(c.long, c.short); got != c.want {
				t.Errorf("numberedChannelOf(%q, %q) = %v, want %v", c.long, c.short, got, c.want)
			}
		})
	}
}
