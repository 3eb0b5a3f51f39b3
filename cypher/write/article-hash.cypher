// The stored content hash of an article, to skip unchanged re-ingests.
// Parameters: $id (string) the article id.
MATCH (a:Article {id: $id})
RETURN a.sha256 AS sha256
