package loaders

import (
	"strings"
	"testing"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// subjectFacts runs the per-article steps on text and returns its entities as
// "Type:key" and its relationship claims as "REL subject -> object (character)",
// with local entity keys.
func subjectFacts(text string) (ents, claims []string) {
	r := localRun(text, "")
	for _, e := range r.ents {
		ents = append(ents, string(e.typ)+":"+e.key)
	}
	return ents, claimLines(r, " (", ")")
}

// hasCastCredit reports whether claims (as subjectFacts gives them) hold
// an ACTED_IN claim with the person key who as its subject.
func hasCastCredit(claims []string, who string) bool {
	for _, cl := range claims {
		if strings.HasPrefix(cl, "ACTED_IN "+who+" ") {
			return true
		}
	}
	return false
}

// checkCastCredits runs subjectFacts on text and fails tb for every person
// in noCredit that has an ACTED_IN claim and every person in credit that
// has none, listing the claims the article gave.
func checkCastCredits(tb testing.TB, text string, noCredit, credit []string) {
	tb.Helper()
	_, claims := subjectFacts(text)
	for _, who := range noCredit {
		if hasCastCredit(claims, who) {
			tb.Errorf("%q has a cast credit: %v", who, claims)
		}
	}
	for _, who := range credit {
		if !hasCastCredit(claims, who) {
			tb.Errorf("%q has no cast credit: %v", who, claims)
		}
	}
}

// TestArticleSubjects checks the article-level readings of subject.go and
// typing.go: the person a career piece is about and the parts it names,
// films named only in a headline, anaphors of several productions, and
// films and companies typed from context. Each case lists claims or
// entities that must be found and ones that must not.
func TestArticleSubjects(t *testing.T) {
	cases := []struct {
		name            string
		text            string
		want, notWant   []string // claims
		wantEnt, notEnt []string // entities
	}{
		{
			name: "career piece: pronoun subject, part in a production after 'on'",
			text: "Marion Ashgrove, Star of 'Harbour Nights', Dies at 70\n\n" +
				"Marion Ashgrove, the actress who led the drama Harbour Nights, has died.\n\n" +
				"Ashgrove was born in Leeds. She became famous as Della Crane on the BBC drama Harbour Nights.\n\n" +
				"In 1999 she joined the comedy series Upstairs Again as Flora Pike. She later starred in the film Glass Tide. Ashgrove retired in 2010.",
			want: []string{"ACTED_IN marion ashgrove -> harbour nights (della crane)",
				"ACTED_IN marion ashgrove -> upstairs again (flora pike)"},
			wantEnt: []string{"Organisation:bbc"},
		},
		{
			name: "obituary: the person opens the second sentence of the first paragraph",
			text: "Tobias Quenby, the Voice You Always Knew, Has Died at 81\n\n" +
				"You may not have known his name, but you knew the voice. Tobias Quenby, the character actor, died on Tuesday.\n\n" +
				"Quenby trained in Leeds. He starred in the film Glass Tide. In the series Low Fens he played the bishop, Ned Price. Three years later he turned up in the film Salt Harbour as Captain Frell. " +
				"Quenby was 81.",
			want: []string{"ACTED_IN tobias quenby -> low fens (ned price)", "ACTED_IN tobias quenby -> salt harbour (captain frell)"},
		},
		{
			name: "career piece: a shared surname is the subject's",
			text: "Tobias Quenby Dies at 81\n\nTobias Quenby, the director, has died.\n\n" +
				"Quenby died at home, his wife, Clara Quenby, said. He played Captain Frell in the film Salt Harbour. " +
				"He also starred in the series Paper Moons and the film Glass Tide. Quenby was 81.",
			want: []string{"ACTED_IN tobias quenby -> salt harbour (captain frell)"},
		},
		{
			name: "casting item: pronouns name nobody, the film is the subject",
			text: "Mara Quillon Joins 'Tin Harbour 2'\n\nMara Quillon has joined the cast of Tin Harbour 2, sources say. " +
				"Quillon, who starred in the film Paper Moons and the series Brine Road, will play Vera Stone. She is repped by Gersh.\n\n" +
				"The film is directed by Ada Quist. She wrote the script with Tom Bexley.",
			want:    []string{"DIRECTED ada quist -> tin harbour 2"},
			notWant: []string{"WROTE mara quillon -> tin harbour 2"},
		},
		{
			name: "no career piece: pronouns are no names",
			text: "Salt Harbour Sequel Set\n\nThe studio has dated Salt Harbour 2. He said the film would open in May. " +
				"Dana Pike plays Captain Frell in the film.",
			notWant: []string{"ACTED_IN salt harbour 2 -> salt harbour 2"},
		},
		{
			name: "headline short title",
			text: "Ferryman film delayed again\n\n" +
				"Northlight has delayed The Long Night: The Ferryman by a year. The film is directed by Ada Quist.",
			want:   []string{"DIRECTED ada quist -> long night: the ferryman"},
			notEnt: []string{"Film:ferryman"},
		},
		{
			name: "the prequel of several productions",
			text: "Harbour Nights Returns\n\n" +
				"The drama series Harbour Nights returns in May. Harbour Nights stars Ada Quist. Its creator also made last year's prequel Harbour Dawn for the network.\n\n" +
				"And Harbour Dawn?\n\n" +
				"The prequel, set in 1950, starred Ivo Brandt as the young Silas Crane.",
			want: []string{"ACTED_IN ivo brandt -> harbour dawn (silas crane)"},
		},
		{
			name: "box-office report: films ranked and their companies",
			text: "Weekend Box Office\n\n" +
				"Glass Tide topped the box office with $40 million. " +
				"Further down the chart, Northlight's Paper Moons stumbled with $3.1 million from 1,400 locations. " +
				"The comedy, directed by Ada Quist, stars Ivo Brandt.",
			want:    []string{"DIRECTED ada quist -> paper moons"},
			notWant: []string{"DIRECTED ada quist -> glass tide"},
			wantEnt: []string{"Film:paper moons", "Organisation:northlight"},
		},
		{
			name: "an earlier film is not the film the text is about",
			text: "'Glass Tide' review: a soggy thriller\n\nAda Quist's new film, Glass Tide, is bigger and emptier. " +
				"Ivo Brandt plays Tom Keel in Glass Tide.\n\nQuist's previous film, Winter Quay, grossed $40m worldwide. " +
				"The film was written by Quist and Tom Bexley.",
			want:    []string{"WROTE tom bexley -> glass tide"},
			notWant: []string{"WROTE tom bexley -> winter quay"},
		},
		{
			name: "festival dispatch: each paragraph's new film",
			text: "Venice 2025: the films everyone is talking about\n\nThe Lido has rarely felt this crowded.\n\n" +
				"Ada Quist's The Long Night opened the festival. The drama stars Ivo Brandt as a lighthouse keeper.\n\n" +
				"Dan Hollis returned with Paper Moons, a black-and-white comedy about two magicians. Bea Lund and Lia Serro play the double act.\n\n" +
				"The biggest surprise was Winter Quay, a first feature from Rosa Prieto. Newcomer Tomas Vial plays a fisherman.",
			want: []string{"ACTED_IN ivo brandt -> long night", "ACTED_IN bea lund -> paper moons",
				"ACTED_IN tomas vial -> winter quay"},
			notWant: []string{"ACTED_IN bea lund -> long night"},
		},
		{
			name:    "a streamer's possessive and 'A and the B'",
			text:    "News\n\nHarbourflix+'s Marlow Finch and the Wardens has found its villain. Ada Quist plays Vera in the series.",
			wantEnt: []string{"Film:marlow finch and the wardens", "Organisation:harbourflix+"},
		},
		{
			name: "title shapes",
			text: "Roundup\n\nAda Quist starred in The Tinker's Purse (1992) and in Harbour's Nine (2001). " +
				"Ivo Brandt returns in The Hawk and the Winter Sea next year. Northlight's Thursday is back. " +
				"Glass Tide season five opens in May. Tom Bexley joined Red Parallel (1987). Episodes are directed by Bea Lund.",
			wantEnt: []string{"Film:tinker's purse", "Film:harbour's nine", "Film:hawk and the winter sea",
				"Film:thursday", "Film:glass tide", "Film:red parallel"},
			notEnt: []string{"Film:episodes"},
		},
		{
			name: "name shapes",
			text: "News\n\nAda Quist said: 'For Hal and Maureen, yes.' Hal and Maureen Wexcombe were there; the Wexcombes left. " +
				"Her daughter, Tatum, is played by Rosalie May. Harrison Quill spoke; Mr Quill, 82, plays Ross in Glass Tide. " +
				"The Korean survival drama Glass Tide stars Deputy Fred Hollins of the Harbour Police.",
			wantEnt: []string{"Person:rosalie may", "Person:harrison quill"},
			notEnt:  []string{"Character:for hal", "Character:wexcombes", "Person:mr quill", "Film:korean", "Person:rosalie"},
		},
		{
			name:    "X spin-off Y",
			text:    "News\n\nThe Glass Tide spin-off Harbour Dawn has found its lead. Its HBO spin-off Brine Road is next.",
			want:    []string{"SPIN_OFF_OF harbour dawn -> glass tide"},
			wantEnt: []string{"Film:glass tide", "Film:harbour dawn"},
			notEnt:  []string{"Franchise:glass tide", "Film:hbo"},
		},
		{
			name:    "title worker",
			text:    "News\n\nTin Harbour creator Ada Quist spoke to us. So did Brine Road star Ivo Brandt.",
			wantEnt: []string{"Film:tin harbour", "Film:brine road", "Person:ada quist", "Person:ivo brandt"},
		},
		{
			name:    "company shapes",
			text:    "Glass Tide News\n\nNorthlight's live-action remake of Glass Tide opens in May. Kestrel president Ada Quist said so.",
			wantEnt: []string{"Organisation:northlight", "Organisation:kestrel"},
		},
		{
			name:   "not a company: a person's sequel to his own film",
			text:   "Glass Tide News\n\nAdam Bellweather's sequel to his 2000 hit picks up years later.",
			notEnt: []string{"Organisation:adam bellweather"},
		},
		{
			name:    "subtitle joined by a small word",
			text:    "News\n\nNorthlight has dated The Long Night: The Hunt for Silas. The Hunt for Silas will open in May.",
			notEnt:  []string{"Film:hunt", "Organisation:silas"},
			wantEnt: []string{"Film:long night: the hunt for silas"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ents, claims := subjectFacts(c.text)
			checkLines(t, claims, c.want, c.notWant)
			checkLines(t, ents, c.wantEnt, c.notEnt)
		})
	}
	_ = kg.Film
}
