"""Shared test helpers: the real reference server as a process, and the app built in-process."""
