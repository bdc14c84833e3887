package loaders

import "strings"

// Given names spelt like a month ("Jan Voskuil", "June Pellow", "Jan van
// Roost"), which the mention finder leaves out of a name as date words.

// monthGivenShort are the three-letter month abbreviations that are common
// given names: written without a full stop and right before a name, they
// open the name ("score by Jan Voskuil", "[4] Jan Voskuil was hired"),
// never a date ("Jan. 5", "Jan 5").
var monthGivenShort = setOf("jan", "jun")

// monthDateLeads make the full month after them a date ("in June", "since
// April", "the July release"), not a given name.
var monthDateLeads = setOf("in", "on", "since", "until", "till", "through", "from", "to", "during", "before", "after",
	"early", "late", "mid", "last", "next", "this", "that", "each", "every", "between", "around", "about", "throughout",
	"following", "of", "and", "or", "the", "a", "an", "its", "their", "his", "her", "our", "for", "at", "than",
	"into", "over", "as", "past", "come", "per", "be", "been")

// monthGivenNoLead are the months never read as a given name without a
// cue before them: "May" is also a verb, "March" a verb and a noun.
var monthGivenNoLead = setOf("may", "march")

// joinMonthGivenNames puts back the month word a personal name opens with
// where joinCalendarGivenNames does not: a "Jan" or "Jun" without a full
// stop before a name, after anything but a number or a determiner; or a
// full month (not "May" or "March") that opens the sentence ("June Pellow
// and Ed Marr play ...") or follows a lower-case word that makes no date
// of it: a part, crew or job noun, or no word ending "-ed", "-ing" or
// "-ly" ("the ambitious producer September Vane", "mechanic July Dorne";
// not "followed July Dorne as": a verb). The month is capitalised, not all
// capitals, and stands one space before the name, or before one
// lower-case particle and the name ("Jan van Roost"); the name is of one
// or two words, untyped or typed a person or a character, not quoted, no
// date after it (no number), and the month is inside no other mention. It
// returns nothing; the mentions change in place.
func (a *article) joinMonthGivenNames() {
	for k := range a.ments {
		m := &a.ments[k]
		s := &a.sents[m.sent]
		if m.the || m.quoted || m.words > 2 || s.titleCase || m.typ != "" && !pcType(m.typ) || !a.toks[m.a].cap {
			continue
		}
		d := int(m.a) - 1
		if d > s.a && a.toks[d].kind == kWord && !a.toks[d].cap && a.tokIn(d, particles) && a.toks[d].end+1 == a.toks[d+1].start {
			d-- // "Jan van Roost"
		}
		if d < s.a {
			continue
		}
		w := &a.toks[d]
		if w.kind != kWord || !w.cap || w.allCaps || months[w.lower] == 0 || w.end+1 != a.toks[d+1].start {
			continue
		}
		if k > 0 && a.ments[k-1].sent == m.sent && int(a.ments[k-1].b) > d {
			continue // inside another name
		}
		if e := int(m.b); e < s.b && a.toks[e].kind == kNum {
			continue // "June Pellow 5"? a date
		}
		if !a.monthOpensName(s, d) {
			continue
		}
		a.rementionAt(k, int(m.sent), d, int(m.b), m.typ, m.strength)
	}
}

// monthOpensName reports whether the month word at token d of sentence s
// stands where a given name does (see joinMonthGivenNames).
func (a *article) monthOpensName(s *sentence, d int) bool {
	w := &a.toks[d]
	if d == s.a {
		return !monthGivenNoLead[w.lower] && len(w.text) > 3 || monthGivenShort[w.lower]
	}
	p := &a.toks[d-1]
	if monthGivenShort[w.lower] {
		return p.kind != kNum && !(p.kind == kWord && (p.lower == "the" || p.lower == "a" || p.lower == "an"))
	}
	if monthGivenNoLead[w.lower] || len(w.text) <= 3 {
		return false
	}
	if p.kind != kWord || p.cap || monthDateLeads[p.lower] {
		return false
	}
	return a.jobNounAt(d-1) || !strings.HasSuffix(p.lower, "ed") && !strings.HasSuffix(p.lower, "ing") && !strings.HasSuffix(p.lower, "ly")
}
