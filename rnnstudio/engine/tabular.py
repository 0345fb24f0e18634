"""Reading a table of your own (CSV or TSV) safely: one bounded, validated reader.

:func:`read_table` reads a text file with :func:`files.read_text` (at most
``MAX_BYTES``) and works out its shape:

- the delimiter: tab, semicolon or comma, whichever splits the first lines into the same
  number of cells (a file with none of them is one column);
- a header: the first row is a header when one of its cells is neither a number nor a
  date;
- each column's kind: ``date`` (every cell an ISO date such as 2024-03-01, 2024-03 or
  2024-03-01T12:00, or a first column headed t/year/date/time/month/day whose values rise
  strictly), ``number`` (most cells numbers) or ``text``.

Blank lines and lines starting with ``#`` are skipped. Columns are numbered from 1 among
the *numeric* columns (date and text columns are skipped): in ``year,sunspots`` the year
is the time axis and column 1 is the sunspot number. :func:`numeric_column` returns one
column as floats and refuses any cell that is not a finite number, naming the lines
(the first five, "and N more").

Every problem is a ``ConfigError(field, msg(...))`` so the app and the command line
show the same message naming the setting. Nothing here knows about Qt.
"""

from __future__ import annotations

import csv
import functools
import io
import math
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..resources import resource_path
from .config import ConfigError
from .files import name_shown, read_text, shown
from .text import Msg, msg

MAX_BYTES = 16 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_COLUMNS = 1000
SHOWN_PROBLEMS = 5
SNIFF_LINES = 20
DELIMITERS = ("\t", ";", ",")
TIME_NAMES = frozenset({"t", "year", "date", "time", "month", "day", "datetime", "timestamp",
                        "period"})
ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2}([ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?"
                      r"(Z|[+-]\d{2}:?\d{2})?)?)?$")


@dataclass(frozen=True)
class Table:
    """A file's cells and what each column holds."""

    path: Path
    delimiter: str
    header: tuple[str, ...] | None  # the first row's cells, if it is a header
    rows: tuple[tuple[str, ...], ...]  # data rows (cells as text)
    lines: tuple[int, ...]  # the file line of each data row (1-based)
    kinds: tuple[str, ...]  # per column: "date" | "number" | "text"

    @property
    def width(self) -> int:
        return len(self.kinds)

    def name(self, j: int) -> str:
        """Column j's name (0-based index into all columns)."""
        if self.header and j < len(self.header) and self.header[j].strip():
            return self.header[j].strip()
        return f"#{j + 1}"

    @property
    def numeric(self) -> tuple[int, ...]:
        """Indices (into all columns) of the numeric columns, in file order."""
        return tuple(j for j, k in enumerate(self.kinds) if k == "number")

    @property
    def date_column(self) -> int | None:
        return next((j for j, k in enumerate(self.kinds) if k == "date"), None)


def data_path(setting: str, field: str = "data") -> Path:
    """The file a ``data`` setting names. A relative name that is not a file here is
    looked up among the bundled examples (``sunspots.csv``)."""
    text = setting.strip()
    if not text:
        raise ConfigError(field, msg("no data file given"))
    try:
        path = Path(text).expanduser()
    except RuntimeError:  # "~someone" without a home folder
        path = Path(text)
    try:
        if not path.is_absolute() and not path.exists() and path.name == text:
            bundled = resource_path("examples", text)
            if bundled.is_file():
                return bundled
    except (OSError, ValueError, FileNotFoundError):
        pass
    return path


def number(cell: str, delimiter: str) -> float | None:
    """The number a cell spells (None if it is not one); with a semicolon delimiter a
    decimal comma (3,5) is read too."""
    t = cell.strip()
    if not t or len(t) > 60:
        return None
    if delimiter == ";" and "," in t and "." not in t:
        t = t.replace(",", ".")
    try:
        return float(t)
    except ValueError:
        return None


def _is_date(cell: str) -> bool:
    return bool(ISO_DATE.match(cell.strip()))


def _sniff(lines: list[str]) -> str:
    sample = lines[:SNIFF_LINES]
    for d in DELIMITERS:  # a delimiter that splits every sampled line the same way
        counts = {_split(line, d).__len__() for line in sample}
        if len(counts) == 1 and counts.pop() > 1:
            return d
    for d in DELIMITERS:  # otherwise the one found most often
        if sum(line.count(d) for line in sample) >= len(sample):
            return d
    return ","


def _split(line: str, delimiter: str) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter), [])
    except csv.Error:
        return line.split(delimiter)


def _kind(cells: list[str], delimiter: str, name: str, first: bool) -> str:
    filled = [c for c in cells if c.strip()]
    if filled and all(_is_date(c) for c in filled):
        return "date"
    values = [number(c, delimiter) for c in filled]
    numbers = [v for v in values if v is not None]
    if not filled or len(numbers) * 2 < len(filled):
        return "text"
    if first and name.strip().lower() in TIME_NAMES and len(numbers) == len(cells) \
            and len(numbers) > 1 and all(b > a for a, b in zip(numbers, numbers[1:], strict=False)):
        return "date"
    return "number"


