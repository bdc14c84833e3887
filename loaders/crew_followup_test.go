package loaders

import "testing"

// TestDirectorFilms checks that a director named in a phrase that names
// the film gets that film, not the film at hand: "F, from T director P",
// "wrapped F for director P", "directed F and its follow-up G".
func TestDirectorFilms(t *testing.T) {
	const head = " date 2026-05-01\n'Iron Creek' Sets Its Cast\n\nIron Creek, a western from Neon, arrives in September. "
	cases := []struct {
		name      string
		text      string
		want, not []string
	}{
		{"from a title's director", "Next weekend brings the horror mystery Night Drive, from Barbarian director Zach Crane, and Paper Moon.",
			[]string{"DIRECTED zach crane -> night drive"}, []string{"DIRECTED zach crane -> iron creek"}},
		{"for director", "Kate Lind recently wrapped the indie drama Dry Acre for director Hannah Brisbane.",
			[]string{"DIRECTED hannah brisbane -> dry acre"}, []string{"DIRECTED hannah brisbane -> iron creek"}},
		{"by a person's protege", "In the 1988 western Bluebell Road, directed by Hal Ashton's protege Ned Colley, he was Colonel Jedediah Rook.",
			[]string{"DIRECTED ned colley -> bluebell road"}, []string{"DIRECTED hal ashton -> bluebell road"}},
		{"designed films", "Dennis Gart also designed Night Drive and Salt Pans 2 for Sam Moss.",
			[]string{"WORKED_ON dennis gart -> night drive", "WORKED_ON dennis gart -> salt pans 2"}, []string{"DIRECTED dennis gart -> night drive"}},
		{"dated possessive title", "Dai Moss, who directed last year's period prequel Night Harbor 2, is executive producing.",
			[]string{"DIRECTED dai moss -> night harbor 2"}, []string{"DIRECTED dai moss -> iron creek"}},
		{"and its follow-up", "Bo Lee, who directed the 2000 original Harbor Lights and its 2001 follow-up Harbor Lights 2, returns.",
			[]string{"DIRECTED bo lee -> harbor lights", "DIRECTED bo lee -> harbor lights 2"}, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := localFacts(t, head+c.text+"\n")
			checkLines(t, got, c.want, c.not)
		})
	}
}
