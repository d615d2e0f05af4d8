"""Words for codes that come from below the views (sync problems, notices, feed categories, languages).

Each function asks Qt Linguist at call time, so the answer follows the current language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from desktop.domain.sync_status import Problem

if TYPE_CHECKING:  # the outbox's types are not needed to paint the first window
    from desktop.domain.operation import Operation


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
        Problem.ANOTHER_WINDOW: QCoreApplication.translate(
            "SyncProblem", "Another window of this app is sending your submissions"
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


PAYMENT_METHODS = ("mpay", "unionpay", "card", "govpay")


def payment_method_name(method: str) -> str:
    names = {
        "mpay": "MPay",
        "unionpay": QCoreApplication.translate("Payment", "UnionPay"),
        "card": QCoreApplication.translate("Payment", "Credit card"),
        "govpay": "GovPay",
    }
    return names.get(method, method)


def operation_title(kind: str, payload: dict[str, Any]) -> str:
    """What the resident did, in a line: "Pay traffic fine F-123 · MOP 600.00"."""
    if kind == "pay_fine":
        return (
            QCoreApplication.translate("Operation", "Pay traffic fine %1 · MOP %2")
            .replace("%1", str(payload.get("fine_id", "")))
            .replace("%2", str(payload.get("amount", "")))
        )
    if kind == "pay_vehicle_tax":
        return (
            QCoreApplication.translate("Operation", "Pay vehicle tax %1 for %2 · MOP %3")
            .replace("%1", str(payload.get("year", "")))
            .replace("%2", str(payload.get("vehicle_id", "")))
            .replace("%3", str(payload.get("amount", "")))
        )
    if kind == "pay_bill":
        return (
            QCoreApplication.translate("Operation", "Pay bill %1 · MOP %2")
            .replace("%1", str(payload.get("bill_id", "")))
            .replace("%2", str(payload.get("amount", "")))
        )
    for feature in (appointment_operation_title, address_operation_title, photo_operation_title):
        title = feature(kind, payload)
        if title:
            return title
    return kind.replace("_", " ")


def problem_slug_text(slug: str | None, server_title: str = "") -> str:
    """Why the server refused, in the resident's language where we know the refusal."""
    texts = {
        "fine-already-paid": QCoreApplication.translate(
            "Refusal", "This fine had already been paid. You were not charged again."
        ),
        "tax-already-paid": QCoreApplication.translate(
            "Refusal", "This tax had already been paid. You were not charged again."
        ),
        "amount-mismatch": QCoreApplication.translate("Refusal", "The amount differs from what is due."),
        "payment-declined": QCoreApplication.translate(
            "Refusal", "The payment was declined. Nothing was charged."
        ),
        "fine-not-found": QCoreApplication.translate("Refusal", "This fine no longer exists."),
        "payload-too-large": QCoreApplication.translate("Refusal", "Too large to send."),
        "invalid-payload": QCoreApplication.translate("Refusal", "The server could not accept this request."),
        "unknown-kind": QCoreApplication.translate("Refusal", "The server does not offer this yet."),
        "idempotency-key-reused": QCoreApplication.translate(
            "Refusal", "The app made an error sending this. It has been kept and reported."
        ),
    }
    if slug in texts:
        return texts[slug]
    for feature in (appointment_refusal_text, address_refusal_text, photo_refusal_text):
        text = feature(slug)
        if text:
            return text
    return server_title or QCoreApplication.translate("Refusal", "The server refused this request.")


def operation_state_text(op: Operation) -> str:
    """The badge of a submission: where it is, in words."""
    from desktop.domain.operation import OpState

    state = op.state
    if state is OpState.PENDING:
        if op.unanswered:
            return QCoreApplication.translate("OpState", "Being checked with the server — do not pay again")
        return QCoreApplication.translate("OpState", "Saved on this computer — will be sent")
    if state is OpState.IN_FLIGHT:
        return QCoreApplication.translate("OpState", "Sending…")
    if state is OpState.ACCEPTED_ASYNC:
        if op.money:
            return QCoreApplication.translate("OpState", "Payment being confirmed — do not pay again")
        return QCoreApplication.translate("OpState", "Received, being processed")
    if state is OpState.ACKED:
        receipt = (op.receipt or {}).get("receipt_no")
        if receipt:
            return QCoreApplication.translate("OpState", "Received, ref %1").replace("%1", str(receipt))
        return QCoreApplication.translate("OpState", "Received")
    if state is OpState.SUPERSEDED:
        return QCoreApplication.translate("OpState", "Replaced by a corrected submission")
    if state is OpState.DISCARDED:
        return QCoreApplication.translate("OpState", "Discarded")
    return QCoreApplication.translate("OpState", "Needs your attention")


