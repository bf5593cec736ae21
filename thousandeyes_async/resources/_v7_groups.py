"""The typed v7 resource groups: one method per operation of the method table.

Every method is one call into ``_v7_calls``, which reads the operation table;
only the signatures are written here.

Generated from the vendored v7 OpenAPI documents by ``nox -s generate``; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, overload

import httpx

from .._options import UNSET
from .._pagination import RecordStream
from .._timerange import WindowLike
from ..ratelimit._api import Priority
from ._group import RawRecord
from ._v7_calls import V7Group

if TYPE_CHECKING:
    from ..models.v7.administrative import (
        AccountGroupDetail,
        AccountGroupInfo,
        AccountGroupRequest,
        CreatedAccountGroup,
        CreatedUser,
        ExpandAccountGroupOptions,
        ExtendedUser,
        Permission,
        Role,
        RoleDetail,
        RoleRequestBody,
        UserDetail,
        UserEvent,
        UserRequest,
    )
    from ..models.v7.agents import (
        AgentClusterAssignRequest,
        AgentClusterUnassignRequest,
        AgentDetails,
        AgentDetailsExpand,
        AgentListExpand,
        AgentProxy,
        AgentRequest,
        AgentTestsAssignRequest,
        CloudEnterpriseAgent,
        CloudEnterpriseAgents,
        LocalProblem,
        NotificationRule,
        NotificationRuleDetail,
    )
    from ..models.v7.alerts import (
        Alert,
        AlertDetail,
        AlertSuppressionWindow,
        AlertSuppressionWindowDetail,
        AlertSuppressionWindowRequest,
        BaseRule,
        ExpandAlertTestOptions,
        Rule,
        RuleDetail,
        RuleDetailUpdateRequest,
        State,
    )
    from ..models.v7.events import Event, EventDetail
    from ..models.v7.instant_tests import (
        AgentToAgentInstantTestRequest,
        AgentToAgentInstantTestResponse,
        AgentToServerInstantTestRequest,
        AgentToServerInstantTestResponse,
        ApiInstantTestRequest,
        ApiInstantTestResponse,
        DnsSecInstantTestRequest,
        DnsSecInstantTestResponse,
        DnsServerInstantTestRequest,
        DnsServerInstantTestResponse,
        DnsTraceInstantTestRequest,
        DnsTraceInstantTestResponse,
        ExpandInstantTestOptions,
        FtpServerInstantTestRequest,
        FtpServerInstantTestResponse,
        HttpServerInstantTestRequest,
        HttpServerInstantTestResponse,
        PageLoadInstantTestRequest,
        PageLoadInstantTestResponse,
        SipServerInstantTestRequest,
        SipServerInstantTestResponse,
        VoiceInstantTestRequest,
        VoiceInstantTestResponse,
        WebTransactionInstantTestRequest,
        WebTransactionInstantTestResponse,
    )
    from ..models.v7.shared import CloudEnterpriseAgentType, SimpleTest
    from ..models.v7.test_snapshots import SnapshotRequest, SnapshotResponse
    from ..models.v7.tests import (
        AgentToAgentTestRequest,
        AgentToAgentTestResponse,
        AgentToServerTestRequest,
        AgentToServerTestResponse,
        ApiTestRequest,
        ApiTestResponse,
        BgpTestRequest,
        BgpTestResponse,
        DnsSecTestRequest,
        DnsSecTestResponse,
        DnsServerTestRequest,
        DnsServerTestResponse,
        DnsTraceTestRequest,
        DnsTraceTestResponse,
        ExpandBgpTestOptions,
        ExpandTestOptions,
        FtpServerTestRequest,
        FtpServerTestResponse,
        HttpServerTestRequest,
        HttpServerTestResponse,
        InterfaceGroup,
        InterfaceGroupRequest,
        PageLoadTestRequest,
        PageLoadTestResponse,
        SipServerTestRequest,
        SipServerTestResponse,
        TestVersionHistory,
        UnexpandedAgentToAgentTest,
        UnexpandedAgentToServerTest,
        UnexpandedApiTest,
        UnexpandedBgpTest,
        UnexpandedDnsSecTest,
        UnexpandedDnsServerTest,
        UnexpandedDnsTraceTest,
        UnexpandedFtpServerTest,
        UnexpandedHttpServerTest,
        UnexpandedPageLoadTest,
        UnexpandedSipServerTest,
        UnexpandedVoiceTest,
        UnexpandedWebTransactionTest,
        UpdateAgentToServerTestRequest,
        UpdateBgpTestRequest,
        VoiceTestRequest,
        VoiceTestResponse,
        WebTransactionTestRequest,
        WebTransactionTestResponse,
    )
    from ._protocol import ClientCalls

__all__ = [
    "GROUPS",
    "AccountGroupsGroup",
    "AgentsGroup",
    "AgentsLocalProblemsGroup",
    "AgentsNotificationRulesGroup",
    "AgentsProxiesGroup",
    "AlertsGroup",
    "AlertsRulesGroup",
    "AlertsSuppressionWindowsGroup",
    "AuditUserEventsGroup",
    "EventsGroup",
    "InstantGroup",
    "PermissionsGroup",
    "RolesGroup",
    "SnapshotsGroup",
    "TestsAgentToAgentGroup",
    "TestsAgentToServerGroup",
    "TestsApiGroup",
    "TestsBgpGroup",
    "TestsDnsServerGroup",
    "TestsDnsTraceGroup",
    "TestsDnssecGroup",
    "TestsFtpServerGroup",
    "TestsGroup",
    "TestsHttpServerGroup",
    "TestsInterfaceGroupsGroup",
    "TestsPageLoadGroup",
    "TestsSipServerGroup",
    "TestsVoiceGroup",
    "TestsWebTransactionsGroup",
    "UsersGroup",
]

Id: TypeAlias = int | str
Timeout: TypeAlias = float | httpx.Timeout | None


class AgentsLocalProblemsGroup(V7Group):
    """``te.agents.local_problems``."""

    path = "agents.local_problems"

    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[LocalProblem]: ...
    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[LocalProblem] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        window: WindowLike | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /agents/local-problems``: List Cloud agents with local problems."""
        return self._stream(
            "get_agents_local_problems",
            "list",
            (),
            raw=raw,
            query={"window": window, "start": start, "end": end},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )


