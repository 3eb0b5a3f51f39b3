// The persons whose name ends in one of the given surnames ("kerry": person:kerry and person:john-kerry), to
// decide which surname-only person is one known full-name person. Parameters: $surnames (normalised, e.g. "kerry")
UNWIND $surnames AS s
MATCH (a:Actor)
WHERE a.type = 'PERSON' AND (a.id = 'person:' + s OR a.id ENDS WITH '-' + s)
RETURN s AS surname, a.id AS id, a.country AS country
