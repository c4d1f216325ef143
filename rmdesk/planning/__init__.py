"""Planning visits: distances, areas, and (to come) routes and visit plans."""
