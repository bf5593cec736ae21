"""Records of the Administrative API (v7).

Generated from the vendored v7 OpenAPI documents by ``nox -s generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

import attrs

from .._fields import extra_field, opt, required
from .._openapi import Discriminated, OpenStrEnum
from .shared import (
    AccountGroup,
    AgentBase,
    AgentResponse,
    CloudEnterpriseAgentType,
    ClusterMember,
    Coordinates,
    EnterpriseAgent,
    EnterpriseAgentData,
    EnterpriseAgentIpv6Policy,
    EnterpriseAgentState,
    Error,
    ErrorDetail,
    ErrorDetailCode,
    InterfaceIpMapping,
    Link,
    NetworkProviderInfo,
    NetworkProviderType,
    PaginationLinks,
    SelfLinks,
    SimpleAgent,
    SimpleTest,
    TestLinks,
    TestSelfLink,
    TestType,
    UnauthorizedError,
    ValidationError,
    ValidationErrorItem,
)

__all__ = [
    "REQUEST_SCHEMAS",
    "SCHEMAS",
    "UNIONS",
    "AccountGroup",
    "AccountGroupDetail",
    "AccountGroupInfo",
    "AccountGroupRequest",
    "AccountGroupRole",
    "AccountGroups",
    "AgentBase",
    "AgentResponse",
    "AuditUserEvents",
    "BaseRole",
    "CloudEnterpriseAgentType",
    "ClusterMember",
    "Coordinates",
    "CreatedAccountGroup",
    "CreatedUser",
    "EnterpriseAgent",
    "EnterpriseAgentData",
    "EnterpriseAgentIpv6Policy",
    "EnterpriseAgentState",
    "Error",
    "ErrorDetail",
    "ErrorDetailCode",
    "ExpandAccountGroupOptions",
    "ExtendedUser",
    "InterfaceIpMapping",
    "Link",
    "NetworkProviderInfo",
    "NetworkProviderType",
    "PaginationLinks",
    "Permission",
    "Permissions",
    "Resource",
    "Role",
    "RoleDetail",
    "RoleRequestBody",
    "Roles",
    "SelfLinks",
    "SimpleAgent",
    "SimpleTest",
    "TestLinks",
    "TestSelfLink",
    "TestType",
    "UnauthorizedError",
    "User",
    "UserAccountGroup",
    "UserAccountGroupRole",
    "UserDetail",
    "UserEvent",
    "UserRequest",
    "Users",
    "ValidationError",
    "ValidationErrorItem",
]


class ExpandAccountGroupOptions(OpenStrEnum):
    """The ``ExpandAccountGroupOptions`` values."""

    USER = "user"
    AGENT = "agent"


@attrs.frozen(kw_only=True)
class AccountGroupDetail:
    """The ``AccountGroupDetail`` schema."""

    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: Account group name
    account_group_name: str | None = opt()
    #: Indicates whether the requested aid is the context of the current account.
    is_current_account_group: bool | None = opt()
    #: Indicates whether the aid is the default one for the requesting user.
    is_default_account_group: bool | None = opt()
    #: (Optional) The name of the organization associated with the account group.
    organization_name: str | None = opt()
    #: (Optional) The ID for the organization associated with the account group.
    org_id: str | None = opt()
    users: tuple[UserAccountGroup, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    agents: tuple[EnterpriseAgent, ...] | None = opt()
    #: The account group token is an alphanumeric string used to bind an Enterprise Agent to a
    #: specific account group.
    account_token: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AccountGroupInfo:
    """The ``AccountGroupInfo`` schema."""

    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: Account group name
    account_group_name: str | None = opt()
    #: Indicates whether the requested aid is the context of the current account.
    is_current_account_group: bool | None = opt()
    #: Indicates whether the aid is the default one for the requesting user.
    is_default_account_group: bool | None = opt()
    #: (Optional) The name of the organization associated with the account group.
    organization_name: str | None = opt()
    #: (Optional) The ID for the organization associated with the account group.
    org_id: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AccountGroupRequest:
    """The ``AccountGroupRequest`` schema."""

    #: The name of the account group
    account_group_name: str = required()
    #: To grant access to enterprise agents, specify the agent list.
    agents: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AccountGroupRole:
    """The ``AccountGroupRole`` schema."""

    account_group: AccountGroup | None = opt()
    roles: tuple[Role, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AccountGroups:
    """The ``AccountGroups`` schema."""

    account_groups: tuple[AccountGroupInfo, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class AuditUserEvents:
    """The ``AuditUserEvents`` schema."""

    audit_events: tuple[UserEvent, ...] | None = opt()
    #: (Optional) When passing `window` or `startDate` parameter, the client will also receive the
    #: `startDate` field indicating the UTC start date of the data's...
    start_date: datetime | None = opt()
    #: (Optional) When passing `window` or `endDate` parameter, the client will also receive the
    #: `endDate` field indicating the UTC end date of the data's time...
    end_date: datetime | None = opt()
    #: A links object containing pagination related link(s).
    links: PaginationLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class BaseRole:
    """The ``BaseRole`` schema."""

    #: Name of the role.
    name: str | None = opt()
    #: Unique ID representing the role.
    role_id: str | None = opt()
    #: Flag indicating if the role is built-in (Account Admin, Organization Admin, Regular User).
    is_builtin: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class CreatedAccountGroup:
    """The ``CreatedAccountGroup`` schema."""

    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: Account group name
    account_group_name: str | None = opt()
    #: Indicates whether the requested aid is the context of the current account.
    is_current_account_group: bool | None = opt()
    #: Indicates whether the aid is the default one for the requesting user.
    is_default_account_group: bool | None = opt()
    #: (Optional) The name of the organization associated with the account group.
    organization_name: str | None = opt()
    #: (Optional) The ID for the organization associated with the account group.
    org_id: str | None = opt()
    users: tuple[UserAccountGroup, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class CreatedUser:
    """The ``CreatedUser`` schema."""

    #: User's display name.
    name: str | None = opt()
    #: User's email address.
    email: str | None = opt()
    #: Unique ID of the user.
    uid: str | None = opt()
    #: UTC date the user registered their account (ISO date-time format).
    date_registered: datetime | None = opt()
    login_account_group: AccountGroup | None = opt()
    account_group_roles: tuple[AccountGroupRole, ...] | None = opt()
    all_account_group_roles: tuple[Role, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class ExtendedUser:
    """The ``ExtendedUser`` schema."""

    #: User's display name.
    name: str | None = opt()
    #: User's email address.
    email: str | None = opt()
    #: Unique ID of the user.
    uid: str | None = opt()
    #: UTC date the user registered their account (ISO date-time format).
    date_registered: datetime | None = opt()
    login_account_group: AccountGroup | None = opt()
    #: UTC last login of the user (ISO date-time format).
    last_login: datetime | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Permission:
    """The ``Permission`` schema."""

    #: Label corresponding to the permission.
    label: str | None = opt()
    #: Unique ID representing the permission.
    permission_id: str | None = opt()
    #: Flag indicating whether the permission is classified as a management permission.
    is_management_permission: bool | None = opt()
    #: Permission name
    permission: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Permissions:
    """The ``Permissions`` schema."""

    permissions: tuple[Permission, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Resource:
    """The ``Resource`` schema."""

    #: Type of resource affected.
    type: str | None = opt()
    #: Name of the affected resource.
    name: str | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Role:
    """The ``Role`` schema."""

    #: Name of the role.
    name: str | None = opt()
    #: Unique ID representing the role.
    role_id: str | None = opt()
    #: Flag indicating if the role is built-in (Account Admin, Organization Admin, Regular User).
    is_builtin: bool | None = opt()
    #: Flag indicating whether the user has management permissions.
    has_management_permissions: bool | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class RoleDetail:
    """The ``RoleDetail`` schema."""

    #: Name of the role.
    name: str | None = opt()
    #: Unique ID representing the role.
    role_id: str | None = opt()
    #: Flag indicating if the role is built-in (Account Admin, Organization Admin, Regular User).
    is_builtin: bool | None = opt()
    permissions: tuple[Permission, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class RoleRequestBody:
    """The ``RoleRequestBody`` schema."""

    #: Name of the role.
    name: str | None = opt()
    #: Contains list of test permission IDs (get `permissionId` from `/permissions` operation)
    permissions: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Roles:
    """The ``Roles`` schema."""

    roles: tuple[Role, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class User:
    """The ``User`` schema."""

    #: User's display name.
    name: str | None = opt()
    #: User's email address.
    email: str | None = opt()
    #: Unique ID of the user.
    uid: str | None = opt()
    #: UTC date the user registered their account (ISO date-time format).
    date_registered: datetime | None = opt()
    login_account_group: AccountGroup | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UserAccountGroup:
    """The ``UserAccountGroup`` schema."""

    #: User's display name.
    name: str | None = opt()
    #: User's email address.
    email: str | None = opt()
    #: Unique ID representing the user.
    uid: str | None = opt()
    #: User's UTC last login date (ISO date-time format).
    last_login: datetime | None = opt()
    #: User's UTC registration date (ISO date-time format).
    date_registered: datetime | None = opt()
    roles: tuple[Role, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UserAccountGroupRole:
    """The ``UserAccountGroupRole`` schema."""

    #: Unique ID of the account group.
    account_group_id: str | None = opt()
    #: Unique role IDs.
    role_ids: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UserDetail:
    """The ``UserDetail`` schema."""

    #: User's display name.
    name: str | None = opt()
    #: User's email address.
    email: str | None = opt()
    #: Unique ID of the user.
    uid: str | None = opt()
    #: UTC date the user registered their account (ISO date-time format).
    date_registered: datetime | None = opt()
    login_account_group: AccountGroup | None = opt()
    #: UTC last login of the user (ISO date-time format).
    last_login: datetime | None = opt()
    account_group_roles: tuple[AccountGroupRole, ...] | None = opt()
    all_account_group_roles: tuple[Role, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UserEvent:
    """The ``UserEvent`` schema."""

    #: A unique identifier associated with your account group.
    aid: str | None = opt()
    #: Account group name
    account_group_name: str | None = opt()
    #: UTC event date (ISO date-time format).
    date: datetime | None = opt()
    #: Event type.
    event: str | None = opt()
    #: Source IP address of the user.
    ip_address: str | None = opt()
    #: Unique id representing the user.
    uid: str | None = opt()
    #: The name and email address of the user.
    user: str | None = opt()
    resources: tuple[Resource, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class UserRequest:
    """The ``UserRequest`` schema."""

    #: User's display name.
    name: str | None = opt()
    #: User's email address.
    email: str | None = opt()
    #: Unique ID of the login account group.
    login_account_group_id: str | None = opt()
    account_group_roles: tuple[UserAccountGroupRole, ...] | None = opt()
    #: Unique IDs representing the roles.
    all_account_group_role_ids: tuple[str, ...] | None = opt()
    extra: Mapping[str, Any] = extra_field()


@attrs.frozen(kw_only=True)
class Users:
    """The ``Users`` schema."""

    users: tuple[ExtendedUser, ...] | None = opt()
    #: A links object containing the self link.
    links: SelfLinks | None = opt(key="_links")
    extra: Mapping[str, Any] = extra_field()


#: The discriminated unions of this module, read by the v7 converter.
UNIONS: tuple[Discriminated, ...] = ()


#: The spec's schemas by name (the request form of a schema only requests use).
SCHEMAS: Mapping[str, Any] = {
    "AccountGroup": AccountGroup,
    "AccountGroupDetail": AccountGroupDetail,
    "AccountGroupInfo": AccountGroupInfo,
    "AccountGroupRequest": AccountGroupRequest,
    "AccountGroupRole": AccountGroupRole,
    "AccountGroups": AccountGroups,
    "AgentBase": AgentBase,
    "AgentResponse": AgentResponse,
    "AuditUserEvents": AuditUserEvents,
    "BaseRole": BaseRole,
    "CloudEnterpriseAgentType": CloudEnterpriseAgentType,
    "ClusterMember": ClusterMember,
    "Coordinates": Coordinates,
    "CreatedAccountGroup": CreatedAccountGroup,
    "CreatedUser": CreatedUser,
    "EnterpriseAgent": EnterpriseAgent,
    "EnterpriseAgentData": EnterpriseAgentData,
    "EnterpriseAgentIpv6Policy": EnterpriseAgentIpv6Policy,
    "EnterpriseAgentState": EnterpriseAgentState,
    "Error": Error,
    "ErrorDetail": ErrorDetail,
    "ErrorDetailCode": ErrorDetailCode,
    "ExpandAccountGroupOptions": ExpandAccountGroupOptions,
    "ExtendedUser": ExtendedUser,
    "InterfaceIpMapping": InterfaceIpMapping,
    "Link": Link,
    "NetworkProviderInfo": NetworkProviderInfo,
    "NetworkProviderType": NetworkProviderType,
    "PaginationLinks": PaginationLinks,
    "Permission": Permission,
    "Permissions": Permissions,
    "Resource": Resource,
    "Role": Role,
    "RoleDetail": RoleDetail,
    "RoleRequestBody": RoleRequestBody,
    "Roles": Roles,
    "SelfLinks": SelfLinks,
    "SimpleAgent": SimpleAgent,
    "SimpleTest": SimpleTest,
    "TestLinks": TestLinks,
    "TestSelfLink": TestSelfLink,
    "TestType": TestType,
    "UnauthorizedError": UnauthorizedError,
    "User": User,
    "UserAccountGroup": UserAccountGroup,
    "UserAccountGroupRole": UserAccountGroupRole,
    "UserDetail": UserDetail,
    "UserEvent": UserEvent,
    "UserRequest": UserRequest,
    "Users": Users,
    "ValidationError": ValidationError,
    "ValidationErrorItem": ValidationErrorItem,
}


#: The request forms of schemas used both ways, by schema name.
REQUEST_SCHEMAS: Mapping[str, Any] = {}
