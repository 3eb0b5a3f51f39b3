// Events for the timeline, from candidate ids (timeline-by-*.cypher), with every filter applied.
// Parameters: $eventIds (list of candidate event ids),
//             $actorIds (list of lists of actor ids: for each wanted actor, one of its ids takes part; [] for any),
//             $from, $to (YYYY-MM-DD or null; an event is kept when its date range overlaps [from, to]),
//             $types, $statuses (lists; [] for any), $minSources (integer)
UNWIND $eventIds AS id
MATCH (e:Event {id: id})
WHERE (size($types) = 0 OR e.type IN $types)
  AND (size($statuses) = 0 OR e.status IN $statuses)
  AND coalesce(e.sources, 1) >= $minSources
  AND all(ids IN $actorIds WHERE EXISTS {
        MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN ids })
  AND ($from IS NULL OR e.dateEnd >= date($from))
  AND ($to IS NULL OR e.dateStart <= date($to))
CALL {
  WITH e
  MATCH (a:Actor)-[p:PARTICIPATED_IN]->(e)
  RETURN collect({name: a.name, type: a.type, role: p.role}) AS actors
}
CALL {
  WITH e
  MATCH (e)-[:EVIDENCED_BY]->(s:Sentence)<-[:HAS_SENTENCE]-(art:Article)
  WITH art, s ORDER BY art.published, art.id, s.begin
  RETURN collect({article: art.id, url: art.url, sentence: s.text}) AS sources
}
RETURN e.id AS id, e.type AS type, e.cameo AS cameo, e.plover AS plover, e.date AS date,
       e.datePrecision AS datePrecision, e.status AS status, e.trigger AS trigger, e.place AS place,
       e.target AS target, coalesce(e.sources, 1) AS sourceCount, actors, sources,
       [(e)-[r:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]->(t:Event) | {relation: type(r), event: t.id}] AS actsOn,
       [(x:Event)-[r:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]->(e) | {relation: type(r), event: x.id}] AS actedOnBy
ORDER BY e.dateStart, e.id
