package loaders

// A character introduced by a body and a role noun with no article before
// them: "plays EMI executive C", "as LAPD homicide detective C", "A is
// FBI agent C" (MEMBER_OF C → the body, the role noun as role). The
// articled form ("as the X magistrate C") is bodyRoleAfter's.

// bareOrgRoleObject switches the bare form on (tests switch it off).
var bareOrgRoleObject = true

// bodyRoleBare reads, from item k, "[former] X [up to two words] role"
// followed right away by a name, and returns the body's item and the role
// noun's item, or -1, -1. X is a mention that may be a body (roleBody).
func (p *pctx) bodyRoleBare(k int) (int, int) {
	if p.w(k) == "former" {
		k++
	}
	if !p.isM(k) || !p.roleBody(k) || p.w(k+1) == "'s" || p.w(k+1) == "'" {
		return -1, -1
	}
	r := k + 1
	for n := 0; n < 2 && !p.isM(r) && isWordLike(p.w(r)) && !p.memberRoleNoun(r); n++ {
		r++
	}
	if !p.memberRoleNoun(r) || !p.isM(r+1) {
		return -1, -1
	}
	return k, r
}
