package loaders

import "testing"

// TestSplitSentencesCompanySuffix checks that the full stop of a
// company's abbreviation ("Bros.", "Inc.", "Co.", "Corp.") ends the
// sentence before a capitalised function word or a given name, and
// keeps the company's name (and a title) together otherwise.
func TestSplitSentencesCompanySuffix(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"bros then a given name", "The thriller was made for Palvar Bros. Dana Voss directed it.",
			[]string{"The thriller was made for Palvar Bros.", "Dana Voss directed it."}},
		{"bros then the", "The sequel opened for Palvar Bros. The studio expects more.",
			[]string{"The sequel opened for Palvar Bros.", "The studio expects more."}},
		{"co then a pronoun", "It was produced by his Veltrane Picture Co. He also stars.",
			[]string{"It was produced by his Veltrane Picture Co.", "He also stars."}},
		{"inc then a sentence adverb", "The rights sit with Korvo Fright Inc. Meanwhile the remake stalls.",
			[]string{"The rights sit with Korvo Fright Inc.", "Meanwhile the remake stalls."}},
		{"bros then a company word", "It is a Palvar Bros. Pictures release.",
			[]string{"It is a Palvar Bros. Pictures release."}},
		{"bros then a title noun", "The Super Zeppo Bros. Movie opened first.",
			[]string{"The Super Zeppo Bros. Movie opened first."}},
		{"co then a lower-case verb", "Veltrane Film Co. will distribute it.",
			[]string{"Veltrane Film Co. will distribute it."}},
		{"bros then a surname-like word", "Palvar Bros. Discovery renamed the channel.",
			[]string{"Palvar Bros. Discovery renamed the channel."}},
		{"given name alone is a company's name", "Palvar Bros. Dana released it.",
			[]string{"Palvar Bros. Dana released it."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			checkSentences(t, tt.text, tt.want)
		})
	}
}
