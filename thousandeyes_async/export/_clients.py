"""The clients an export runs on: v7 (the default) or v6."""

from __future__ import annotations

from typing import TypeAlias

from .._client import AsyncThousandEyesV6
from .._client_v7 import AsyncThousandEyes

__all__ = ["ExportClient"]

ExportClient: TypeAlias = AsyncThousandEyes | AsyncThousandEyesV6
