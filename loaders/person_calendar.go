package loaders

// calendarNameLeads stand before a month or weekday that opens a name
// ("as June Carter", "voices Wednesday Addams", "the daughter of April
// O'Neil"): after them the word is a given name, not a date.
var calendarNameLeads = setOf("as", "plays", "play", "played", "playing", "voices", "voiced", "voice", "of", "named",
	"called", "and", "opposite", "like")

// joinCalendarGivenNames puts back the month or weekday a name opens with
// ("June Carter", "Wednesday Addams", "April O'Neil"), which the mention
// finder leaves out as a date word, when the word is capitalised inside
// the sentence, stands right before a one- or two-word name no cue typed
// other than as a person or a character, follows a calendarNameLeads word
// and no number follows the name ("as May 5" is a date). It returns
// nothing; the mentions change in place.
func (a *article) joinCalendarGivenNames() {
	for k := range a.ments {
		m := &a.ments[k]
		s := &a.sents[m.sent]
		d := int(m.a) - 1
		if m.the || m.quoted || m.words > 2 || d-1 <= s.a || s.titleCase || m.typ != "" && !pcType(m.typ) {
			continue
		}
		w := &a.toks[d]
		if w.kind != kWord || !w.cap || months[w.lower] == 0 && !weekdays[w.lower] || len(w.text) < 3 || w.end+1 != a.toks[m.a].start {
			continue
		}
		if !calendarNameLeads[a.toks[d-1].lower] && a.toks[d-1].text != "," {
			continue
		}
		if e := int(m.b); e < s.b && a.toks[e].kind == kNum {
			continue
		}
		typ, strength := m.typ, m.strength
		n := len(a.ments)
		a.addMention(int(m.sent), d, int(m.b), false)
		joined := a.ments[n]
		a.ments = a.ments[:n]
		joined.setType(typ, strength)
		a.ments[k] = joined
	}
}
