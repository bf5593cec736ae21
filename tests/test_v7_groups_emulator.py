"""Every typed v7 method end to end against the emulator, and every write's validation.

One case per operation id of the method table (the test results have their own
streams and tests): a new operation in the table without a scenario here fails.
Objects are made through the typed methods themselves (create an alert rule,
then get, update and delete it), with the spec's example bodies pointed at
objects the emulator has.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any, cast

import attrs
import pytest
import trio.testing

from thousandeyes_async import (
    AsyncThousandEyes,
    BadRequestError,
    NotFoundError,
    RateLimiter,
    RecordStream,
)
from thousandeyes_async.models._converter_v7 import structure_v7, unstructure_v7
from thousandeyes_async.models.v7.operations import OPERATIONS_BY_ID
from thousandeyes_async.resources._body import InvalidBody
from thousandeyes_async.resources._v7_methods import METHODS
from thousandeyes_async.testing import TEST_TYPES, V7_ONLY_TYPES, DataSpec, ThousandEyesEmulator

from .v7_minimal import members, minimal
from .v7_spec_support import repair_example, request_example

pytestmark = pytest.mark.anyio

#: Small pages, so that every list of more than a few items takes several.
PAGE = 4
GROUPED = sorted(op_id for op_id, (group, _) in METHODS.items() if group != "test_results")
WRITES = [op_id for op_id in GROUPED if OPERATIONS_BY_ID[op_id].request is not None]

#: The record attribute holding the id of a created object, by group.
ID_OF = {
    "account_groups": "aid",
    "users": "uid",
    "roles": "role_id",
    "alerts.rules": "rule_id",
    "alerts.suppression_windows": "alert_suppression_window_id",
    "tests.interface_groups": "group_id",
}
#: The name an update changes (JSON key, record attribute), by group.
NAME_OF = {
    "account_groups": ("accountGroupName", "account_group_name"),
    "users": ("name", "name"),
    "roles": ("name", "name"),
    "alerts.rules": ("ruleName", "rule_name"),
    "alerts.suppression_windows": ("name", "name"),
    "tests.interface_groups": ("groupName", "group_name"),
    "agents": ("agentName", "agent_name"),
}


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


def _emulator() -> ThousandEyesEmulator:
    types = (*TEST_TYPES, *V7_ONLY_TYPES)
    data = DataSpec(tests=2 * len(types), test_types=types, agents=6, api_tests=0)
    return ThousandEyesEmulator(data=data, page_size=PAGE)


def _op_of(group: str, method: str) -> str | None:
    return next((i for i, m in METHODS.items() if m == (group, method)), None)


def _id_attr(group: str) -> str:
    return "test_id" if group.startswith("tests.") and group in _TEST_GROUPS else ID_OF[group]


_TEST_GROUPS = {g for g, m in METHODS.values() if g.startswith("tests.") and m == "get"}


async def _read(stream: RecordStream[Any]) -> list[Any]:
    async with stream:
        return [record async for record in stream]


def _same(op_id: str, typed: Any, raw: Any) -> None:
    """The typed record is the operation's class, and the raw dict is the same record."""
    op = OPERATIONS_BY_ID[op_id]
    kind = op.item if op.items is not None and op.method == "GET" else op.response
    assert isinstance(typed, members(kind)), type(typed)
    assert isinstance(raw, dict)
    assert unstructure_v7(typed) == raw


