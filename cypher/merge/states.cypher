// What decides the status of the given events: their mentions' statuses and the acts on them in date order.
// Parameters: $ids (list of event ids)
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id, e.type AS type,
       [(m:Mention)-[:OF]->(e) | m.status] AS statuses,
       [(act:Event)-[r:CANCELS|POSTPONES|REVIVES|PLANS]->(e) | {type: type(r), date: toString(act.dateStart), id: act.id}] AS acts
