// Candidates for a timeline between two dates, through the date indexes: events and statements that start in
// [from, to], and the month and year spans that started before $from and run into it (a span starts on the
// first day of its month or year, so two index seeks find them).
// Parameters: $from, $to (YYYY-MM-DD or null for open)
CALL {
  CALL {
    MATCH (e:Event)
    WHERE e.dateStart >= coalesce(date($from), date('0001-01-01')) AND e.dateStart <= coalesce(date($to), date('9999-12-31'))
    RETURN e
    UNION
    MATCH (e:Event)
    WHERE e.dateStart IN [date.truncate('month', date($from)), date.truncate('year', date($from))]
    RETURN e
  }
  RETURN collect(e.id) AS eventIds
}
CALL {
  CALL {
    MATCH (st:Statement)
    WHERE st.dateStart >= coalesce(date($from), date('0001-01-01')) AND st.dateStart <= coalesce(date($to), date('9999-12-31'))
    RETURN st
    UNION
    MATCH (st:Statement)
    WHERE st.dateStart IN [date.truncate('month', date($from)), date.truncate('year', date($from))]
    RETURN st
  }
  RETURN collect(st.id) AS statementIds
}
RETURN eventIds, statementIds
