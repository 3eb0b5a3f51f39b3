// A picture for Neo4j Browser's graph view: the events that acts cancel, postpone, revive or plan, with the
// acts, their actors and the statements about them: the first 12 acted-on events by date, so that one click in
// the guide draws it. No parameters.
MATCH (e:Event)<-[:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]-(:Event)
WITH DISTINCT e
ORDER BY e.dateStart, e.id
LIMIT 12
MATCH p = (e)<-[:CANCELS|POSTPONES|REVIVES|PLANS|WITHDRAWS]-(x:Event)
OPTIONAL MATCH q = (e)<-[:PARTICIPATED_IN]-(:Actor)
OPTIONAL MATCH r = (x)<-[:PARTICIPATED_IN]-(:Actor)
OPTIONAL MATCH s = (e)<-[:ABOUT]-(:Statement)<-[:SAID]-(:Actor)
RETURN p, q, r, s
