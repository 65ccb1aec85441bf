"""The shape of corpus metadata and brief files, as pydantic models (also the source of the JSON Schema)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Annotated, Any, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator, model_validator

SLUG_MAX = 62  # a fact's id rides in a button as "f:<id>", and Telegram gives a button's data 64 bytes
Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9-]*$", max_length=SLUG_MAX)]
ArticleId = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9_-]+$", max_length=40)]
Line = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1)]

Topic = Literal["meeting", "deadline", "demand", "sanction", "summit", "ceasefire", "statement", "context"]
TOPICS: tuple[Topic, ...] = get_args(Topic)
"""Every topic a fact may have: the one definition of the topic keys."""
MAIN_TOPICS: tuple[Topic, ...] = ("meeting", "deadline", "demand", "sanction", "summit")
"""The topics /brief walks through, in its order, and subscribers choose from."""


class Model(BaseModel):
    """Strict, immutable base: unknown fields are refused, values are never coerced."""

    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


class Text(Model):
    """The same text in French and in English."""

    fr: Line
    en: Line

    def get(self, lang: str) -> str:
        """Return the text in lang, French by default."""
        return self.en if lang == "en" else self.fr


class Citation(Model):
    """A verbatim quote of the clause a fact rests on, and the article it comes from."""

    article: ArticleId = Field(description='Article id, quoted: "000".')
    quote: Annotated[str, StringConstraints(min_length=15)] = Field(
        description="Copied verbatim from the article (white space may differ)."
    )


class LeftOut(Model):
    """A sentence of an article that no fact cites on purpose, and why."""

    quote: Annotated[str, StringConstraints(min_length=15)] = Field(
        description="Verbatim words of the sentence left out (enough to find it)."
    )
    reason: Line = Field(description="Why: headline, subheading, the outlet's appeal, said again elsewhere…")


class ArticleMeta(Model):
    """Metadata kept beside an article's verbatim text."""

    id: ArticleId
    seed: str | None = Field(default=None, description="File name of the article as received.")
    sha256: Annotated[str, StringConstraints(pattern=r"^[0-9a-f]{64}$")]
    title: Line
    title_is_editorial: bool = Field(description="True when the article has no title of its own.")
    outlet: Line | None = Field(description="Only where the article names itself.")
    language: Literal["fr", "en"]
    published: dt.date
    date_precision: Literal["day", "month"] = "day"
    date_basis: Literal["stated", "inferred"]
    date_note: Line | None = None
    left_out: list[LeftOut] = Field(default_factory=list, description="Sentences no fact cites on purpose.")


class FactBase(Model):
    """What every fact holds: bilingual wording, links to people and places, and citations."""

    id: Slug
    title: Text = Field(description="A short label, used in lists and suggestion buttons.")
    summary: Text = Field(description="One or two sentences stating the fact, attributed to its source.")
    date: dt.date | None = Field(default=None, description="When the event happened, if the articles say.")
    date_basis: Literal["stated", "inferred"] | None = Field(
        default=None,
        description=(
            "With a date: stated (a quote of the fact states it) "
            "or inferred (worked out from an inferred article date)."
        ),
    )
    date_precision: Literal["day", "month"] = Field(default="day", description="month: only the month is known.")
    date_words: Text | None = Field(
        default=None,
        description=(
            "For a date inferred: the article's own words for it, the French verbatim in a quote of the fact "
            "({fr: vendredi, en: Friday}); shown with the date worked out, so readers can check it. For a date not "
            "yet set (unsettled: [date]): the article's words for when it may be ({fr: dès la semaine prochaine})."
        ),
    )
    people: list[Slug] = Field(default_factory=list, description="Ids from people.yaml.")
    places: list[Slug] = Field(
        default_factory=list,
        description="Ids from places.yaml; where a meeting or contact was held (its venue) first, then the others.",
    )
    met: list[Slug] = Field(
        default_factory=list,
        description=(
            "Who met or talked, in person or by phone, in the contact the fact reports (ids among its people). "
            "Only they get a yes to 'did X and Y meet?'."
        ),
    )
    keywords: list[Line] = Field(default_factory=list, description="Extra words readers may use (fr or en).")
    disputes: list[Slug] = Field(default_factory=list, description="Facts giving a conflicting account.")
    headline: bool = Field(default=False, description="Leads its topic in /brief and the topic digests.")
    unsettled: list[Literal["place", "date"]] = Field(
        default_factory=list,
        description="What the fact says is not yet set (a quote must say so: non précisé, non confirmé).",
    )
    citations: Annotated[list[Citation], Field(min_length=1)]

    @model_validator(mode="after")
    def _basis_with_date(self) -> FactBase:
        """A date says how it is known; no basis without a date."""
        if self.date is not None and self.date_basis is None:
            raise ValueError(
                "date_basis missing: say whether a quote of the fact states the date (stated) "
                "or it is worked out from an inferred article date (inferred)"
            )
        if self.date is None and self.date_basis is not None:
            raise ValueError("date_basis given without a date")
        if self.date_words is not None and self.date_basis != "inferred" and "date" not in self.unsettled:
            raise ValueError("date_words given for a date that is neither inferred nor unsettled")
        return self


