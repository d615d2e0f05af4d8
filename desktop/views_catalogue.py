"""Names of the main window's sections, for the command line (kept apart so argparse needs no Qt)."""

PAGE_NAMES: tuple[str, ...] = (
    "feed",
    "services",
    "apps",
    "opinions",
    "appointments",
    "address",
    "eid",
    "submissions",
    "account",
)
