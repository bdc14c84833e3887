package kg

import "testing"

func TestSlugAndID(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"particle name", "Ana de Armas", "ana-de-armas"},
		{"colon and en dash", "Mission: Impossible – Dead Reckoning", "mission-impossible-dead-reckoning"},
		{"accents", "Zoë Saldaña", "zoe-saldana"},
		{"hyphenated", "Sharon Duncan-Brewster", "sharon-duncan-brewster"},
		{"possessive", "Ocean's Eleven", "oceans-eleven"},
		{"only punctuation", "?!", "x"},
		{"streamer", "Disney+", "disney-plus"},
		{"streamer with a space", "Apple TV+", "apple-tv-plus"},
		{"plus inside", "Cat+Dog", "cat-plus-dog"},
		{"only a plus", "+", "plus"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Slug(tt.in); got != tt.want {
				t.Fatalf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
	if got := ID(Film, "The Matrix Reloaded"); got != "film:the-matrix-reloaded" {
		t.Fatalf("ID = %q", got)
	}
	if got := TypeOfID("organisation:weyland-yutani"); got != Organisation {
		t.Fatalf("TypeOfID = %q", got)
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ a, b string }{
		{"Castañeda", "castaneda"},
		{"JOHN  SMITH", "john smith"},
		{"Star Wars: Episode IV – A New Hope", "star wars: episode iv - a new hope"},
		{"O’Brien", "o'brien"},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			if Fold(tt.a) != Fold(tt.b) {
				t.Fatalf("Fold(%q)=%q != Fold(%q)=%q", tt.a, Fold(tt.a), tt.b, Fold(tt.b))
			}
		})
	}
}
