// The acts on events (cancel, revive, plan, withdraw) within 365 days of a written event and naming one of its
// actors, with what decides their target and the target they have now (current, null for none): the acts
// that may now choose that event (through the event_type_time index).
// Parameters: $events [{id, time (YYYY-MM-DD), actorIds (list)}], $actTypes (the act types: EventType.actTypeNames())
UNWIND $events AS w
MATCH (act:Event)
USING INDEX act:Event(type, time)
WHERE act.type IN $actTypes
  AND act.time >= date(w.time) - duration({days: 365}) AND act.time <= date(w.time) + duration({days: 365})
  AND EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(act) WHERE a.id IN w.actorIds }
WITH w, act, head([(act)-[:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]->(t:Event) | t]) AS cur
RETURN w.id AS event, act.id AS id, toString(act.dateStart) AS dateStart,
       [(x:Actor)-[:PARTICIPATED_IN]->(act) | x.id] AS actorIds,
       [(m:Mention)-[:OF]->(act) WHERE m.targetType IS NOT NULL | m.targetType] AS targetTypes,
       [(m:Mention)-[:OF]->(act) WHERE m.targetMention IS NOT NULL | m.targetMention] AS targetMentions,
       cur.id AS current, toString(cur.dateStart) AS currentDate,
       CASE WHEN cur IS NULL THEN [] ELSE [(x:Actor)-[:PARTICIPATED_IN]->(cur) | x.id] END AS currentActors,
       CASE WHEN cur IS NULL THEN [] ELSE [(m:Mention)-[:OF]->(cur) | m.id] END AS currentMentions