def parse_table(text: str, path: Path, field: str = "data") -> Table:
    """The table in `text` (the contents of `path`); ConfigError(field) if it has none."""
    where = name_shown(path)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    numbered = [(i + 1, line) for i, line in enumerate(text.split("\n"))
                if line.strip() and not line.lstrip().startswith("#")]
    if not numbered:
        raise ConfigError(field, msg("{path} is empty; choose a CSV file with a column of "
                                     "numbers", path=where))
    if len(numbered) > MAX_ROWS + 1:
        raise ConfigError(field, msg("{path} has more than {limit:,} rows (the most RNN Studio "
                                     "reads)", path=where, limit=MAX_ROWS))
    delimiter = _sniff([line for _, line in numbered])
    cells = [[c.strip() for c in _split(line, delimiter)] for _, line in numbered]
    first = cells[0]
    if len(first) > MAX_COLUMNS:
        raise ConfigError(field, msg("{path} has {n:,} columns; at most {limit:,} are read",
                                     path=where, n=len(first), limit=MAX_COLUMNS))
    header_row = any(c and number(c, delimiter) is None and not _is_date(c) for c in first)
    header = tuple(first) if header_row else None
    body = cells[1:] if header_row else cells
    lines = [n for n, _ in numbered][1 if header_row else 0:]
    width = len(first)
    problems: list[Msg] = []
    rows, kept = [], []
    for line, row in zip(lines, body, strict=True):
        if len(row) != width:
            problems.append(msg("line {line} has {n} values, expected {width}", line=line,
                                n=len(row), width=width))
            continue
        rows.append(tuple(row))
        kept.append(line)
    if problems:
        raise ConfigError(field, problem_list(where, problems))
    if not rows:
        raise ConfigError(field, msg("{path} has a header but no rows of data", path=where))
    columns = list(zip(*rows, strict=True))
    names = [header[j] if header else "" for j in range(width)]
    kinds = tuple(_kind(list(columns[j]), delimiter, names[j], j == 0) for j in range(width))
    return Table(path, delimiter, header, tuple(rows), tuple(kept), kinds)


def problem_list(where: str, problems: list[Msg]) -> Msg:
    """'{file}: line 3 ...; line 9 ...; and N more' (the first SHOWN_PROBLEMS named)."""
    shown_part: Msg = problems[0]
    for p in problems[1:SHOWN_PROBLEMS]:
        shown_part = msg("{first}; {next}", first=shown_part, next=p)
    rest = len(problems) - SHOWN_PROBLEMS
    if rest > 0:
        shown_part = msg("{first}; and {n} more", first=shown_part, n=rest)
    return msg("{path}: {problems}", path=where, problems=shown_part)


def read_table(setting: str, field: str = "data") -> Table:
    """The table of the file a ``data`` setting names (cached while the file is
    unchanged); ConfigError(field) for every problem."""
    path = data_path(setting, field)
    try:
        st = path.stat()
        key = (str(path.resolve()), st.st_mtime_ns, st.st_size)
    except (OSError, ValueError, RuntimeError):
        key = None
    if key is None:  # read_text names the problem (missing file, bad name, ...)
        return parse_table(read_text(path, MAX_BYTES, lambda r: ConfigError(field, r)), path,
                           field)
    return _cached(*key, field, str(path))


@functools.lru_cache(maxsize=8)
def _cached(resolved: str, mtime_ns: int, size: int, field: str, given: str) -> Table:
    path = Path(given)
    text = read_text(resolved, MAX_BYTES, lambda r: ConfigError(field, r))
    return parse_table(text, path, field)


def column_index(table: Table, column: int, field: str = "column") -> int:
    """The index (into all columns) of numeric column number `column` (1-based)."""
    numeric = table.numeric
    if not numeric:
        raise ConfigError("data", msg("{path} has no column of numbers",
                                      path=name_shown(table.path)))
    if not 1 <= column <= len(numeric):
        names = ", ".join(f"{k + 1} = {table.name(j)}" for k, j in enumerate(numeric[:12]))
        if len(numeric) > 12:
            names += ", …"
        if len(numeric) == 1:
            raise ConfigError(field, msg("{column} is out of range; the file has 1 numeric "
                                         "column: {names}", column=column, names=names))
        raise ConfigError(field, msg("{column} is out of range; the file has {n} numeric "
                                     "columns: {names}", column=column, n=len(numeric),
                                     names=names))
    return numeric[column - 1]


def numeric_column(table: Table, column: int, field: str = "data") -> np.ndarray:
    """Numeric column number `column` (1-based) as float64; ConfigError(field) naming
    the lines whose cell there is not a finite number."""
    j = column_index(table, column)
    values = np.empty(len(table.rows))
    problems: list[Msg] = []
    for i, (line, row) in enumerate(zip(table.lines, table.rows, strict=True)):
        v = number(row[j], table.delimiter)
        if v is None or not math.isfinite(v):
            problems.append(msg("line {line}: {value!r} is not a number", line=line,
                                value=shown(row[j], 24)) if row[j] else
                            msg("line {line}: the value is missing", line=line))
        else:
            values[i] = v
    if problems:
        raise ConfigError(field, msg("column {column} ({name}): {problems}", column=column,
                                     name=table.name(j),
                                     problems=problem_list(name_shown(table.path), problems)))
    return values


def preview_rows(table: Table, n: int = 6) -> list[tuple[str, ...]]:
    """The first `n` data rows (for a preview table)."""
    return list(table.rows[:n])


def as_text(table: Table) -> str:
    """The table written back as CSV (tests and exports)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    if table.header:
        w.writerow(table.header)
    w.writerows(table.rows)
    return out.getvalue()
