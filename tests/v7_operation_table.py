"""The closing table of the v7 operations: typed method, tested, emulator, Prism.

``python -m tests.v7_operation_table`` prints it in markdown. "Tested" is read
from the parametrize marks of the tests themselves (the cases pytest collects),
so an operation loses its "yes" as soon as its case is gone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from thousandeyes_async.models.v7.operations import OPERATIONS, OPERATIONS_BY_ID
from thousandeyes_async.resources._v7_methods import METHODS

__all__ = ["Row", "cases", "rows", "table"]

CLIENT_FILE = "tests/test_v7_groups_emulator.py"
RESULTS_FILE = "tests/test_test_results_v7.py"
COVERAGE_FILE = "tests/test_emulator_v7_coverage.py"
PRISM_FILE = "tests/test_contract_prism.py"

#: The results operations each read by one unparametrized test of ``RESULTS_FILE``.
RESULTS_SINGLE_TESTS = {
    "get_test_dns_server_result": "test_dns_server_with_a_server_id_reads_that_server_only",
    "get_test_web_transaction_agent_round_page_results": (
        "test_web_transactions_page_and_bgp_routes_read_their_ids"
    ),
    "get_test_bgp_routes_prefix_round_results": (
        "test_web_transactions_page_and_bgp_routes_read_their_ids"
    ),
}

Row = tuple[str, str, str, str, str, str]


def cases(test: Callable[..., Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pytest's id, arguments) of each case of a parametrized test."""
    for mark in getattr(test, "pytestmark", ()):
        if mark.name != "parametrize":
            continue
        names, values = mark.args
        names = [n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)
        ids = mark.kwargs.get("ids")
        for index, value in enumerate(values):
            arguments = (
                dict(zip(names, value, strict=True)) if len(names) > 1 else {names[0]: value}
            )
            if isinstance(ids, list):
                case = str(ids[index])
            elif callable(ids):
                case = str(ids(value))
            else:  # pytest's own: plain values as they are, others by name and index
                case = "-".join(
                    str(v) if isinstance(v, str | int | float) else f"{n}{index}"
                    for n, v in arguments.items()
                )
            yield case, arguments


def _template(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def _client_cases() -> dict[str, str]:
    """Operation id -> the test id that calls its typed method against the emulator."""
    from . import test_test_results_v7 as results
    from . import test_v7_groups_emulator as groups

    out: dict[str, str] = {}
    test = groups.test_every_typed_method_against_the_emulator
    for case, arguments in cases(test):
        out[arguments["op_id"]] = f"{CLIENT_FILE}::{test.__name__}[{case}]"
    by_path = {_template(op.path): op.id for op in OPERATIONS if op.area == "test-results"}
    for test in (
        results.test_every_range_operation_streams_the_expected_records_across_pages,
        results.test_every_round_operation_reads_its_agent_and_round,
    ):
        for case, arguments in cases(test):
            op_id = by_path[_template("/test-results/{testId}/" + arguments["path"])]
            out.setdefault(op_id, f"{RESULTS_FILE}::{test.__name__}[{case}]")
    for op_id, name in RESULTS_SINGLE_TESTS.items():
        assert callable(getattr(results, name)), name
        out.setdefault(op_id, f"{RESULTS_FILE}::{name}")
    return out


def _served() -> set[str]:
    """Operation ids (camelCase) the emulator coverage test sends."""
    from . import test_emulator_v7_coverage as coverage

    return {case for case, _ in cases(coverage.test_every_operation_is_served)}


def _prism() -> set[str]:
    """Operation ids the Prism contract tests call through their typed method."""
    from . import test_contract_prism as prism
    from .prism_contract import TYPED

    checked = {case for case, _ in cases(prism.test_every_answer_the_spec_allows_structures)}
    return checked & set(TYPED)


def rows() -> list[Row]:
    """One row per operation of the eight specs, in the method table's order."""
    client, served, prism = _client_cases(), _served(), _prism()
    out: list[Row] = []
    for op_id, (group, method) in METHODS.items():
        op = OPERATIONS_BY_ID[op_id]
        tested = f"yes: `{client[op_id]}`" if op_id in client else "no"
        out.append(
            (
                op_id,
                f"`{op.method} {op.path}`",
                f"`te.{group}.{method}`",
                tested,
                "yes" if op.operation_id in served else "no",
                "yes" if op_id in prism else "no",
            )
        )
    return out


def table() -> str:
    header = (
        "operation",
        "HTTP",
        "typed method",
        "tested against the emulator through the client",
        "emulator",
        "Prism",
    )
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows()]
    return "\n".join(lines)


if __name__ == "__main__":
    print(table())
