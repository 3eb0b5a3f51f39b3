// The pairs of actors who meet most: distinct meetings, calls and visits both take part in.
// Parameters: $limit (integer) how many pairs.
// Example: :param limit => 10
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Actor)
WHERE e.type IN ['MEET', 'CALL', 'VISIT'] AND a.name < b.name
RETURN a.name AS actorA, b.name AS actorB, count(DISTINCT e) AS meetings,
       collect(DISTINCT e.date)[0..5] AS someDates
ORDER BY meetings DESC, actorA, actorB
LIMIT $limit
