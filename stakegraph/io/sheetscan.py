"""What each sheet of a workbook expands to, counted from its XML as it streams.

The spreadsheet engine builds every sheet whole: a grid from A1 to the
farthest filled cell, each repeated cell (ODS) written out, each reference
to a shared string (``.xlsx``) a copy of the string. These counters read the
XML a chunk at a time -- ``feed`` is handed whole tags only -- and raise
:class:`OverLimit` as soon as a sheet passes one of the
:class:`~stakegraph.limits.Limits`, before anything is built.

Examples
--------
>>> ods = OdsSheets(Limits(cells=100))
>>> ods.feed(b'<table:table><table:table-row table:number-rows-repeated="20">'
...          b'<table:table-cell table:number-columns-repeated="6"><text:p>x</text:p>'
...          b'</table:table-cell></table:table-row>')  # doctest: +NORMALIZE_WHITESPACE
Traceback (most recent call last):
...
stakegraph.io.sheetscan.OverLimit: a sheet reaches as far as cell F20, 120 cells, more than the
limit of 100 cells (a real mapping that needs more can raise it with --max-cells)
"""

from __future__ import annotations

import functools
import re
from array import array
from itertools import repeat

from stakegraph.limits import Limits, over_cell_chars, over_cells, over_sheet_chars

__all__ = ["OdsSheets", "OverLimit", "SharedStrings", "XlsxExtent", "column_letters", "column_number",
           "shared_chars"]


class OverLimit(Exception):  # noqa: N818 -- a signal to the container check, never shown raw
    """A sheet passed a limit; the message says which, and how to raise it."""


def column_number(letters: bytes) -> int:
    """The 1-based number of Excel column ``letters``.

    >>> column_number(b"A"), column_number(b"AB"), column_number(b"XFD")
    (1, 28, 16384)
    """
    number = 0
    for byte in letters:
        number = number * 26 + byte - 64
    return number


def column_letters(number: int) -> str:
    """The letters of the 1-based Excel column ``number``.

    >>> column_letters(1), column_letters(28), column_letters(16384)
    ('A', 'AB', 'XFD')
    """
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def _check_area(row: int, column: int, limits: Limits) -> None:
    if row * column > limits.cells:
        raise OverLimit(over_cells(row * column, limits,
                                   f"a sheet reaches as far as cell {column_letters(column)}{row},"))


# --- .xlsx ----------------------------------------------------------------------------

_CELL_REF = re.compile(rb' r="([A-Z]{1,3})([0-9]{1,7})"')
#: a cell or row whose first attribute is not its place (``r``)
_UNPLACED = re.compile(rb'<(?:c|row)(?:>|/>| (?!r="))')
_ROW_OR_CELL = re.compile(rb"<(row|c)(?=[\s/>])([^>]*)>")
_REF = re.compile(rb'\br="([A-Z]{0,3})([0-9]{0,7})"')
_LAST_CELL = re.compile(rb'<c r="([A-Z]{1,3})([0-9]{1,7})"')
#: cells farther out than the last one of a stretch that are found one by one, before all are read
_STEPS = 16


def _at_most(value: str, digits: str) -> str:
    """A pattern for the strings of ``digits`` (in order) that stand for at
    most ``value``: shorter ones, or as long and not greater at any place.

    >>> _at_most("27", "0123456789")
    '[0-9]{1,1}|[0-1][0-9]{1}|2[0-7]'
    >>> _at_most("G", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
    '[A-G]'
    """
    low, high = digits[0], digits[-1]
    branches = [f"[{low}-{high}]{{1,{len(value) - 1}}}"] if len(value) > 1 else []
    for at, char in enumerate(value):
        rest = len(value) - at - 1
        if rest == 0:
            branches.append(value[:at] + f"[{low}-{char}]")
        elif char != low:
            before = digits[digits.index(char) - 1]
            branches.append(value[:at] + f"[{low}-{before}][{low}-{high}]{{{rest}}}")
    return "|".join(branches)


