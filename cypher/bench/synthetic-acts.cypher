// Synthetic graph: links every hundredth event (a planned meeting) to the events that cancel and revive it.
// Parameters: $from, $to (integers: multiples of 100)
UNWIND range($from, $to - 1, 100) AS i
MATCH (m:Event {id: 'event:bench' + toString(i)}), (c:Event {id: 'event:bench' + toString(i + 1)}),
      (r:Event {id: 'event:bench' + toString(i + 2)})
CREATE (c)-[:CANCELS]->(m), (r)-[:REVIVES]->(m)
