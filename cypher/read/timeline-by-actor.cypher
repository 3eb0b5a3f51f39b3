// Candidates for the timeline of an actor: the events it takes part in that may overlap [from, to], and the
// statements any of the wanted speakers made (through the actor_id index and relationships; no scan).
// Parameters: $actorId (string) the actor to start from, $speakerIds (list of actor ids),
//             $from, $to (YYYY-MM-DD or null for open)
CALL {
  MATCH (a:Actor {id: $actorId})-[:PARTICIPATED_IN]->(e:Event)
  USING INDEX a:Actor(id)
  WHERE ($from IS NULL OR e.dateEnd >= date($from)) AND ($to IS NULL OR e.dateStart <= date($to))
  RETURN collect(e.id) AS eventIds
}
CALL {
  UNWIND $speakerIds AS sid
  MATCH (sp:Actor {id: sid})-[:SAID]->(st:Statement)
  USING INDEX sp:Actor(id)
  WHERE ($from IS NULL OR st.dateStart >= date($from)) AND ($to IS NULL OR st.dateStart <= date($to))
  RETURN collect(st.id) AS statementIds
}
RETURN eventIds, statementIds
