// Candidates for an unfiltered timeline: every event and statement (an export; filters narrow it by index).
// No parameters.
CALL {
  MATCH (e:Event)
  RETURN collect(e.id) AS eventIds
}
CALL {
  MATCH (st:Statement)
  RETURN collect(st.id) AS statementIds
}
RETURN eventIds, statementIds
