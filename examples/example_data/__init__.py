"""The illustrative data of the example workbooks, one module per workbook."""

from __future__ import annotations

__all__ = ["email"]


def email(contact: str) -> str:
    """An invented address for an invented contact person.

    >>> email("B. O'Brien")
    'b.obrien@example.org'
    """
    surname = "".join(c for c in contact.split(" ", 1)[-1].lower() if c.isalnum())
    return f"{contact[0].lower()}.{surname}@example.org"
