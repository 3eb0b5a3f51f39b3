// What decides the status of events with a participant among the given actors: their mentions' statuses and
// the acts on them in date order. Parameters: $actorIds (list of actor ids)
MATCH (a:Actor)-[:PARTICIPATED_IN]->(e:Event)
WHERE a.id IN $actorIds
WITH DISTINCT e
RETURN e.id AS id, e.type AS type,
       [(m:Mention)-[:OF]->(e) | m.status] AS statuses,
       [(act:Event)-[r:CANCELS|POSTPONES|REVIVES|PLANS]->(e) | {type: type(r), date: toString(act.dateStart), id: act.id}] AS acts
