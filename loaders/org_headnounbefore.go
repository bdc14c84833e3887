package loaders

import (
	"strings"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// A body named after a group noun that heads it: "the secret agency X",
// "the death-metal band X", "a hip-hop trio called the X", "the
// hybrid-hunting militia the X", "a murderous gang known as the X". The
// name is an organisation's.

// orgHeadBeforeOn switches the cue on (tests switch it off).
var orgHeadBeforeOn = true

// orgLeadNouns head a body's name that follows them ("the band X").
var orgLeadNouns = setOf("agency", "band", "trio", "quartet", "gang", "militia", "cult", "crew", "syndicate", "cartel",
	"society", "club", "league", "guild", "clan", "tribe", "sect", "brotherhood", "sisterhood", "organisation",
	"organization", "firm", "faction", "unit", "council", "outfit", "corporation", "conglomerate", "broadcaster",
	"group", "service", "squad")

// orgHeadBefore types the mention at item i an organisation when a group
// noun heads it: "[the|a|an] [up to three plain words] noun [called|named|
// known as] [the] X". Names that open with a given name or end with a
// person's suffix ("the unit X Jr. serves in"), quoted titles and names the
// article already gave another type are left alone.
func (p *pctx) orgHeadBefore(i int) {
	k := i - 1
	if p.w(k) == "the" {
		k--
	}
	switch {
	case p.w(k) == "called" || p.w(k) == "named":
		k--
	case p.w(k) == "as" && p.w(k-1) == "known":
		k -= 2
	}
	if k == i-1 && p.w(k) == "the" || p.isM(k) {
		return
	}
	if !p.in(k, orgLeadNouns) {
		if k == i-1 || k == i-2 && p.w(i-1) == "the" {
			return // (no "called", "named" or "known as")
		}
		if k = p.calledBodyNoun(k); k < 0 {
			return
		}
	}
	art := -1
	for j := k - 1; j >= k-4 && j >= 0; j-- {
		if p.isM(j) && calledBodyOn && placeMention(p.mm(j)) {
			continue // "an upscale Los Angeles restaurant called X"
		}
		if p.isM(j) || !isWordLike(p.w(j)) {
			return
		}
		if w := p.w(j); w == "the" || w == "a" || w == "an" {
			art = j
			break
		}
	}
	if art < 0 {
		return
	}
	m := p.mm(i)
	if m.quoted || m.colon || m.typ != "" && m.typ != kg.Organisation || isGivenNameLower(firstWord(m.text)) || personSuffix(lastWord(m.text)) {
		return
	}
	if pt := p.priorType(i); pt != "" && pt != kg.Organisation {
		return
	}
	m.setType(kg.Organisation, 2)
}

// ledBodyAfter reads, from item k, a group noun heading a body's name
// ("the secret agency X", "a hip-hop trio called the X", "the militia
// the X", "a gang of forty riders known as the X") and returns the
// name's item, or -1. A name not typed an organisation needs "called",
// "named" or "known as" before it.
func (p *pctx) ledBodyAfter(k int) int {
	if !orgHeadBeforeOn || p.w(k) != "the" && p.w(k) != "a" && p.w(k) != "an" {
		return -1
	}
	j := k + 1
	for n := 0; n < 4 && !p.isM(j) && isWordLike(p.w(j)); n++ {
		if p.in(j, orgLeadNouns) {
			o := j + 1
			if p.w(o) == "of" {
				o = p.pastGroupMembers(o) // "a band of northern sailors known as the X"
				if o < 0 {
					return -1
				}
			}
			named := true
			switch {
			case p.w(o) == "called" || p.w(o) == "named":
				o++
			case p.w(o) == "known" && p.w(o+1) == "as":
				o += 2
			default:
				named = false
			}
			if p.w(o) == "the" {
				o++
			}
			if m := p.mm(o); m != nil && (m.typ == kg.Organisation || named && m.typ == "") {
				return o // (an untyped name needs "called", "named" or "known as")
			}
			return -1
		}
		j++
	}
	return -1
}

// personSuffix reports whether w ends a person's name ("Jr.", "Sr.").
func personSuffix(w string) bool {
	return w == "Jr." || w == "Sr." || w == "Jr" || w == "Sr"
}

// groupApposNouns head an appositive that says what a body is ("X, a
// rival Latino club,", "X, the media conglomerate that ...").
var groupApposNouns = setOf("militia", "trio", "quartet", "band", "firm", "crew", "faction", "sect", "club", "clan",
	"tribe", "outfit", "conglomerate", "group", "squad", "unit", "team", "family", "broadcaster", "gang", "cult",
	"syndicate", "cartel", "agency")

// groupApposEnds may follow the head noun of such an appositive.
var groupApposEnds = setOf(",", ".", ";", ")", "", "that", "which", "who", "whose", "of", "in", "from", "with", "based",
	"run", "led", "founded", "owned")

// groupApposStops end the describing words of a group appositive before
// its head noun ("an officer in the militia": no appositive of a body).
var groupApposStops = setOf("a", "an", "the", "of", "in", "at", "to", "for", "with", "on", "by", "from", "who", "and")

// groupAppositive reports whether the items from k (after "X, a" or "X,
// the") read up to four plain words whose last is a group noun closing
// the appositive: "a rival Latino club,", "the flash-mob crew that", "a
// London crime family." (not "the band's drummer", "the team captain").
func (p *pctx) groupAppositive(k int) bool {
	for n := 0; n < 4; n++ {
		j := k + n
		if p.isM(j) || !isWordLike(p.w(j)) || n > 0 && p.in(j, groupApposStops) {
			return false
		}
		if p.in(j, groupApposNouns) && !p.isM(j+1) && p.in(j+1, groupApposEnds) {
			return true
		}
	}
	return false
}

// groupAppositiveName reports whether the mention at item i may be the body
// a group appositive describes: untyped or an organisation, the article
// giving it no other type, not opening with a given name or a title
// ("Mr.").
func (p *pctx) groupAppositiveName(i int) bool {
	m := p.mm(i)
	if m.typ != "" && m.typ != kg.Organisation || isGivenNameLower(firstWord(m.text)) || personSuffix(lastWord(m.text)) ||
		inLower(nameTitles, strings.TrimSuffix(firstWord(m.text), ".")) {
		return false
	}
	pt := p.priorType(i)
	return pt == "" || pt == kg.Organisation
}

// pastGroupMembers reads "of" and up to three plain words naming whom a
// group gathers ("a band of northern sailors", "a gang of forty riders")
// from item o, and returns the item after them when "called", "named"
// or "known as" follows, else -1.
func (p *pctx) pastGroupMembers(o int) int {
	for n := o + 1; n < o+5; n++ {
		if w := p.w(n); w == "called" || w == "named" || w == "known" && p.w(n+1) == "as" {
			if n == o+1 {
				return -1
			}
			return n
		}
		if p.isM(n) || !isWordLike(p.w(n)) || p.in(n, clauseWords) {
			return -1
		}
	}
	return -1
}
