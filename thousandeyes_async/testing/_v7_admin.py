"""v7 administration: account groups, users, roles, permissions, the audit log,
and path visualization interface groups.

Seeded from the emulator's credentials (each account group a credential may
name, one user per credential) and a fixed set of built-in roles.
"""

from __future__ import annotations

import ipaddress
from typing import TYPE_CHECKING

from ._entities import Record
from ._routes import Reply
from ._v7_bodies import BodyRule, BodyViolations
from ._v7_collections import Kind, collection, hal
from ._v7_paging import iso_date, resolve_v7_range
from ._v7_problems import ProblemError

if TYPE_CHECKING:
    from ._v7_routes import V7Request

__all__ = [
    "ACCOUNT_GROUPS",
    "INTERFACE_GROUPS",
    "ROLES",
    "USERS",
    "audit_events",
    "current_user",
    "permissions",
]

_ORGANIZATION = "Emulated Organization"
_REGISTERED = 1_577_836_800  # 2020-01-01

#: (id, label, permission name, management?)
_PERMISSIONS = (
    ("1", "View reports", "REPORT_READ", True),
    ("2", "Edit tests", "TEST_EDIT", False),
    ("3", "View tests", "TEST_READ", False),
    ("4", "Edit alert rules", "ALERT_RULE_EDIT", False),
    ("5", "View alerts", "ALERT_READ", False),
    ("6", "Edit users", "USER_EDIT", True),
    ("7", "Edit account groups", "ACCOUNT_GROUP_EDIT", True),
    ("51", "View snapshots", "REPORT_SNAPSHOTS_READ", False),
)
_BUILTIN_ROLES = (
    ("1", "Organization Admin", [p[0] for p in _PERMISSIONS]),
    ("2", "Account Admin", ["1", "2", "3", "4", "5", "6", "51"]),
    ("3", "Regular User", ["1", "3", "5", "51"]),
)


def _permission(permission_id: str) -> Record:
    for pid, label, name, management in _PERMISSIONS:
        if pid == permission_id:
            return {
                "label": label,
                "permissionId": pid,
                "isManagementPermission": management,
                "permission": name,
            }
    raise KeyError(permission_id)


def permissions(request: V7Request) -> Reply:
    listed = [_permission(p[0]) for p in _PERMISSIONS]
    return hal({"permissions": listed, "_links": {"self": request.self_link}})


# -- account groups --------------------------------------------------------------------


def _account_group(request: V7Request, item: Record) -> Record:
    aid = str(item["aid"])
    return {
        "aid": aid,
        "accountGroupName": item["accountGroupName"],
        "isCurrentAccountGroup": aid == request.params.get("aid", _default_aid(request)),
        "isDefaultAccountGroup": aid == _default_aid(request),
        "organizationName": _ORGANIZATION,
        "orgId": "1",
    }


def _default_aid(request: V7Request) -> str:
    return request.credential.account_groups[0]


def _seed_account_groups(request: V7Request) -> list[Record]:
    aids = sorted({a for c in request.emulator.credentials for a in c.account_groups})
    return [{"aid": a, "accountGroupName": f"Account group {a}", "_created": 0} for a in aids]


def _check_agents(request: V7Request, body: Record) -> None:
    data = request.emulator.dataset
    wrong = [
        {"code": "unknown", "field": f"agents[{i}]", "message": f"no agent with id {a}"}
        for i, a in enumerate(body.get("agents", ()))
        if not (str(a).isdigit() and data.has_agent(int(a)))
    ]
    if wrong:
        raise BodyViolations(wrong)


ACCOUNT_GROUPS = Kind(
    path="account-groups",
    list_key="accountGroups",
    id_field="aid",
    first_id=20_001,
    body=BodyRule(
        "AccountGroupRequest",
        {"accountGroupName": "string", "agents": "array"},
        frozenset({"accountGroupName"}),
    ),
    render=_account_group,
    seed=_seed_account_groups,
    check=_check_agents,
    label="Account group",
)


# -- roles -----------------------------------------------------------------------------


def _role(request: V7Request, item: Record) -> Record:
    return {
        "name": item.get("name", ""),
        "roleId": item["roleId"],
        "isBuiltin": bool(item.get("_builtin")),
        "permissions": [_permission(p) for p in item.get("permissions", ())],
    }


def _check_permissions(request: V7Request, body: Record) -> None:
    known = {p[0] for p in _PERMISSIONS}
    wrong = [
        {"code": "unknown", "field": f"permissions[{i}]", "message": f"no permission {p}"}
        for i, p in enumerate(body.get("permissions", ()))
        if str(p) not in known
    ]
    if wrong:
        raise BodyViolations(wrong)


ROLES = Kind(
    path="roles",
    list_key="roles",
    id_field="roleId",
    first_id=30_001,
    body=BodyRule("RoleRequestBody", {"name": "string", "permissions": "array"}),
    render=_role,
    seed=lambda request: [
        {"roleId": rid, "name": name, "permissions": perms, "_builtin": True}
        for rid, name, perms in _BUILTIN_ROLES
    ],
    summary=lambda request, item: {
        k: v for k, v in _role(request, item).items() if k != "permissions"
    },
    check=_check_permissions,
    label="Role",
)


# -- users -----------------------------------------------------------------------------


def _role_summary(request: V7Request, role_id: str) -> Record:
    roles = collection(request, ROLES).items
    role = roles.get(role_id, {"roleId": role_id, "name": "Deleted role"})
    return {
        "name": role.get("name", ""),
        "roleId": role_id,
        "isBuiltin": bool(role.get("_builtin")),
    }


