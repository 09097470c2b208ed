"""The CDS Hooks 2.0 data model as pydantic models (https://cds-hooks.hl7.org/2.0/).

Field names are the specification's (camelCase on the wire). Required attributes are
required here, so a card without ``summary``, ``indicator`` or ``source`` does not
validate; unknown attributes are allowed where the specification allows extensions
(``extension``) and otherwise ignored on input, never produced on output.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import AnyUrl, BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = [
    "Coding", "Link", "Source", "Action", "Suggestion", "OverrideReason", "Card",
    "SystemAction", "CDSResponse", "Service", "Discovery", "FHIRAuthorization", "CDSRequest",
    "AcceptedSuggestion", "FeedbackOverride", "FeedbackItem", "FeedbackRequest",
]


class _Out(BaseModel):
    """A response object: only specification attributes, none left empty."""

    model_config = ConfigDict(extra="forbid")


class Coding(_Out):
    """``Coding``: a code from a code system (``display`` is required in overrideReasons)."""

    code: str = Field(min_length=1)
    system: str | None = None
    display: str | None = None


class Link(_Out):
    label: str
    url: AnyUrl
    type: Literal["absolute", "smart"]
    appContext: str | None = None


class Source(_Out):
    """Where a card's guidance comes from: for notelint, the region's routine."""

    label: str = Field(min_length=1)
    url: AnyUrl | None = None
    icon: AnyUrl | None = None
    topic: Coding | None = None


class Action(_Out):
    """A change the EHR may apply: create, update or delete a FHIR resource."""

    type: Literal["create", "update", "delete"]
    description: str = Field(min_length=1)
    resource: dict[str, Any] | None = None
    resourceId: list[str] | None = None

    @model_validator(mode="after")
    def _shape(self) -> "Action":
        if self.type in ("create", "update") and not self.resource:
            raise ValueError(f"a {self.type} action needs a resource")
        if self.type == "delete" and not self.resourceId:
            raise ValueError("a delete action needs resourceId")
        return self


class Suggestion(_Out):
    label: str = Field(min_length=1)
    uuid: str | None = None
    isRecommended: bool | None = None
    actions: list[Action] | None = None


class Card(_Out):
    uuid: str | None = None
    summary: str = Field(min_length=1, max_length=139)  # "<140 characters"
    detail: str | None = None
    indicator: Literal["info", "warning", "critical"]
    source: Source
    suggestions: list[Suggestion] | None = None
    selectionBehavior: Literal["at-most-one", "any"] | None = None
    overrideReasons: list[Coding] | None = None
    links: list[Link] | None = None

    @model_validator(mode="after")
    def _rules(self) -> "Card":
        if self.suggestions and self.selectionBehavior is None:
            raise ValueError("selectionBehavior is required when suggestions are given")
        for reason in self.overrideReasons or []:
            if not reason.display:
                raise ValueError("an override reason needs a display text")
        return self


class SystemAction(Action):
    pass


class CDSResponse(_Out):
    cards: list[Card]
    systemActions: list[SystemAction] | None = None
    extension: dict[str, Any] | None = None


class Service(_Out):
    hook: str = Field(min_length=1)
    title: str | None = None
    description: str = Field(min_length=1)
    id: str = Field(min_length=1, pattern=r"^[A-Za-z0-9._~-]+$")
    prefetch: dict[str, str] | None = None
    usageRequirements: str | None = None
    extension: dict[str, Any] | None = None


class Discovery(_Out):
    services: list[Service]


# --------------------------------------------------------------------------- requests


class _In(BaseModel):
    model_config = ConfigDict(extra="ignore")


class FHIRAuthorization(_In):
    access_token: str = Field(min_length=1)
    token_type: Literal["Bearer"]
    expires_in: int
    scope: str
    subject: str
    patient: str | None = None

    def __repr__(self) -> str:  # never show the token (logs, tracebacks)
        return f"FHIRAuthorization(token_type={self.token_type!r}, scope={self.scope!r})"

    __str__ = __repr__


class CDSRequest(_In):
    hook: str = Field(min_length=1)
    hookInstance: str = Field(min_length=1)
    fhirServer: AnyUrl | None = None
    fhirAuthorization: FHIRAuthorization | None = None
    context: dict[str, Any]
    prefetch: dict[str, Any] | None = None

    @model_validator(mode="after")
    def _auth_needs_server(self) -> "CDSRequest":
        if self.fhirAuthorization is not None and self.fhirServer is None:
            raise ValueError("fhirAuthorization is given without fhirServer")
        return self


class AcceptedSuggestion(_In):
    id: str = Field(min_length=1)


class FeedbackOverride(_In):
    reason: Coding | None = None
    userComment: str | None = None


class FeedbackItem(_In):
    card: str = Field(min_length=1)
    outcome: Literal["accepted", "overridden"]
    acceptedSuggestions: list[AcceptedSuggestion] | None = None
    overrideReason: FeedbackOverride | None = None
    outcomeTimestamp: dt.datetime

    @field_validator("outcomeTimestamp")
    @classmethod
    def _aware(cls, v: dt.datetime) -> dt.datetime:
        return v if v.tzinfo else v.replace(tzinfo=dt.timezone.utc)


class FeedbackRequest(_In):
    feedback: list[FeedbackItem] = Field(min_length=1)
