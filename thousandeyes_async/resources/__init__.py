"""The resource groups of :class:`~thousandeyes_async.AsyncThousandEyes` (``te.net``...)."""

from ._arguments import Direction
from ._dns import DnsResource
from ._group import RawRecord, ResourceGroup
from ._instant import InstantResource
from ._net import NetResource
from ._snapshots import SNAPSHOT_HOURS, SnapshotsResource
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
    "TestsResource",
    "VoiceResource",
    "WebResource",
]
