// The events an act may act on: events of the given types with a participant among the given actors, or those
// the given mentions belong to (through the actor and mention id indexes; no scan of events).
// Parameters: $types (list of event types), $actorIds (list), $mentionIds (list)
CALL {
  MATCH (x:Actor)-[:PARTICIPATED_IN]->(t:Event)
  WHERE x.id IN $actorIds AND t.type IN $types
  RETURN t
  UNION
  MATCH (m:Mention)-[:OF]->(t:Event)
  WHERE m.id IN $mentionIds
  RETURN t
}
RETURN t.id AS id, t.type AS type, toString(t.dateStart) AS dateStart,
       [(x:Actor)-[:PARTICIPATED_IN]->(t) | x.id] AS actorIds,
       [(m:Mention)-[:OF]->(t) | m.id] AS mentionIds
