package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// leadJobNouns, capitalised at the start of a sentence, name the job of
// the person after them, not part of the name ("Creators Ana Vittor and Tom
// Hale were nominated", "Brothers Tom and Ned Brasket", "Wrestler Tom Brasket").
var leadJobNouns = setOf("creator", "creators", "co-creator", "co-creators", "director", "directors", "producer",
	"producers", "writer", "writers", "showrunner", "showrunners", "composer", "star", "stars", "co-stars", "actor",
	"actress", "executive", "screenwriter", "screenwriters", "filmmaker", "filmmakers", "co-writer", "co-writers",
	"co-director", "co-directors", "newcomer", "newcomers", "veteran", "author", "novelist", "cinematographer",
	"editor", "designer", "choreographer", "songwriter", "musician", "singer", "rapper", "comedian", "wrestler",
	"narrator", "host", "brothers", "sisters", "cinematographers", "composers", "editors", "designers", "actors",
	"actresses", "authors", "novelists", "musicians", "singers", "comedians")

// trimLeadJobNouns drops a job noun opening a sentence from the mention it
// was read into, when a given name follows it ("Creators Christian Vale"
// becomes "Christian Vale"), then runs trimLeadWords for the other words
// that open a sentence before a name. It returns nothing; the mentions
// change in place.
func (a *article) trimLeadJobNouns() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 3 || m.typ != "" && m.strength >= 2 || m.quoted || int(m.a) != a.sents[m.sent].a || a.sents[m.sent].titleCase {
			continue
		}
		first, second := &a.toks[m.a], &a.toks[m.a+1]
		if !leadJobNouns[first.lower] || second.kind != kWord || !isGivenName(second.lower) && !wordGivenNames[second.lower] {
			continue
		}
		lead, rest, ok := strings.Cut(m.text, " ")
		if !ok {
			continue
		}
		m.dropFirstWord(lead, rest)
	}
	a.trimLeadWords()
}

// execTitles, written capitalised inside a name run, separate a company
// from the executive named after them ("Disney CEO Hal Brennock").
var execTitles = setOf("ceo", "coo", "cfo", "cco", "chairman", "chairwoman", "co-ceo", "co-chairman", "co-chair")

// trimExecTitles drops from a name run the company and the executive's
// title before a personal name: "Disney CEO Hal Brennock" becomes "Hal Brennock",
// "Netflix co-CEO Lyle Marcato" too. The title is neither the first nor
// the last word, a given name follows it and a surname after that; every
// dropped token is a word. Names a cue typed already are left alone. It
// returns nothing; the mentions change in place.
func (a *article) trimExecTitles() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 4 || m.typ != "" || m.quoted || m.colon {
			continue
		}
		k := -1
		for t := int(m.a) + 1; t < int(m.b)-2; t++ {
			if a.toks[t].kind != kWord {
				break
			}
			if execTitles[a.toks[t].lower] && isGivenName(a.toks[t+1].lower) {
				k = t
				break
			}
		}
		if k < 0 {
			continue
		}
		for int(m.a) <= k {
			lead, rest, ok := strings.Cut(m.text, " ")
			if !ok {
				break
			}
			m.dropFirstWord(lead, rest)
		}
		m.allCaps, m.acronymLead = false, false
	}
}

// trimAgencyRanks drops from a name run a real agency's acronym and the
// capitalised rank words after it, up to the last title, before a
// character's name: "FBI Special Agent Cyrus Wendel" becomes "Cyrus
// Wendel", "FBI Regional Bureau Chief Morton Pell" "Morton Pell"; the
// rest is typed a character (a rank led it). The acronym is one of
// realAgencies, the last rank word one of nameTitles, and one or two words
// follow it; names a cue typed already are left alone. It returns
// nothing; the mentions change in place.
func (a *article) trimAgencyRanks() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 3 || m.typ != "" || m.quoted || m.colon || !m.acronymLead || !realAgencies[foldKey(a.toks[m.a].text)] {
			continue
		}
		last := -1
		for t := int(m.a) + 1; t < int(m.b)-1; t++ {
			if a.toks[t].kind != kWord {
				break
			}
			if nameTitles[strings.TrimSuffix(a.toks[t].lower, ".")] {
				last = t
			}
		}
		if last < 0 || int(m.b)-last-1 > 2 {
			continue
		}
		for int(m.a) <= last {
			lead, rest, ok := strings.Cut(m.text, " ")
			if !ok {
				break
			}
			m.dropFirstWord(lead, rest)
		}
		m.allCaps, m.acronymLead = false, false
		m.typ, m.strength = kg.Character, 2
	}
}
