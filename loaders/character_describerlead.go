package loaders

import "strings"

// partSlotWords stand right before a part's name in a cast phrase ("as C",
// "plays C", "portrayed the C").
var partSlotWords = setOf("as", "plays", "played", "playing", "play", "portrays", "portrayed", "portraying")

// trimPartDescribers drops from a name run in a part's slot a capitalised
// noun that describes the part before its personal name: "as Egyptologist
// Evelyn Marsh" becomes "Evelyn Marsh", "played the Watcher Rupert Vale"
// "Rupert Vale". The run stands right after a partSlotWords word (or
// after it and "the"), or after "and" in a list of parts after "as" ("as
// adventurer Rick Vane and Egyptologist Evelyn Marsh"); its second word is a given name, its first is no
// given name, rank, title or honorific, and it is a noun of a trade or
// science ("-ist": "Egyptologist", "Archaeologist"), a role or describer
// noun of the lexicons, or after "the" a word shaped like an agent noun
// (a personal name takes no article: "the Watcher Rupert Vale"). The run
// keeps two words or more ("Stuntman Mike" is a nickname). Names a cue typed
// already, quoted and title-shaped runs are left alone. It returns nothing;
// the mentions change in place.
func (a *article) trimPartDescribers() {
	for mi := range a.ments {
		m := &a.ments[mi]
		if m.words < 3 || m.words > 5 || m.typ != "" && m.strength >= 2 || m.quoted || m.colon || m.digit || m.allCaps || m.the || m.titleWords {
			continue
		}
		s := &a.sents[m.sent]
		t := int(m.a)
		if t-1 <= s.a || t+1 >= int(m.b) || s.titleCase {
			continue
		}
		p := t - 1
		the := a.toks[p].lower == "the"
		if the {
			p--
		}
		if p < s.a || a.toks[p].kind != kWord || !partSlotWords[a.toks[p].lower] && !(a.toks[p].lower == "and" && a.asBefore(p, s.a)) {
			continue
		}
		first, second := &a.toks[t], &a.toks[t+1]
		if first.kind != kWord || second.kind != kWord || !second.cap || !isGivenName(second.lower) && !wordGivenNames[second.lower] {
			continue
		}
		w := strings.TrimSuffix(first.lower, ".")
		if isGivenName(w) || wordGivenNames[w] || nameTitles[w] || characterRanks[w] || castTitles[w] || nameHonorifics[w] {
			continue
		}
		if !strings.HasSuffix(w, "ist") && !leadDescriberNouns[w] && !roleWords[w] && !(the && agentNounShaped(w)) {
			continue
		}
		lead, rest, ok := strings.Cut(m.text, " ")
		if !ok {
			continue
		}
		m.dropFirstWord(lead, rest)
	}
}

// asBefore reports whether the word "as" comes among the eight tokens
// before token t, not before the sentence start s.
func (a *article) asBefore(t, s int) bool {
	for k := t - 1; k >= s && k >= t-8; k-- {
		if a.toks[k].lower == "as" && a.toks[k].kind == kWord {
			return true
		}
	}
	return false
}

// agentNounShaped reports whether the lower-case word w ends like an agent
// noun ("watcher", "outsider", "navigator", "historian").
func agentNounShaped(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or") || strings.HasSuffix(w, "ian"))
}