class MeetingFact(FactBase):
    """Who met whom, where, when, how long, tone and outcome as a source reports it."""

    duration: Text | None = None
    by_phone: bool = Field(
        default=False, description="The contact was a phone call (a quote says so): it was held nowhere in particular."
    )


class DeadlineFact(FactBase):
    """A deadline: who set it, when it falls due, what it demands, what follows."""

    due: dt.date
    due_time: Annotated[str, StringConstraints(pattern=r"^([01][0-9]|2[0-3]):[0-5][0-9]$")] | None = Field(
        default=None, description='Local time it falls due, quoted: "18:00". Without it, the end of the due day.'
    )
    timezone: Annotated[str, StringConstraints(pattern=r"^[A-Za-z_]+(/[A-Za-z0-9_+-]+)*$")] = Field(
        default="Europe/Paris", description="IANA time zone of the due date and time."
    )
    set_by: Slug | None = None

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, name: str) -> str:
        """Refuse a time zone the IANA database does not have."""
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {name!r} (use an IANA name such as Europe/Paris)") from None
        return name


class DemandFact(FactBase):
    """A demand or condition, or a position on one, with whose it is."""

    by: list[Slug] = Field(
        default_factory=list,
        description=(
            "Whose demand or position the fact states: country ids from places.yaml (russia, ukraine, "
            "united-states), not whom it is made of. A question naming one first is asked about its demands."
        ),
    )


class StatementFact(FactBase):
    """Who said what, when and to whom."""

    speaker: Slug
    audience: Text | None = None
    where: Slug | None = Field(
        default=None,
        description='Where the speaker said it, when the article says (an id from places.yaml): it answers "où".',
    )


class FactsFile(Model):
    """A brief file: facts on one topic."""

    topic: Topic
    facts: Sequence[FactBase]  # Sequence, not list: each topic's file narrows it to its own kind of fact


class MeetingsFile(FactsFile):
    """A brief file of meetings."""

    topic: Literal["meeting"]
    facts: list[MeetingFact]


class DeadlinesFile(FactsFile):
    """A brief file of deadlines."""

    topic: Literal["deadline"]
    facts: list[DeadlineFact]


class DemandsFile(FactsFile):
    """A brief file of demands and positions on them."""

    topic: Literal["demand"]
    facts: list[DemandFact]


class StatementsFile(FactsFile):
    """A brief file of statements."""

    topic: Literal["statement"]
    facts: list[StatementFact]


class Named(Model):
    """A person or place of the registries: its id, its name in French and English, and its other spellings."""

    id: Slug
    name: Text
    aliases: list[Line] = Field(default_factory=list, description="Other names and spellings, fr and en.")

    @property
    def names(self) -> tuple[str, ...]:
        """Every name it goes by: French, English and aliases."""
        return (self.name.fr, self.name.en, *self.aliases)


class Person(Named):
    """Someone the articles name, with the spellings readers use."""

    titles: list[Line] = Field(
        default_factory=list,
        description="What questions call them instead of their name, fr and en: 'président russe', 'US envoy'.",
    )
    role: Text
    country: Slug | None = Field(
        default=None,
        description="The country the person acts for, a place id: a question naming them first asks its demands.",
    )
    keywords: list[Line] = Field(default_factory=list)
    citations: Annotated[list[Citation], Field(min_length=1)]


class PeopleFile(Model):
    """The people registry."""

    people: list[Person]


PlaceKind = Literal["country", "region", "city", "venue", "sea"]


class Place(Named):
    """A place the articles name, with its spellings."""

    within: Slug | None = Field(
        default=None, description="The place it lies in, among these places: a venue's city, a city's country."
    )
    kind: PlaceKind | None = Field(
        default=None,
        description="What sort of place it is: 'which city?' is not answered by a country or a region.",
    )


class PlacesFile(Model):
    """The places registry."""

    places: list[Place]


_FACT_FILES: dict[object, type[FactsFile]] = {
    "meeting": MeetingsFile,
    "deadline": DeadlinesFile,
    "demand": DemandsFile,
    "statement": StatementsFile,
}


def file_model(data: object) -> type[Model]:
    """Return the model a brief file's data should be validated with, judged by its top-level keys."""
    if isinstance(data, dict) and "people" in data:
        return PeopleFile
    if isinstance(data, dict) and "places" in data:
        return PlacesFile
    topic = data.get("topic") if isinstance(data, dict) else None
    return _FACT_FILES.get(topic, FactsFile)


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of a brief file, for editors that check YAML as one types."""
    from pydantic import TypeAdapter

    variants = MeetingsFile | DeadlinesFile | DemandsFile | StatementsFile | FactsFile | PeopleFile | PlacesFile
    schema = TypeAdapter(variants).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "briefbot brief file"
    return schema
