"""Request and response bodies of the API, declared once so the served OpenAPI document is exact."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


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
