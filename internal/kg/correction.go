package kg

import "time"

// Correction kinds: an editor's fix that survives reloads.
const (
	CorrectionAlias  = "alias"  // Target: entity id; Value: the alias added
	CorrectionMerge  = "merge"  // Target: the kept entity id; Value: the merged (absorbed) entity id
	CorrectionReject = "reject" // Target: claim id; Reason: why the claim is wrong
)

// Correction is one editor correction as stored. Undone corrections stay
// listed (with Undone set) so the history of edits is kept.
type Correction struct {
	ID        string    `json:"id"`
	Kind      string    `json:"kind"`
	Target    string    `json:"target"`
	Value     string    `json:"value,omitempty"`
	Reason    string    `json:"reason,omitempty"`
	CreatedAt time.Time `json:"createdAt"`
	Undone    bool      `json:"undone"`
}
