"""v7 objects kept as collections: account groups, users, roles, interface groups,
alert rules, alert suppression windows; and the read-only administration answers.

Every answer is checked against its vendored document with openapi-core.
"""

from __future__ import annotations

from typing import Any

import pytest
import trio
import trio.testing

from thousandeyes_async.testing import DataSpec, ThousandEyesEmulator

from .emulator_support import http
from .v7_spec_support import operation_id, request_example, validate

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend() -> tuple[str, dict[str, object]]:
    return ("trio", {"clock": trio.testing.MockClock(autojump_threshold=0)})


#: name -> (document, path, id field, list key, operation ids: list, create, get, put, delete)
KINDS: dict[str, tuple[str, str, str, str, tuple[str, str, str | None, str, str]]] = {
    "account groups": (
        "administrative",
        "/v7/account-groups",
        "aid",
        "accountGroups",
        (
            "getAccountGroups",
            "createAccountGroup",
            "getAccountGroup",
            "updateAccountGroup",
            "deleteAccountGroup",
        ),
    ),
    "users": (
        "administrative",
        "/v7/users",
        "uid",
        "users",
        ("getUsers", "createUser", "getUser", "updateUser", "deleteUser"),
    ),
    "roles": (
        "administrative",
        "/v7/roles",
        "roleId",
        "roles",
        ("getRoles", "createRole", "getRole", "updateRole", "deleteRole"),
    ),
    "interface groups": (
        "tests",
        "/v7/network/path-vis/interface-groups",
        "groupId",
        "pathVisInterfaceGroups",
        (
            "getPathVisInterfaceGroups",
            "createPathVisInterfaceGroups",
            None,
            "updatePathVisInterfaceGroup",
            "deletePathVisInterfaceGroup",
        ),
    ),
    "alert rules": (
        "alerts",
        "/v7/alerts/rules",
        "ruleId",
        "alertRules",
        (
            "getAlertsRules",
            "createAlertRule",
            "getAlertRule",
            "updateAlertRule",
            "deleteAlertRule",
        ),
    ),
    "suppression windows": (
        "alerts",
        "/v7/alert-suppression-windows",
        "alertSuppressionWindowId",
        "alertSuppressionWindows",
        (
            "getAlertSuppressionWindows",
            "createAlertSuppressionWindow",
            "getAlertSuppressionWindow",
            "updateAlertSuppressionWindow",
            "deleteAlertSuppressionWindow",
        ),
    ),
}


def _emulator() -> ThousandEyesEmulator:
    return ThousandEyesEmulator(data=DataSpec(agents=4))


def _body(emulator: ThousandEyesEmulator, area: str, name: str) -> dict[str, Any]:
    """The document's example body, pointing at objects the emulator has."""
    body = request_example(area, name)
    test_id = str(emulator.dataset.tests()[0].test_id)
    if "agents" in body:
        body["agents"] = [str(emulator.dataset.agents[0].agent_id)]
    if "permissions" in body:
        body["permissions"] = ["1", "51"]
    if "testIds" in body:
        body["testIds"] = [test_id]
    if "accountGroupRoles" in body:
        body["accountGroupRoles"] = [{"accountGroupId": "1234", "roleIds": ["3"]}]
        body["allAccountGroupRoleIds"] = ["2"]
        body["loginAccountGroupId"] = "1234"
    return body


def _name_field(body: dict[str, Any]) -> str:
    return next(k for k in ("accountGroupName", "ruleName", "groupName", "name") if k in body)


@pytest.mark.parametrize("kind", sorted(KINDS))
async def test_create_read_update_delete(kind: str) -> None:
    area, path, id_field, list_key, (list_op, create_op, get_op, put_op, delete_op) = KINDS[kind]
    emulator = _emulator()
    async with http(emulator) as client:
        before = validate(area, await client.get(path))[list_key]
        body = _body(emulator, area, create_op)
        created = await client.post(path, json=body)
        assert created.status_code == 201, created.text
        assert operation_id(area, created.request) == create_op
        item = validate(area, created)
        object_id = item[id_field]
        assert created.headers["location"].endswith(f"{path}/{object_id}")
        field = _name_field(body)
        assert item[field] == body[field]

        listed = validate(area, await client.get(path))[list_key]
        assert [i[id_field] for i in listed] == [*(i[id_field] for i in before), object_id]
        url = f"{path}/{object_id}"
        if get_op is not None:
            got = await client.get(url)
            assert operation_id(area, got.request) == get_op
            assert validate(area, got)[field] == body[field]

        update = _body(emulator, area, put_op)
        update[field] = "renamed"
        updated = await client.put(url, json=update)
        assert updated.status_code == 200, updated.text
        assert validate(area, updated)[field] == "renamed"
        listed = validate(area, await client.get(path))[list_key]
        assert [i[field] for i in listed if i[id_field] == object_id] == ["renamed"]

        deleted = await client.delete(url)
        assert operation_id(area, deleted.request) == delete_op
        assert deleted.status_code == 204
        validate(area, deleted)
        again = await client.delete(url)
        assert again.status_code == 404
        validate(area, again)
        assert operation_id(area, (await client.get(path)).request) == list_op
        listed = validate(area, await client.get(path))[list_key]
        assert object_id not in [i[id_field] for i in listed]


