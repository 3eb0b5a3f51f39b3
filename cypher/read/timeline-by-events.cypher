// Candidates for the timeline of given events (one event's history): the events and the statements about them.
// Parameters: $eventIds (list of event ids)
CALL {
  UNWIND $eventIds AS id
  MATCH (e:Event {id: id})
  RETURN collect(e.id) AS eventIds
}
CALL {
  UNWIND $eventIds AS id
  MATCH (:Event {id: id})<-[:ABOUT]-(st:Statement)
  RETURN collect(DISTINCT st.id) AS statementIds
}
RETURN eventIds, statementIds
