// Neo4j schema of franchisekg, applied idempotently by `serve` and `load`.
// One statement per line-group, separated by semicolons.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT character_id IF NOT EXISTS FOR (n:Character) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT film_id IF NOT EXISTS FOR (n:Film) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organisation_id IF NOT EXISTS FOR (n:Organisation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT franchise_id IF NOT EXISTS FOR (n:Franchise) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT correction_id IF NOT EXISTS FOR (n:Correction) REQUIRE n.id IS UNIQUE;
CREATE FULLTEXT INDEX entity_fulltext IF NOT EXISTS FOR (n:Person|Character|Film|Organisation|Franchise) ON EACH [n.name, n.title, n.aliasText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: false}};
// store: entities awaiting Refresh, corrections by target, the learned
// classifier's evidence (only it has a method)
CREATE INDEX entity_stale IF NOT EXISTS FOR (n:Entity) ON (n.stale);
CREATE INDEX evidence_method IF NOT EXISTS FOR ()-[e:EVIDENCE]-() ON (e.method);
CREATE INDEX correction_target IF NOT EXISTS FOR (n:Correction) ON (n.kind, n.target);
// Read side of the API: portrayals per film, keyset listing by name.
CREATE INDEX claim_film IF NOT EXISTS FOR (n:Claim) ON (n.film);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX character_name IF NOT EXISTS FOR (n:Character) ON (n.name);
CREATE INDEX film_name IF NOT EXISTS FOR (n:Film) ON (n.name);
CREATE INDEX organisation_name IF NOT EXISTS FOR (n:Organisation) ON (n.name);
CREATE INDEX franchise_name IF NOT EXISTS FOR (n:Franchise) ON (n.name);
