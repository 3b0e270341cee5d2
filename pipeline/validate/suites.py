"""The rules as Great Expectations suites: each check an expectation, named in its meta."""

from __future__ import annotations

import great_expectations as gx
from great_expectations.expectations.registry import get_expectation_impl

from pipeline.validate import expectations as _ours  # noqa: F401 - registers our expectations with GX
from pipeline.validate.rules import Check


def suite_of(name: str, checks: list[Check]) -> gx.ExpectationSuite:
    expectations = [
        get_expectation_impl(check.expectation)(**check.kwargs, meta={"check": check.name, "why": check.why})
        for check in checks
    ]
    return gx.ExpectationSuite(name=name, expectations=expectations)
