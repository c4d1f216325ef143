"""After the visit: logging it, and what follows."""
