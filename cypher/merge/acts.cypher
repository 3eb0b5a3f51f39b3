// Acts on events (cancel, revive, plan, withdraw) with a participant among the given actors, with what their
// mentions say of the target. Parameters: $actorIds (list of actor ids)
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)
WHERE a.id IN $actorIds AND e.type IN ['CANCEL', 'REVIVE', 'PLAN', 'WITHDRAW']
WITH DISTINCT e
RETURN e.id AS id, e.type AS type, toString(e.dateStart) AS dateStart,
       [(x:Actor)-[:PARTICIPATED_IN]->(e) | x.id] AS actorIds,
       [(m:Mention)-[:OF]->(e) | m.trigger] AS triggers,
       [(m:Mention)-[:OF]->(e) WHERE m.targetType IS NOT NULL | m.targetType] AS targetTypes,
       [(m:Mention)-[:OF]->(e) WHERE m.targetMention IS NOT NULL | m.targetMention] AS targetMentions
