"""Reading a spreadsheet of persons (CSV) into checked rows, all or nothing.

Columns (header row required, any order; only `names` is required):

| column        | meaning                                                              |
|---------------|----------------------------------------------------------------------|
| external_id   | the row's id in the source spreadsheet; re-imports match on it       |
| names         | names in any script, separated by `|`; the first is the primary name |
| gender        | female, male, other, unknown                                         |
| birth_year    | a year, e.g. 1979                                                    |
| ethnicity     | kazakh, uyghur, kyrgyz, hui, uzbek, tatar, tajik, han, other, unknown|
| citizenship   | ISO 3166 alpha-2 codes separated by `|`, e.g. CN|KZ                  |
| hometown      | a place name in any spelling                                         |
| status        | in_camp, imprisoned, detained, released, house_arrest, missing, ...  |
| detained_from | YYYY, YYYY-MM or YYYY-MM-DD                                          |
| facility      | the facility's name                                                  |
| source_url    | http(s) link to the source of the row                                |
| notes         | staff notes, never public                                            |

Every problem of every row is collected and reported with its line number and
column; if there is any, nothing is imported.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import TypeVar

from victimsdb.core.dates import DateFormatError, FuzzyDate, parse_fuzzy_date
from victimsdb.core.vocabulary import Ethnicity, Gender, Status

COLUMNS = (
    "external_id",
    "names",
    "gender",
    "birth_year",
    "ethnicity",
    "citizenship",
    "hometown",
    "status",
    "detained_from",
    "facility",
    "source_url",
    "notes",
)
REQUIRED = ("names",)
MAX_NAME_LENGTH = 300
E = TypeVar("E", bound=StrEnum)
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_URL = re.compile(r"^https?://[^\s/$.?#][^\s]*$", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}" + (f", column {self.column}" if self.column else "")
        return f"{where}: {self.message}"


class ImportRejected(ValueError):
    """The file cannot be imported; `problems` lists every reason."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


@dataclass
class PersonRow:
    line: int
    external_id: str
    names: list[str]
    gender: Gender = Gender.UNKNOWN
    birth_year: int | None = None
    ethnicity: Ethnicity = Ethnicity.UNKNOWN
    citizenships: list[str] = field(default_factory=list)
    hometown: str = ""
    status: Status | None = None
    detained_from: FuzzyDate | None = None
    facility: str = ""
    source_url: str = ""
    notes: str = ""


def read_person_rows(content: bytes) -> list[PersonRow]:
    """Check a whole CSV file and return its rows; raise ImportRejected listing every problem."""
    text = _decode(content)
    reader = csv.DictReader(io.StringIO(text, newline=""), restkey="\0extra")
    try:
        header = reader.fieldnames
    except csv.Error as error:
        raise ImportRejected([Problem(1, "", f"not a readable CSV file: {error}")]) from None
    _check_header(header)
    rows: list[PersonRow] = []
    problems: list[Problem] = []
    seen: dict[str, int] = {}
    try:
        for record in reader:
            row, row_problems = _row(record, reader.line_num)
            problems += row_problems
            if row is None:
                continue
            if row.external_id in seen:
                problems.append(
                    Problem(
                        row.line,
                        "external_id",
                        f"{row.external_id!r} already used on line {seen[row.external_id]}",
                    )
                )
            seen.setdefault(row.external_id, row.line)
            rows.append(row)
    except csv.Error as error:
        problems.append(Problem(reader.line_num, "", f"not a readable CSV row: {error}"))
    if problems:
        raise ImportRejected(problems)
    return rows


def _decode(content: bytes) -> str:
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = content[: error.start].count(b"\n") + 1
        raise ImportRejected(
            [Problem(line, "", "the file is not UTF-8 text; save it as 'CSV UTF-8' and try again")]
        ) from None


