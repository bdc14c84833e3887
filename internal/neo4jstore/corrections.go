package neo4jstore

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/franchisekg/franchisekg/internal/kg"
)

const (
	entityKeysCypher       = `MATCH (e:Entity {id: $id}) RETURN e.id AS id, e.keys AS keys, [l IN labels(e) WHERE l <> 'Entity'][0] AS type`
	claimByIDCypher        = `MATCH (c:Claim {id: $id}) RETURN c.rejected AS rejected`
	createCorrectionCypher = `CREATE (k:Correction) SET k = $props`
	correctionByIDCypher   = `MATCH (k:Correction {id: $id}) RETURN properties(k) AS k`
	listCorrectionsCypher  = `MATCH (k:Correction) RETURN properties(k) AS k ORDER BY k.createdAt, k.id`
	undoCorrectionCypher   = `MATCH (k:Correction {id: $id}) SET k.undone = true`
	markStaleCypher        = `UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e.stale = true`
	// merge: everything pointing at the absorbed node moves to the kept one
	mergeMentionsCypher = `MATCH (a:Article)-[r:MENTIONS]->(:Entity {id: $from})
MATCH (k:Entity {id: $to})
CREATE (a)-[r2:MENTIONS]->(k)
SET r2 = properties(r), r2.entity = coalesce(r.entity, $from)
DELETE r`
	mergeSubjectsCypher = `MATCH (c:Claim)-[r:SUBJECT]->(:Entity {id: $from})
MATCH (k:Entity {id: $to})
MERGE (c)-[:SUBJECT]->(k)
DELETE r`
	mergeObjectsCypher = `MATCH (c:Claim)-[r:OBJECT]->(:Entity {id: $from})
MATCH (k:Entity {id: $to})
MERGE (c)-[:OBJECT]->(k)
DELETE r
WITH c
MATCH (c)-[:SUBJECT]->(s:Entity)
SET s.stale = true`
	deleteEntityCypher = `MATCH (e:Entity {id: $id}) DETACH DELETE e`
	// undoing a merge: what was stated about orig moves back from the kept
	// node to the node orig resolves to now (re-created if needed)
	splitMentionsCypher = `MATCH (a:Article)-[r:MENTIONS {entity: $orig}]->(:Entity {id: $from})
MERGE (t:Entity {id: $to})
  ON CREATE SET t:$($type), t.name = r.name
CREATE (a)-[r2:MENTIONS]->(t)
SET r2 = properties(r), t.stale = true
DELETE r`
	splitSubjectsCypher = `MATCH (c:Claim {subject: $orig})-[r:SUBJECT]->(:Entity {id: $from})
MATCH (t:Entity {id: $to})
MERGE (c)-[:SUBJECT]->(t)
SET t.stale = true
DELETE r`
	splitObjectsCypher = `MATCH (c:Claim {object: $orig})-[r:OBJECT]->(:Entity {id: $from})
MATCH (t:Entity {id: $to})
MERGE (c)-[:OBJECT]->(t)
DELETE r
WITH c
MATCH (c)-[:SUBJECT]->(s:Entity)
SET s.stale = true`
	rejectClaimCypher = `MATCH (c:Claim {id: $id})
SET c.rejected = $rejected, c.rejectReason = $reason
WITH c
MATCH (c)-[:SUBJECT|OBJECT]->(e:Entity)
SET e.stale = true`
)

// correctionID returns a stable id for a correction made at one instant.
func correctionID(kind, target, value string, at time.Time) string {
	h := sha256.Sum256([]byte(fmt.Sprintf("%s|%s|%s|%d", kind, target, value, at.UnixNano())))
	return "correction:" + hex.EncodeToString(h[:])[:16]
}

func newCorrection(kind, target, value, reason string) kg.Correction {
	at := time.Now().UTC().Truncate(time.Millisecond)
	return kg.Correction{ID: correctionID(kind, target, value, at), Kind: kind, Target: target, Value: value, Reason: reason, CreatedAt: at}
}

func correctionProps(k kg.Correction) map[string]any {
	return map[string]any{"id": k.ID, "kind": k.Kind, "target": k.Target, "value": k.Value, "reason": k.Reason,
		"createdAt": k.CreatedAt, "undone": k.Undone}
}

func correctionFromProps(p map[string]any) kg.Correction {
	k := kg.Correction{ID: str(p["id"]), Kind: str(p["kind"]), Target: str(p["target"]), Value: str(p["value"]),
		Reason: str(p["reason"])}
	if t, ok := p["createdAt"].(time.Time); ok {
		k.CreatedAt = t.UTC()
	}
	k.Undone, _ = p["undone"].(bool)
	return k
}

