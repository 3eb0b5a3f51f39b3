// Possible duplicate events: two events of the same type, with the same participants and the same date
// (or both undated). After a correct merge this returns no rows. No parameters.
// Example: (none)
MATCH (e:Event)
WITH e, COLLECT { MATCH (x:Actor)-[:PARTICIPATED_IN]->(e) RETURN x.id ORDER BY x.id } AS participants
WITH e.type AS type, e.date AS date, participants, collect(e.id) AS ids
WHERE size(ids) > 1
RETURN type, date, participants, ids
ORDER BY type, date
