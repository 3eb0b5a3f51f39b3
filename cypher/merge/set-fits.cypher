// Records the dated groups each undated or year-dated mention fits (their keys: the smallest dated mention id
// of each group). Parameters: $fits [{id, fits (list of mention ids)}]
UNWIND $fits AS f
MATCH (m:Mention {id: f.id})
SET m.fits = f.fits
