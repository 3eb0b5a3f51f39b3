// The stored articles that have one of the given ids or content hashes: read before any NLP, so that an
// unchanged article (same id, same hash) and a copy of a stored text under another name cost nothing.
// Parameters: $ids (list of article ids), $hashes (list of sha256 content hashes)
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.sha256 AS sha256
UNION
UNWIND $hashes AS h
MATCH (a:Article {sha256: h})
RETURN a.id AS id, a.sha256 AS sha256