// cleanText trims s and checks it is a usable one-line editor value.
func cleanText(what, s string) (string, error) {
	s = strings.TrimSpace(s)
	switch {
	case s == "":
		return "", fmt.Errorf("%s is empty: %w", what, kg.ErrInvalidInput)
	case strings.ContainsAny(s, "\n\r"):
		return "", fmt.Errorf("%s %q spans lines: %w", what, s, kg.ErrInvalidInput)
	case len(s) > 500:
		return "", fmt.Errorf("%s is longer than 500 bytes: %w", what, kg.ErrInvalidInput)
	}
	return s, nil
}

// entityInfo returns the type and keys of an entity, or an error wrapping
// kg.ErrNotFound.
func entityInfo(ctx context.Context, tx neo4j.ManagedTransaction, id string) (kg.NodeType, []string, error) {
	rows, err := collectRows(ctx, tx, entityKeysCypher, map[string]any{"id": id})
	if err != nil {
		return "", nil, err
	}
	if len(rows) == 0 {
		return "", nil, fmt.Errorf("entity %q: %w", id, kg.ErrNotFound)
	}
	return kg.NodeType(str(rows[0]["type"])), strList(rows[0]["keys"]), nil
}

// correct runs fn and records k in one write transaction, then refreshes
// the entities it marked stale. It returns k, or fn's or Neo4j's error.
func (s *Store) correct(ctx context.Context, k kg.Correction, fn func(tx neo4j.ManagedTransaction) error) (kg.Correction, error) {
	_, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		if err := fn(tx); err != nil {
			return nil, err
		}
		_, err := run(ctx, tx, createCorrectionCypher, map[string]any{"props": correctionProps(k)})
		return nil, err
	})
	if err != nil {
		return kg.Correction{}, err
	}
	if _, err := s.Refresh(ctx); err != nil {
		return k, err
	}
	return k, nil
}

// AddAlias records an editor alias for an entity: it becomes one of the
// entity's aliases and lookup keys, and stays after any reload. It returns
// the correction, or an error wrapping kg.ErrNotFound (no such entity) or
// kg.ErrInvalidInput (empty or multi-line alias, or already a name of it).
func (s *Store) AddAlias(ctx context.Context, id, alias string) (kg.Correction, error) {
	alias, err := cleanText("alias", alias)
	if err != nil {
		return kg.Correction{}, err
	}
	k := newCorrection(kg.CorrectionAlias, id, alias, "")
	return s.correct(ctx, k, func(tx neo4j.ManagedTransaction) error {
		_, keys, err := entityInfo(ctx, tx, id)
		if err != nil {
			return err
		}
		for _, key := range keys {
			if key == kg.Fold(alias) {
				return fmt.Errorf("%q is already a name or alias of %s: %w", alias, id, kg.ErrInvalidInput)
			}
		}
		_, err = run(ctx, tx, markStaleCypher, map[string]any{"ids": []string{id}})
		return err
	})
}

// MergeEntities folds entity mergeID into keepID: every mention and claim
// of mergeID (with all their sources) moves to keepID, whose canonical name
// stays; mergeID's names become aliases of keepID, and later loads that
// produce mergeID again put its facts on keepID. It returns the correction,
// or an error wrapping kg.ErrNotFound (either entity missing) or
// kg.ErrInvalidInput (same entity, or different types).
func (s *Store) MergeEntities(ctx context.Context, keepID, mergeID string) (kg.Correction, error) {
	if keepID == mergeID {
		return kg.Correction{}, fmt.Errorf("cannot merge %q into itself: %w", keepID, kg.ErrInvalidInput)
	}
	k := newCorrection(kg.CorrectionMerge, keepID, mergeID, "")
	return s.correct(ctx, k, func(tx neo4j.ManagedTransaction) error {
		kt, _, err := entityInfo(ctx, tx, keepID)
		if err != nil {
			return err
		}
		mt, _, err := entityInfo(ctx, tx, mergeID)
		if err != nil {
			return err
		}
		if kt != mt {
			return fmt.Errorf("cannot merge %s (%s) into %s (%s): different types: %w", mergeID, mt, keepID, kt, kg.ErrInvalidInput)
		}
		p := map[string]any{"from": mergeID, "to": keepID}
		for _, c := range []string{mergeMentionsCypher, mergeSubjectsCypher, mergeObjectsCypher} {
			if _, err := run(ctx, tx, c, p); err != nil {
				return err
			}
		}
		if _, err := run(ctx, tx, deleteEntityCypher, map[string]any{"id": mergeID}); err != nil {
			return err
		}
		_, err = run(ctx, tx, markStaleCypher, map[string]any{"ids": []string{keepID}})
		return err
	})
}

