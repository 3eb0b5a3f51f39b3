// Builds events from groups of mentions: properties, OF from each mention, the mentions' evidence sentences,
// participants; a second label names the type (:Event:MEET) and a third the status (:Planned, :Happened,
// :Cancelled, :Hypothetical), so that Neo4j Browser's styles colour events by type and mark cancelled ones.
// Parameters: $events [{id, type, cameo, plover, date, datePrecision, dateStart, dateEnd, status,
//   time, place, trigger, target, sources, mentionIds, participants: [{actorId, role}]}]
UNWIND $events AS e
MERGE (ev:Event {id: e.id})
SET ev.type = e.type, ev.cameo = e.cameo, ev.plover = e.plover, ev.date = e.date,
    ev.datePrecision = e.datePrecision,
    ev.dateStart = CASE WHEN e.dateStart IS NULL THEN null ELSE date(e.dateStart) END,
    ev.dateEnd = CASE WHEN e.dateEnd IS NULL THEN null ELSE date(e.dateEnd) END,
    ev.time = CASE WHEN e.time IS NULL THEN null ELSE date(e.time) END,
    ev.status = e.status, ev.trigger = e.trigger, ev.place = e.place, ev.target = e.target, ev.sources = e.sources
SET ev:$(e.type)
REMOVE ev:Planned:Happened:Cancelled:Hypothetical
SET ev:$(CASE e.status WHEN 'planned' THEN 'Planned' WHEN 'cancelled' THEN 'Cancelled'
                       WHEN 'hypothetical' THEN 'Hypothetical' ELSE 'Happened' END)
WITH ev, e
CALL {
  WITH ev, e
  UNWIND e.mentionIds AS mid
  MATCH (m:Mention {id: mid})
  MERGE (m)-[:OF]->(ev)
  WITH ev, m
  MATCH (m)-[:EVIDENCED_BY]->(s:Sentence)
  MERGE (ev)-[:EVIDENCED_BY]->(s)
}
CALL {
  WITH ev, e
  UNWIND e.participants AS p
  MATCH (a:Actor {id: p.actorId})
  MERGE (a)-[r:PARTICIPATED_IN]->(ev)
  SET r.role = p.role
}
