"""Request and response bodies of the API, declared once so the served OpenAPI document is exact."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field


class Localized(BaseModel):
    """Server text in Traditional Chinese, Portuguese and English."""

    zh: str
    pt: str
    en: str


class Problem(BaseModel):
    """RFC 9457 problem details; ``type`` ends in the slug clients act on."""

    model_config = ConfigDict(extra="allow")

    type: str = Field(examples=["/problems/unauthorized"])
    title: str
    status: int
    detail: str
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="Present on validation-error: one entry per rejected field."
    )


class InfoOut(BaseModel):
    name: str
    version: str
    epoch: str = Field(description="Changes when the change log is reset; older cursors answer 410.")
    demo: bool
    now: str = Field(description="Server time, ISO 8601 with offset (Macao time).")


def _whole_number(value: Any) -> Any:
    # JSON has one number type: 2.0 is the integer 2 (as JSON Schema says), while "2" stays a string.
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


#: Makes an integer field of a strict request body also take ``2.0``. Put it after the field's
#: constraints (``Annotated[int, Field(ge=1), WHOLE]``): so they stay in the JSON schema.
WHOLE = BeforeValidator(_whole_number)


class StrictIn(BaseModel):
    """Base of request bodies: JSON types are taken as they are (no 0 for false, no 1 for "1")."""

    model_config = ConfigDict(strict=True)


class LoginIn(StrictIn):
    username: str = Field(max_length=200)
    password: str = Field(max_length=1000)


class RefreshIn(StrictIn):
    refresh_token: str = Field(max_length=500)


class LogoutIn(StrictIn):
    refresh_token: str | None = Field(default=None, max_length=500)


class UserOut(BaseModel):
    id: str
    username: str
    display_name: Localized


class TokenOut(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["Bearer"] = "Bearer"
    expires_in: int = Field(description="Seconds the access token stays valid.")
    user: UserOut


class Change(BaseModel):
    entity: str
    id: str
    op: Literal["put", "delete"]
    row: dict[str, Any] | None = Field(description="The row's latest state; null when op is delete.")
    version: int


class ChangesOut(BaseModel):
    changes: list[Change]
    cursor: str = Field(description="Opaque; send it back as ?cursor= to continue.")
    has_more: bool
    acked_ops: list[str] = Field(
        description="The caller's operations whose final state committed inside this page's range."
    )


# -- operations ------------------------------------------------------------------------------------

OP_ID_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"


class OpIn(StrictIn):
    """An operation: an intent the resident made once, sent again unchanged on every try."""

    kind: str = Field(min_length=1, max_length=64, examples=["pay_fine"])
    stream: str = Field(
        min_length=1, max_length=200, description="What it is about; ops of one stream apply in order."
    )
    payload: dict[str, Any] = Field(description="The kind's fields.")
    payload_schema: Annotated[int, Field(ge=1, le=1000), WHOLE] = Field(
        default=1, description="Version of the payload's shape."
    )
    supersedes: str | None = Field(
        default=None,
        pattern=OP_ID_PATTERN,
        description="The operation this one replaces (edit and resubmit).",
    )


class OpAnswerOut(BaseModel):
    """The answer to PUT /v1/ops/{op_id} when it is not a problem."""

    op_id: str
    state: Literal["succeeded", "accepted_async"]
    receipt: dict[str, Any] | None = Field(description="Null while accepted_async.")
    commit_seq: int = Field(
        description="Change sequence of the commit; acked_ops of a pull range holding it."
    )


class SubStatus(BaseModel):
    """One part of an operation handled on its own (a department of an address change)."""

    id: str
    name: Localized
    state: str = Field(examples=["received", "processing", "done", "failed"])
    detail: Localized | str | None = Field(description="What the part's state means, in three languages.")


class OpStatusOut(BaseModel):
    op_id: str
    kind: str
    stream: str
    state: Literal["processing", "succeeded", "rejected", "accepted_async"]
    receipt: dict[str, Any] | None
    problem: dict[str, Any] | None = Field(description="The refusal (problem body) when rejected.")
    sub_status: list[SubStatus]
    commit_seq: int | None = Field(description="Null while processing.")
    created_at: str
    updated_at: str


# -- uploads ---------------------------------------------------------------------------------------


class UploadIn(StrictIn):
    sha256: str = Field(pattern=r"^[0-9a-fA-F]{64}$", description="Of the whole content, hex.")
    size: Annotated[int, Field(ge=1), WHOLE] = Field(description="Bytes.")
    mime: str = Field(
        min_length=1,
        max_length=100,
        description="One of image/jpeg, image/png, audio/mpeg, audio/mp4, audio/ogg, video/mp4,"
        " application/pdf (else 415).",
    )


class UploadOut(BaseModel):
    upload_id: str
    sha256: str
    size: int
    mime: str
    offset: int = Field(description="Bytes received so far.")
    complete: bool


class UploadCreatedOut(BaseModel):
    upload_id: str
    offset: int
    size: int
    complete: bool
