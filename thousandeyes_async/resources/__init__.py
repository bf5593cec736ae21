"""The resource groups of the clients (``te.test_results`` on v7; ``te.net``... on v6),
and the helpers for the windows and rounds their methods take."""

from .._timerange import parse_window, round_id, round_start
from ._arguments import Direction
from ._dns import DnsResource
from ._group import RawRecord, ResourceGroup
from ._instant import InstantResource
from ._net import NetResource
from ._snapshots import SNAPSHOT_HOURS, SnapshotsResource
from ._test_results import TestResultsResource
from ._tests import AgentsResource, TestsResource
from ._voice import VoiceResource
from ._web import WebResource

__all__ = [
    "SNAPSHOT_HOURS",
    "AgentsResource",
    "Direction",
    "DnsResource",
    "InstantResource",
    "NetResource",
    "RawRecord",
    "ResourceGroup",
    "SnapshotsResource",
    "TestResultsResource",
    "TestsResource",
    "VoiceResource",
    "WebResource",
    "parse_window",
    "round_id",
    "round_start",
]
