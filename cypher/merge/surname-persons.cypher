// The persons whose name ends in one of the given surnames ("kerry": person:kerry and person:john-kerry), to
// decide which surname-only person is one known full-name person (through the actor id constraint and the
// actor_id_text index, no scan of the actors). Parameters: $surnames (normalised, e.g. "kerry")
UNWIND $surnames AS s
CALL {
  WITH s
  MATCH (a:Actor {id: 'person:' + s})
  RETURN a
  UNION
  WITH s
  MATCH (a:Actor)
  WHERE a.id ENDS WITH '-' + s
  RETURN a
}
WITH s, a
WHERE a.type = 'PERSON' AND a.id STARTS WITH 'person:'
RETURN s AS surname, a.id AS id, a.country AS country
