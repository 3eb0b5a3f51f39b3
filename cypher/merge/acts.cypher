// The given acts on events (cancel, revive, plan, withdraw), with what their mentions say of the target and the
// events they are linked to now. Parameters: $ids (list of event ids), $actTypes (the act types: EventType.actTypeNames())
UNWIND $ids AS id
MATCH (e:Event {id: id})
WHERE e.type IN $actTypes
RETURN e.id AS id, e.type AS type, toString(e.dateStart) AS dateStart, toString(e.time) AS time,
       [(x:Actor)-[:PARTICIPATED_IN]->(e) | x.id] AS actorIds,
       [(m:Mention)-[:OF]->(e) | m.trigger] AS triggers,
       [(m:Mention)-[:OF]->(e) WHERE m.targetType IS NOT NULL | m.targetType] AS targetTypes,
       [(m:Mention)-[:OF]->(e) WHERE m.targetMention IS NOT NULL | m.targetMention] AS targetMentions,
       [(e)-[:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]->(t:Event) | t.id] AS targets
