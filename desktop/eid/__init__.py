"""電子身份 eID, without Qt: keys, the token format, the authority library, consent and verification.

- ``tokens``: the ``OAE1`` format (canonical JSON, base64url, Ed25519 chains); ``claims``: each kind.
- ``keys``: key handling and the device key in the OS keyring (resident profile only).
- ``fields``: the field vocabulary and selective disclosure.
- ``authority``: binding, credentials, revocation, the published key set (used by the server).
- ``holder``: the device's credential and the tokens it signs; ``consent``: scan to provide data.
- ``request``: an institution's key and request QR; ``verify``: the offline verifier.
- ``python -m desktop.eid``: verify a token or QR image, make a request, make an institution key.

See ``docs/EID.md``.
"""