@functools.lru_cache(maxsize=64)
def _beyond(column: int, row: int) -> re.Pattern[bytes]:
    """A pattern for a cell that is not within ``column`` and ``row``: one
    farther out, or one that does not name its place (one search finds
    both). A row that does not name its place matters only to such cells:
    a cell that names its place is put there, whatever its row says.

    >>> bool(_beyond(7, 20).search(b'<c r="G20"/><c r="B3" t="s"/>')), bool(_beyond(7, 20).search(b'<c r="H2"/>'))
    (False, True)
    """
    columns = _at_most(column_letters(column), "ABCDEFGHIJKLMNOPQRSTUVWXYZ") if column else "(?!)"
    rows = _at_most(str(row), "0123456789") if row else "(?!)"
    return re.compile(f'<c(?! r="(?:{columns})(?:{rows})")[ />]'.encode())


class XlsxExtent:
    """The farthest row and column of the cells of a worksheet.

    Cells normally name their place (``<c r="B7">``), in order; reading every
    reference is slow, so a stretch of XML is first searched, in one pass,
    for a reference beyond the farthest column so far or beyond the row of
    the stretch's own last cell, or for a cell without a place: when
    there is none, that row is the farthest. Otherwise every reference is
    read. A cell without ``r`` follows the one before it in its row, and a
    row without ``r`` the row before it; XML with such cells or rows is
    walked tag by tag.

    >>> extent = XlsxExtent(Limits())
    >>> extent.feed(b'<row r="3"><c r="B3"/><c/></row>')
    >>> extent.row, extent.column
    (3, 3)
    >>> extent.feed(b'<row r="4"><c r="A4"/><c r="AB9"/><c r="B4"/></row>')
    >>> extent.row, extent.column
    (9, 28)
    """

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.row = self.column = 0
        self._row = self._column = 0  # where the last row or cell read was

    def feed(self, xml: bytes) -> None:
        last = _LAST_CELL.match(xml, max(xml.rfind(b'<c r="'), 0))
        row = max(self.row, int(last.group(2)) if last else 0)
        column = max(self.column, column_number(last.group(1)) if last else 0)
        at = 0
        for _ in range(_STEPS):
            found = _beyond(column, row).search(xml, at)
            if found is None:
                self.row, self.column = row, column
                break
            ref = _LAST_CELL.match(xml, found.start())
            if ref is None:  # a cell without its place: follow the cells one by one
                self._walk(xml)
                _check_area(self.row, self.column, self.limits)
                return
            # a cell farther out (the header's last columns, say): search on from it
            row, column = max(row, int(ref.group(2))), max(column, column_number(ref.group(1)))
            at = found.end()
        else:
            self._every_reference(xml)
        self._remember_last(xml)
        _check_area(self.row, self.column, self.limits)

    def _every_reference(self, xml: bytes) -> None:
        refs = _CELL_REF.findall(xml)
        if refs:
            letters, digits = zip(*refs)
            self.row = max(self.row, max(map(int, digits)))
            # letters of equal length sort as columns do; right-aligned, all do
            self.column = max(self.column, column_number(max(map(bytes.rjust, letters, repeat(3))).lstrip()))

    def _walk(self, xml: bytes) -> None:
        for tag, attributes in _ROW_OR_CELL.findall(xml):
            ref = _REF.search(attributes)
            if tag == b"row":
                self._row = int(ref.group(2)) if ref and ref.group(2) else self._row + 1
                self._column = 0
                continue
            if ref and ref.group(1) and ref.group(2):
                self._row, self._column = int(ref.group(2)), column_number(ref.group(1))
            else:
                self._column += 1
            self.row, self.column = max(self.row, self._row), max(self.column, self._column)

    def _remember_last(self, xml: bytes) -> None:
        """Where the XML ends, for cells or rows without ``r`` that may follow."""
        row_at, cell_at = xml.rfind(b'<row r="'), xml.rfind(b'<c r="')
        ref = _REF.match(xml, max(row_at, cell_at) + (5 if row_at > cell_at else 3))  # at the r
        if ref and ref.group(2):
            self._row = int(ref.group(2))
            self._column = column_number(ref.group(1)) if cell_at > row_at else 0


