"""Two-mode networks for people: which groups share members, and who links them."""

from stakegraph.render.report.forums.text import format_forums

__all__ = ["format_forums"]
