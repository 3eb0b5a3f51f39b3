// The meet -> cancel -> revive pattern: planned meetings that were called off (or postponed) and later revived,
// with who acted when and what became of the meeting. No parameters.
// Example: (none)
MATCH (c:Event)-[:CANCELS|POSTPONES]->(m:Event {type: 'MEET'})<-[:REVIVES]-(r:Event)
WHERE c.dateStart IS NULL OR r.dateStart IS NULL OR c.dateStart <= r.dateStart
RETURN m.id AS meeting, m.date AS meetingDate, m.place AS place, m.status AS status,
       [(x:Actor)-[:PARTICIPATED_IN]->(m) | x.name] AS participants,
       c.id AS cancel, c.date AS cancelledOn, [(x:Actor)-[:PARTICIPATED_IN]->(c) | x.name] AS cancelledBy,
       r.id AS revive, r.date AS revivedOn, [(x:Actor)-[:PARTICIPATED_IN]->(r) | x.name] AS revivedBy
ORDER BY m.dateStart, m.id, c.dateStart, r.dateStart
