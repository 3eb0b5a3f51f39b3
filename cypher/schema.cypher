// Schema of the Chronograph graph, applied idempotently at start. No parameters.
// (:Article)-[:HAS_SENTENCE]->(:Sentence); (:Article)-[:MENTIONS]->(:Actor): the actors an article names
// (:Mention)-[:EVIDENCED_BY]->(:Sentence): one article's report of an event; (:Mention)-[:OF]->(:Event)
// (:Actor)-[:PARTICIPATED_IN {role}]->(:Event)-[:EVIDENCED_BY]->(:Sentence): one node per real-world event
// (:Event)-[:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]->(:Event): acts on planned events
// (:Actor)-[:SAID]->(:Statement)-[:EVIDENCED_BY]->(:Sentence); (:Statement)-[:ABOUT]->(:Event)
// (:Actor)-[:AFFILIATED_WITH {role}]->(:Actor); (:Actor)-[:SAME_AS]->(:Actor): a surname-only person is that one; (:WriteLock) serialises the event merge of concurrent writers
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (s:Sentence) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (a:Actor) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT mention_id IF NOT EXISTS FOR (m:Mention) REQUIRE m.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (s:Statement) REQUIRE s.id IS UNIQUE;
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (l:WriteLock) REQUIRE l.id IS UNIQUE;
CREATE INDEX actor_name IF NOT EXISTS FOR (a:Actor) ON (a.name);
CREATE TEXT INDEX actor_id_text IF NOT EXISTS FOR (a:Actor) ON (a.id);
CREATE INDEX event_date IF NOT EXISTS FOR (e:Event) ON (e.dateStart);
CREATE INDEX event_type IF NOT EXISTS FOR (e:Event) ON (e.type);
CREATE INDEX mention_type IF NOT EXISTS FOR (m:Mention) ON (m.type);
CREATE INDEX mention_type_date IF NOT EXISTS FOR (m:Mention) ON (m.type, m.dateStart);
CREATE INDEX mention_type_published IF NOT EXISTS FOR (m:Mention) ON (m.type, m.published);
CREATE INDEX event_type_date IF NOT EXISTS FOR (e:Event) ON (e.type, e.dateStart);
CREATE INDEX event_type_time IF NOT EXISTS FOR (e:Event) ON (e.type, e.time);
CREATE INDEX mention_article IF NOT EXISTS FOR (m:Mention) ON (m.article);
CREATE INDEX statement_article IF NOT EXISTS FOR (s:Statement) ON (s.article);
CREATE INDEX statement_date IF NOT EXISTS FOR (s:Statement) ON (s.dateStart);
CREATE INDEX article_sha256 IF NOT EXISTS FOR (a:Article) ON (a.sha256);