_SI = re.compile(rb"<si(?:\s[^>]*)?(?:/>|>(?:<t(?:\s[^>]*)?>([^<]*)</t>|(.*?))</si>)", re.DOTALL)
_TAG = re.compile(rb"<[^>]*>")


class SharedStrings:
    """An ``.xlsx`` table of shared strings (``xl/sharedStrings.xml``), read
    so that each reference to a string can be counted at its length. A first
    reading (:meth:`feed`) only learns how long the longest string may be
    (the longest stretch of XML between two strings) and refuses a string
    longer than a cell may hold; :meth:`measure` learns the length of each
    string, in order, for when references must be counted one by one.

    >>> xml = b'<sst><si><t>Doras</t></si><si><r><t>Na</t></r><r><t>sc</t></r></si><si/>'
    >>> table = SharedStrings(Limits(cell_chars=5))
    >>> table.feed(xml)
    >>> table.longest
    38
    >>> measured = SharedStrings(Limits(cell_chars=5))
    >>> measured.measure(xml)
    >>> list(measured.lengths), measured.longest
    ([5, 4, 0], 5)
    >>> table.feed(b'<si><t>Caritas</t></si></sst>')  # doctest: +NORMALIZE_WHITESPACE
    Traceback (most recent call last):
    ...
    stakegraph.io.sheetscan.OverLimit: a cell holds 7 characters, more than the limit of 5 (the
    most a cell of Excel or LibreOffice holds; shorten the cell)
    """

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.lengths = array("q")
        self.longest = 0
        self._carry = b""

    def feed(self, xml: bytes) -> None:
        """Learn how long the strings in ``xml`` may be, at the cost of a split."""
        whole = self._whole(xml)
        longest = max(map(len, whole.split(b"<si")), default=0)
        if longest > self.limits.cell_chars:
            self._sizes(whole)  # refuses a string that is too long
        self.longest = max(self.longest, longest)

    def measure(self, xml: bytes) -> None:
        """Learn the length of each string in ``xml``, in order."""
        sizes = self._sizes(self._whole(xml))
        self.lengths.extend(sizes)
        self.longest = max(self.longest, *sizes) if sizes else self.longest

    def _whole(self, xml: bytes) -> bytes:
        """``xml`` after what was left of the last, up to the end of its last whole string."""
        xml = self._carry + xml
        end = max(xml.rfind(b"</si>") + 5, xml.rfind(b"<si/>") + 5, 0)
        end = end if end > 4 else 0
        self._carry = xml[end:]
        return xml[:end]

    def _sizes(self, xml: bytes) -> list[int]:
        # a plain string, <t>text</t>, is measured as found; a rich one without its tags
        found = _SI.findall(xml)
        sizes = [len(plain) if plain or not rich else len(_TAG.sub(b"", rich)) for plain, rich in found]
        for size, (plain, rich) in zip(sizes, found):
            if size > self.limits.cell_chars:  # bytes over-count letters such as 'é'; characters do not
                letters = len((plain or _TAG.sub(b"", rich)).decode("utf-8", "replace"))
                if letters > self.limits.cell_chars:
                    raise OverLimit(over_cell_chars(letters, self.limits))
        return sizes


_SHARED_REF = re.compile(rb't="s"[^>]*>\s*<v>\s*([0-9]{1,10})\s*</v>')


def shared_chars(xml: bytes, lengths: array[int]) -> int:
    """The characters the references to shared strings in ``xml`` stand for.

    >>> shared_chars(b'<c r="A1" t="s"><v>1</v></c><c r="A2" t="s"><v>1</v></c><c r="A3"><v>1</v></c>',
    ...              array("q", [5, 200]))
    400
    """
    total = 0
    for index in _SHARED_REF.findall(xml):
        number = int(index)
        if number < len(lengths):
            total += lengths[number]
    return total


# --- .ods -----------------------------------------------------------------------------

