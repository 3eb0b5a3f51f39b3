// Schema of the Chronograph graph, applied idempotently at start. No parameters.
// (:Article)-[:HAS_SENTENCE]->(:Sentence); (:Actor)-[:PARTICIPATED_IN]->(:Event)-[:EVIDENCED_BY]->(:Sentence);
// (:Actor)-[:SAID]->(:Statement)-[:EVIDENCED_BY]->(:Sentence); (:Event)-[:CANCELS|REVIVES|PLANS|WITHDRAWS]->(:Event)
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.dateStart);
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX statement_date IF NOT EXISTS FOR (s:Statement) ON (s.dateStart);
