// Replaces the lifecycle links of the given acts. Parameters: $acts (list of act event ids),
// $links [{from, to, type}] with type one of CANCELS, POSTPONES, REVIVES, PLANS, WITHDRAWS
OPTIONAL MATCH (a:Event)-[r:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]->()
WHERE a.id IN $acts
DELETE r
WITH count(*) AS done
UNWIND $links AS l
MATCH (a:Event {id: l.from}), (b:Event {id: l.to})
FOREACH (_ IN CASE WHEN l.type = 'CANCELS' THEN [1] ELSE [] END | MERGE (a)-[:CANCELS]->(b))
FOREACH (_ IN CASE WHEN l.type = 'POSTPONES' THEN [1] ELSE [] END | MERGE (a)-[:POSTPONES]->(b))
FOREACH (_ IN CASE WHEN l.type = 'REVIVES' THEN [1] ELSE [] END | MERGE (a)-[:REVIVES]->(b))
FOREACH (_ IN CASE WHEN l.type = 'PLANS' THEN [1] ELSE [] END | MERGE (a)-[:PLANS]->(b))
FOREACH (_ IN CASE WHEN l.type = 'WITHDRAWS' THEN [1] ELSE [] END | MERGE (a)-[:WITHDRAWS]->(b))
