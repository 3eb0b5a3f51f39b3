// The acts on events (cancel, revive, plan, withdraw) within 365 days of an event and naming one of its
// actors: the acts that may now choose it as their target (through the event_type_time index).
// Parameters: $events [{time (YYYY-MM-DD), actorIds (list)}]
UNWIND $events AS w
MATCH (act:Event)
WHERE act.type IN ['CANCEL', 'REVIVE', 'PLAN', 'WITHDRAW']
  AND act.time >= date(w.time) - duration({days: 365}) AND act.time <= date(w.time) + duration({days: 365})
  AND EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(act) WHERE a.id IN w.actorIds }
RETURN DISTINCT act.id AS id
