"""The exporter's errors: one base under the library's, so one ``except`` catches both.

::

    ThousandEyesError
     └── ExportError         the export cannot start or go on
          ├── CheckpointError     the checkpoint cannot be used
          ├── SinkError           the output cannot be written
          └── RangeAfterNowError  the time range starts after the server's now or resumed
"""

from __future__ import annotations

from .._errors import ThousandEyesError

__all__ = ["CheckpointError", "ExportError", "RangeAfterNowError", "SinkError"]


class ExportError(ThousandEyesError):
    """The export cannot start or go on (the message says why and what to do)."""


class CheckpointError(ExportError):
    """The checkpoint cannot be used (unreadable, or from a different export)."""


class SinkError(ExportError):
    """The output cannot be written (or resumed) as asked."""


class RangeAfterNowError(ExportError):
    """The time range starts at or after the server's now: it holds no round yet."""
