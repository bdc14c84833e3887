package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// episodeOfNouns before "of" and a name make it a series ("two episodes of
// Tallow Shoals", "a single episode of Glass Orchard").
var episodeOfNouns = setOf("episode", "episodes")

// partOnNouns before "on" and a name name someone's work on a show ("guest
// spots on Tallow Shoals", "a recurring role on Glass Orchard", "a late
// turn on Copper Road").
var partOnNouns = setOf("spot", "spots", "turn", "stint", "arc", "cameo", "role", "roles", "part", "parts", "appearance", "appearances")

// onOpenerVerbs follow "On F," and the subject of a sentence that names
// someone's part on a show ("On Tallow Shoals, he played the mayor", "On
// Glass Orchard she had a recurring part").
var onOpenerVerbs = setOf("played", "had", "was", "appeared", "voiced", "guest-starred", "starred", "recurred", "spent")

// stageWords name the stage, not a show ("a role on Broadway").
var stageWords = setOf("broadway", "off-broadway", "stage")

// typeEpisodeTitles types as films (series after an episode noun) the
// names no cue typed that a show's credit names in passing: after an
// episode noun and "of" ("directed episodes of Tallow Shoals and Glass
// Orchard"), after a part noun and "on" ("guest spots on Tallow Shoals",
// the names of a list joined by commas and "and" with them), and after
// "On" opening a sentence whose subject, a pronoun or a name, then played
// or had a part ("On Glass Orchard, he played the mayor"). Places,
// countries, dates, personal names led by a given name, names in
// capitals, one common word, surnames, heads of a cut title and a name
// owning the next are left alone.
func (a *article) typeEpisodeTitles() {
	for s, k := range a.bodyMentions() {
		m := &a.ments[k]
		b := int(m.a)
		if m.the {
			b--
		}
		if b-1 < s.a {
			continue
		}
		prev := a.toks[b-1].lower
		if prev != "of" && prev != "on" || !a.passingShowTitle(s, m) {
			continue
		}
		switch {
		case b-2 >= s.a && prev == "of" && episodeOfNouns[a.toks[b-2].lower]:
			m.setType(kg.Film, 2)
			m.format = kg.FormatSeries
		case b-2 >= s.a && prev == "on" && partOnNouns[a.toks[b-2].lower]:
			m.setType(kg.Film, 2)
		case b-1 == s.a && a.toks[b-1].text == "On" && a.onOpenerPart(s, k):
			m.setType(kg.Film, 2)
			continue
		default:
			continue
		}
		for j := k + 1; j < len(a.ments) && a.ments[j].sent == m.sent && a.listNext(&a.ments[j-1], &a.ments[j]); j++ {
			n := &a.ments[j]
			if !a.passingShowTitle(s, n) {
				break
			}
			n.setType(kg.Film, 2)
			n.format = m.format
		}
	}
}

// passingShowTitle reports whether mention m of sentence s may be a show
// named in passing: untyped (or weakly a person), not a personal name led
// by a given name or a surname of the article's people (companyShaped), a
// place, a country, a date, a name in capitals, one common word or stage word, the head
// of a longer title cut at a small word (truncatedTitle; "as" after it
// names the part: "a turn on F as Dr. P") or a name owning
// the next.
func (a *article) passingShowTitle(s *sentence, m *mention) bool {
	if !titleCandidate(m) || m.allCaps || m.short || m.country || isPlaceName(m) || !a.companyShaped(m) || a.truncatedTitle(s, m) && a.toks[m.b].lower != "as" {
		return false
	}
	w := a.toks[m.a].lower
	if months[w] != 0 || weekdays[w] || holidayWords[w] || m.words == 1 && (commonWords[w] || stageWords[w]) {
		return false
	}
	return int(m.b) >= s.b || a.toks[m.b].kind != kPoss
}

// onOpenerPart reports whether mention k, right after "On" opening its
// sentence, is followed by a comma or not, then a subject (a pronoun or a
// name) and a verb of onOpenerVerbs ("On F, he played", "On F Ada Pell had").
func (a *article) onOpenerPart(s *sentence, k int) bool {
	i := int(a.ments[k].b)
	if i < s.b && a.toks[i].text == "," {
		i++
	}
	if i >= s.b {
		return false
	}
	switch {
	case subjectPronouns[a.toks[i].lower]:
		i++
	case k+1 < len(a.ments) && int(a.ments[k+1].a) == i && a.ments[k+1].sent == a.ments[k].sent:
		i = int(a.ments[k+1].b)
	default:
		return false
	}
	return i < s.b && onOpenerVerbs[a.toks[i].lower]
}
