"""Streams of records that follow the next-page link of each version.

v6 pages name the next one in ``pages.next`` (seed 000, "Pagination"); v7 pages
in ``_links.next.href``, whose opaque cursor also carries the time range. Each
is a :class:`PageLink` strategy; the stream machinery is the same.

A :class:`RecordStream` yields the records of every page in server order. It can
request the next page while the caller is still consuming the current one (a
look-ahead of one page). Whoever stops iterating stops the fetching.

The documented form is ``async with stream:`` (or ``contextlib.aclosing``):
leaving the block, by ``break``, an exception or the end, cancels the look-ahead
request and waits for it, so nothing outlives the block; inside it the
look-ahead runs in the stream's own anyio task group. ``aclose()`` does the same
at a time of the caller's choosing.

Python offers no hook for "the caller stopped iterating" beyond that, so a bare
``async for`` over a stream is covered as far as the interpreter allows: when
the stream object is dropped (at once under CPython when it was a temporary of
the ``async for``; at the next collection otherwise) its look-ahead request is
cancelled and a ``ResourceWarning`` says so, like an unclosed file. Its task
ends on the event loop's next turn.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
import warnings
from collections import deque
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, Protocol, Self, TypeVar

import anyio
import anyio.abc
import attrs

from ._errors import APIError, ResponseDecodeError, ThousandEyesError, safe_url
from ._transport import DEFAULT
from .ratelimit._api import Priority

if TYPE_CHECKING:
    from .resources._protocol import ClientCalls

__all__ = [
    "LINKS_NEXT",
    "LOOKAHEAD_TASK_NAME",
    "PAGES_NEXT",
    "PageFetcher",
    "PageFormat",
    "PageLink",
    "RecordStream",
    "links_next_url",
    "next_page_url",
    "page_fetcher",
]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: Fetches one page: the first (``url`` is None) or the one ``pages.next`` names.
PageFetcher = Callable[[str | None], Awaitable[Any]]


def page_fetcher(
    client: ClientCalls,
    path: str,
    *,
    params: Mapping[str, Any],
    priority: Priority,
    link: PageLink | None = None,
    timeout: Any = DEFAULT,
) -> PageFetcher:
    """Fetch the first page by ``path`` and the next ones by the URL their link names.

    The next URL already holds the server's range (v6 from/to, v7 a cursor), so the
    time range is never sent twice (a window with from/to is a 400); the other
    parameters (``aid``, ``direction``...) are set again in case the link leaves them out.
    """
    range_keys = (link or PAGES_NEXT).range_keys
    first = dict(params)
    carried = {key: value for key, value in params.items() if key not in range_keys}

    async def fetch(url: str | None) -> Any:
        if url is None:
            return await client.get_page(
                path, params=first, priority=priority, paginated=False, timeout=timeout
            )
        return await client.get_page(
            url, params=carried, priority=priority, paginated=True, timeout=timeout
        )

    return fetch


class PageFormat(Protocol[T_co]):
    """How to read one endpoint's pages (the models' ``Endpoint`` satisfies this)."""

    def records_of(self, body: Mapping[str, Any], *, source: str) -> list[Any]:
        """The raw record dicts of one page; ``[]`` when it has none."""
        ...

    def test_of(self, body: Mapping[str, Any], *, source: str) -> Mapping[str, Any] | None:
        """The raw test metadata of a page, if it carries one."""
        ...

    def structure(self, items: Sequence[Any], *, source: str, offset: int = 0) -> Sequence[T_co]:
        """Records from raw dicts; raises ResponseDecodeError naming the JSON path."""
        ...


def next_page_url(body: Mapping[str, Any], *, endpoint: str = "") -> str | None:
    """``pages.next`` of a page, or None on the last page (absent, null or empty)."""
    return _link_at(body, ("pages", "next"), endpoint)


def links_next_url(body: Mapping[str, Any], *, endpoint: str = "") -> str | None:
    """``_links.next.href`` of a v7 page, or None on the last page."""
    return _link_at(body, ("_links", "next", "href"), endpoint)


def _link_at(body: Mapping[str, Any], keys: tuple[str, ...], endpoint: str) -> str | None:
    value: Any = body
    for depth, key in enumerate(keys):
        if depth and not isinstance(value, Mapping):
            where = ".".join(keys[:depth])
            raise ResponseDecodeError(
                f"'{where}' is not an object: {value!r}", endpoint=endpoint, path=where
            )
        value = value.get(key)
        if value is None:
            return None
    if value == "":
        return None
    if not isinstance(value, str):
        where = ".".join(keys)
        raise ResponseDecodeError(
            f"'{where}' is not a URL: {value!r}", endpoint=endpoint, path=where
        )
    return value


@attrs.frozen
class PageLink:
    """Where a version's pages name the next page, and what that link already carries."""

    #: How messages name the link (``pages.next``).
    name: str
    #: Reads the link of a page; None on the last page.
    read: Callable[..., str | None]
    #: Query parameters the link holds in its own form: not sent again with it.
    range_keys: frozenset[str]

    def next_url(self, body: Mapping[str, Any], *, endpoint: str = "") -> str | None:
        return self.read(body, endpoint=endpoint)


