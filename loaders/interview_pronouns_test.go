package loaders

import "testing"

// interviewMentions finds the mentions of text and runs interviewPronouns
// on them, returning the words the first-person mentions stand on and
// the key they carry.
func interviewMentions(text string) (words []string, keys []string) {
	a := testArticle(text, "")
	for si := range a.sents {
		a.findMentions(si)
	}
	a.interviewPronouns()
	for _, m := range a.ments {
		if m.pronoun {
			words = append(words, a.text[m.start:m.end])
			keys = append(keys, m.key)
		}
	}
	return words, keys
}

func TestInterviewPronouns(t *testing.T) {
	const labelled = "Dana Quarro on Directing The Glass Orchard\n\n" +
		"Dana Quarro spent a decade in editing rooms before directing The Glass Orchard for Tallow Pictures. We spoke to Quarro in her office.\n\n" +
		"Q: How did it start?\n\n" +
		"Quarro: I wrote the first draft in a week. Benn Altry co-wrote the second one with me.\n\n" +
		"Q: Was the shoot hard?\n\n" +
		"Quarro: Very. The crew came up to me and said, \"I quit.\" I think they were joking.\n\n" +
		"Q: What comes next?\n\n" +
		"Quarro: I'm directing a western.\n"
	const bare = "Pell Velloch has written for television for twenty years. Now he runs Night Ferry, a crime series for Corvane. We talked to Velloch about the show.\n\n" +
		"Why a ferry?\n\n" +
		"I grew up on one. I created Night Ferry with Sela Mirrup.\n\n" +
		"Did you cast it yourself?\n\n" +
		"Mostly. Ivo Brevold plays the captain.\n\n" +
		"What is next?\n\n" +
		"I'd direct a second season.\n"
	const tied = "Harl Denvo and Ressa Quennet made a film together. We spoke to Denvo and Quennet about it.\n\n" +
		"Why now?\n\nI had time.\n\nWhy here?\n\nI liked it.\n\nWhat next?\n\nI rest.\n"
	const essay = "Mira Tolland has made three films. She directed The Flint Road in a month.\n\n" +
		"I saw it twice. I liked it. Why? I cannot say. It is good. It ends well.\n"
	const otherPerson = "Corin Halde on The Tin Coast\n\n" +
		"Corin Halde created The Tin Coast for Pellman. He directed the pilot too. Oren Vask plays the lead. He is a marvel. We spoke to Halde about it.\n\n" +
		"Q: Why the coast?\n\nHalde: I grew up there.\n\nQ: Why Vask?\n\nHalde: He auditioned well.\n\nQ: Next?\n\nHalde: Rest.\n"
	tests := []struct {
		name, text string
		words      []string
		key        string
	}{
		{"labelled answers, a quotation and an opinion left out", labelled, []string{"I", "me", "I'm"}, "dana quarro"},
		{"bare question lines, the intro cue names the surname", bare, []string{"he", "I", "I", "I'd"}, "pell velloch"},
		{"two people cued alike: no interviewee", tied, nil, ""},
		{"no question lines: no interview", essay, nil, ""},
		{"an intro pronoun after another person is left alone", otherPerson, []string{"He", "I"}, "corin halde"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkInterviewMentions(t, tc.text, tc.words, tc.key)
		})
	}
}

func TestInterviewee(t *testing.T) {
	tests := []struct {
		name, text, key string
	}{
		{"headline name before on, surname again in the intro",
			"Q&A: Talia Trescall on Shooting the Fenmoor Films\n\nThe Fenmoor Films were shot by Trescall over six winters. Orla Pollery starred in both.\n\nWhy winter?\n\nI like the light.\n\nWhy Pollery?\n\nI trust her.\n\nNext?\n\nI rest.\n",
			"talia trescall"},
		{"a job word before the name is left out",
			"For six seasons, former Navy SEAL Dov Arkell made sure the show got it right. We spoke with Arkell about it.\n\nHow?\n\nI watched.\n\nWhy?\n\nI cared.\n\nNext?\n\nI rest.\n",
			"dov arkell"},
		{"the name before a cue, in a relative clause",
			"The Brass Harbour returns next week. Jo Tamsen, who voices the harbour master, spoke to us about it.\n\nWhy return?\n\nI missed it.\n\nAnd the songs?\n\nI wrote some.\n\nNext?\n\nI rest.\n",
			"jo tamsen"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, keys := interviewMentions(tc.text)
			if len(keys) == 0 {
				t.Fatalf("no first-person mentions, want %q", tc.key)
			}
			if keys[0] != tc.key {
				t.Errorf("got %q, want %q", keys[0], tc.key)
			}
		})
	}
}

func TestIntroEpithets(t *testing.T) {
	const qa = "\n\nWhy now?\n\nI had time.\n\nWhy here?\n\nI liked it.\n\nWhat next?\n\nI rest.\n"
	tests := []struct {
		name, text string
		words      []string
	}{
		{"an epithet after the interviewee's name",
			"Wenna Scorrow on The Lantern Years\n\nWenna Scorrow has spent her career in animation. The animation veteran, who directed The Lantern Years, is back. We spoke to Scorrow about it." + qa,
			[]string{"The animation veteran", "I", "I"}},
		{"a one-word name inside the epithet",
			"Wenna Scorrow on The Lantern Years\n\nWenna Scorrow has spent her career in animation. The Welsh director cut her teeth on The Lantern Years. We spoke to Scorrow about it." + qa,
			[]string{"The Welsh director", "I", "I"}},
		{"an epithet after another person is left alone",
			"Wenna Scorrow on The Lantern Years\n\nWenna Scorrow wrote The Lantern Years. Brisa Ostrine directed it. The veteran director, who also made Grey Lamps, is back. We spoke to Scorrow about it." + qa,
			[]string{"I", "I"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkInterviewMentions(t, tc.text, tc.words, "wenna scorrow")
		})
	}
}

// checkInterviewMentions checks that the interviewee mentions made in text
// are the words want, in order, each carrying the name key.
func checkInterviewMentions(t *testing.T, text string, want []string, key string) {
	t.Helper()
	words, keys := interviewMentions(text)
	if len(words) != len(want) {
		t.Fatalf("got %q, want %q", words, want)
	}
	for i := range words {
		if words[i] != want[i] || keys[i] != key {
			t.Errorf("mention %d: got %q (%s), want %q (%s)", i, words[i], keys[i], want[i], key)
		}
	}
}
