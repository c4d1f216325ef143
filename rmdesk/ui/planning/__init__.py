"""The map and day screen: the map, the day's visits and route, the visit form, the branch."""
