package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// leadDescriberNouns, capitalised at the start of a sentence, describe the
// person (or, for "distributor", the company) named after them and are no
// part of the name ("Pianist Rena Volk", "Drivers Ola Brask and ...",
// "Distributor Ravel Pictures"). With the unambiguous words of
// leadJobNouns they are trimmed before any name of two words or more, a
// given name after them or not.
var leadDescriberNouns = setOf("pianist", "pianists", "guitarist", "guitarists", "drummer", "bassist", "saxophonist",
	"trumpeter", "violinist", "cellist", "vocalist", "vocalists", "songwriters", "singer-songwriter", "rappers",
	"driver", "drivers", "wrestlers", "boxer", "footballer", "athlete", "painter", "photographer", "journalist",
	"playwright", "poet", "dancer", "dancers", "cartoonist", "illustrator", "animator", "animators", "presenter",
	"broadcaster", "magician", "up-and-comer", "up-and-comers", "distributor", "distributors", "lyricist",
	"conductor", "stuntman", "stuntwoman", "puppeteer", "puppeteers", "documentarian", "documentarians")

// ambiguousLeadJobs are the words of leadJobNouns that also open titles
// and company names ("Host", "Star", "Executive", "Brothers"): trimmed
// only before a given name, by trimLeadJobNouns.
var ambiguousLeadJobs = setOf("host", "star", "stars", "co-stars", "veteran", "executive", "newcomer", "newcomers",
	"brothers", "sisters")

// leadGerunds, capitalised at the start of a sentence, open a clause
// about the person named after them ("Joining Varga is ...").
var leadGerunds = setOf("joining", "rejoining")

// twoWordDemonyms are nationality nouns of two words ("New Zealander").
var twoWordDemonyms = setOf("new zealander", "new zealanders", "new yorker", "south african", "south korean")

// trimLeadWords drops from a mention that opens a sentence the words
// before the personal name in it: a describer noun (leadDescriberNouns and
// the unambiguous leadJobNouns) before a name of two words or more
// ("Wrestler Duke Marlo"), an age ("Twenty-two-year-old Ana Brisk"), a
// nationality before a given name ("New Zealander Cal Tovey", "Danish
// Freja Holm"), and "Joining" before a name of two words or more led by a
// given name, or before the surname of a personal name of the article
// ("Joining Tovey"). A nationality noun of two words is dropped wherever
// the mention stands ("directed by New Zealander Cal Tovey"). Mentions typed as something else than a person by a
// strong cue, quoted ones and those of title-case lines are left alone.
// It returns nothing; the mentions change in place.
func (a *article) trimLeadWords() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 2 || m.typ != "" && m.typ != kg.Person && m.strength >= 2 || m.quoted || m.colon || m.digit ||
			a.sents[m.sent].titleCase {
			continue
		}
		lead := int(m.a) == a.sents[m.sent].a
		first := &a.toks[m.a]
		if first.kind != kWord || int(m.a)+1 >= len(a.toks) {
			continue
		}
		second := &a.toks[m.a+1]
		if second.kind != kWord || !second.cap {
			continue
		}
		given := func() bool { return isGivenName(second.lower) || wordGivenNames[second.lower] } // (asked only by the cases that need it)
		drop := 0
		switch w := first.lower; {
		case !lead && w != "new" && w != "south":
		case leadDescriberNouns[w] || leadJobNouns[w] && !ambiguousLeadJobs[w]:
			if m.words >= 3 {
				drop = 1
			}
		case strings.HasSuffix(w, "-year-old"):
			if m.words >= 3 {
				drop = 1
			}
		case demonym(w) || moreDemonyms[w]:
			if m.words >= 3 && given() {
				drop = 1
			}
		case leadGerunds[w]:
			if m.words >= 3 && given() || m.words == 2 && a.surnameInArticle(second.lower) {
				drop = 1
			}
		case w == "new" || w == "south":
			if m.words >= 4 && twoWordDemonyms[w+" "+second.lower] && int(m.a)+2 < len(a.toks) {
				third := &a.toks[m.a+2]
				if third.kind == kWord && (isGivenName(third.lower) || wordGivenNames[third.lower]) {
					drop = 2
				}
			}
		}
		for ; drop > 0; drop-- {
			lead, rest, ok := strings.Cut(m.text, " ")
			if !ok {
				break
			}
			m.dropFirstWord(lead, rest)
		}
	}
}
