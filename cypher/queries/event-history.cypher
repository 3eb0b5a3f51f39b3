// The history of one planned event: when it was first reported, every act on it in date order with the
// status it left the event in (planned -> cancelled -> revived -> happened), and whether it took place.
// Parameters: $event (string) an event id (see meet-cancel-revive.cypher or actor-timeline.cypher).
// Example: :param event => 'event:0123456789abcdef'
MATCH (e:Event {id: $event})
CALL {
  WITH e
  MATCH (m:Mention)-[:OF]->(e)
  RETURN min(m.published) AS firstReported
}
CALL {
  WITH e
  OPTIONAL MATCH (act:Event)-[r:PLANS|CANCELS|POSTPONES|REVIVES]->(e)
  WITH act, r
  ORDER BY act.dateStart, act.id
  RETURN collect(CASE WHEN act IS NULL THEN null ELSE {
           date: act.date, step: type(r), id: act.id,
           status: CASE WHEN type(r) IN ['CANCELS', 'POSTPONES'] THEN 'cancelled' ELSE 'planned' END,
           by: [(x:Actor)-[:PARTICIPATED_IN]->(act) | x.name],
           evidence: head([(act)-[:EVIDENCED_BY]->(s:Sentence) | s.text])} END) AS acts
}
WITH e, [{date: firstReported, step: 'FIRST REPORTED', id: e.id, status: null, by: [], evidence: null}] + acts
        + CASE WHEN e.status = 'happened' THEN [{date: e.date, step: 'HELD', id: e.id, status: 'happened',
            by: [(x:Actor)-[:PARTICIPATED_IN]->(e) | x.name], evidence: head([(e)-[:EVIDENCED_BY]->(s:Sentence) | s.text])}]
          ELSE [] END AS steps
UNWIND range(0, size(steps) - 1) AS i
RETURN i AS step, steps[i].step AS what, steps[i].date AS date, steps[i].status AS statusAfter,
       steps[i].by AS by, steps[i].id AS id, steps[i].evidence AS evidence
ORDER BY step