// RejectClaim marks a claim rejected with the editor's reason: it stays
// stored with its sources but stops contributing to derived edges, entity
// properties and exports, also after reloads. It returns the correction, or
// an error wrapping kg.ErrNotFound (no such claim) or kg.ErrInvalidInput
// (empty reason, or the claim is already rejected).
func (s *Store) RejectClaim(ctx context.Context, claimID, reason string) (kg.Correction, error) {
	reason, err := cleanText("reason", reason)
	if err != nil {
		return kg.Correction{}, err
	}
	k := newCorrection(kg.CorrectionReject, claimID, "", reason)
	return s.correct(ctx, k, func(tx neo4j.ManagedTransaction) error {
		rows, err := collectRows(ctx, tx, claimByIDCypher, map[string]any{"id": claimID})
		if err != nil {
			return err
		}
		if len(rows) == 0 {
			return fmt.Errorf("claim %q: %w", claimID, kg.ErrNotFound)
		}
		if rows[0]["rejected"] == true {
			return fmt.Errorf("claim %q is already rejected: %w", claimID, kg.ErrInvalidInput)
		}
		_, err = run(ctx, tx, rejectClaimCypher, map[string]any{"id": claimID, "rejected": true, "reason": reason})
		return err
	})
}

// UndoCorrection undoes an editor correction: the alias goes, the merged
// entity comes back with its own mentions and claims, or the claim counts
// again. The correction stays listed, marked undone. It returns the updated
// correction, or an error wrapping kg.ErrNotFound (no such correction) or
// kg.ErrInvalidInput (already undone).
func (s *Store) UndoCorrection(ctx context.Context, correctionID string) (kg.Correction, error) {
	out, err := s.write(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		rows, err := collectRows(ctx, tx, correctionByIDCypher, map[string]any{"id": correctionID})
		if err != nil {
			return nil, err
		}
		if len(rows) == 0 {
			return nil, fmt.Errorf("correction %q: %w", correctionID, kg.ErrNotFound)
		}
		p, _ := rows[0]["k"].(map[string]any)
		k := correctionFromProps(p)
		if k.Undone {
			return nil, fmt.Errorf("correction %q is already undone: %w", correctionID, kg.ErrInvalidInput)
		}
		before, err := readCorrections(ctx, tx)
		if err != nil {
			return nil, err
		}
		if _, err := run(ctx, tx, undoCorrectionCypher, map[string]any{"id": k.ID}); err != nil {
			return nil, err
		}
		after, err := readCorrections(ctx, tx)
		if err != nil {
			return nil, err
		}
		k.Undone = true
		switch k.Kind {
		case kg.CorrectionAlias:
			_, err = run(ctx, tx, markStaleCypher, map[string]any{"ids": []string{k.Target}})
		case kg.CorrectionReject:
			reason, still := after.rejected[k.Target]
			_, err = run(ctx, tx, rejectClaimCypher, map[string]any{"id": k.Target, "rejected": still, "reason": nilIfEmpty(reason)})
		case kg.CorrectionMerge:
			err = splitMerged(ctx, tx, before, after)
		}
		return k, err
	})
	if err != nil {
		return kg.Correction{}, err
	}
	if _, err := s.Refresh(ctx); err != nil {
		return out.(kg.Correction), err
	}
	return out.(kg.Correction), nil
}

// splitMerged moves the mentions and claims of every original entity id
// whose resolution changed from before to after back to its new entity.
func splitMerged(ctx context.Context, tx neo4j.ManagedTransaction, before, after corrections) error {
	for orig := range before.merged {
		from, to := before.resolve(orig), after.resolve(orig)
		if from == to {
			continue
		}
		typ := kg.TypeOfID(to)
		if !typ.Valid() {
			typ = kg.TypeOfID(from)
		}
		p := map[string]any{"orig": orig, "from": from, "to": to, "type": string(typ)}
		for _, c := range []string{splitMentionsCypher, splitSubjectsCypher, splitObjectsCypher} {
			if _, err := run(ctx, tx, c, p); err != nil {
				return err
			}
		}
		if _, err := run(ctx, tx, markStaleCypher, map[string]any{"ids": []string{from, to}}); err != nil {
			return err
		}
	}
	return nil
}

// ListCorrections returns every editor correction, undone ones included,
// oldest first, or an error wrapping a kg error when Neo4j fails.
func (s *Store) ListCorrections(ctx context.Context) ([]kg.Correction, error) {
	out, err := s.read(ctx, func(tx neo4j.ManagedTransaction) (any, error) {
		return collectRows(ctx, tx, listCorrectionsCypher, nil)
	})
	if err != nil {
		return nil, err
	}
	rows := out.([]map[string]any)
	ks := make([]kg.Correction, 0, len(rows))
	for _, r := range rows {
		p, _ := r["k"].(map[string]any)
		ks = append(ks, correctionFromProps(p))
	}
	return ks, nil
}

func nilIfEmpty(s string) any {
	if s == "" {
		return nil
	}
	return s
}
