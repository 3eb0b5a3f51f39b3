// How many synthetic events a store holds (to reuse a kept bench store). No parameters.
MATCH (e:Event) WHERE e.id STARTS WITH 'event:bench'
RETURN count(e) AS events
