"""Reference One Account API server (FastAPI on SQLite).

Importing this package is cheap on purpose: the desktop client imports it to find out how to start
the embedded demo server, so FastAPI, uvicorn and the demo data load only when they are needed
(``server.app``, ``server.__main__``).
"""

__version__ = "0.1.0"
