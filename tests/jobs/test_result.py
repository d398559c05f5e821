"""Every job's result says what it found (``payload``): the base class is
abstract, so a result that forgets it fails when it is made, not when its
JSON is asked for."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from dataclasses import dataclass
from typing import Any

import pytest

import stakegraph.jobs
from stakegraph.jobs.result import Result
from stakegraph.model.report import ImportReport


def test_a_result_without_a_payload_cannot_be_made():
    class Forgetful(Result):
        pass

    with pytest.raises(TypeError, match="abstract method 'payload'|abstract methods? payload"):
        Forgetful()


def test_a_result_with_a_payload_is_the_command_json():
    @dataclass
    class Counted(Result):
        report: ImportReport

        def reports(self) -> dict[str, ImportReport]:
            return {"book": self.report}

        def payload(self) -> dict[str, Any]:
            return {"ties": 3}

    assert Counted(ImportReport("a.xlsx")).to_dict() == {
        "schema_version": 1, "import": {"ok": True, "errors": 0, "warnings": 0}, "ties": 3}


def test_every_job_result_says_its_payload():
    for info in pkgutil.iter_modules(stakegraph.jobs.__path__, "stakegraph.jobs."):
        importlib.import_module(info.name)
    made = [c for c in _subclasses(Result) if c.__module__.startswith("stakegraph.")]
    assert len(made) >= 10
    assert [c.__qualname__ for c in made if inspect.isabstract(c)] == []


def _subclasses(cls: type) -> list[type]:
    return [c for sub in cls.__subclasses__() for c in (sub, *_subclasses(sub))]
