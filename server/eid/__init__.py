"""電子身份 eID on the server: the authority of ``desktop.eid`` mounted behind ``/v1/eid``.

- :mod:`server.eid.service`: the authority's key, state, lock and every call the routes make;
- :mod:`server.eid.attributes`: what a binding certifies, from the resident's rows;
- :mod:`server.eid.presence`: the frames behind a face-presence check.

See docs/EID.md (the tokens and the contract) and docs/API.md (the endpoints as served).
"""
