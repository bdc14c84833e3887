package loaders

// chartCurrencies open a box-office figure ("$9.2 million", "£3 million").
var chartCurrencies = setOf("$", "£", "€", "¥")

// chartFigureAfter reports whether the tokens from i are a bracketed
// box-office figure, "(" then a currency sign and a number ("Quiet
// Harbor ($9.2 million)"): the name before them is a title on a chart.
func (a *article) chartFigureAfter(i int) bool {
	return i+2 < len(a.toks) && a.toks[i].text == "(" && chartCurrencies[a.toks[i+1].text] && a.toks[i+2].kind == kNum
}
