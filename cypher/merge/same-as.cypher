// Records which surname-only person is which full-name person (recomputed whenever a person of that surname
// is written): the old links of each given person are removed, the new ones made.
// Parameters: $persons (ids of the surname-only persons decided), $links [{from, to}]
UNWIND $persons AS k
OPTIONAL MATCH (:Actor {id: k})-[r:SAME_AS]->()
DELETE r
WITH count(*) AS cleared
UNWIND $links AS l
MATCH (k:Actor {id: l.from}), (f:Actor {id: l.to})
MERGE (k)-[:SAME_AS]->(f)
