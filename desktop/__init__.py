"""One Account Desktop: offline-capable client for Macao One Account (澳門公共服務一戶通)."""

__version__ = "0.1.0"