# --- 登記及更改地址 address ----------------------------------------------------------------------------


def district_label(code: str, lang: str) -> str:
    """A Macao district by its official Chinese and Portuguese names (proper names: not translated),
    led by the English name in the English interface."""
    # Imported when first used: the address rules stay off the start path.
    from desktop.domain.address import DISTRICT_NAMES

    names = DISTRICT_NAMES[code]
    official = f"{names.zh} · {names.pt}"
    return f"{names.en} ({official})" if lang == "en" else official


def address_error_text(error: Any) -> str:
    """What is wrong with one field (a :class:`desktop.domain.address.FieldError`), in words."""
    from desktop.domain.address import ErrorCode

    limit = str(error.limit or "")
    if error.code is ErrorCode.MISSING:
        missing = {
            "district": QCoreApplication.translate("AddressError", "Choose the district."),
            "street": QCoreApplication.translate(
                "AddressError", "Enter the street, in Chinese or Portuguese (or both)."
            ),
            "name": QCoreApplication.translate("AddressError", "Enter the child's name."),
        }
        return missing.get(error.part, QCoreApplication.translate("AddressError", "This is needed."))
    if error.code is ErrorCode.TOO_MANY and error.field == "children":
        return QCoreApplication.translate("AddressError", "At most %1 children in one request.").replace(
            "%1", limit
        )
    texts = {
        ErrorCode.TOO_LONG: QCoreApplication.translate("AddressError", "Too long: at most %1 characters."),
        ErrorCode.CONTROL: QCoreApplication.translate(
            "AddressError", "Remove line breaks, tabs and other control characters."
        ),
        ErrorCode.NUMBER_OR_BUILDING: QCoreApplication.translate(
            "AddressError", "Enter a door number or a building name (or both)."
        ),
        ErrorCode.UNKNOWN_DISTRICT: QCoreApplication.translate(
            "AddressError", "Choose one of the districts in the list."
        ),
        ErrorCode.TOO_FEW: QCoreApplication.translate("AddressError", "Choose at least one department."),
        ErrorCode.TOO_MANY: QCoreApplication.translate("AddressError", "At most %1 departments."),
        ErrorCode.DUPLICATE: QCoreApplication.translate("AddressError", "A department is chosen twice."),
        ErrorCode.UNKNOWN_DEPARTMENT: QCoreApplication.translate(
            "AddressError", "A chosen department does not take part in the address service."
        ),
    }
    return texts[error.code].replace("%1", limit)


def address_state_text(state: str) -> str:
    """Where one department stands with an address request."""
    texts = {
        "received": QCoreApplication.translate("AddressState", "Received"),
        "processing": QCoreApplication.translate("AddressState", "Processing"),
        "done": QCoreApplication.translate("AddressState", "Done"),
        "failed": QCoreApplication.translate("AddressState", "Failed"),
    }
    return texts.get(state, QCoreApplication.translate("AddressState", "Waiting"))


def address_registration_text(status: str, finished: int, failed: int, total: int) -> str:
    """Where a whole address request stands, from the server's ``status`` and the departments' counts."""
    if status == "processing":
        text = QCoreApplication.translate("AddressState", "In progress: %1 of %2 departments finished")
    elif status == "done":
        text = QCoreApplication.translate("AddressState", "Done: all %2 departments took the address")
    elif status == "failed":
        text = QCoreApplication.translate("AddressState", "Not taken: every department failed")
    else:
        text = QCoreApplication.translate("AddressState", "Done, but %3 of %2 departments failed")
    return text.replace("%1", str(finished)).replace("%2", str(total)).replace("%3", str(failed))


def address_operation_title(kind: str, payload: dict[str, Any]) -> str | None:
    """A ``register_address`` operation in a line (for My submissions); None for other kinds."""
    if kind != "register_address":
        return None
    count = len(payload.get("departments") or [])
    if payload.get("kind") == "change":
        return QCoreApplication.translate(
            "Operation", "Change the correspondence address (%n department(s))", "", count
        )
    return QCoreApplication.translate(
        "Operation", "Register the correspondence address (%n department(s))", "", count
    )


def address_refusal_text(slug: str | None) -> str | None:
    """Why the server refused an address request; None for other refusals."""
    texts = {
        "invalid-address": QCoreApplication.translate(
            "Refusal", "The server did not accept the address. Correct it and send it again."
        ),
        "unknown-department": QCoreApplication.translate(
            "Refusal",
            "A chosen department no longer takes part in the address service. Choose again and send.",
        ),
    }
    return texts.get(slug or "")