@attrs.define
class World:
    """One emulator and one client on it, with the objects the scenarios need."""

    emulator: ThousandEyesEmulator
    te: AsyncThousandEyes
    made: int = 0

    def method(self, group: str, name: str) -> Any:
        target: Any = self.te
        for part in (*group.split("."), name):
            target = getattr(target, part)
        return target

    @property
    def agents(self) -> list[str]:
        return [str(a.agent_id) for a in self.emulator.dataset.agents]

    def body(self, op_id: str) -> dict[str, Any]:
        """The spec's example body of ``op_id``, pointed at objects the emulator has."""
        op = OPERATIONS_BY_ID[op_id]
        body = request_example(op.area, op.operation_id)
        agents = self.agents
        tests = [t for t in self.emulator.dataset.tests() if t.type != "bgp"]
        if "agents" in body:
            if op.area in ("tests", "instant-tests"):
                body["agents"] = [{"agentId": agents[0]}, {"agentId": agents[1]}]
            else:
                body["agents"] = [agents[0]]
        if "targetAgentId" in body:
            body["targetAgentId"] = agents[2]
        repair_example(body)
        if "alertRules" in body and op.area == "tests":  # the example's are not the emulator's
            body["alertRules"] = ["60001"]
        if "permissions" in body:
            body["permissions"] = ["1", "51"]
        if "tests" in body and op.area == "agents":
            body["tests"] = [str(tests[0].test_id)]
        if "testIds" in body:
            body["testIds"] = [str(tests[0].test_id)]
        if "accountGroupRoles" in body:
            body["accountGroupRoles"] = [{"accountGroupId": "1234", "roleIds": ["3"]}]
            body["allAccountGroupRoleIds"] = ["2"]
            body["loginAccountGroupId"] = "1234"
        if op_id == "create_test_snapshot":
            body.update(startDate="2023-12-31T22:00:00Z", endDate="2023-12-31T23:00:00Z")
        self.made += 1
        for key in ("testName", "ruleName", "groupName", "accountGroupName"):
            if key in body:
                body[key] = f"{body[key]} {self.made}"
        if "email" in body:
            body["email"] = f"user{self.made}@example.com"
        return body

    async def create(self, group: str) -> tuple[Any, str]:
        """A new object of ``group`` made through its typed ``create``, and its id."""
        op_id = _op_of(group, "create")
        assert op_id is not None, group
        record = await self.method(group, "create")(self.body(op_id))
        return record, str(getattr(record, _id_attr(group)))

    async def listed(self, group: str) -> list[str]:
        return [str(getattr(r, _id_attr(group))) for r in await _read(self.method(group, "list")())]

    async def existing(self, group: str) -> str:
        """The id of an object of a group nobody creates through the API."""
        if group == "agents":
            return self.agents[3]
        if group == "alerts":
            return str((await _read(self.te.alerts.list(window="1d", state="clear")))[0].id)
        if group == "events":
            return str((await _read(self.te.events.list(window="1d")))[0].id)
        if group == "agents.notification_rules":
            return str((await _read(self.te.agents.notification_rules.list()))[0].rule_id)
        raise AssertionError(group)

    async def some_id(self, group: str) -> str:
        if _op_of(group, "create") is not None:
            return (await self.create(group))[1]
        return await self.existing(group)


def _bodies(emulator: ThousandEyesEmulator) -> World:
    """A world for making bodies only: it has no client, so it sends nothing."""
    return World(emulator, cast(AsyncThousandEyes, None))


@asynccontextmanager
async def _world() -> AsyncIterator[World]:
    emulator = _emulator()
    async with emulator.client(api_version="v7", limiter=RateLimiter()) as te:
        yield World(emulator, te)


def _requests_to(emulator: ThousandEyesEmulator, path: str) -> int:
    return sum(1 for r in emulator.requests if r.path == path)


#: The lists the spec pages (alerts, events) are asked for small pages with ``max``.
LIST_ARGUMENTS: dict[str, dict[str, Any]] = {
    "get_alerts": {"window": "1d", "state": "clear", "max": PAGE},
    "get_events": {"window": "1d", "max": PAGE},
    "get_user_events": {"window": "1h"},
}


