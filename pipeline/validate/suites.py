"""The rules as Great Expectations suites: each check an expectation, named in its meta."""

from __future__ import annotations

import great_expectations as gx
from great_expectations.expectations.registry import get_expectation_impl

from pipeline.validate import expectations as _ours  # noqa: F401 - registers our expectations with GX
from pipeline.validate.rules import Rules


def suite_of(rules: Rules) -> gx.ExpectationSuite:
    expectations = [
        get_expectation_impl(check.expectation)(**check.kwargs, meta={"check": check.name, "why": check.why})
        for check in rules.checks
    ]
    return gx.ExpectationSuite(name=rules.table, expectations=expectations)