#: v6: the server folds a window into the from/to of ``pages.next``.
PAGES_NEXT: Final = PageLink("pages.next", next_page_url, frozenset({"window", "from", "to"}))
#: v7: ``_links.next.href`` holds an opaque cursor with the range; a range beside it is a 400.
LINKS_NEXT: Final = PageLink(
    "_links.next.href", links_next_url, frozenset({"window", "startDate", "endDate", "cursor"})
)


class _PageFetch:
    """One page request running beside the consumer; holds no reference to the stream."""

    __slots__ = ("body", "call_soon_threadsafe", "done", "error", "scope", "started", "thread")

    def __init__(self) -> None:
        self.scope = anyio.CancelScope()
        self.started = anyio.Event()
        self.done = anyio.Event()
        self.body: Any = None
        self.error: Exception | None = None
        # Where the request runs, so that a stream collected elsewhere can still stop it.
        self.thread = threading.get_ident()
        self.call_soon_threadsafe: Callable[[Callable[[], object]], object] | None = None

    def cancel_from_anywhere(self) -> None:
        """Cancel the request, from the event loop's thread or (scheduled) from another."""
        if threading.get_ident() == self.thread:
            self.scope.cancel()
        elif self.call_soon_threadsafe is not None:
            self.call_soon_threadsafe(self.scope.cancel)

    async def run(self, fetch: PageFetcher, url: str) -> None:
        self.started.set()
        try:
            with self.scope:
                self.body = await fetch(url)
        except Exception as exc:
            # Kept for the consumer, who sees it after the records before it.
            self.error = exc
        finally:
            self.done.set()


#: The name of every look-ahead task (in a stream's task group or detached).
LOOKAHEAD_TASK_NAME: Final = "thousandeyes-async page look-ahead"

# Strong references to bare look-ahead tasks: asyncio keeps only weak ones.
_DETACHED: set[asyncio.Task[None]] = set()


def _spawn_detached(fetch: _PageFetch, fetcher: PageFetcher, url: str) -> None:
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        # anyio runs on asyncio or trio; no asyncio loop means trio.
        import trio

        fetch.call_soon_threadsafe = trio.lowlevel.current_trio_token().run_sync_soon
        trio.lowlevel.spawn_system_task(fetch.run, fetcher, url, name=LOOKAHEAD_TASK_NAME)
        return
    fetch.call_soon_threadsafe = loop.call_soon_threadsafe
    task = loop.create_task(fetch.run(fetcher, url), name=LOOKAHEAD_TASK_NAME)
    _DETACHED.add(task)
    task.add_done_callback(_DETACHED.discard)


