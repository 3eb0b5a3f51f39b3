// Deletes the events built from the given mentions (they are built again), and the given events if no mention
// is left of them (their article changed). Parameters: $mentionIds (list of mention ids), $eventIds (list)
OPTIONAL MATCH (m:Mention)-[:OF]->(e:Event)
WHERE m.id IN $mentionIds
DETACH DELETE e
WITH count(*) AS done
MATCH (e:Event)
WHERE e.id IN $eventIds AND NOT EXISTS { MATCH (:Mention)-[:OF]->(e) }
DETACH DELETE e
