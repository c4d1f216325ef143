"""The RM's vocabulary and rules: plain Python, no Qt, no database."""
