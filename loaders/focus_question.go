package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// questionTopic returns the film mention an interview's question names
// when the paragraph opening at sentence p0 answers it: the paragraph
// right before is one sentence ending with "?" that names one film, not
// the article's (entity subj), nor in passing ("And F?", "How did you
// cast F?" then "P plays C, and Q is D"); else -1.
func (a *article) questionTopic(p0, subj int) int {
	q := p0 - 1
	if q < 1 || a.paragraphOf(q) != q {
		return -1
	}
	s := &a.sents[q]
	if last := s.b - 1; last < s.a || a.toks[last].text != "?" {
		return -1
	}
	found, fe := -1, -1
	lo := a.firstMentionFrom(q)
	if s.titleCase {
		lo = 0 // a title-cased line's names come after the body's ("And F?")
	}
	for mi := lo; mi < len(a.ments); mi++ {
		m := &a.ments[mi]
		if int(m.sent) != q {
			if !s.titleCase {
				break
			}
			continue
		}
		if m.ent < 0 {
			continue
		}
		e := a.find(int(m.ent))
		if a.ents[e].typ != kg.Film {
			continue
		}
		if e == subj || fe >= 0 && e != fe {
			return -1
		}
		if fe < 0 {
			found, fe = mi, e
		}
	}
	if found < 0 || a.passingMention(found) {
		return -1
	}
	return found
}
