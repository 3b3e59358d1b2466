"""Training code for the span-level persuasion technique model (torch; never imported at runtime)."""