class AgentsNotificationRulesGroup(V7Group):
    """``te.agents.notification_rules``."""

    path = "agents.notification_rules"

    @overload
    async def get(
        self,
        notification_rule_id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> NotificationRuleDetail: ...
    @overload
    async def get(
        self,
        notification_rule_id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        notification_rule_id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> NotificationRuleDetail | RawRecord: ...
    async def get(
        self,
        notification_rule_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /agents/notification-rules/{notificationRuleId}``: Retrieve agent notification
        rule.
        """
        return await self._send(
            "get_agents_notification_rule",
            "get",
            (notification_rule_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[NotificationRule]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[NotificationRule] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /agents/notification-rules``: List agent notification rules."""
        return self._stream(
            "get_agents_notification_rules",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )


class AgentsProxiesGroup(V7Group):
    """``te.agents.proxies``."""

    path = "agents.proxies"

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[AgentProxy]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[AgentProxy] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /agents/proxies``: List Enterprise Agent Proxies."""
        return self._stream(
            "get_agents_proxies",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )


class AlertsRulesGroup(V7Group):
    """``te.alerts.rules``."""

    path = "alerts.rules"

    @overload
    async def create(
        self,
        body: RuleDetailUpdateRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> Rule: ...
    @overload
    async def create(
        self,
        body: RuleDetailUpdateRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: RuleDetailUpdateRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> Rule | RawRecord: ...
    async def create(
        self,
        body: RuleDetailUpdateRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /alerts/rules``: Create alert rule."""
        return await self._send(
            "create_alert_rule",
            "create",
            (),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        rule_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /alerts/rules/{ruleId}``: Delete alert rule."""
        await self._send(
            "delete_alert_rule",
            "delete",
            (rule_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        rule_id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> RuleDetail: ...
    @overload
    async def get(
        self,
        rule_id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        rule_id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> RuleDetail | RawRecord: ...
    async def get(
        self,
        rule_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /alerts/rules/{ruleId}``: Retrieve alert rule."""
        return await self._send(
            "get_alert_rule",
            "get",
            (rule_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[BaseRule]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[BaseRule] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /alerts/rules``: List alert rules."""
        return self._stream(
            "get_alerts_rules",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        rule_id: Id,
        body: RuleDetailUpdateRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> Rule: ...
    @overload
    async def update(
        self,
        rule_id: Id,
        body: RuleDetailUpdateRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        rule_id: Id,
        body: RuleDetailUpdateRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> Rule | RawRecord: ...
    async def update(
        self,
        rule_id: Id,
        body: RuleDetailUpdateRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /alerts/rules/{ruleId}``: Update alert rule."""
        return await self._send(
            "update_alert_rule",
            "update",
            (rule_id,),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class AlertsSuppressionWindowsGroup(V7Group):
    """``te.alerts.suppression_windows``."""

    path = "alerts.suppression_windows"

    @overload
    async def create(
        self,
        body: AlertSuppressionWindowRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AlertSuppressionWindowDetail: ...
    @overload
    async def create(
        self,
        body: AlertSuppressionWindowRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: AlertSuppressionWindowRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AlertSuppressionWindowDetail | RawRecord: ...
    async def create(
        self,
        body: AlertSuppressionWindowRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /alert-suppression-windows``: Create alert suppression window."""
        return await self._send(
            "create_alert_suppression_window",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        window_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /alert-suppression-windows/{windowId}``: Delete alert suppression window."""
        await self._send(
            "delete_alert_suppression_window",
            "delete",
            (window_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        window_id: Id,
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AlertSuppressionWindowDetail: ...
    @overload
    async def get(
        self,
        window_id: Id,
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        window_id: Id,
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AlertSuppressionWindowDetail | RawRecord: ...
    async def get(
        self,
        window_id: Id,
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /alert-suppression-windows/{windowId}``: Retrieve alert suppression window."""
        return await self._send(
            "get_alert_suppression_window",
            "get",
            (window_id,),
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[AlertSuppressionWindow]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[AlertSuppressionWindow] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /alert-suppression-windows``: List alert suppression windows."""
        return self._stream(
            "get_alert_suppression_windows",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        window_id: Id,
        body: AlertSuppressionWindowRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AlertSuppressionWindowDetail: ...
    @overload
    async def update(
        self,
        window_id: Id,
        body: AlertSuppressionWindowRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        window_id: Id,
        body: AlertSuppressionWindowRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AlertSuppressionWindowDetail | RawRecord: ...
    async def update(
        self,
        window_id: Id,
        body: AlertSuppressionWindowRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAlertTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /alert-suppression-windows/{windowId}``: Update alert suppression window."""
        return await self._send(
            "update_alert_suppression_window",
            "update",
            (window_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsAgentToAgentGroup(V7Group):
    """``te.tests.agent_to_agent``."""

    path = "tests.agent_to_agent"

    @overload
    async def create(
        self,
        body: AgentToAgentTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentToAgentTestResponse: ...
    @overload
    async def create(
        self,
        body: AgentToAgentTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: AgentToAgentTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentToAgentTestResponse | RawRecord: ...
    async def create(
        self,
        body: AgentToAgentTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/agent-to-agent``: Create Agent to Agent test."""
        return await self._send(
            "create_agent_to_agent_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/agent-to-agent/{testId}``: Delete Agent to Agent test."""
        await self._send(
            "delete_agent_to_agent_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentToAgentTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentToAgentTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/agent-to-agent/{testId}``: Get Agent to Agent test."""
        return await self._send(
            "get_agent_to_agent_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedAgentToAgentTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedAgentToAgentTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/agent-to-agent``: List Agent to Agent tests."""
        return self._stream(
            "get_agent_to_agent_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: AgentToAgentTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentToAgentTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: AgentToAgentTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: AgentToAgentTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentToAgentTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: AgentToAgentTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/agent-to-agent/{testId}``: Update Agent to Agent test."""
        return await self._send(
            "update_agent_to_agent_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsAgentToServerGroup(V7Group):
    """``te.tests.agent_to_server``."""

    path = "tests.agent_to_server"

    @overload
    async def create(
        self,
        body: AgentToServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentToServerTestResponse: ...
    @overload
    async def create(
        self,
        body: AgentToServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: AgentToServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentToServerTestResponse | RawRecord: ...
    async def create(
        self,
        body: AgentToServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/agent-to-server``: Create Agent to Server test."""
        return await self._send(
            "create_agent_to_server_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/agent-to-server/{testId}``: Delete Agent to Server test."""
        await self._send(
            "delete_agent_to_server_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentToServerTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentToServerTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/agent-to-server/{testId}``: Get Agent to Server test."""
        return await self._send(
            "get_agent_to_server_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedAgentToServerTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedAgentToServerTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/agent-to-server``: List Agent to Server tests."""
        return self._stream(
            "get_agent_to_server_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: UpdateAgentToServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentToServerTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: UpdateAgentToServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: UpdateAgentToServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentToServerTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: UpdateAgentToServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/agent-to-server/{testId}``: Update Agent to Server test."""
        return await self._send(
            "update_agent_to_server_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsApiGroup(V7Group):
    """``te.tests.api``."""

    path = "tests.api"

    @overload
    async def create(
        self,
        body: ApiTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> ApiTestResponse: ...
    @overload
    async def create(
        self,
        body: ApiTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: ApiTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> ApiTestResponse | RawRecord: ...
    async def create(
        self,
        body: ApiTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/api``: Create API test."""
        return await self._send(
            "create_api_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/api/{testId}``: Delete API test."""
        await self._send(
            "delete_api_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> ApiTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> ApiTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/api/{testId}``: Get API test."""
        return await self._send(
            "get_api_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedApiTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedApiTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/api``: List API tests."""
        return self._stream(
            "get_api_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: ApiTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> ApiTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: ApiTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: ApiTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> ApiTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: ApiTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/api/{testId}``: Update API test."""
        return await self._send(
            "update_api_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsBgpGroup(V7Group):
    """``te.tests.bgp``."""

    path = "tests.bgp"

    @overload
    async def create(
        self,
        body: BgpTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> BgpTestResponse: ...
    @overload
    async def create(
        self,
        body: BgpTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: BgpTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> BgpTestResponse | RawRecord: ...
    async def create(
        self,
        body: BgpTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/bgp``: Create BGP test."""
        return await self._send(
            "create_bgp_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/bgp/{testId}``: Delete BGP test."""
        await self._send(
            "delete_bgp_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> BgpTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> BgpTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/bgp/{testId}``: Get BGP test."""
        return await self._send(
            "get_bgp_test",
            "get",
            (test_id,),
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedBgpTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedBgpTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/bgp``: List BGP tests."""
        return self._stream(
            "get_bgp_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: UpdateBgpTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> BgpTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: UpdateBgpTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: UpdateBgpTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> BgpTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: UpdateBgpTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandBgpTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/bgp/{testId}``: Update BGP test."""
        return await self._send(
            "update_bgp_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsDnsServerGroup(V7Group):
    """``te.tests.dns_server``."""

    path = "tests.dns_server"

    @overload
    async def create(
        self,
        body: DnsServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsServerTestResponse: ...
    @overload
    async def create(
        self,
        body: DnsServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: DnsServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsServerTestResponse | RawRecord: ...
    async def create(
        self,
        body: DnsServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/dns-server``: Create DNS Server test."""
        return await self._send(
            "create_dns_server_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/dns-server/{testId}``: Delete DNS Server test."""
        await self._send(
            "delete_dns_server_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsServerTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsServerTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/dns-server/{testId}``: Get DNS Server test."""
        return await self._send(
            "get_dns_server_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedDnsServerTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedDnsServerTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/dns-server``: List DNS Server tests."""
        return self._stream(
            "get_dns_server_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: DnsServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsServerTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: DnsServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: DnsServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsServerTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: DnsServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/dns-server/{testId}``: Update DNS Server test."""
        return await self._send(
            "update_dns_server_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsDnsTraceGroup(V7Group):
    """``te.tests.dns_trace``."""

    path = "tests.dns_trace"

    @overload
    async def create(
        self,
        body: DnsTraceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsTraceTestResponse: ...
    @overload
    async def create(
        self,
        body: DnsTraceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: DnsTraceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsTraceTestResponse | RawRecord: ...
    async def create(
        self,
        body: DnsTraceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/dns-trace``: Create DNS Trace test."""
        return await self._send(
            "create_dns_trace_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/dns-trace/{testId}``: Delete DNS Trace test."""
        await self._send(
            "delete_dns_trace_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsTraceTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsTraceTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/dns-trace/{testId}``: Get DNS Trace test."""
        return await self._send(
            "get_dns_trace_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedDnsTraceTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedDnsTraceTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/dns-trace``: List DNS Trace tests."""
        return self._stream(
            "get_dns_trace_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: DnsTraceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsTraceTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: DnsTraceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: DnsTraceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsTraceTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: DnsTraceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/dns-trace/{testId}``: Update DNS Trace test."""
        return await self._send(
            "update_dns_trace_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsDnssecGroup(V7Group):
    """``te.tests.dnssec``."""

    path = "tests.dnssec"

    @overload
    async def create(
        self,
        body: DnsSecTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsSecTestResponse: ...
    @overload
    async def create(
        self,
        body: DnsSecTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: DnsSecTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsSecTestResponse | RawRecord: ...
    async def create(
        self,
        body: DnsSecTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/dnssec``: Create DNSSEC test."""
        return await self._send(
            "create_dns_sec_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/dnssec/{testId}``: Delete DNSSEC test."""
        await self._send(
            "delete_dns_sec_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsSecTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsSecTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/dnssec/{testId}``: Get DNSSEC test."""
        return await self._send(
            "get_dns_sec_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedDnsSecTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedDnsSecTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/dnssec``: List DNSSEC tests."""
        return self._stream(
            "get_dns_sec_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: DnsSecTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsSecTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: DnsSecTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: DnsSecTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsSecTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: DnsSecTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/dnssec/{testId}``: Update DNSSEC test."""
        return await self._send(
            "update_dns_sec_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsFtpServerGroup(V7Group):
    """``te.tests.ftp_server``."""

    path = "tests.ftp_server"

    @overload
    async def create(
        self,
        body: FtpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> FtpServerTestResponse: ...
    @overload
    async def create(
        self,
        body: FtpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: FtpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> FtpServerTestResponse | RawRecord: ...
    async def create(
        self,
        body: FtpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/ftp-server``: Create FTP Server test."""
        return await self._send(
            "create_ftp_server_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/ftp-server/{testId}``: Delete FTP Server test."""
        await self._send(
            "delete_ftp_server_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> FtpServerTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> FtpServerTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/ftp-server/{testId}``: Get FTP Server test."""
        return await self._send(
            "get_ftp_server_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedFtpServerTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedFtpServerTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/ftp-server``: List FTP Server tests."""
        return self._stream(
            "get_ftp_server_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: FtpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> FtpServerTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: FtpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: FtpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> FtpServerTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: FtpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/ftp-server/{testId}``: Update FTP Server test."""
        return await self._send(
            "update_ftp_server_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsHttpServerGroup(V7Group):
    """``te.tests.http_server``."""

    path = "tests.http_server"

    @overload
    async def create(
        self,
        body: HttpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> HttpServerTestResponse: ...
    @overload
    async def create(
        self,
        body: HttpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: HttpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> HttpServerTestResponse | RawRecord: ...
    async def create(
        self,
        body: HttpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/http-server``: Create HTTP Server test."""
        return await self._send(
            "create_http_server_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/http-server/{testId}``: Delete HTTP Server test."""
        await self._send(
            "delete_http_server_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> HttpServerTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> HttpServerTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/http-server/{testId}``: Get HTTP Server test."""
        return await self._send(
            "get_http_server_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedHttpServerTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedHttpServerTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/http-server``: List HTTP Server tests."""
        return self._stream(
            "get_http_server_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: HttpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> HttpServerTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: HttpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: HttpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> HttpServerTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: HttpServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/http-server/{testId}``: Update HTTP Server test."""
        return await self._send(
            "update_http_server_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsInterfaceGroupsGroup(V7Group):
    """``te.tests.interface_groups``."""

    path = "tests.interface_groups"

    @overload
    async def create(
        self,
        body: InterfaceGroupRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> InterfaceGroup: ...
    @overload
    async def create(
        self,
        body: InterfaceGroupRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: InterfaceGroupRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> InterfaceGroup | RawRecord: ...
    async def create(
        self,
        body: InterfaceGroupRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /network/path-vis/interface-groups``: Create interface group for path
        visualization.
        """
        return await self._send(
            "create_path_vis_interface_groups",
            "create",
            (),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        interface_group_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /network/path-vis/interface-groups/{interfaceGroupId}``: Delete interface
        group.
        """
        await self._send(
            "delete_path_vis_interface_group",
            "delete",
            (interface_group_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[InterfaceGroup]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[InterfaceGroup] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /network/path-vis/interface-groups``: List interface groups for path
        visualization.
        """
        return self._stream(
            "get_path_vis_interface_groups",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        interface_group_id: Id,
        body: InterfaceGroupRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> InterfaceGroup: ...
    @overload
    async def update(
        self,
        interface_group_id: Id,
        body: InterfaceGroupRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        interface_group_id: Id,
        body: InterfaceGroupRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> InterfaceGroup | RawRecord: ...
    async def update(
        self,
        interface_group_id: Id,
        body: InterfaceGroupRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /network/path-vis/interface-groups/{interfaceGroupId}``: Update interface group."""
        return await self._send(
            "update_path_vis_interface_group",
            "update",
            (interface_group_id,),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsPageLoadGroup(V7Group):
    """``te.tests.page_load``."""

    path = "tests.page_load"

    @overload
    async def create(
        self,
        body: PageLoadTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> PageLoadTestResponse: ...
    @overload
    async def create(
        self,
        body: PageLoadTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: PageLoadTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> PageLoadTestResponse | RawRecord: ...
    async def create(
        self,
        body: PageLoadTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/page-load``: Create Page Load test."""
        return await self._send(
            "create_page_load_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/page-load/{testId}``: Delete Page Load test."""
        await self._send(
            "delete_page_load_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> PageLoadTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> PageLoadTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/page-load/{testId}``: Get Page Load test."""
        return await self._send(
            "get_page_load_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedPageLoadTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedPageLoadTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/page-load``: List Page Load tests."""
        return self._stream(
            "get_page_load_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: PageLoadTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> PageLoadTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: PageLoadTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: PageLoadTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> PageLoadTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: PageLoadTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/page-load/{testId}``: Update Page Load test."""
        return await self._send(
            "update_page_load_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsSipServerGroup(V7Group):
    """``te.tests.sip_server``."""

    path = "tests.sip_server"

    @overload
    async def create(
        self,
        body: SipServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> SipServerTestResponse: ...
    @overload
    async def create(
        self,
        body: SipServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: SipServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> SipServerTestResponse | RawRecord: ...
    async def create(
        self,
        body: SipServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/sip-server``: Create SIP Server test."""
        return await self._send(
            "create_sip_server_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/sip-server/{testId}``: Delete SIP Server test."""
        await self._send(
            "delete_sip_server_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> SipServerTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> SipServerTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/sip-server/{testId}``: Get SIP Server test."""
        return await self._send(
            "get_sip_server_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedSipServerTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedSipServerTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/sip-server``: List SIP Server tests."""
        return self._stream(
            "get_sip_server_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: SipServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> SipServerTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: SipServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: SipServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> SipServerTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: SipServerTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/sip-server/{testId}``: Update SIP Server test."""
        return await self._send(
            "update_sip_server_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsVoiceGroup(V7Group):
    """``te.tests.voice``."""

    path = "tests.voice"

    @overload
    async def create(
        self,
        body: VoiceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> VoiceTestResponse: ...
    @overload
    async def create(
        self,
        body: VoiceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: VoiceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> VoiceTestResponse | RawRecord: ...
    async def create(
        self,
        body: VoiceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/voice``: Create Voice test."""
        return await self._send(
            "create_voice_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/voice/{testId}``: Delete Voice test."""
        await self._send(
            "delete_voice_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> VoiceTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> VoiceTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/voice/{testId}``: Get Voice test."""
        return await self._send(
            "get_voice_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedVoiceTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedVoiceTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/voice``: List Voice tests."""
        return self._stream(
            "get_voice_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: VoiceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> VoiceTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: VoiceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: VoiceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> VoiceTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: VoiceTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/voice/{testId}``: Update Voice test."""
        return await self._send(
            "update_voice_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsWebTransactionsGroup(V7Group):
    """``te.tests.web_transactions``."""

    path = "tests.web_transactions"

    @overload
    async def create(
        self,
        body: WebTransactionTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> WebTransactionTestResponse: ...
    @overload
    async def create(
        self,
        body: WebTransactionTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: WebTransactionTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> WebTransactionTestResponse | RawRecord: ...
    async def create(
        self,
        body: WebTransactionTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/web-transactions``: Create Web Transactions test."""
        return await self._send(
            "create_web_transactions_test",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /tests/web-transactions/{testId}``: Delete Web Transactions test."""
        await self._send(
            "delete_web_transactions_test",
            "delete",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> WebTransactionTestResponse: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = ...,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> WebTransactionTestResponse | RawRecord: ...
    async def get(
        self,
        test_id: Id,
        *,
        version_id: str | None = None,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/web-transactions/{testId}``: Get Web Transactions test."""
        return await self._send(
            "get_web_transactions_test",
            "get",
            (test_id,),
            raw=raw,
            query={"version_id": version_id, "expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UnexpandedWebTransactionTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UnexpandedWebTransactionTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/web-transactions``: List Web Transactions tests."""
        return self._stream(
            "get_web_transactions_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        test_id: Id,
        body: WebTransactionTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> WebTransactionTestResponse: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: WebTransactionTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        test_id: Id,
        body: WebTransactionTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> WebTransactionTestResponse | RawRecord: ...
    async def update(
        self,
        test_id: Id,
        body: WebTransactionTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /tests/web-transactions/{testId}``: Update Web Transactions test."""
        return await self._send(
            "update_web_transactions_test",
            "update",
            (test_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class AccountGroupsGroup(V7Group):
    """``te.account_groups``."""

    path = "account_groups"

    @overload
    async def create(
        self,
        body: AccountGroupRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> CreatedAccountGroup: ...
    @overload
    async def create(
        self,
        body: AccountGroupRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: AccountGroupRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> CreatedAccountGroup | RawRecord: ...
    async def create(
        self,
        body: AccountGroupRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /account-groups``: Create account group."""
        return await self._send(
            "create_account_group",
            "create",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /account-groups/{id}``: Delete account group."""
        await self._send(
            "delete_account_group",
            "delete",
            (id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        id: Id,
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AccountGroupDetail: ...
    @overload
    async def get(
        self,
        id: Id,
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        id: Id,
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AccountGroupDetail | RawRecord: ...
    async def get(
        self,
        id: Id,
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /account-groups/{id}``: Retrieve account group."""
        return await self._send(
            "get_account_group",
            "get",
            (id,),
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[AccountGroupInfo]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[AccountGroupInfo] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /account-groups``: List account groups."""
        return self._stream(
            "get_account_groups",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        id: Id,
        body: AccountGroupRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AccountGroupDetail: ...
    @overload
    async def update(
        self,
        id: Id,
        body: AccountGroupRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        id: Id,
        body: AccountGroupRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AccountGroupDetail | RawRecord: ...
    async def update(
        self,
        id: Id,
        body: AccountGroupRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandAccountGroupOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /account-groups/{id}``: Update account group."""
        return await self._send(
            "update_account_group",
            "update",
            (id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class AgentsGroup(V7Group):
    """``te.agents``."""

    path = "agents"
    local_problems: AgentsLocalProblemsGroup
    notification_rules: AgentsNotificationRulesGroup
    proxies: AgentsProxiesGroup

    def __init__(self, client: ClientCalls) -> None:
        super().__init__(client)
        self.local_problems = AgentsLocalProblemsGroup(client)
        self.notification_rules = AgentsNotificationRulesGroup(client)
        self.proxies = AgentsProxiesGroup(client)

    @overload
    async def assign_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentDetails: ...
    @overload
    async def assign_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def assign_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentDetails | RawRecord: ...
    async def assign_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /agents/{agentId}/tests/assign``: Assign tests to an agent."""
        return await self._send(
            "assign_tests",
            "assign_tests",
            (agent_id,),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def assign_to_cluster(
        self,
        agent_id: Id,
        body: AgentClusterAssignRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentDetails: ...
    @overload
    async def assign_to_cluster(
        self,
        agent_id: Id,
        body: AgentClusterAssignRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def assign_to_cluster(
        self,
        agent_id: Id,
        body: AgentClusterAssignRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentDetails | RawRecord: ...
    async def assign_to_cluster(
        self,
        agent_id: Id,
        body: AgentClusterAssignRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /agents/{agentId}/cluster/assign``: Add member to Enterprise Agent cluster."""
        return await self._send(
            "assign_agent_to_cluster",
            "assign_to_cluster",
            (agent_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        agent_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /agents/{agentId}``: Delete Enterprise Agent."""
        await self._send(
            "delete_agent",
            "delete",
            (agent_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        agent_id: Id,
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentDetails: ...
    @overload
    async def get(
        self,
        agent_id: Id,
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        agent_id: Id,
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentDetails | RawRecord: ...
    async def get(
        self,
        agent_id: Id,
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /agents/{agentId}``: Retrieve Cloud and Enterprise Agent."""
        return await self._send(
            "get_agent",
            "get",
            (agent_id,),
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        expand: Sequence[AgentListExpand | str] | str | None = ...,
        agent_types: Sequence[CloudEnterpriseAgentType | str] | str | None = ...,
        labels: Sequence[str] | str | None = ...,
        tag_keys: Sequence[str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[CloudEnterpriseAgent]: ...
    @overload
    def list(
        self,
        *,
        expand: Sequence[AgentListExpand | str] | str | None = ...,
        agent_types: Sequence[CloudEnterpriseAgentType | str] | str | None = ...,
        labels: Sequence[str] | str | None = ...,
        tag_keys: Sequence[str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        expand: Sequence[AgentListExpand | str] | str | None = ...,
        agent_types: Sequence[CloudEnterpriseAgentType | str] | str | None = ...,
        labels: Sequence[str] | str | None = ...,
        tag_keys: Sequence[str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[CloudEnterpriseAgent] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        expand: Sequence[AgentListExpand | str] | str | None = None,
        agent_types: Sequence[CloudEnterpriseAgentType | str] | str | None = None,
        labels: Sequence[str] | str | None = None,
        tag_keys: Sequence[str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /agents``: List Cloud and Enterprise Agents."""
        return self._stream(
            "get_agents",
            "list",
            (),
            raw=raw,
            query={
                "expand": expand,
                "agent_types": agent_types,
                "labels": labels,
                "tag_keys": tag_keys,
            },
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def override_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentDetails: ...
    @overload
    async def override_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def override_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentDetails | RawRecord: ...
    async def override_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /agents/{agentId}/tests/override``: Overwrite tests assigned to an agent."""
        return await self._send(
            "overwrite_tests",
            "override_tests",
            (agent_id,),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def unassign_from_cluster(
        self,
        agent_id: Id,
        body: AgentClusterUnassignRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> CloudEnterpriseAgents: ...
    @overload
    async def unassign_from_cluster(
        self,
        agent_id: Id,
        body: AgentClusterUnassignRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def unassign_from_cluster(
        self,
        agent_id: Id,
        body: AgentClusterUnassignRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> CloudEnterpriseAgents | RawRecord: ...
    async def unassign_from_cluster(
        self,
        agent_id: Id,
        body: AgentClusterUnassignRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /agents/{agentId}/cluster/unassign``: Remove member from Enterprise Agent
        cluster.
        """
        return await self._send(
            "unassign_agent_from_cluster",
            "unassign_from_cluster",
            (agent_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def unassign_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentDetails: ...
    @overload
    async def unassign_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def unassign_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentDetails | RawRecord: ...
    async def unassign_tests(
        self,
        agent_id: Id,
        body: AgentTestsAssignRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /agents/{agentId}/tests/unassign``: Unassign tests from an agent."""
        return await self._send(
            "unassign_tests",
            "unassign_tests",
            (agent_id,),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def update(
        self,
        agent_id: Id,
        body: AgentRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentDetails: ...
    @overload
    async def update(
        self,
        agent_id: Id,
        body: AgentRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        agent_id: Id,
        body: AgentRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentDetails | RawRecord: ...
    async def update(
        self,
        agent_id: Id,
        body: AgentRequest | Mapping[str, Any],
        *,
        expand: Sequence[AgentDetailsExpand | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /agents/{agentId}``: Update Enterprise Agent."""
        return await self._send(
            "update_agent",
            "update",
            (agent_id,),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class AlertsGroup(V7Group):
    """``te.alerts``."""

    path = "alerts"
    rules: AlertsRulesGroup
    suppression_windows: AlertsSuppressionWindowsGroup

    def __init__(self, client: ClientCalls) -> None:
        super().__init__(client)
        self.rules = AlertsRulesGroup(client)
        self.suppression_windows = AlertsSuppressionWindowsGroup(client)

    @overload
    async def get(
        self,
        alert_id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AlertDetail: ...
    @overload
    async def get(
        self,
        alert_id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        alert_id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AlertDetail | RawRecord: ...
    async def get(
        self,
        alert_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /alerts/{alertId}``: Retrieve alert details."""
        return await self._send(
            "get_alert",
            "get",
            (alert_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        max: int | None = ...,
        state: State | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[Alert]: ...
    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        max: int | None = ...,
        state: State | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        max: int | None = ...,
        state: State | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[Alert] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        window: WindowLike | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        max: int | None = None,
        state: State | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /alerts``: List alerts."""
        return self._stream(
            "get_alerts",
            "list",
            (),
            raw=raw,
            query={"window": window, "start": start, "end": end, "max": max, "state": state},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )


class AuditUserEventsGroup(V7Group):
    """``te.audit_user_events``."""

    path = "audit_user_events"

    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        use_all_permitted_aids: bool | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[UserEvent]: ...
    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        use_all_permitted_aids: bool | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        use_all_permitted_aids: bool | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[UserEvent] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        window: WindowLike | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        use_all_permitted_aids: bool | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /audit-user-events``: List activity log events."""
        return self._stream(
            "get_user_events",
            "list",
            (),
            raw=raw,
            query={
                "window": window,
                "start": start,
                "end": end,
                "use_all_permitted_aids": use_all_permitted_aids,
            },
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )


class EventsGroup(V7Group):
    """``te.events``."""

    path = "events"

    @overload
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> EventDetail: ...
    @overload
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> EventDetail | RawRecord: ...
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /events/{id}``: Retrieve event."""
        return await self._send(
            "get_event",
            "get",
            (id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        max: int | None = ...,
        ongoing: bool | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[Event]: ...
    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        max: int | None = ...,
        ongoing: bool | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        window: WindowLike | None = ...,
        start: datetime | None = ...,
        end: datetime | None = ...,
        max: int | None = ...,
        ongoing: bool | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[Event] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        window: WindowLike | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        max: int | None = None,
        ongoing: bool | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /events``: List events."""
        return self._stream(
            "get_events",
            "list",
            (),
            raw=raw,
            query={"window": window, "start": start, "end": end, "max": max, "ongoing": ongoing},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )


class InstantGroup(V7Group):
    """``te.instant``."""

    path = "instant"

    @overload
    async def agent_to_agent(
        self,
        body: AgentToAgentInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentToAgentInstantTestResponse: ...
    @overload
    async def agent_to_agent(
        self,
        body: AgentToAgentInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def agent_to_agent(
        self,
        body: AgentToAgentInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentToAgentInstantTestResponse | RawRecord: ...
    async def agent_to_agent(
        self,
        body: AgentToAgentInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/agent-to-agent/instant``: Create agent-to-agent instant test."""
        return await self._send(
            "create_agent_to_agent_instant_test",
            "agent_to_agent",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def agent_to_server(
        self,
        body: AgentToServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> AgentToServerInstantTestResponse: ...
    @overload
    async def agent_to_server(
        self,
        body: AgentToServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def agent_to_server(
        self,
        body: AgentToServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> AgentToServerInstantTestResponse | RawRecord: ...
    async def agent_to_server(
        self,
        body: AgentToServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/agent-to-server/instant``: Create agent-to-server instant test."""
        return await self._send(
            "create_agent_to_server_instant_test",
            "agent_to_server",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def api(
        self,
        body: ApiInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> ApiInstantTestResponse: ...
    @overload
    async def api(
        self,
        body: ApiInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def api(
        self,
        body: ApiInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> ApiInstantTestResponse | RawRecord: ...
    async def api(
        self,
        body: ApiInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/api/instant``: Create API instant test."""
        return await self._send(
            "create_api_instant_test",
            "api",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def dns_server(
        self,
        body: DnsServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsServerInstantTestResponse: ...
    @overload
    async def dns_server(
        self,
        body: DnsServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def dns_server(
        self,
        body: DnsServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsServerInstantTestResponse | RawRecord: ...
    async def dns_server(
        self,
        body: DnsServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/dns-server/instant``: Create DNS server instant test."""
        return await self._send(
            "create_dns_server_instant_test",
            "dns_server",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def dns_trace(
        self,
        body: DnsTraceInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsTraceInstantTestResponse: ...
    @overload
    async def dns_trace(
        self,
        body: DnsTraceInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def dns_trace(
        self,
        body: DnsTraceInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsTraceInstantTestResponse | RawRecord: ...
    async def dns_trace(
        self,
        body: DnsTraceInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/dns-trace/instant``: Create DNS trace instant test."""
        return await self._send(
            "create_dns_trace_instant_test",
            "dns_trace",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def dnssec(
        self,
        body: DnsSecInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> DnsSecInstantTestResponse: ...
    @overload
    async def dnssec(
        self,
        body: DnsSecInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def dnssec(
        self,
        body: DnsSecInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> DnsSecInstantTestResponse | RawRecord: ...
    async def dnssec(
        self,
        body: DnsSecInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/dnssec/instant``: Create DNSSEC instant test."""
        return await self._send(
            "create_dns_sec_instant_test",
            "dnssec",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def ftp_server(
        self,
        body: FtpServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> FtpServerInstantTestResponse: ...
    @overload
    async def ftp_server(
        self,
        body: FtpServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def ftp_server(
        self,
        body: FtpServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> FtpServerInstantTestResponse | RawRecord: ...
    async def ftp_server(
        self,
        body: FtpServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/ftp-server/instant``: Create FTP server instant test."""
        return await self._send(
            "create_ftp_server_instant_test",
            "ftp_server",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def http_server(
        self,
        body: HttpServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> HttpServerInstantTestResponse: ...
    @overload
    async def http_server(
        self,
        body: HttpServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def http_server(
        self,
        body: HttpServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> HttpServerInstantTestResponse | RawRecord: ...
    async def http_server(
        self,
        body: HttpServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/http-server/instant``: Create HTTP server instant test."""
        return await self._send(
            "create_http_server_instant_test",
            "http_server",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def page_load(
        self,
        body: PageLoadInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> PageLoadInstantTestResponse: ...
    @overload
    async def page_load(
        self,
        body: PageLoadInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def page_load(
        self,
        body: PageLoadInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> PageLoadInstantTestResponse | RawRecord: ...
    async def page_load(
        self,
        body: PageLoadInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/page-load/instant``: Create HTTP page load instant test."""
        return await self._send(
            "create_page_load_instant_test",
            "page_load",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def rerun(
        self,
        test_id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``POST /tests/{testId}/run``: Run instant test."""
        await self._send(
            "run_instant_test",
            "rerun",
            (test_id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def sip_server(
        self,
        body: SipServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> SipServerInstantTestResponse: ...
    @overload
    async def sip_server(
        self,
        body: SipServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def sip_server(
        self,
        body: SipServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> SipServerInstantTestResponse | RawRecord: ...
    async def sip_server(
        self,
        body: SipServerInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/sip-server/instant``: Create SIP server instant test."""
        return await self._send(
            "create_sip_server_instant_test",
            "sip_server",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def voice(
        self,
        body: VoiceInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> VoiceInstantTestResponse: ...
    @overload
    async def voice(
        self,
        body: VoiceInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def voice(
        self,
        body: VoiceInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> VoiceInstantTestResponse | RawRecord: ...
    async def voice(
        self,
        body: VoiceInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/voice/instant``: Create voice instant test."""
        return await self._send(
            "create_voice_instant_test",
            "voice",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def web_transactions(
        self,
        body: WebTransactionInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> WebTransactionInstantTestResponse: ...
    @overload
    async def web_transactions(
        self,
        body: WebTransactionInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def web_transactions(
        self,
        body: WebTransactionInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> WebTransactionInstantTestResponse | RawRecord: ...
    async def web_transactions(
        self,
        body: WebTransactionInstantTestRequest | Mapping[str, Any],
        *,
        expand: Sequence[ExpandInstantTestOptions | str] | str | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/web-transactions/instant``: Create web transactions instant test."""
        return await self._send(
            "create_web_transaction_instant_test",
            "web_transactions",
            (),
            body=body,
            raw=raw,
            query={"expand": expand},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class PermissionsGroup(V7Group):
    """``te.permissions``."""

    path = "permissions"

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[Permission]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[Permission] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /permissions``: List assignable permissions."""
        return self._stream(
            "get_permissions",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )


class RolesGroup(V7Group):
    """``te.roles``."""

    path = "roles"

    @overload
    async def create(
        self,
        body: RoleRequestBody | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> RoleDetail: ...
    @overload
    async def create(
        self,
        body: RoleRequestBody | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: RoleRequestBody | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> RoleDetail | RawRecord: ...
    async def create(
        self,
        body: RoleRequestBody | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /roles``: Create role."""
        return await self._send(
            "create_role",
            "create",
            (),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /roles/{id}``: Delete role."""
        await self._send(
            "delete_role",
            "delete",
            (id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> RoleDetail: ...
    @overload
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> RoleDetail | RawRecord: ...
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /roles/{id}``: Retrieve role."""
        return await self._send(
            "get_role",
            "get",
            (id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[Role]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[Role] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /roles``: List roles."""
        return self._stream(
            "get_roles",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        id: Id,
        body: RoleRequestBody | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> RoleDetail: ...
    @overload
    async def update(
        self,
        id: Id,
        body: RoleRequestBody | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        id: Id,
        body: RoleRequestBody | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> RoleDetail | RawRecord: ...
    async def update(
        self,
        id: Id,
        body: RoleRequestBody | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /roles/{id}``: Update role."""
        return await self._send(
            "update_role",
            "update",
            (id,),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class SnapshotsGroup(V7Group):
    """``te.snapshots``."""

    path = "snapshots"

    @overload
    async def create(
        self,
        test_id: Id,
        body: SnapshotRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> SnapshotResponse: ...
    @overload
    async def create(
        self,
        test_id: Id,
        body: SnapshotRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        test_id: Id,
        body: SnapshotRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> SnapshotResponse | RawRecord: ...
    async def create(
        self,
        test_id: Id,
        body: SnapshotRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /tests/{testId}/snapshot``: Create test snapshot."""
        return await self._send(
            "create_test_snapshot",
            "create",
            (test_id,),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


class TestsGroup(V7Group):
    """``te.tests``."""

    path = "tests"
    agent_to_agent: TestsAgentToAgentGroup
    agent_to_server: TestsAgentToServerGroup
    api: TestsApiGroup
    bgp: TestsBgpGroup
    dns_server: TestsDnsServerGroup
    dns_trace: TestsDnsTraceGroup
    dnssec: TestsDnssecGroup
    ftp_server: TestsFtpServerGroup
    http_server: TestsHttpServerGroup
    interface_groups: TestsInterfaceGroupsGroup
    page_load: TestsPageLoadGroup
    sip_server: TestsSipServerGroup
    voice: TestsVoiceGroup
    web_transactions: TestsWebTransactionsGroup

    def __init__(self, client: ClientCalls) -> None:
        super().__init__(client)
        self.agent_to_agent = TestsAgentToAgentGroup(client)
        self.agent_to_server = TestsAgentToServerGroup(client)
        self.api = TestsApiGroup(client)
        self.bgp = TestsBgpGroup(client)
        self.dns_server = TestsDnsServerGroup(client)
        self.dns_trace = TestsDnsTraceGroup(client)
        self.dnssec = TestsDnssecGroup(client)
        self.ftp_server = TestsFtpServerGroup(client)
        self.http_server = TestsHttpServerGroup(client)
        self.interface_groups = TestsInterfaceGroupsGroup(client)
        self.page_load = TestsPageLoadGroup(client)
        self.sip_server = TestsSipServerGroup(client)
        self.voice = TestsVoiceGroup(client)
        self.web_transactions = TestsWebTransactionsGroup(client)

    @overload
    def history(
        self,
        test_id: Id,
        *,
        limit: int | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[TestVersionHistory]: ...
    @overload
    def history(
        self,
        test_id: Id,
        *,
        limit: int | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def history(
        self,
        test_id: Id,
        *,
        limit: int | None = ...,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[TestVersionHistory] | RecordStream[RawRecord]: ...
    def history(
        self,
        test_id: Id,
        *,
        limit: int | None = None,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests/{testId}/history``: Get test version history."""
        return self._stream(
            "get_test_version_history",
            "history",
            (test_id,),
            raw=raw,
            query={"limit": limit},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[SimpleTest]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[SimpleTest] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /tests``: List configured tests."""
        return self._stream(
            "get_tests",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )


class UsersGroup(V7Group):
    """``te.users``."""

    path = "users"

    @overload
    async def create(
        self,
        body: UserRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> CreatedUser: ...
    @overload
    async def create(
        self,
        body: UserRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def create(
        self,
        body: UserRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> CreatedUser | RawRecord: ...
    async def create(
        self,
        body: UserRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``POST /users``: Create user."""
        return await self._send(
            "create_user",
            "create",
            (),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def current(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> UserDetail: ...
    @overload
    async def current(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def current(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> UserDetail | RawRecord: ...
    async def current(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /users/current``: Retrieve current user."""
        return await self._send(
            "get_current_user",
            "current",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    async def delete(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> None:
        """``DELETE /users/{id}``: Delete user."""
        await self._send(
            "delete_user",
            "delete",
            (id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> UserDetail: ...
    @overload
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> UserDetail | RawRecord: ...
    async def get(
        self,
        id: Id,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``GET /users/{id}``: Retrieve user."""
        return await self._send(
            "get_user",
            "get",
            (id,),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )

    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[False] = ...,
    ) -> RecordStream[ExtendedUser]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: Literal[True],
    ) -> RecordStream[RawRecord]: ...
    @overload
    def list(
        self,
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        prefetch: bool = ...,
        raw: bool,
    ) -> RecordStream[ExtendedUser] | RecordStream[RawRecord]: ...
    def list(
        self,
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        prefetch: bool = True,
        raw: bool = False,
    ) -> Any:
        """``GET /users``: List users."""
        return self._stream(
            "get_users",
            "list",
            (),
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
            prefetch=prefetch,
        )

    @overload
    async def update(
        self,
        id: Id,
        body: UserRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[False] = ...,
    ) -> UserDetail: ...
    @overload
    async def update(
        self,
        id: Id,
        body: UserRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: Literal[True],
    ) -> RawRecord: ...
    @overload
    async def update(
        self,
        id: Id,
        body: UserRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = ...,
        priority: Priority | None = ...,
        timeout: Timeout = ...,
        raw: bool,
    ) -> UserDetail | RawRecord: ...
    async def update(
        self,
        id: Id,
        body: UserRequest | Mapping[str, Any],
        *,
        account_group_id: int | str | None = None,
        priority: Priority | None = None,
        timeout: Timeout = UNSET,
        raw: bool = False,
    ) -> Any:
        """``PUT /users/{id}``: Update user."""
        return await self._send(
            "update_user",
            "update",
            (id,),
            body=body,
            raw=raw,
            query={},
            account_group_id=account_group_id,
            priority=priority,
            timeout=timeout,
        )


#: The top-level groups, by the attribute of the client that holds each.
GROUPS: Mapping[str, type[V7Group]] = {
    "account_groups": AccountGroupsGroup,
    "agents": AgentsGroup,
    "alerts": AlertsGroup,
    "audit_user_events": AuditUserEventsGroup,
    "events": EventsGroup,
    "instant": InstantGroup,
    "permissions": PermissionsGroup,
    "roles": RolesGroup,
    "snapshots": SnapshotsGroup,
    "tests": TestsGroup,
    "users": UsersGroup,
}
