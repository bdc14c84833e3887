package loaders

import "github.com/franchisekg/franchisekg/internal/kg"

// atStaffNouns, before "at X", name people who work, train or study in a
// body besides the member role and job nouns ("the team at X", "the
// animators at X", "students at X", "a partner at X").
var atStaffNouns = setOf("team", "staff", "animators", "artists", "students", "partner", "partners", "colleagues",
	"employees", "executives", "camper", "campers", "analyst", "analysts", "agents", "teachers", "counselor",
	"counsellor", "counselors", "counsellors", "staffer", "staffers", "writers", "producers", "programmer")

// staffAtBody types the name at item o an organisation when a member's
// or staff noun stands right before "at" it ("the senior media analyst
// at X", "the team at X", "a team of sixty at X", "a psychiatrist on staff at X", "the head of
// the drama department at X"): people hold jobs in a body, not in a place
// (roleBody keeps out places, countries, persons' and films' names).
func (p *pctx) staffAtBody(o int) {
	if p.w(o-1) != "at" || p.isM(o-2) {
		return // (the cheap tests first)
	}
	n := o - 2
	if p.w(n-1) == "of" && isWordLike(p.w(n)) && p.in(n-2, atStaffNouns) {
		n -= 2 // "a team of sixty at X", "the staff of animators at X"
	}
	if p.isM(n) || !(p.memberRoleNoun(n) || p.in(n, serviceNouns) || p.in(n, atStaffNouns)) {
		return
	}
	m := p.mm(o)
	if m.typ != "" || m.the && m.words == 1 || !p.roleBody(o) || p.w(o+1) == "'s" {
		return
	}
	m.setType(kg.Organisation, 2)
}
