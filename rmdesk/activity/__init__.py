"""After the visit: the call and visit log, follow-ups, the stage history, the figures."""
