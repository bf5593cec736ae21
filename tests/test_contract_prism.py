"""The client against Prism, an implementation of the published v7 specs nobody here wrote.

Two promises of the v7 issues: anything the spec allows must structure, and every
request the client sends must be valid for the spec. Prism serves random bodies
the spec allows (and, asked, the spec's own examples) and answers a request the
spec does not allow with a 4xx naming the violations.
"""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest

from . import prism_server
from .prism_server import PrismServer

pytestmark = pytest.mark.prism


def test_one_prism_server_per_spec_answers(prism_servers: dict[str, PrismServer]) -> None:
    assert sorted(prism_servers) == [
        "administrative",
        "agents",
        "alerts",
        "events",
        "instant-tests",
        "test-results",
        "test-snapshots",
        "tests",
    ]
    assert len({server.port for server in prism_servers.values()}) == 8
    # Prism checks the spec's security scheme: no Bearer token, no answer.
    answer = httpx.get(prism_servers["agents"].url + "/agents", timeout=10)
    assert answer.status_code == 401
    answer = httpx.get(
        prism_servers["agents"].url + "/agents",
        headers={"Authorization": "Bearer x", "Accept": "application/hal+json"},
        timeout=10,
    )
    assert answer.status_code == 200
    assert "agents" in answer.json()


def test_prism_is_found_where_ci_installs_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("TE_PRISM", raising=False)
    local = tmp_path / "prism"
    local.write_text("#!/usr/bin/env node\n")
    monkeypatch.setattr(prism_server, "LOCAL_PRISM", local)
    monkeypatch.setattr(prism_server.shutil, "which", lambda name: f"/usr/bin/{name}")
    assert prism_server.find_prism() == str(local)
    monkeypatch.setenv("TE_PRISM", "/opt/prism")
    assert prism_server.find_prism() == "/opt/prism"


def test_no_node_means_no_prism(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TE_PRISM", raising=False)
    monkeypatch.setattr(prism_server.shutil, "which", lambda name: None)
    assert prism_server.find_prism() is None
