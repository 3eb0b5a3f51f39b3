// Synthetic graph for `chronograph bench --graph-events`: actors 0 .. $count - 1 (persons and states, each with
// an alias). Parameters: $count (integer)
UNWIND range(0, $count - 1) AS i
CREATE (:Actor {id: 'bench:actor ' + toString(i), name: 'Bench Actor ' + toString(i),
                type: CASE WHEN i % 5 = 0 THEN 'GPE' ELSE 'PERSON' END, aliases: ['BA' + toString(i)]})
