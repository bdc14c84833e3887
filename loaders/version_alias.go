package loaders

import "strings"

// yearOnlyAlias returns the year-only form of a version's name ("X (2019)"
// for "X (2019 film)" or "X (1961 series)"), the form older write-ups use
// for the same version; "" for any other name.
func yearOnlyAlias(name string) string {
	n := len(name)
	if n < 9 || name[n-1] != ')' {
		return ""
	}
	var kind int
	switch {
	case strings.HasSuffix(name, " film)"):
		kind = len(" film)")
	case strings.HasSuffix(name, " series)"):
		kind = len(" series)")
	default:
		return ""
	}
	y := n - kind - 4 // first digit of the year
	if y < 2 || name[y-1] != '(' || name[y-2] != ' ' {
		return ""
	}
	for i := y; i < y+4; i++ {
		if name[i] < '0' || name[i] > '9' {
			return ""
		}
	}
	return name[:y+4] + ")"
}
