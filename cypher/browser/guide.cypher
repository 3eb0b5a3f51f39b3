// What the Chronograph guide in Neo4j Browser says of this store: counts, and sample values for the library
// queries' parameters from this store (the actor in most events, the pair that met most often, the event with
// the most acts and reports). Samples are null in an empty store. No parameters.
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (a:Actor) RETURN count(a) AS actors }
CALL { MATCH (e:Event) RETURN count(e) AS events }
CALL { MATCH (e:Event:Cancelled) RETURN count(e) AS cancelled }
CALL { MATCH (s:Statement) RETURN count(s) AS statements }
CALL { MATCH (:Event)-[r:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]->(:Event) RETURN count(r) AS acts }
CALL {
  OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)
  WITH a, count(e) AS n ORDER BY n DESC, a.name LIMIT 1
  RETURN a.name AS actor
}
CALL {
  OPTIONAL MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event {type: 'MEET'})<-[:PARTICIPATED_IN]-(b:Actor)
  WHERE a.name < b.name
  WITH a, b, count(e) AS n ORDER BY n DESC, a.name, b.name LIMIT 1
  RETURN a.name AS actorA, b.name AS actorB
}
CALL {
  OPTIONAL MATCH (e:Event)
  WITH e, COUNT { (e)<-[:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]-(:Event) } AS acts,
       COUNT { (:Mention)-[:OF]->(e) } AS reports
  ORDER BY acts DESC, reports DESC, e.id LIMIT 1
  RETURN e.id AS event
}
RETURN articles, actors, events, cancelled, statements, acts, actor, actorA, actorB, event
