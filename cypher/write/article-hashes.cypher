// The stored content hashes of articles, to skip unchanged re-ingests.
// Parameters: $ids (list of article ids)
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.sha256 AS sha256
