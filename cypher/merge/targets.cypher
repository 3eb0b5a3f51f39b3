// The events each act may act on: events of the act's target types within 365 days of it (its date, else its
// first report) with a participant among the act's actors, or those the act's target mentions belong to
// (through the event_type_time and mention id indexes; no walk from an actor through all its events).
// Parameters: $acts [{id, time (YYYY-MM-DD or null), types (list of event types), actorIds (list),
//   mentionIds (list)}]
UNWIND $acts AS act
CALL {
  WITH act
  WITH act WHERE act.time IS NOT NULL
  MATCH (t:Event)
  USING INDEX t:Event(type, time)
  WHERE t.type IN act.types
    AND t.time >= date(act.time) - duration({days: 365}) AND t.time <= date(act.time) + duration({days: 365})
    AND EXISTS { MATCH (x:Actor)-[:PARTICIPATED_IN]->(t) WHERE x.id IN act.actorIds }
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
