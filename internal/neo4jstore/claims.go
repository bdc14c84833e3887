package neo4jstore

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"sort"

	"github.com/franchisekg/franchisekg/internal/kg"
)

// flatQualifiers are the claim qualifiers stored as properties of their own
// on a :Claim node; any other qualifier goes to the parallel lists
// qualKeys/qualValues.
var flatQualifiers = map[string]bool{kg.QualCharacter: true, kg.QualRole: true, kg.QualJob: true, kg.QualFilm: true, "precision": true}

// ClaimID returns the stable id of a claim: "claim:" and a hash of subject,
// relation, object, property, value and the sorted non-empty qualifiers. Two
// articles stating the same thing give the same id, so they share one
// :Claim node.
func ClaimID(c kg.Claim) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s|%s|%s|%s|%s", c.Subject, c.Relation, c.Object, c.Property, c.Value)
	for _, k := range sortedQualifierKeys(c.Qualifiers) {
		fmt.Fprintf(h, "|%s=%s", k, c.Qualifiers[k])
	}
	return "claim:" + hex.EncodeToString(h.Sum(nil))[:24]
}

// sortedQualifierKeys returns the keys of q with non-empty values, sorted.
func sortedQualifierKeys(q map[string]string) []string {
	keys := make([]string, 0, len(q))
	for k, v := range q {
		if v != "" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	return keys
}

// claimProps returns the properties of a new :Claim node for c.
func claimProps(id string, c kg.Claim) map[string]any {
	p := map[string]any{"id": id, "subject": c.Subject, "rejected": false}
	if c.IsRelation() {
		p["relation"] = string(c.Relation)
		p["object"] = c.Object
	} else {
		p["property"] = c.Property
		p["value"] = c.Value
	}
	var xk, xv []string
	for _, k := range sortedQualifierKeys(c.Qualifiers) {
		if flatQualifiers[k] {
			p[k] = c.Qualifiers[k]
		} else {
			xk, xv = append(xk, k), append(xv, c.Qualifiers[k])
		}
	}
	if len(xk) > 0 {
		p["qualKeys"], p["qualValues"] = xk, xv
	}
	return p
}

// claimQualifiers rebuilds the non-empty qualifiers of a claim from the
// properties of its node.
func claimQualifiers(p map[string]any) map[string]string {
	q := map[string]string{}
	for k := range flatQualifiers {
		if v, ok := p[k].(string); ok && v != "" {
			q[k] = v
		}
	}
	ks, vs := strList(p["qualKeys"]), strList(p["qualValues"])
	for i := range ks {
		if i < len(vs) && vs[i] != "" {
			q[ks[i]] = vs[i]
		}
	}
	if len(q) == 0 {
		return nil
	}
	return q
}
