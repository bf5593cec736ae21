"""Rate limiting: buckets that follow the server's windows, shared by organization."""

from ._api import Limiter, Permit, Priority, RequestInfo, UnlimitedLimiter

__all__ = ["Limiter", "Permit", "Priority", "RequestInfo", "UnlimitedLimiter"]
