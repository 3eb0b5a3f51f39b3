// Links persons to the state they serve ("President of Chile"): (:Actor)-[:AFFILIATED_WITH {role}]->(:Actor).
// Parameters: $affiliations [{personId, stateId, stateName, role}]
UNWIND $affiliations AS x
MATCH (p:Actor {id: x.personId})
MERGE (c:Actor {id: x.stateId})
ON CREATE SET c.name = x.stateName, c.type = 'GPE', c.aliases = []
MERGE (p)-[r:AFFILIATED_WITH]->(c)
SET r.role = coalesce(x.role, r.role)