_ODS_TOKEN = re.compile(rb"<(/?)([A-Za-z][\w.-]*:)?([\w.-]+)([^>]*)>")
_ODS_REPEAT = re.compile(rb'number-(?:rows|columns)-repeated="([0-9]{1,9})"')
_SPACES = re.compile(rb'\bc="([0-9]{1,9})"')
#: elements inside a paragraph that stand for characters (text:s repeats its space c times)
_ONE_CHARACTER = {b"tab", b"line-break"}


class OdsSheets:
    """The tables of an ODS ``content.xml``, counted as the engine will expand
    them: the farthest filled row and column (repeated rows and cells, as in
    ``number-rows-repeated="1048576"``, counted), the characters of each cell
    (``<text:s text:c="N"/>`` is N spaces, paragraphs are joined by a line
    break) and of each table. A self-closed cell or row is empty; any other
    counts as filled."""

    def __init__(self, limits: Limits) -> None:
        self.limits = limits
        self.row = self.column = 0
        self._rows = self._repeat = self._at = self._filled = 0
        self._cell_repeat = 0
        self._cell_chars = self._row_chars = self._sheet_chars = 0
        self._paragraphs = 0
        self._in_cell = False

    def feed(self, xml: bytes) -> None:
        text_from = 0
        for token in _ODS_TOKEN.finditer(xml):
            if self._in_cell and token.start() > text_from:
                self._text(xml[text_from:token.start()])
            text_from = token.end()
            closing, prefix, tag, attributes = token.groups()
            if prefix == b"table:":
                self._table(bool(closing), tag, attributes)
            elif self._in_cell and prefix == b"text:" and not closing:
                if tag == b"p":
                    self._paragraphs += 1
                    self._cell_chars += self._paragraphs > 1  # paragraphs joined by a line break
                elif tag == b"s":
                    spaces = _SPACES.search(attributes)
                    self._cell_chars += int(spaces.group(1)) if spaces else 1
                elif tag in _ONE_CHARACTER:
                    self._cell_chars += 1

    def _text(self, text: bytes) -> None:
        self._cell_chars += len(text)
        if self._cell_chars > self.limits.cell_chars:
            self._cell_chars += len(text.decode("utf-8", "replace")) - len(text)
            if self._cell_chars > self.limits.cell_chars:
                raise OverLimit(over_cell_chars(self._cell_chars, self.limits))

    def _table(self, closing: bool, tag: bytes, attributes: bytes) -> None:
        repeated = int(m.group(1)) if (m := _ODS_REPEAT.search(attributes)) else 1
        empty = attributes.endswith(b"/")
        if tag == b"table" and not closing:
            self._rows = self._sheet_chars = 0
        elif tag == b"table-row" and closing:
            self._end_row()
        elif tag == b"table-row":
            self._repeat, self._at, self._filled, self._row_chars = repeated, 0, 0, 0
            if empty:
                self._end_row()
        elif tag in (b"table-cell", b"covered-table-cell"):
            if closing:
                self._end_cell()
            else:
                self._cell_repeat, self._cell_chars, self._paragraphs = repeated, 0, 0
                self._in_cell = not empty
                if empty:
                    self._at += repeated

    def _end_cell(self) -> None:
        self._in_cell = False
        self._at += self._cell_repeat
        self._filled = self._at
        _check_area(max(self.row, self._rows + self._repeat), max(self.column, self._filled), self.limits)
        self._row_chars += self._cell_chars * self._cell_repeat
        self._check_chars(self._row_chars * self._repeat)

    def _end_row(self) -> None:
        if self._filled:
            self.row = max(self.row, self._rows + self._repeat)
            self.column = max(self.column, self._filled)
            _check_area(self.row, self.column, self.limits)
        self._sheet_chars += self._row_chars * self._repeat
        self._row_chars = 0
        self._check_chars(0)
        self._rows += self._repeat

    def _check_chars(self, more: int) -> None:
        if self._sheet_chars + more > self.limits.sheet_chars:
            raise OverLimit(over_sheet_chars(self._sheet_chars + more, self.limits))
