// The events an act may act on: events of the given types with a participant among the given actors, or those
// the given mentions belong to. Parameters: $types (list of event types), $actorIds (list), $mentionIds (list)
MATCH (t:Event)
WHERE (t.type IN $types AND EXISTS { MATCH (x:Actor)-[:PARTICIPATED_IN]->(t) WHERE x.id IN $actorIds })
   OR EXISTS { MATCH (m:Mention)-[:OF]->(t) WHERE m.id IN $mentionIds }
RETURN t.id AS id, t.type AS type, toString(t.dateStart) AS dateStart,
       [(x:Actor)-[:PARTICIPATED_IN]->(t) | x.id] AS actorIds,
       [(m:Mention)-[:OF]->(t) | m.id] AS mentionIds
