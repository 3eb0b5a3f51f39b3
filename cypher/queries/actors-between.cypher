// Timeline between two actors: the events both take part in, oldest first, with how many articles report each.
// Parameters: $actorA, $actorB (strings) names or aliases, any case.
// Example: :param {actorA: 'Ingrid Halvorsen', actorB: 'Tomás Reyes'}
MATCH (a:Actor), (b:Actor)
WHERE (toLower(a.name) = toLower($actorA) OR toLower($actorA) IN [x IN coalesce(a.aliases, []) | toLower(x)])
  AND (toLower(b.name) = toLower($actorB) OR toLower($actorB) IN [x IN coalesce(b.aliases, []) | toLower(x)])
  AND a <> b
MATCH (a)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b)
RETURN e.id AS id, e.type AS type, e.date AS date, e.status AS status, e.place AS place, e.sources AS sources,
       [(e)-[r:CANCELS|POSTPONES|REVIVES|PLANS]->(t:Event) | type(r) + ' ' + t.id] AS actsOn
ORDER BY e.dateStart IS NULL, e.dateStart, e.id
