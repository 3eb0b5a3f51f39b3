// The events dated to a day or a month between two dates, of a mention's type and naming one of its actors:
// the dated events an undated or year-dated mention may join (through the event_type_date index).
// Parameters: $loose [{id, type, from, to, actorIds}] (from, to as YYYY-MM-DD strings)
UNWIND $loose AS l
MATCH (e:Event)
USING INDEX e:Event(type, dateStart)
WHERE e.type = l.type AND e.dateStart >= date(l.from) AND e.dateStart <= date(l.to)
  AND e.datePrecision IN ['day', 'month']
  AND EXISTS { MATCH (a:Actor)-[:PARTICIPATED_IN]->(e) WHERE a.id IN l.actorIds }
RETURN l.id AS loose, e.id AS event
