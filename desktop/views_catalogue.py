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

#: Parts of a section the screenshot command can open directly: name -> (section, method to call on it).
SUB_PAGES: dict[str, tuple[str, str]] = {
    "payments": ("services", "show_payments"),
}

#: Sections reached from My apps (not in the navigation list): name -> the navigation entry they belong to.
APP_PAGES: dict[str, str] = {
    "memo": "apps",
    "photos": "apps",
}
