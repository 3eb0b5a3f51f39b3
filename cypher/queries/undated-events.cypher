// Events without a date: what the text did not date, with the sentences to check by hand.
// No parameters.
// Example: (none)
MATCH (e:Event)
WHERE e.date IS NULL
RETURN e.id AS id, e.type AS type, e.status AS status, [(x:Actor)-[:PARTICIPATED_IN]->(e) | x.name] AS actors,
       [(e)-[:EVIDENCED_BY]->(s:Sentence) | s.text] AS sentences
ORDER BY e.type, e.id
