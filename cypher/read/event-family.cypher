// The whole history of one event: the event itself and every act on it (plans, cancellations, revivals).
// Parameters: $event (string) an event id.
MATCH (e:Event {id: $event})
RETURN [e.id] + [(x:Event)-[:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]->(e) | x.id] AS ids
