// Takes the write lock: concurrent writers (two ingests against one server) merge events one at a time,
// each seeing what the other committed. Held until the transaction ends. No parameters.
MERGE (l:WriteLock {id: 'events'})
SET l.at = timestamp()
