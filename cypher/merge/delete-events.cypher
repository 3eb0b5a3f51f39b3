// Deletes the events built from the given mentions (they are built again), and events left without mentions.
// Parameters: $mentionIds (list of mention ids)
OPTIONAL MATCH (m:Mention)-[:OF]->(e:Event)
WHERE m.id IN $mentionIds
DETACH DELETE e
WITH count(*) AS done
MATCH (e:Event)
WHERE NOT EXISTS { MATCH (:Mention)-[:OF]->(e) }
DETACH DELETE e