# --- counter appointments and memo ------------------------------------------------------------------


def reminder_before_text(minutes: int) -> str:
    """ "1 day before", "1 hour before"…: one reminder of a memo, in words."""
    named = {
        10080: QCoreApplication.translate("Reminder", "1 week before"),
        2880: QCoreApplication.translate("Reminder", "2 days before"),
        1440: QCoreApplication.translate("Reminder", "1 day before"),
        180: QCoreApplication.translate("Reminder", "3 hours before"),
        60: QCoreApplication.translate("Reminder", "1 hour before"),
        30: QCoreApplication.translate("Reminder", "30 minutes before"),
        15: QCoreApplication.translate("Reminder", "15 minutes before"),
        0: QCoreApplication.translate("Reminder", "At the time"),
    }
    if minutes in named:
        return named[minutes]
    return QCoreApplication.translate("Reminder", "%n minute(s) before", "", minutes)


def reminders_text(minutes: tuple[int, ...]) -> str:
    """A memo's reminders in one line: "1 day before, 1 hour before" (the separator is translated)."""
    separator = QCoreApplication.translate("Reminder", ", ", "between two reminders in a list")
    return separator.join(reminder_before_text(m) for m in minutes)


def appointment_operation_title(kind: str, payload: dict[str, Any]) -> str | None:
    """What an appointment or memo operation does, in a line; None for other kinds."""
    titles = {
        "book_appointment": QCoreApplication.translate("Operation", "Book a counter appointment"),
        "cancel_appointment": QCoreApplication.translate("Operation", "Cancel appointment %1"),
        "reschedule_appointment": QCoreApplication.translate(
            "Operation", "Change the time of appointment %1"
        ),
        "save_memo": QCoreApplication.translate("Operation", "Save memo “%2”"),
        "delete_memo": QCoreApplication.translate("Operation", "Delete a memo"),
    }
    if kind not in titles:
        return None
    return (
        titles[kind]
        .replace("%1", str(payload.get("appointment_id", "")))
        .replace("%2", str(payload.get("title", "")))
    )


def appointment_refusal_text(slug: str | None) -> str | None:
    """Why the server refused a booking, cancel, reschedule or memo; None for other refusals."""
    texts = {
        "slot-taken": QCoreApplication.translate(
            "Refusal", "Someone else took the last place at this time. Choose one of the nearest free times."
        ),
        "slot-past": QCoreApplication.translate(
            "Refusal", "This time has already begun. Choose a later one."
        ),
        "slot-not-found": QCoreApplication.translate("Refusal", "This time is no longer offered."),
        "already-booked": QCoreApplication.translate("Refusal", "You have already booked this time."),
        "appointment-not-found": QCoreApplication.translate("Refusal", "This appointment no longer exists."),
        "appointment-cancelled": QCoreApplication.translate(
            "Refusal", "This appointment is already cancelled."
        ),
        "appointment-past": QCoreApplication.translate(
            "Refusal", "The time of this appointment has come or gone; it can no longer be changed."
        ),
        "memo-id-taken": QCoreApplication.translate(
            "Refusal", "This memo could not be saved. Save it again."
        ),
    }
    return texts.get(slug or "")


# --- 我的照片 My photos ------------------------------------------------------------------------------


def photo_operation_title(kind: str, payload: dict[str, Any]) -> str | None:
    """The line of a ``submit_photo`` operation ("Send ID photo taken …"); None for other kinds."""
    if kind != "submit_photo":
        return None
    from datetime import datetime

    from desktop.views.widgets import local_time

    try:
        taken = local_time(datetime.fromisoformat(str(payload.get("taken_at", ""))))
    except ValueError:
        taken = "—"
    return QCoreApplication.translate("Operation", "Send ID photo taken %1").replace("%1", taken)


def photo_refusal_text(slug: str | None) -> str | None:
    """Why the server refused an ID photo (``submit_photo`` refusals), or None for other slugs."""
    texts = {
        "photo-too-old": QCoreApplication.translate("Refusal", "The photo is more than 12 months old."),
        "photo-wrong-ratio": QCoreApplication.translate("Refusal", "The photo is not 1.5 × 1.8 inch."),
        "photo-too-small": QCoreApplication.translate("Refusal", "The photo is too small."),
        "not-a-jpeg": QCoreApplication.translate("Refusal", "The file is not a JPEG photo."),
        "upload-not-found": QCoreApplication.translate("Refusal", "The photo did not arrive. Take it again."),
        "upload-incomplete": QCoreApplication.translate(
            "Refusal", "The photo did not arrive whole. Take it again."
        ),
    }
    return texts.get(slug or "")
