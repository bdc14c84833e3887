package loaders

import "strings"

// currencySigns open a budget ("$120 million", "£40m").
var currencySigns = setOf("$", "£", "€", "¥")

// budgetScales may follow a budget's number ("$120 million").
var budgetScales = setOf("million", "billion", "m", "bn", "mn")

// budgetAfter returns the item after a budget at item j ("$120 million",
// "$40m", "€30 million-plus" read to the scale word), or j when none
// stands there.
func (p *pctx) budgetAfter(j int) int {
	if !p.in(j, currencySigns) || p.isM(j+1) {
		return j
	}
	n := strings.ReplaceAll(strings.ReplaceAll(p.w(j+1), ",", ""), ".", "")
	n = strings.TrimSuffix(strings.TrimSuffix(n, "m"), "bn")
	if n == "" || !isDigits(n) {
		return j
	}
	k := j + 2
	if p.in(k, budgetScales) {
		k++
	}
	return k
}