def _user(request: V7Request, item: Record) -> Record:
    aid = str(item.get("loginAccountGroupId") or _default_aid(request))
    body: Record = {
        "name": item.get("name", ""),
        "email": item.get("email", "user@example.com"),
        "uid": item["uid"],
        "dateRegistered": iso_date(item.get("_created") or _REGISTERED),
        "loginAccountGroup": {"aid": aid, "accountGroupName": f"Account group {aid}"},
        "accountGroupRoles": [
            {
                "accountGroup": {
                    "aid": str(grant.get("accountGroupId", aid)),
                    "accountGroupName": f"Account group {grant.get('accountGroupId', aid)}",
                },
                "roles": [_role_summary(request, str(r)) for r in grant.get("roleIds", ())],
            }
            for grant in item.get("accountGroupRoles", ())
        ],
        "allAccountGroupRoles": [
            _role_summary(request, str(r)) for r in item.get("allAccountGroupRoleIds", ())
        ],
    }
    return body


def _user_summary(request: V7Request, item: Record) -> Record:
    full = _user(request, item)
    return {k: full[k] for k in ("name", "email", "uid", "dateRegistered", "loginAccountGroup")}


def _seed_users(request: V7Request) -> list[Record]:
    return [
        {
            "uid": str(index + 1),
            "name": credential.name,
            "email": credential.email or f"{credential.name}@example.com",
            "allAccountGroupRoleIds": ["1"],
            "_created": _REGISTERED,
            "_credential": credential.name,
        }
        for index, credential in enumerate(request.emulator.credentials)
    ]


def _check_user_references(request: V7Request, body: Record) -> None:
    """The roles and account groups a user is given must exist."""
    roles = collection(request, ROLES).items
    groups = collection(request, ACCOUNT_GROUPS).items
    wrong: list[dict[str, str]] = []

    def role_ids(field: str, values: object) -> None:
        for i, role_id in enumerate(values if isinstance(values, list) else ()):
            if str(role_id) not in roles:
                message = f"no role with id {role_id}"
                wrong.append({"code": "unknown", "field": f"{field}[{i}]", "message": message})

    def group_id(field: str, value: object) -> None:
        if value is not None and str(value) not in groups:
            message = f"no account group with id {value}"
            wrong.append({"code": "unknown", "field": field, "message": message})

    group_id("loginAccountGroupId", body.get("loginAccountGroupId"))
    for i, grant in enumerate(body.get("accountGroupRoles") or ()):
        group_id(f"accountGroupRoles[{i}].accountGroupId", grant.get("accountGroupId"))
        role_ids(f"accountGroupRoles[{i}].roleIds", grant.get("roleIds"))
    role_ids("allAccountGroupRoleIds", body.get("allAccountGroupRoleIds"))
    if wrong:
        raise BodyViolations(wrong)


_USER_ROLES = BodyRule(
    "UserAccountGroupRole",
    {"accountGroupId": "string", "roleIds": "array"},
    frozenset({"accountGroupId", "roleIds"}),
)

USERS = Kind(
    path="users",
    list_key="users",
    id_field="uid",
    first_id=40_001,
    body=BodyRule(
        "UserRequest",
        {
            "name": "string",
            "email": "string",
            "loginAccountGroupId": "string",
            "accountGroupRoles": "array",
            "allAccountGroupRoleIds": "array",
        },
        items={"accountGroupRoles": _USER_ROLES},
    ),
    render=_user,
    check=_check_user_references,
    seed=_seed_users,
    summary=_user_summary,
    label="User",
)


def current_user(request: V7Request) -> Reply:
    """The user of the credential that asks."""
    users = collection(request, USERS)
    name = request.credential.name
    for item in users:
        if item.get("_credential") == name:
            body = _user(request, item)
            body["lastLogin"] = iso_date(item.get("_created") or _REGISTERED)
            body["_links"] = {"self": {"href": f"{request.api_root}/users/{item['uid']}"}}
            return hal(body)
    raise ProblemError(404, "the current user was deleted")


def audit_events(request: V7Request, now: float) -> Reply:
    """The writes of this emulator's life in the asked range (the last day by default)."""
    params = dict(request.params)
    if not any(k in params for k in ("window", "startDate", "endDate")):
        params["window"] = "1d"
    span = resolve_v7_range(params, int(now), 1)
    events = [
        {k: v for k, v in e.items() if not k.startswith("_")}
        for e in request.emulator.v7.audit
        if span.start <= e["_epoch"] <= span.end
    ]
    return hal(
        {
            "auditEvents": events,
            "startDate": iso_date(span.start),
            "endDate": iso_date(span.end),
            "_links": {"self": request.self_link},
        }
    )


# -- path visualization interface groups -----------------------------------------------


def _check_ip_addresses(request: V7Request, body: Record) -> None:
    """An interface group's addresses must be IP addresses."""
    wrong: list[dict[str, str]] = []
    for i, text in enumerate(body.get("ipAddresses") or ()):
        try:
            ipaddress.ip_address(str(text))
        except ValueError:
            message = f"{text!r} is not an IP address"
            wrong.append({"code": "invalid", "field": f"ipAddresses[{i}]", "message": message})
    if wrong:
        raise BodyViolations(wrong)


INTERFACE_GROUPS = Kind(
    path="network/path-vis/interface-groups",
    list_key="pathVisInterfaceGroups",
    id_field="groupId",
    first_id=50_001,
    body=BodyRule(
        "InterfaceGroup",
        {"groupName": "string", "ipAddresses": "array"},
        read_only=frozenset({"aid", "groupId", "rdnsRegexes"}),
    ),
    render=lambda request, item: {
        "aid": request.params.get("aid", _default_aid(request)),
        "groupId": item["groupId"],
        "groupName": item.get("groupName", ""),
        "ipAddresses": list(item.get("ipAddresses", ())),
        "rdnsRegexes": [],
    },
    check=_check_ip_addresses,
    label="Interface group",
)
