"""Schema steps, one module per ``PRAGMA user_version``.

A step is frozen once released: it never changes, later needs get a new step. Each ``upgrade``
runs inside the transaction the migration runner opened and must not commit. sqlite-utils is
imported inside ``upgrade`` so that opening an up-to-date cache never pays for it.
"""
