// The events that cite at least one of the given articles, with what scoring a saga needs (evaluate --timelines).
// Parameters: $articles (list of article ids)
// Example: :param articles => ['12-singapore-summit-set', '13-singapore-summit-called-off']
MATCH (art:Article)-[:HAS_SENTENCE]->(:Sentence)<-[:EVIDENCED_BY]-(e:Event)
WHERE art.id IN $articles
WITH DISTINCT e
CALL {
  WITH e
  MATCH (a:Actor)-[:PARTICIPATED_IN]->(e)
  RETURN collect({name: a.name, aliases: coalesce(a.aliases, [])}) AS actors
}
CALL {
  WITH e
  MATCH (e)-[:EVIDENCED_BY]->(:Sentence)<-[:HAS_SENTENCE]-(x:Article)
  RETURN collect(DISTINCT x.id) AS cites
}
RETURN e.id AS id, e.type AS type, e.date AS date, e.status AS status, e.place AS place, actors, cites,
       [(e)-[:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]->(t:Event) | t.id] AS actsOn
ORDER BY e.id
