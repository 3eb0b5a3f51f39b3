// Before events are deleted to be built again: the acts linked to them and the events they act on, whose
// links and statuses must be decided again. Parameters: $eventIds (list of event ids)
UNWIND $eventIds AS eid
MATCH (e:Event {id: eid})
RETURN [(act:Event)-[:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]->(e) | act.id] AS acts,
       [(e)-[:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]->(t:Event) | t.id] AS targets
