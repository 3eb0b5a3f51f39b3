// The actors of a type that take part in most events, to time their timelines (hubs, frequent persons).
// Parameters: $type ('PERSON', 'GPE', ...), $limit (how many)
MATCH (a:Actor {type: $type})
RETURN a.name AS name, COUNT { (a)-[:PARTICIPATED_IN]->() } AS events
ORDER BY events DESC, name
LIMIT $limit
