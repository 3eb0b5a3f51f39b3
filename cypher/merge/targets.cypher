// The events each act may act on: events of the act's target types with a participant among the act's actors,
// or those the act's target mentions belong to (through the actor and mention id indexes; no scan of events).
// One query for all the acts a merge links again.
// Parameters: $acts [{id, types (list of event types), actorIds (list), mentionIds (list)}]
UNWIND $acts AS act
CALL {
  WITH act
  MATCH (x:Actor)-[:PARTICIPATED_IN]->(t:Event)
  WHERE x.id IN act.actorIds AND t.type IN act.types
  RETURN t
  UNION
  WITH act
  MATCH (m:Mention)-[:OF]->(t:Event)
  WHERE m.id IN act.mentionIds
  RETURN t
}
RETURN act.id AS act, t.id AS id, t.type AS type, toString(t.dateStart) AS dateStart,
       [(x:Actor)-[:PARTICIPATED_IN]->(t) | x.id] AS actorIds,
       [(m:Mention)-[:OF]->(t) | m.id] AS mentionIds
