"""Words for codes that come from below the views (sync problems, notices, feed categories, languages).

Each function asks Qt Linguist at call time, so the answer follows the current language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.sync_status import Problem


def language_name(lang: str) -> str:
    # Each language is named in itself, so anyone can find their own.
    return {"zh-Hant": "繁體中文", "pt": "Português", "en": "English"}.get(lang, lang)


def problem_text(problem: Problem) -> str:
    texts = {
        Problem.NONE: "",
        Problem.OFFLINE: QCoreApplication.translate("SyncProblem", "No connection to the server"),
        Problem.TIMEOUT: QCoreApplication.translate("SyncProblem", "The server is taking too long to answer"),
        Problem.SERVER_ERROR: QCoreApplication.translate("SyncProblem", "The server reported an error"),
        Problem.BAD_RESPONSE: QCoreApplication.translate(
            "SyncProblem", "The server sent an answer that could not be read"
        ),
        Problem.SIGN_IN_REQUIRED: QCoreApplication.translate(
            "SyncProblem", "Your session has ended; please sign in again"
        ),
        Problem.DEMO_SERVER_FAILED: QCoreApplication.translate(
            "SyncProblem", "The demo server could not be started"
        ),
        Problem.CACHE_ERROR: QCoreApplication.translate(
            "SyncProblem", "The data on this computer could not be opened"
        ),
    }
    return texts[problem]


def sign_in_error_text(code: str) -> str:
    texts = {
        "invalid_credentials": QCoreApplication.translate("SignInError", "Wrong username or password."),
        "offline": QCoreApplication.translate(
            "SignInError", "Cannot reach the server. Check the connection and try again."
        ),
        "timeout": QCoreApplication.translate(
            "SignInError", "The server is taking too long to answer. Try again later."
        ),
        "bad_response": QCoreApplication.translate(
            "SignInError", "The server sent an answer that could not be read."
        ),
        "demo_server_failed": QCoreApplication.translate(
            "SignInError", "The demo server could not be started."
        ),
    }
    return texts.get(code, QCoreApplication.translate("SignInError", "Sign-in failed. Try again later."))


def notice_text(code: str, detail: str) -> str:
    if code == "cache_corrupt":
        return QCoreApplication.translate(
            "Notice",
            "The data saved on this computer was damaged and could not be read. It has been kept aside "
            "as {file} and is being downloaded again from the server.",
        ).format(file=detail)
    if code == "cache_too_new":
        return QCoreApplication.translate(
            "Notice",
            "The data saved on this computer was written by a newer version of this app. It has been kept "
            "aside as {file} and is being downloaded again from the server.",
        ).format(file=detail)
    if code == "keyring_unavailable":
        return QCoreApplication.translate(
            "Notice",
            "This computer has no secure password store, so you will need to sign in again next time.",
        )
    return detail


def feed_category_name(category: str) -> str:
    names = {
        "alert": QCoreApplication.translate("FeedCategory", "Alerts"),
        "civil_protection": QCoreApplication.translate("FeedCategory", "Civil protection"),
        "weather": QCoreApplication.translate("FeedCategory", "Weather"),
        "air_quality": QCoreApplication.translate("FeedCategory", "Air quality"),
        "border": QCoreApplication.translate("FeedCategory", "Border checkpoints"),
        "school": QCoreApplication.translate("FeedCategory", "Class suspensions"),
        "news": QCoreApplication.translate("FeedCategory", "Government news"),
    }
    return names.get(category, category)
