// The mention ids of the given events, to tell which merged groups are unchanged. Parameters: $eventIds (list)
UNWIND $eventIds AS eid
MATCH (e:Event {id: eid})
RETURN e.id AS id, [(m:Mention)-[:OF]->(e) | m.id] AS mentionIds
