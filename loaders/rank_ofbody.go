package loaders

import "strings"

// A titled name of a service's member before "of" and the body it serves:
// "Inspector Tavi Morrow of the Glenport Police", "Detective
// Superintendent Ada Quill of Marsh County Police", "Special Agent Noor
// Vell of the BRX" (the name ends before "of"; MEMBER_OF the name → the
// body).

// rankedRunNames switches the titled-run split on (tests switch it off).
var rankedRunNames = true

// serviceRankWords may stand in a run of ranks before a name with a
// rank of characterRanks ("Special Agent", "Vice Admiral", "Deputy
// Director", "Assistant Chief Constable").
var serviceRankWords = setOf("special", "vice", "assistant", "acting", "senior", "deputy", "director", "field")

// rankRunSkip are the characterRanks that are no service's: royalty, kin
// and the clergy ("Princess X of Y" is a place's princess).
var rankRunSkip = setOf("princess", "emperor", "empress", "uncle", "aunt", "grandpa", "grandma", "reverend", "jarl")

// rankedRunName reports whether the capitalised run [i, j) is one to
// three ranks, one of them a service rank of characterRanks, then one or
// two name words ("Chief Inspector Wen", "Detective Superintendent Ada
// Quill"): "of" after it names the body the character serves.
func rankedRunName(toks []token, i, j int) bool {
	if !rankedRunNames {
		return false
	}
	r, rank := i, false
	for r < j && r < i+3 {
		w := toks[r].lower
		if characterRanks[w] && !rankRunSkip[w] {
			rank = true
		} else if !serviceRankWords[w] {
			break
		}
		r++
	}
	if !rank || j-r < 1 || j-r > 2 {
		return false
	}
	for k := r; k < j; k++ {
		if characterRanks[toks[k].lower] || serviceRankWords[toks[k].lower] || commonWords[toks[k].lower] {
			return false
		}
	}
	return true
}

// titledMember reports whether the character at item t is named with a
// service rank first ("Inspector Tavi Morrow", "Special Agent Noor
// Vell"), so that "of" and a body's name after it name the body served.
func (p *pctx) titledMember(t int) bool {
	if !rankedRunNames {
		return false
	}
	m := p.mm(t)
	if m == nil || m.words < 2 {
		return false
	}
	rest := m.text
	for n := 0; n < 3; n++ {
		first, more, _ := strings.Cut(rest, " ")
		w := lowerWord(strings.TrimSuffix(first, "."))
		if characterRanks[w] && !rankRunSkip[w] {
			return more != ""
		}
		if !serviceRankWords[w] {
			return false
		}
		rest = more
	}
	return false
}
