// Resolves a name to the actors it names: exact canonical names through the actor_name index first.
// Parameters: $name (string) a canonical name, exactly as stored.
MATCH (a:Actor)
WHERE a.name = $name
RETURN a.id AS id
