// Sets event statuses, and the status label beside them (see events.cypher). Parameters: $statuses [{id, status}]
UNWIND $statuses AS s
MATCH (e:Event {id: s.id})
SET e.status = s.status
REMOVE e:Planned:Happened:Cancelled:Hypothetical
SET e:$(CASE s.status WHEN 'planned' THEN 'Planned' WHEN 'cancelled' THEN 'Cancelled'
                      WHEN 'hypothetical' THEN 'Hypothetical' ELSE 'Happened' END)
