package loaders

import (
	"testing"
)

// mentionTypes runs text through the per-article steps and returns each
// mention as "key=Type".
func mentionTypes(text string) []string {
	a := testArticle(text, "")
	a.run()
	var out []string
	for _, m := range a.ments {
		out = append(out, m.key+"="+string(m.typ))
	}
	return out
}

// TestJoinQuotedTitles checks joinQuotedTitles: the body's run of a title
// the headline quotes is one mention, not split at "'s", at an all-caps
// word or at a small word; without the headline quote the owner reading
// stays, and a speech quote in the headline is no title.
func TestJoinQuotedTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"possessive inside the title",
			"Dana Frell returns for 'Harper's Harbor' finale\n\nDana Frell will appear in two episodes of Harper's Harbor this spring.",
			[]string{"harper's harbor"}, []string{"harper", "harbor"}},
		{"all-caps word at the end",
			"'Tides NYC' Adds Three\n\nPeacock's Tides NYC adds Ada Pell to its cast.",
			[]string{"tides nyc", "peacock"}, []string{"tides"}},
		{"small words and a colon subtitle",
			"'Dawn at the Lighthouse: Last Watch' Sets Cast\n\nAda Pell stars in Dawn at the Lighthouse: Last Watch, out in May.",
			[]string{"dawn at the lighthouse: last watch"}, []string{"dawn"}},
		{"no headline quote keeps the owner reading",
			"Streamer Renews Drama\n\nAda Pell stars in Netflix's Wednesday Harbor, out in May.",
			nil, []string{"netflix's wednesday harbor"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}

// TestQuotedTitleWeakOtherYields checks headlineTitles: a headline's quoted
// title of two words or more that the body types a character only from a
// weak possessive cue is a film everywhere.
func TestQuotedTitleWeakOtherYields(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"weak character cue yields",
			"'Copper Saint' Returns With a Sequel\n\nDirector Lena Park's Copper Saint gets a sequel, with Bo Reyes back in the lead.",
			[]string{"copper saint=Film"}, []string{"copper saint=Character"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionTypes(c.text), c.want, c.not)
		})
	}
}

// TestHeadQuoteSpans checks headQuoteSpans: a headline's quoted title is
// read, quoted speech led by a pronoun after a colon is not.
func TestHeadQuoteSpans(t *testing.T) {
	for _, c := range []struct {
		name, text string
		want       int
	}{
		{"quoted title after a colon", "Review: 'Copper Saint' Is a Quiet Stunner\n\nCopper Saint opens Friday.", 1},
		{"quoted speech after a colon", "Ada Pell: 'We Lost Harper's Harbor' in the Fire\n\nShe spoke on Monday.", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			a := testArticle(c.text, "")
			for si := range a.sents {
				a.findMentions(si)
			}
			if got := len(a.headQuoteSpans()); got != c.want {
				t.Errorf("headQuoteSpans: %d spans, want %d", got, c.want)
			}
		})
	}
}

// TestJoinColonTitles checks joinColonTitles: a colon title whose main part
// holds small words is one name; a person before "in" and a route are not
// joined to it.
func TestJoinColonTitles(t *testing.T) {
	for _, c := range []struct {
		name      string
		text      string
		want, not []string
	}{
		{"small words before the subtitle",
			"News\n\nDawn at the Lighthouse: Last Watch, a six-part series, lands in May.",
			[]string{"dawn at the lighthouse: last watch"}, []string{"dawn"}},
		{"a subtitle ending in a capitalised small word",
			"News\n\nHarbor Town: A Pier to Die For opened to $6 million on Sunday.",
			[]string{"harbor town: a pier to die for"}, []string{"harbor town: a pier to die"}},
		{"a lower-case small word after a subtitle is not the title's",
			"News\n\nHarbor Town: Last Watch for the family opened on Sunday.",
			[]string{"harbor town: last watch"}, []string{"harbor town: last watch for"}},
		{"a person before in",
			"News\n\nShe cast Ada Pell in Copper Saint: Ashes, out in May.",
			[]string{"ada pell"}, []string{"ada pell in copper saint: ashes"}},
		{"a person led by a given name",
			"News\n\nA call from Ada Pell to the Harbor: Last Watch producers came late.",
			nil, []string{"ada pell to the harbor: last watch"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkLines(t, mentionKeys(c.text), c.want, c.not)
		})
	}
}
