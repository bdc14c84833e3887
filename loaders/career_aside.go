package loaders

// careerAsideWork reports whether mention item i is the work of a career
// aside that ends right after it: "P, best known for Harbour Nights,
// plays C", "P, who broke out on Copper Valley, is circling the role of
// C". Such a name is the subject's earlier work, never a person of the
// clause, however person-shaped it looks.
func (p *pctx) careerAsideWork(i int) bool {
	if p.w(i+1) != "," && p.w(i+1) != "and" {
		return false
	}
	switch p.w(i - 1) {
	case "for":
		return p.w(i-2) == "known" || p.w(i-2) == "famous" || p.w(i-2) == "remembered"
	case "on", "in":
		return p.w(i-2) == "out" && (p.w(i-3) == "broke" || p.w(i-3) == "breaks")
	}
	return false
}
