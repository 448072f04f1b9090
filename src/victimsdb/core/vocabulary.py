"""The controlled vocabularies of the domain model.

Every enumeration here is stored by its value (a short lowercase word) in the
database, the CSV import, the fixtures and the API, so values never change
once released; labels may.
"""

from __future__ import annotations

from enum import StrEnum


class Visibility(StrEnum):
    """Who may see a record at all."""

    PUBLIC = "public"
    RESTRICTED = "restricted"  # staff only
    CONFIDENTIAL = "confidential"  # named staff only; views are logged


class Disclosure(StrEnum):
    """How much of a person's identity a public page may show."""

    FULL = "full"
    INITIALS = "initials"
    ANONYMOUS = "anonymous"


class Verification(StrEnum):
    """How well a record is supported, weakest first (see docs/methodology.md)."""

    REPORTED = "reported"
    TESTIMONY = "testimony"
    CORROBORATED = "corroborated"
    DOCUMENTED = "documented"


class Publication(StrEnum):
    """Where a record is in the editorial workflow."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    WITHDRAWN = "withdrawn"


class Role(StrEnum):
    """Why a person is in the database."""

    VICTIM = "victim"  # detained, imprisoned, disappeared in Xinjiang
    AT_RISK = "at_risk"  # abroad, facing deportation or detention
    PERSECUTED_ABROAD = "persecuted_abroad"  # prosecuted or harassed abroad for advocacy
    TESTIFIER = "testifier"  # a relative or witness who testifies; never a public entry
    RELATIVE = "relative"  # a relative named in a case, not a subject


CASE_ROLES = frozenset({Role.VICTIM, Role.AT_RISK, Role.PERSECUTED_ABROAD})


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class Ethnicity(StrEnum):
    KAZAKH = "kazakh"
    UYGHUR = "uyghur"
    KYRGYZ = "kyrgyz"
    HUI = "hui"
    UZBEK = "uzbek"
    TATAR = "tatar"
    TAJIK = "tajik"
    HAN = "han"
    OTHER = "other"
    UNKNOWN = "unknown"


class Script(StrEnum):
    """ISO 15924 codes of the scripts names are written in."""

    LATIN = "Latn"
    CYRILLIC = "Cyrl"
    ARABIC = "Arab"
    HAN = "Hani"


class NameKind(StrEnum):
    PRIMARY = "primary"
    ALIAS = "alias"
    PATRONYMIC = "patronymic"  # a form built on the father's name (-uly, -kyzy, ...)
    CHINESE = "chinese"  # the name as Chinese documents render it
    TRANSLITERATION = "transliteration"
    MISSPELLING = "misspelling"  # a variant a source printed by mistake; kept so it is found


class EventType(StrEnum):
    """Acts done to a person (HURIDOCS-style 'what was done to whom')."""

    DETENTION = "detention"
    CAMP_INTERNMENT = "camp_internment"
    SENTENCING = "sentencing"
    IMPRISONMENT = "imprisonment"
    RELEASE = "release"
    HOUSE_ARREST = "house_arrest"
    FORCED_LABOR = "forced_labor"
    DISAPPEARANCE = "disappearance"
    ILL_TREATMENT = "ill_treatment"
    DEATH_IN_CUSTODY = "death_in_custody"
    TRAVEL_BAN = "travel_ban"
    PRESSURE_ON_RELATIVES = "pressure_on_relatives"
    DETENTION_ABROAD = "detention_abroad"
    ASYLUM_APPLICATION = "asylum_application"
    ASYLUM_DECISION = "asylum_decision"
    DEPORTATION_THREAT = "deportation_threat"
    PROSECUTION_ABROAD = "prosecution_abroad"
    FLIGHT = "flight"  # left the country to escape persecution


class Status(StrEnum):
    """A person's current situation, derived from events unless a curator overrides it."""

    IN_CAMP = "in_camp"
    IMPRISONED = "imprisoned"
    DETAINED = "detained"
    RELEASED = "released"
    HOUSE_ARREST = "house_arrest"
    MISSING = "missing"
    DECEASED = "deceased"
    AT_RISK_ABROAD = "at_risk_abroad"
    SAFE_ABROAD = "safe_abroad"
    UNKNOWN = "unknown"


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class DateQualifier(StrEnum):
    EXACT = "exact"
    APPROXIMATE = "approximate"
    BEFORE = "before"
    AFTER = "after"


class SourceKind(StrEnum):
    NEWS_ARTICLE = "news_article"
    VIDEO_TESTIMONY = "video_testimony"
    WRITTEN_TESTIMONY = "written_testimony"
    INTERVIEW = "interview"
    OFFICIAL_DOCUMENT = "official_document"
    COURT_VERDICT = "court_verdict"
    LEAKED_DOCUMENT = "leaked_document"
    SOCIAL_MEDIA = "social_media"
    GOVERNMENT_STATEMENT = "government_statement"
    SPREADSHEET = "spreadsheet"  # a bulk import


class Stance(StrEnum):
    """What a claim says about its fact."""

    ASSERTS = "asserts"
    DISPUTES = "disputes"  # contradicts it, e.g. another account or a state denial


class ClaimField(StrEnum):
    """The attribute of a person a claim is about (events and names have their own links)."""

    NAME = "name"
    EVENT = "event"
    GENDER = "gender"
    BIRTH_YEAR = "birth_year"
    ETHNICITY = "ethnicity"
    CITIZENSHIP = "citizenship"
    HOMETOWN = "hometown"
    OCCUPATION = "occupation"
    STATUS = "status"
    RELATIONSHIP = "relationship"
    OTHER = "other"


class RelationKind(StrEnum):
    SPOUSE = "spouse"
    PARENT = "parent"  # the first person is the parent of the second
    CHILD = "child"  # the first person is the child of the second
    SIBLING = "sibling"
    OTHER_RELATIVE = "other_relative"


class PlaceKind(StrEnum):
    COUNTRY = "country"
    REGION = "region"
    PREFECTURE = "prefecture"
    COUNTY = "county"
    CITY = "city"
    TOWNSHIP = "township"
    VILLAGE = "village"


class PlaceGranularity(StrEnum):
    """How precisely a public output may place a person (consent; coarser is safer)."""

    VILLAGE = "village"  # as precisely as recorded
    COUNTY = "county"
    PREFECTURE = "prefecture"
    REGION = "region"


class FacilityKind(StrEnum):
    CAMP = "camp"
    DETENTION_CENTRE = "detention_centre"
    PRISON = "prison"
    FORCED_LABOR_SITE = "forced_labor_site"
    ASYLUM_CENTRE = "asylum_centre"  # abroad: a holding centre for asylum seekers
    OTHER = "other"


class ActionKind(StrEnum):
    APPEAL_LETTER = "appeal_letter"
    UN_SUBMISSION = "un_submission"
    EMBASSY_VISIT = "embassy_visit"
    MEDIA_CAMPAIGN = "media_campaign"
    LEGAL_FILING = "legal_filing"
    PROTEST = "protest"


def choices(enum: type[StrEnum]) -> list[tuple[str, str]]:
    """(value, label) pairs for a form or model field."""
    return [(member.value, member.value.replace("_", " ")) for member in enum]