@pytest.mark.parametrize("kind", sorted(KINDS))
async def test_unknown_ids_and_broken_bodies(kind: str) -> None:
    area, path, _, _, (_, create_op, get_op, put_op, _) = KINDS[kind]
    emulator = _emulator()
    async with http(emulator) as client:
        body = _body(emulator, area, put_op)
        for answer in (
            await client.put(f"{path}/999", json=body),
            await client.delete(f"{path}/999"),
            *([await client.get(f"{path}/999")] if get_op else []),
        ):
            assert answer.status_code == 404
            validate(area, answer)
        broken = dict.fromkeys(_body(emulator, area, create_op), 12)
        answer = await client.post(path, json=broken)
        assert answer.status_code == 400
        problem = validate(area, answer, request=False)
        assert answer.headers["content-type"] == "application/problem+json"
        fields = {e["field"]: e["code"] for e in problem["errors"]}
        assert fields[_name_field(broken)] == "type"
        assert set(fields) <= set(broken)
        created = validate(area, await client.post(path, json=_body(emulator, area, create_op)))
        object_id = created[KINDS[kind][2]]
        answer = await client.put(f"{path}/{object_id}", json=broken)
        assert answer.status_code == 400
        fields = {e["field"] for e in validate(area, answer, request=False)["errors"]}
        assert _name_field(broken) in fields
        plain = await client.post(path, content=b"{}", headers={"Content-Type": "text/plain"})
        assert plain.status_code == 400
        validate(area, plain, request=False)


async def test_required_fields_and_references_are_checked() -> None:
    emulator = _emulator()
    async with http(emulator) as client:
        rule = await client.post("/v7/alerts/rules", json={"ruleName": "x"})
        fields = {e["field"] for e in validate("alerts", rule, request=False)["errors"]}
        assert fields == {"alertType", "expression", "roundsViolatingOutOf"}
        group = await client.post("/v7/account-groups", json={"agents": ["1"]})
        errors = validate("administrative", group, request=False)["errors"]
        assert [e["field"] for e in errors] == ["accountGroupName"]
        role = await client.post("/v7/roles", json={"name": "r", "permissions": ["99"]})
        errors = validate("administrative", role, request=False)["errors"]
        assert [e["field"] for e in errors] == ["permissions[0]"]
        window = await client.post("/v7/alert-suppression-windows", json={"testIds": ["5"]})
        errors = validate("alerts", window, request=False)["errors"]
        assert [e["field"] for e in errors] == ["testIds[0]"]
        user = await client.post("/v7/users", json={"accountGroupRoles": [{"roleIds": []}]})
        errors = validate("administrative", user, request=False)["errors"]
        assert [e["field"] for e in errors] == ["accountGroupRoles[0].accountGroupId"]


async def test_current_user_permissions_and_the_audit_log() -> None:
    emulator = _emulator()
    async with http(emulator) as client:
        me = validate("administrative", await client.get("/v7/users/current"))
        users = validate("administrative", await client.get("/v7/users"))["users"]
        assert me["uid"] in [u["uid"] for u in users]
        listed = validate("administrative", await client.get("/v7/permissions"))
        assert {p["permission"] for p in listed["permissions"]} >= {"REPORT_READ"}
        role = validate(
            "administrative",
            await client.post("/v7/roles", json={"name": "Auditor", "permissions": ["1"]}),
        )
        assert [p["permissionId"] for p in role["permissions"]] == ["1"]
        await trio.sleep(7200)
        await client.delete(f"/v7/roles/{role['roleId']}")
        recent = validate("administrative", await client.get("/v7/audit-user-events"))
        assert [e["event"] for e in recent["auditEvents"]] == [
            "Role created: Auditor",
            "Role deleted: Auditor",
        ]
        last_hour = await client.get("/v7/audit-user-events", params={"window": "1h"})
        events = validate("administrative", last_hour)["auditEvents"]
        assert [e["event"] for e in events] == ["Role deleted: Auditor"]
        bad = await client.get("/v7/audit-user-events", params={"window": "soon"})
        assert bad.status_code == 400
        validate("administrative", bad, request=False)


async def test_state_is_per_emulator() -> None:
    first, second = _emulator(), _emulator()
    async with http(first) as one, http(second) as two:
        created = await one.post("/v7/roles", json={"name": "Only here", "permissions": []})
        assert created.status_code == 201
        names = [r["name"] for r in (await two.get("/v7/roles")).json()["roles"]]
        assert "Only here" not in names