class RecordStream(Generic[T]):
    """The records of a paginated endpoint, as an async iterator.

    ``async for record in stream`` yields every record of every page in server
    order. Iterate it inside ``async with stream:`` (or ``contextlib.aclosing``):
    leaving the block cancels the look-ahead request and waits for it. A stream
    dropped with its look-ahead running cancels it and warns (``ResourceWarning``).

    ``stream.test`` is the test metadata of the response once the first page is
    read (a ``TestInfo``, or the server's dict in raw mode; None before that or
    when the endpoint sends none). ``stream.pages`` counts the pages received.

    ``structure_test(raw_test, endpoint)`` structures the test metadata; ``endpoint``
    names the request and its page, for the error.
    """

    def __init__(
        self,
        fetch: PageFetcher,
        page_format: PageFormat[T],
        *,
        source: str,
        raw: bool = False,
        prefetch: bool = True,
        structure_test: Callable[[Mapping[str, Any], str], Any] | None = None,
        link: PageLink = PAGES_NEXT,
    ) -> None:
        self._fetch = fetch
        self._link = link
        self._format = page_format
        self._source = source
        self._raw = raw
        self._prefetch = prefetch
        self._structure_test = structure_test
        self._buffer: deque[Any] = deque()
        self._pending_error: BaseException | None = None
        self._next_url: str | None = None
        self._seen_urls: set[str] = set()
        self._records_read = 0
        self._started = False
        self._exhausted = False
        self._closed = False
        self._busy = False
        self._lookahead: _PageFetch | None = None
        self._task_group: anyio.abc.TaskGroup | None = None
        self.test: Any = None
        self.pages = 0

    def __repr__(self) -> str:
        state = "closed" if self._closed else "exhausted" if self._exhausted else "open"
        mode = " raw" if self._raw else ""
        return f"<RecordStream {self._source}{mode} pages={self.pages} {state}>"

    # -- iteration ------------------------------------------------------------

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        if self._busy:
            raise RuntimeError("this RecordStream is already being iterated by another task")
        self._busy = True
        try:
            while True:
                if self._buffer:
                    record: T = self._buffer.popleft()
                    return record
                if self._pending_error is not None:
                    error, self._pending_error = self._pending_error, None
                    await self._finish()
                    raise error
                if self._closed or self._exhausted:
                    raise StopAsyncIteration
                try:
                    await self._read_page()
                except Exception:
                    # An error ends the stream; a cancelled caller may come back instead.
                    await self._finish()
                    raise
        finally:
            self._busy = False

    async def _read_page(self) -> None:
        if not self._started:
            body = await self._fetch(None)
            # Only now: a caller cancelled during the first request may iterate again.
            self._started = True
        else:
            url = self._next_url
            assert url is not None  # set whenever the stream is not exhausted
            body = await self._take_lookahead(url)
        page = self.pages + 1
        if not isinstance(body, Mapping):
            raise ResponseDecodeError(
                f"expected a JSON object, got {type(body).__name__}",
                endpoint=self._describe(page),
            )
        self.pages = page
        # From here on a failure is deferred: the page's good records come out first.
        try:
            self._next_url = self._follow(self._link.next_url(body, endpoint=self._describe(page)))
        except ThousandEyesError as exc:
            self._next_url = None
            self._defer(exc)
        if page == 1:
            try:
                self._read_test(body, page)
            except ThousandEyesError as exc:
                self._defer(exc)
        if self._pending_error is not None:
            self._next_url = None
        if self._next_url is None:
            self._exhausted = True
        elif self._prefetch:
            await self._start_lookahead(self._next_url)
        try:
            items = self._format.records_of(body, source=self._describe(page))
        except ThousandEyesError as exc:
            self._defer(exc)
            items = []
        if self._raw:
            self._buffer.extend(items)
        else:
            self._structure(items, page)
        if self._pending_error is not None and not self._exhausted:
            # A page that fails to decode ends the stream: the next page is not wanted.
            self._next_url = None
            self._exhausted = True
            await self._cancel_lookahead()

    def _defer(self, error: BaseException) -> None:
        """Keep ``error`` for after the page's good records; a second one rides along."""
        if self._pending_error is None:
            self._pending_error = error
        else:
            self._pending_error.add_note(f"the same page also failed: {error}")

    def _follow(self, url: str | None) -> str | None:
        if url is None:
            return None
        if not url.lower().startswith(("https://", "http://")):
            # A relative or odd link would be resolved by guesswork; name it instead.
            raise APIError(
                200,
                "GET",
                self._next_url or url,
                message=(
                    f"{self._source}: the server sent {self._link.name} {url!r}, which is not an "
                    "absolute http(s) URL; cannot follow it to the next page"
                ),
            )
        if url in self._seen_urls:
            raise ThousandEyesError(
                f"{self._source}: the server sent {self._link.name} {safe_url(url)} a second time; "
                "stopping rather than looping forever"
            )
        self._seen_urls.add(url)
        return url

    def _read_test(self, body: Mapping[str, Any], page: int) -> None:
        test = self._format.test_of(body, source=self._describe(page))
        if test is None or self._raw or self._structure_test is None:
            self.test = test
        else:
            self.test = self._structure_test(test, self._describe(page))

    def _structure(self, items: list[Any], page: int) -> None:
        # Error paths count records across pages (net.metrics[1234] is the stream's
        # 1235th record); the endpoint text names the page.
        source = self._describe(page)
        before, self._records_read = self._records_read, self._records_read + len(items)
        try:
            self._buffer.extend(self._format.structure(items, source=source, offset=before))
        except ResponseDecodeError:
            # Hand out the records before the broken one, then the error: nothing lost.
            for index in range(len(items)):
                try:
                    one = items[index : index + 1]
                    offset = before + index
                    self._buffer.extend(self._format.structure(one, source=source, offset=offset))
                except ResponseDecodeError as exc:
                    # Records after the broken one are not handed out: the stream ends here.
                    self._defer(exc)
                    break
            else:  # pragma: no cover - a page that fails whole but not by record
                raise

    def _describe(self, page: int) -> str:
        return f"{self._source} (page {page})"

    # -- look-ahead -----------------------------------------------------------

    async def _start_lookahead(self, url: str) -> None:
        fetch = _PageFetch()
        self._lookahead = fetch
        if self._task_group is not None:
            self._task_group.start_soon(fetch.run, self._fetch, url, name=LOOKAHEAD_TASK_NAME)
        else:
            _spawn_detached(fetch, self._fetch, url)
        # Let the request go out now: a caller that works through the page without
        # awaiting anything would otherwise hold it back until the page is done.
        # Shielded (it is one scheduling step) so that a cancelled caller keeps the page.
        with anyio.CancelScope(shield=True):
            await fetch.started.wait()

    async def _take_lookahead(self, url: str) -> Any:
        fetch = self._lookahead
        if fetch is None:
            return await self._fetch(url)
        await fetch.done.wait()
        self._lookahead = None
        if fetch.error is not None:
            raise fetch.error
        if fetch.scope.cancelled_caught:  # pragma: no cover - only aclose cancels it
            raise RuntimeError("the look-ahead page request was cancelled")
        return fetch.body

    async def _cancel_lookahead(self) -> None:
        fetch, self._lookahead = self._lookahead, None
        if fetch is None:
            return
        fetch.scope.cancel()
        with anyio.CancelScope(shield=True):
            await fetch.done.wait()

    # -- closing --------------------------------------------------------------

    async def _finish(self) -> None:
        self._exhausted = True
        self._buffer.clear()
        await self._cancel_lookahead()

    async def aclose(self) -> None:
        """Stop: cancel the look-ahead request, wait for it to end, drop buffered records."""
        self._closed = True
        await self._finish()

    async def __aenter__(self) -> Self:
        if self._task_group is not None:
            raise RuntimeError("this RecordStream is already entered")
        if self._started:
            raise RuntimeError("enter the RecordStream before iterating it")
        group = anyio.create_task_group()
        await group.__aenter__()
        self._task_group = group
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        group, self._task_group = self._task_group, None
        try:
            await self.aclose()
        finally:
            if group is not None:
                # The look-ahead is over and never raises, so the group closes empty; the
                # caller's own exception goes on as itself, not inside an ExceptionGroup.
                await group.__aexit__(None, None, None)

    def __del__(self) -> None:
        # Dropped without aclose (a bare ``break``): stop the look-ahead request.
        fetch = getattr(self, "_lookahead", None)
        if fetch is None or fetch.done.is_set():
            return
        # Collected after the event loop closed (or at exit) there is nothing left to do.
        with contextlib.suppress(Exception):
            fetch.cancel_from_anywhere()
            warnings.warn(
                f"{self!r} was dropped with its look-ahead request running; it was "
                "cancelled. Use 'async with stream:' or contextlib.aclosing(stream) "
                "to stop it at once.",
                ResourceWarning,
                stacklevel=2,
                source=self,
            )
