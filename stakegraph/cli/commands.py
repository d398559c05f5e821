"""Every command of the ``stakegraph`` group, each from its own module:
importing a command module adds its command to the group."""

from stakegraph.cli import (  # noqa: F401
    analyze_cmd,
    collect_cmd,
    demo_cmd,
    diff_cmd,
    evaluate_cmd,
    export_cmd,
    forums_cmd,
    gaps_cmd,
    map_cmd,
    recommend_cmd,
    session_cmd,
    survey_cmd,
    tables_cmd,
    template_cmd,
    validate_cmd,
)

__all__: list[str] = []
