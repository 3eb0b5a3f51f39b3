// Links acts to the events they act on: CANCELS, REVIVES, PLANS, WITHDRAWS.
// Parameters: $links [{from, to, type}] with type one of CANCEL, REVIVE, PLAN, WITHDRAW
UNWIND $links AS l
MATCH (a:Event {id: l.from}), (b:Event {id: l.to})
FOREACH (_ IN CASE WHEN l.type = 'CANCEL' THEN [1] ELSE [] END | MERGE (a)-[:CANCELS]->(b))
FOREACH (_ IN CASE WHEN l.type = 'REVIVE' THEN [1] ELSE [] END | MERGE (a)-[:REVIVES]->(b))
FOREACH (_ IN CASE WHEN l.type = 'PLAN' THEN [1] ELSE [] END | MERGE (a)-[:PLANS]->(b))
FOREACH (_ IN CASE WHEN l.type = 'WITHDRAW' THEN [1] ELSE [] END | MERGE (a)-[:WITHDRAWS]->(b))
