// Sets event statuses. Parameters: $statuses [{id, status}]
UNWIND $statuses AS s
MATCH (e:Event {id: s.id})
SET e.status = s.status
