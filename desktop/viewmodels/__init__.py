"""Qt item models and small view-models between the screens and the DB worker.

They ask the task runner for data (never touching SQL themselves on the GUI thread) and fetch lazily,
so a cache of 100,000 feed items opens as fast as one of ten.
"""