async def _list(world: World, op_id: str) -> None:
    op = OPERATIONS_BY_ID[op_id]
    group, name = METHODS[op_id]
    made: list[str] = []
    if _op_of(group, "create") is not None:
        made = [(await world.create(group))[1] for _ in range(PAGE + 1)]
    args: list[Any] = []
    if op.path_parameters:  # a test's history: two versions of a new test
        _, test_id = await world.create("tests.http_server")
        await world.te.tests.http_server.update(test_id, world.body("update_http_server_test"))
        args = [test_id]
    if op_id == "get_user_events":  # the audit log of the writes of this emulator's life
        made = [(await world.create("roles"))[1] for _ in range(2)]
    call = world.method(group, name)
    kwargs = LIST_ARGUMENTS.get(op_id, {})
    path = "/v7" + op.path.format(
        **{p.key: a for p, a in zip(op.path_parameters, args, strict=True)}
    )
    before = _requests_to(world.emulator, path)
    typed = await _read(call(*args, **kwargs))
    pages = _requests_to(world.emulator, path) - before
    raw = await _read(call(*args, raw=True, **kwargs))
    assert typed, op_id
    assert len(typed) == len(raw)
    for record, data in zip(typed, raw, strict=True):
        _same(op_id, record, data)
    if "max" in kwargs:
        # Every item of every page: the stream followed each next link.
        assert len(typed) > 2 * PAGE
        assert pages == -(-len(typed) // PAGE)
        assert len({r.id for r in typed}) == len(typed)
    else:
        assert pages == 1
    if op_id == "get_user_events":
        assert sum(1 for e in typed if e.event.startswith("Role created")) >= len(made)
    elif made:
        assert set(made) <= {str(getattr(r, _id_attr(group))) for r in typed}
    if op_id == "get_test_version_history":
        assert len(typed) >= 2


async def _get(world: World, op_id: str) -> None:
    op = OPERATIONS_BY_ID[op_id]
    group, name = METHODS[op_id]
    args = [await world.some_id(group)] if op.path_parameters else []
    typed = await world.method(group, name)(*args)
    raw = await world.method(group, name)(*args, raw=True)
    _same(op_id, typed, raw)
    if args:
        found = {str(v) for v in unstructure_v7(typed).values() if isinstance(v, str | int)}
        assert args[0] in found


async def _create(world: World, op_id: str) -> None:
    group, _ = METHODS[op_id]
    record, new_id = await world.create(group)
    raw = await world.method(group, "create")(world.body(op_id), raw=True)
    op = OPERATIONS_BY_ID[op_id]
    _same(op_id, record, unstructure_v7(record))
    again = structure_v7(raw, op.response, endpoint=op.id, path="body")
    assert unstructure_v7(again) == raw
    assert new_id in await world.listed(group)


def _renamed(world: World, op_id: str, group: str) -> tuple[dict[str, Any], str, str]:
    body = world.body(op_id)
    key, attr = NAME_OF.get(group, ("testName", "test_name"))
    body[key] = f"renamed by {op_id}"
    return body, attr, body[key]


async def _update(world: World, op_id: str) -> None:
    group, name = METHODS[op_id]
    some_id = await world.some_id(group)
    body, attr, new_name = _renamed(world, op_id, group)
    typed = await world.method(group, name)(some_id, body)
    _same(op_id, typed, unstructure_v7(typed))
    assert getattr(typed, attr) == new_name
    get = _op_of(group, "get")
    if get is not None:
        assert getattr(await world.method(group, "get")(some_id), attr) == new_name
    raw = await world.method(group, name)(some_id, body, raw=True)
    assert raw == unstructure_v7(typed)


async def _delete(world: World, op_id: str) -> None:
    group, name = METHODS[op_id]
    some_id = await world.some_id(group)
    assert await world.method(group, name)(some_id) is None
    if _op_of(group, "get") is not None:
        with pytest.raises(NotFoundError):
            await world.method(group, "get")(some_id)
    else:
        assert some_id not in await world.listed(group)


async def _instant(world: World, op_id: str) -> None:
    before = world.te.rate_limit_stats()
    assert "instant-test" not in before
    typed = await world.method(*METHODS[op_id])(world.body(op_id))
    raw = await world.method(*METHODS[op_id])(world.body(op_id), raw=True)
    _same(op_id, typed, unstructure_v7(typed))
    assert {str(t.test_id) for t in await _read(world.te.tests.list())} >= {
        str(typed.test_id),
        str(raw["testId"]),
    }
    assert world.te.rate_limit_stats()["instant-test"].limit == world.emulator.limits.instant_tests


async def _rerun(world: World, op_id: str) -> None:
    made = await world.te.instant.http_server(world.body("create_http_server_instant_test"))
    sent = _requests_to(world.emulator, f"/v7/tests/{made.test_id}/run")
    assert await world.te.instant.rerun(made.test_id) is None
    assert _requests_to(world.emulator, f"/v7/tests/{made.test_id}/run") == sent + 1
    assert "instant-test" in world.te.rate_limit_stats()


async def _snapshot(world: World, op_id: str) -> None:
    test = world.emulator.dataset.tests()[0]
    typed = await world.te.snapshots.create(test.test_id, world.body(op_id))
    raw = await world.te.snapshots.create(test.test_id, world.body(op_id), raw=True)
    _same(op_id, typed, unstructure_v7(typed))
    assert typed.source_test_id == raw["sourceTestId"] == str(test.test_id)
    stats = world.te.rate_limit_stats()["snapshot"]
    assert stats.limit == world.emulator.limits.snapshots


async def _cluster(world: World, op_id: str) -> None:
    head, member, other = world.agents[:3]
    joined = await world.te.agents.assign_to_cluster(head, {"agents": [member, other]})
    _same("assign_agent_to_cluster", joined, unstructure_v7(joined))
    ids = [m.member_id for m in joined.cluster_members or ()]
    assert ids == [head, member, other]
    if op_id == "unassign_agent_from_cluster":
        freed = await world.te.agents.unassign_from_cluster(head, {"members": [member]})
        _same(op_id, freed, unstructure_v7(freed))
        assert [a.agent_id for a in freed.agents] == [member]
        got = await world.te.agents.get(head, expand=["cluster-member"])
        assert [m.member_id for m in got.cluster_members or ()] == [head, other]


async def _agent_tests(world: World, op_id: str) -> None:
    agent = world.agents[4]
    tests = [str(t.test_id) for t in world.emulator.dataset.tests() if t.type != "bgp"][:2]
    call = world.method(*METHODS[op_id])
    if op_id == "unassign_tests":
        await world.te.agents.assign_tests(agent, {"testIds": tests})
    result = await call(agent, {"testIds": tests[:1]})
    _same(op_id, result, unstructure_v7(result))
    # The emulator's agents are cloud agents, whose record has no ``testIds``: kept in extra.
    ids = list(unstructure_v7(result)["testIds"])
    if op_id == "assign_tests":
        assert tests[0] in ids
    elif op_id == "overwrite_tests":
        assert ids == tests[:1]
    else:
        assert tests[0] not in ids
        assert tests[1] in ids


SPECIAL = {
    "run_instant_test": _rerun,
    "create_test_snapshot": _snapshot,
    "assign_agent_to_cluster": _cluster,
    "unassign_agent_from_cluster": _cluster,
    "assign_tests": _agent_tests,
    "overwrite_tests": _agent_tests,
    "unassign_tests": _agent_tests,
}


def _scenario(op_id: str) -> Any:
    """The scenario of an operation: by its kind, unless it has its own."""
    if op_id in SPECIAL:
        return SPECIAL[op_id]
    group, name = METHODS[op_id]
    if group == "instant":
        return _instant
    op = OPERATIONS_BY_ID[op_id]
    if op.method == "GET":
        return _list if op.items is not None else _get
    return {"create": _create, "update": _update, "delete": _delete}[name]


def test_every_operation_but_the_results_has_a_scenario() -> None:
    assert len(GROUPED) == 130
    assert all(_scenario(op_id) is not None for op_id in GROUPED)


@pytest.mark.parametrize("op_id", GROUPED)
async def test_every_typed_method_against_the_emulator(op_id: str) -> None:
    async with _world() as world:
        await _scenario(op_id)(world, op_id)


# -- each write's validation errors, through the client ------------------------------


async def _path_ids(world: World, op_id: str) -> list[str]:
    """Real ids for the path of ``op_id``: an agent, a test, or a new object of its group."""
    op = OPERATIONS_BY_ID[op_id]
    group, _ = METHODS[op_id]
    if not op.path_parameters:
        return []
    if group == "agents":
        return [world.agents[0]]
    if group == "snapshots":
        return [str(world.emulator.dataset.tests()[0].test_id)]
    return [await world.some_id(group)]


def _required(op_id: str, body: dict[str, Any]) -> list[str]:
    """The body's keys its request class requires."""
    return [key for key in minimal(OPERATIONS_BY_ID[op_id].request) if key in body]


def _missing_case(op_id: str) -> bool:
    return bool(_required(op_id, _bodies(_emulator()).body(op_id)))


REQUIRING = [op_id for op_id in WRITES if _missing_case(op_id)]


def test_the_writes_whose_bodies_require_nothing() -> None:
    # The spec requires no field of these bodies: only the server's refusals apply.
    assert sorted(set(WRITES) - set(REQUIRING)) == [
        "assign_agent_to_cluster",
        "assign_tests",
        "create_alert_suppression_window",
        "create_path_vis_interface_groups",
        "create_role",
        "create_user",
        "overwrite_tests",
        "unassign_agent_from_cluster",
        "unassign_tests",
        "update_agent",
        "update_agent_to_server_test",
        "update_alert_suppression_window",
        "update_bgp_test",
        "update_path_vis_interface_group",
        "update_role",
        "update_user",
    ]


@pytest.mark.parametrize("op_id", REQUIRING)
async def test_a_write_missing_a_required_field_names_it_and_sends_nothing(op_id: str) -> None:
    async with _world() as world:
        ids = await _path_ids(world, op_id)
        body = world.body(op_id)
        for key in _required(op_id, body):
            partial = {k: v for k, v in body.items() if k != key}
            sent = len(world.emulator.requests)
            with pytest.raises(InvalidBody, match=key) as caught:
                await world.method(*METHODS[op_id])(*ids, partial)
            assert isinstance(caught.value, ValueError)
            assert len(world.emulator.requests) == sent


#: Per body key, a value the client lets through and the emulator refuses: it names
#: no object the emulator has, or breaks a rule the schema cannot say.
REFUSED: dict[str, Any] = {
    "agents": "unknown agent",
    "targetAgentId": "999999",
    "testIds": ["999999"],
    "members": ["999999"],
    "permissions": ["999999"],
    "tests": ["999999"],
    "interval": 61,
    "allAccountGroupRoleIds": ["999999"],
    "ipAddresses": ["not an address"],
    "prefix": "10.0.0.0/30",
    "alertRules": ["999999"],
}


def _refused(op_id: str, body: dict[str, Any], agents: list[str]) -> tuple[dict[str, Any], str]:
    op = OPERATIONS_BY_ID[op_id]
    if op_id == "create_test_snapshot":  # the range runs backwards
        return {**body, "startDate": body["endDate"], "endDate": body["startDate"]}, "endDate"
    key = next(k for k in REFUSED if k in body)
    value = REFUSED[key]
    if key == "agents":
        tests = op.area in ("tests", "instant-tests")
        value = [{"agentId": "999999"}] if tests else ["999999"]
    return {**body, key: value}, key


@pytest.mark.parametrize("op_id", WRITES)
async def test_a_body_the_server_refuses_raises_bad_request_with_its_violations(
    op_id: str,
) -> None:
    async with _world() as world:
        ids = await _path_ids(world, op_id)
        body, key = _refused(op_id, world.body(op_id), world.agents)
        with pytest.raises(BadRequestError) as caught:
            await world.method(*METHODS[op_id])(*ids, body)
    error = caught.value
    assert error.status_code == 400
    assert error.errors, str(error)
    assert any(e.field is not None and e.field.startswith(key) for e in error.errors), error.errors


def test_the_closing_table_has_every_operation_tested_served_and_checked() -> None:
    from .v7_operation_table import rows, table

    found = rows()
    assert len(found) == 151
    assert [r[0] for r in found] == list(METHODS)
    for op_id, _, method, tested, served, prism in found:
        assert tested.startswith("yes: "), op_id
        assert (served, prism) == ("yes", "yes"), op_id
        assert method == "`te.{}.{}`".format(*METHODS[op_id])
    assert table().count("\n") == 152


# -- what the emulator refuses beyond the schema (plain httpx, each answer validated) --


async def test_the_emulator_refuses_prefixes_rules_addresses_and_roles_it_does_not_have() -> None:
    from .emulator_support import http
    from .v7_spec_support import validate

    emulator = _emulator()
    world = _bodies(emulator)
    bgp = world.body("create_bgp_test")
    http_test = world.body("create_http_server_test")
    group = world.body("create_path_vis_interface_groups")
    user = world.body("create_user")
    cases = [
        ("tests", "/v7/tests/bgp", {**bgp, "prefix": "10.0.0.0/30"}, ["prefix"]),
        ("tests", "/v7/tests/bgp", {**bgp, "prefix": "10.0.0.7/8"}, ["prefix"]),
        ("tests", "/v7/tests/bgp", {**bgp, "prefix": "text"}, ["prefix"]),
        (
            "tests",
            "/v7/tests/http-server",
            {**http_test, "alertRules": ["60001", "7"]},
            ["alertRules[1]"],
        ),
        (
            "tests",
            "/v7/network/path-vis/interface-groups",
            {**group, "ipAddresses": ["1.1.1.1", "x"]},
            ["ipAddresses[1]"],
        ),
        (
            "administrative",
            "/v7/users",
            {
                **user,
                "loginAccountGroupId": "7",
                "accountGroupRoles": [{"accountGroupId": "1234", "roleIds": ["3", "7"]}],
                "allAccountGroupRoleIds": ["7"],
            },
            ["loginAccountGroupId", "accountGroupRoles[0].roleIds[1]", "allAccountGroupRoleIds[0]"],
        ),
    ]
    async with http(emulator) as client:
        for area, path, body, fields in cases:
            refused = await client.post(path, json=body)
            assert refused.status_code == 400, (path, refused.text)
            errors = validate(area, refused, request=False)["errors"]
            assert [e["field"] for e in errors] == fields
        # The valid bodies these were made from are taken.
        for area, path, body in (
            ("tests", "/v7/tests/bgp", bgp),
            ("tests", "/v7/tests/http-server", http_test),
            ("tests", "/v7/network/path-vis/interface-groups", group),
            ("administrative", "/v7/users", user),
        ):
            created = await client.post(path, json=body)
            assert created.status_code == 201, (path, created.text)
            validate(area, created)
