// Timeline of one actor: the events it takes part in and the statements it made, oldest first, undated last.
// Parameters: $actor (string) a name or alias, any case.
// Example: :param actor => 'Ingrid Halvorsen'
MATCH (a:Actor)
WHERE toLower(a.name) = toLower($actor) OR toLower($actor) IN [x IN coalesce(a.aliases, []) | toLower(x)]
CALL {
  WITH a
  MATCH (a)-[:PARTICIPATED_IN]->(e:Event)
  RETURN 'event' AS kind, e.id AS id, e.type AS what, e.date AS date, e.dateStart AS sortDate, e.status AS status,
         [(o:Actor)-[:PARTICIPATED_IN]->(e) WHERE o <> a | o.name] AS with, e.sources AS sources
  UNION ALL
  WITH a
  MATCH (a)-[:SAID]->(s:Statement)
  RETURN 'statement' AS kind, s.id AS id, s.text AS what, s.date AS date, s.dateStart AS sortDate,
         null AS status, [] AS with, 1 AS sources
}
RETURN a.name AS actor, kind, id, what, date, status, with, sources
ORDER BY sortDate IS NULL, sortDate, id