def _check_header(header: Sequence[str] | None) -> None:
    if not header:
        raise ImportRejected(
            [Problem(1, "", "the file is empty; the first line must name the columns")]
        )
    names = [column.strip() for column in header]
    problems = [
        Problem(1, column, f"unknown column {column!r}; known columns: {', '.join(COLUMNS)}")
        for column in names
        if column not in COLUMNS
    ]
    problems += [
        Problem(1, column, f"required column {column!r} is missing")
        for column in REQUIRED
        if column not in names
    ]
    problems += [
        Problem(1, column, f"column {column!r} appears twice")
        for column in sorted(set(names))
        if names.count(column) > 1
    ]
    if problems:
        raise ImportRejected(problems)


def _row(
    record: dict[str, str | list[str] | None], line: int
) -> tuple[PersonRow | None, list[Problem]]:
    if "\0extra" in record:
        return None, [Problem(line, "", "the row has more cells than the header has columns")]
    cells = {
        key.strip(): (value or "").strip()
        for key, value in record.items()
        if isinstance(value, str | None)
    }
    if not any(cells.values()):
        return None, []  # blank lines are skipped
    checker = _RowChecker(line)
    row = PersonRow(
        line=line,
        external_id=cells.get("external_id") or _content_id(cells),
        names=checker.names(cells.get("names", "")),
        gender=checker.enum(Gender, "gender", cells.get("gender")) or Gender.UNKNOWN,
        birth_year=checker.year(cells.get("birth_year", "")),
        ethnicity=checker.enum(Ethnicity, "ethnicity", cells.get("ethnicity")) or Ethnicity.UNKNOWN,
        citizenships=checker.countries(cells.get("citizenship", "")),
        hometown=cells.get("hometown", ""),
        status=checker.enum(Status, "status", cells.get("status")),
        detained_from=checker.date(cells.get("detained_from", "")),
        facility=cells.get("facility", ""),
        source_url=checker.url(cells.get("source_url", "")),
        notes=cells.get("notes", ""),
    )
    return row, checker.problems


def _content_id(cells: dict[str, str]) -> str:
    """A stable id for a row without external_id, so re-importing it matches it."""
    canonical = "\x1f".join(f"{column}={cells.get(column, '')}" for column in COLUMNS)
    return "row:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:20]


class _RowChecker:
    def __init__(self, line: int) -> None:
        self.line = line
        self.problems: list[Problem] = []

    def fail(self, column: str, message: str) -> None:
        self.problems.append(Problem(self.line, column, message))

    def names(self, cell: str) -> list[str]:
        names = [" ".join(name.split()) for name in cell.split("|") if name.strip()]
        if not names:
            self.fail("names", "at least one name is required")
        for name in names:
            if len(name) > MAX_NAME_LENGTH:
                self.fail("names", f"a name is longer than {MAX_NAME_LENGTH} characters")
            if any(not char.isprintable() for char in name):
                self.fail("names", f"{name!r} contains control characters")
        return names

    def enum(self, enum: type[E], column: str, cell: str | None) -> E | None:
        if not cell:
            return None
        try:
            return enum(cell.lower().replace(" ", "_"))
        except ValueError:
            self.fail(
                column,
                f"unknown {column} {cell!r}; use one of: "
                f"{', '.join(member.value for member in enum)}",
            )
            return None

    def year(self, cell: str) -> int | None:
        if not cell:
            return None
        if not cell.isdigit() or not 1880 <= int(cell) <= date.today().year:
            self.fail("birth_year", f"{cell!r} is not a year between 1880 and {date.today().year}")
            return None
        return int(cell)

    def countries(self, cell: str) -> list[str]:
        codes = [code.strip().upper() for code in cell.split("|") if code.strip()]
        for code in codes:
            if not _COUNTRY.match(code):
                self.fail("citizenship", f"{code!r} is not a two-letter ISO 3166 country code")
        return [code for code in codes if _COUNTRY.match(code)]

    def date(self, cell: str) -> FuzzyDate | None:
        if not cell:
            return None
        try:
            return parse_fuzzy_date(cell)
        except DateFormatError as error:
            self.fail("detained_from", str(error))
            return None

    def url(self, cell: str) -> str:
        if cell and not _URL.match(cell):
            self.fail("source_url", f"{cell!r} is not an http(s) link")
            return ""
        return cell
