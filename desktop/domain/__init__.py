"""Domain values and rules of One Account Desktop. Plain Python: no Qt, no SQL, no HTTP."""
