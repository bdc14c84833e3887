package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// gapPronouns may stand as the actor of a relative clause that plays a
// part ("whom he played").
var gapPronouns = setOf("he", "she", "they", "i", "we", "you")

// gapPartVerbs are the finite part verbs of a relative clause whose object
// is left out ("the thief P played").
var gapPartVerbs = setOf("played", "plays", "portrayed", "portrays", "voiced", "voices", "reprised", "reprises")

// gapOpeners open the appositive after the name ("C, the ...", "C, whom ...").
var gapOpeners = setOf("the", "a", "an", "whom", "that")

// gapNotObject after the part verb show the verb has an object or a
// partner of its own, so the name before is not the part ("the boy P
// played opposite", "the cop P played the fool with").
var gapNotObject = setOf("the", "a", "an", "his", "her", "him", "himself", "herself", "opposite", "alongside",
	"with", "against")

// objectGapParts types as a character a name an appositive relative
// clause takes as the part an actor plays: "C, the gentleman thief P
// played for F", "C, the head of the school, whom he played for four
// seasons". The appositive opens right after the comma behind C with
// "the", "a", "an", "whom" or "that"; within fourteen tokens, all words
// (a further comma only before "whom" or "that"), no film, work or making
// noun among them, comes a person mention or a personal pronoun and then
// a finite part verb (gapPartVerbs) whose object is left out: the verb
// ends the sentence or the next token is no capitalised word, article,
// object pronoun or partner preposition (gapNotObject), so "C, the film P
// played in" is left alone. C is typed a character already, or of one to
// three words, untyped or weakly a person, and castable. When the actor is
// a person mention (a pronoun a career piece reads as its subject counts)
// and no claim names C yet, it adds the claim that the actor portrays C. It returns
// nothing; mentions and claims change in place.
func (a *article) objectGapParts() {
	var parts map[int32]bool // mentions a claim names as a part; built on the first match
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		e := int(m.b)
		if e+3 >= s.b || a.toks[e].text != "," || !tokIn(&a.toks[e+1], gapOpeners) || !(m.typ == kg.Character || weakOrNone(m) && castableName(m)) {
			continue
		}
		verb := -1
		for t := e + 1; t < s.b && t < e+15; t++ {
			tk := &a.toks[t]
			if tk.text == "," && t+1 < s.b && (a.toks[t+1].lower == "whom" || a.toks[t+1].lower == "that") {
				continue
			}
			if tk.kind != kWord || !tk.cap && (tokIn(tk, filmNouns) || tokIn(tk, workNouns) || tokIn(tk, makingNouns)) {
				break
			}
			if tokIn(tk, gapPartVerbs) {
				verb = t
				break
			}
		}
		if verb < 0 || verb == e+1 {
			continue
		}
		if v := verb + 1; v < s.b && (a.toks[v].kind == kWord && (a.toks[v].cap || tokIn(&a.toks[v], gapNotObject)) || a.toks[v].kind == kPoss) {
			continue
		}
		actor := -1
		for j := k + 1; j < len(a.ments) && a.ments[j].sent == m.sent && int(a.ments[j].a) < verb; j++ {
			if int(a.ments[j].b) == verb {
				actor = j
			}
		}
		if actor >= 0 {
			if p := &a.ments[actor]; !(p.typ == kg.Person || p.typ == "" && (p.personShaped() || a.surnameOfName(p))) {
				continue
			}
		} else if !tokIn(&a.toks[verb-1], gapPronouns) {
			continue
		}
		if m.typ != kg.Character {
			m.typ, m.strength = kg.Character, 2
		}
		if actor < 0 {
			continue
		}
		if parts == nil {
			parts = map[int32]bool{}
			for _, c := range a.claims {
				if c.char.abs && c.char.m >= 0 {
					parts[c.char.m] = true
				}
				if c.rel == kg.Portrayed && c.obj.abs && c.obj.m >= 0 {
					parts[c.obj.m] = true
				}
			}
		}
		if parts[int32(k)] {
			continue
		}
		parts[int32(k)] = true
		a.claims = append(a.claims, pclaim{rel: kg.Portrayed, subj: arg{m: int32(actor), of: -1, abs: true},
			obj: arg{m: int32(k), of: -1, abs: true}, char: noArg, sent: m.sent})
	}
}
