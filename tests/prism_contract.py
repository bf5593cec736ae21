"""What the Prism contract tests send and check: operations, their arguments and bodies.

The client talks to Prism as to the real API: its default base URL, its ``/v7``
root, its Bearer token. ``MockRoute`` is the only go-between: it sends every
request to one Prism server (whose routes are the spec's paths, without the
``/v7`` of the spec's server URL) and keeps each exchange so a test can look at
the bytes Prism answered.

``TYPED`` names, per operation id, the typed method that calls it; every other
operation is called through ``te.request()``. A resource group that types more
operations adds one line there.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import attrs
import httpx

from thousandeyes_async import AsyncThousandEyes, ThousandEyesError, UnlimitedLimiter
from thousandeyes_async._pagination import RecordStream
from thousandeyes_async.models._converter_v7 import structure_v7, unstructure_v7
from thousandeyes_async.models._openapi import Operation
from thousandeyes_async.models.v7.operations import OPERATIONS, OPERATIONS_BY_ID
from thousandeyes_async.resources._v7_methods import METHODS

from .v7_specs import resolve, specs

__all__ = [
    "OPERATIONS",
    "RESULTS_METHODS",
    "TYPED",
    "Call",
    "Exchange",
    "Handed",
    "MockRoute",
    "body_for",
    "call",
    "client",
    "first_page",
    "path_ids",
    "spec_operation",
]

TOKEN = "prism-contract-token"
#: The account group every request names, so Prism checks ``aid`` too.
ACCOUNT_GROUP = "1234"
#: The only host that reaches the mock: the client's default and the spec's server.
API_HOST = "api.thousandeyes.com"


@attrs.frozen
class Exchange:
    request: httpx.Request
    status: int
    content: bytes
    #: What Prism found wrong in the request or its own answer (``sl-violations``).
    violations: str | None

    def json(self) -> Any:
        return json.loads(self.content) if self.content else None

    def found(self, where: str) -> list[dict[str, Any]]:
        """Prism's violations in the ``request`` (ours) or the ``response`` (the spec's own)."""
        if not self.violations:
            return []
        found: list[dict[str, Any]] = json.loads(self.violations)
        return [v for v in found if v.get("location", [None])[0] == where]


class MockRoute(httpx.AsyncBaseTransport):
    """Sends the client's requests to one Prism server and keeps every exchange.

    ``dynamic=False`` asks Prism for the spec's examples instead of random bodies.
    """

    def __init__(self, server_url: str, *, dynamic: bool = True, cursor_pages: int = 0) -> None:
        self._server = httpx.URL(server_url)
        self._inner = httpx.AsyncHTTPTransport()
        self.dynamic = dynamic
        #: Pages whose next link becomes a cursor link as the real API writes it.
        self.cursor_pages = cursor_pages
        self.exchanges: list[Exchange] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        if url.host != API_HOST:
            raise AssertionError(f"the client sent a request off the API: {url}")
        path = url.raw_path
        if not path.startswith(b"/v7/"):
            raise AssertionError(f"the client sent a request outside /v7: {url}")
        target = self._server.copy_with(raw_path=path[len(b"/v7") :])
        headers = [(k, v) for k, v in request.headers.raw if k.lower() != b"host"]
        headers.append((b"Host", self._server.netloc))
        headers.append((b"Prefer", b"dynamic=true" if self.dynamic else b"dynamic=false"))
        forwarded = httpx.Request(request.method, target, headers=headers, content=request.content)
        response = await self._inner.handle_async_request(forwarded)
        content = await response.aread()
        self.exchanges.append(
            Exchange(
                request=request,
                status=response.status_code,
                content=content,
                violations=response.headers.get("sl-violations"),
            )
        )
        headers = response.headers
        if self.cursor_pages and response.is_success:
            content = self._with_cursor_link(request, content)
            headers = httpx.Headers({k: v for k, v in headers.items() if k != "content-length"})
        return httpx.Response(
            response.status_code, headers=headers, content=content, request=request
        )

    def _with_cursor_link(self, request: httpx.Request, content: bytes) -> bytes:
        """Prism's next link is any string the spec allows; the API's is a URL with a cursor.

        The first ``cursor_pages`` answers get one (the request's URL and query with
        ``cursor`` set, as the API writes it); the answer after them gets none, so a
        stream ends there.
        """
        body = json.loads(content)
        links = body.get("_links") or {}
        page = sum(1 for e in self.exchanges if e.request.url.path == request.url.path)
        if page <= self.cursor_pages:
            cursor = f"opaque-cursor-{page}"
            links["next"] = {"href": str(request.url.copy_set_param("cursor", cursor))}
        else:
            links.pop("next", None)
        body["_links"] = links
        return json.dumps(body).encode()

    async def aclose(self) -> None:
        await self._inner.aclose()


def client(route: MockRoute) -> AsyncThousandEyes:
    """A v7 client as a user makes it; its requests end at ``route``'s Prism.

    Without the limiter, which is not what is tested here: the snapshot budget
    (5 in 5 minutes) would hold a sixth round for minutes.
    """
    return AsyncThousandEyes(
        token=TOKEN,
        account_group_id=ACCOUNT_GROUP,
        transport=route,
        max_retries=0,
        limiter=UnlimitedLimiter(),
    )


# -- the spec's own view of an operation ---------------------------------------


@functools.cache
def spec_operation(operation_id: str) -> tuple[str, dict[str, Any]]:
    """(area, the spec's operation object) of the camelCase ``operation_id``."""
    for area, document in specs().items():
        for item in document["paths"].values():
            for operation in item.values():
                if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                    return area, operation
    raise KeyError(operation_id)


def _parameter_schemas(operation: Operation) -> dict[str, dict[str, Any]]:
    area, spec_op = spec_operation(operation.operation_id)
    document = specs()[area]
    out = {}
    for parameter in spec_op.get("parameters", ()):
        parameter = resolve(document, parameter)
        out[parameter["name"]] = resolve(document, parameter.get("schema", {}))
    return out


def path_ids(operation: Operation) -> dict[str, str]:
    """A value the spec allows for each path parameter, by its snake_case name."""
    schemas = _parameter_schemas(operation)
    out = {}
    for parameter in operation.path_parameters:
        schema = schemas[parameter.key]
        out[parameter.name] = str(_scalar(schema, "1234"))
    return out


def path_of(operation: Operation, ids: Mapping[str, str]) -> str:
    keys = {p.key: ids[p.name] for p in operation.path_parameters}
    return operation.path.format(**keys)


# -- request bodies ------------------------------------------------------------------

_FORMATS: dict[str, Any] = {
    "date-time": "2024-05-06T07:08:09Z",
    "date": "2024-05-06",
    "uuid": "0b0e6f2a-6c1a-4a53-9a6e-3f1f3c1a2b4d",
    "email": "someone@example.com",
    "uri": "https://example.com/",
    "ipv4": "192.0.2.10",
    "password": "not-a-real-password",
}


def _scalar(schema: Mapping[str, Any], fallback: Any) -> Any:
    if schema.get("enum"):
        return next(v for v in schema["enum"] if v is not None)
    example = schema.get("example")
    kind = schema.get("type", "string")
    if kind == "string":
        if schema.get("format") in _FORMATS:
            return _FORMATS[schema["format"]]
        if isinstance(example, str):
            return example
        if "pattern" in schema and str(schema["pattern"]).startswith("^\\d+"):
            return "5m"
        text = str(fallback)
        return text.ljust(int(schema.get("minLength", 0)), "x")
    if kind == "integer":
        value = example if isinstance(example, int) and not isinstance(example, bool) else 1
        return _bounded(schema, value)
    if kind == "number":
        ok = isinstance(example, int | float) and not isinstance(example, bool)
        return _bounded(schema, example if ok else 1.5)
    if kind == "boolean":
        return example if isinstance(example, bool) else True
    return fallback


def _bounded(schema: Mapping[str, Any], value: Any) -> Any:
    if "minimum" in schema and value < schema["minimum"]:
        value = schema["minimum"]
    if "maximum" in schema and value > schema["maximum"]:
        value = schema["maximum"]
    return value


def _sample(document: dict[str, Any], node: Any, *, full: bool, depth: int = 0) -> Any:
    """A value of ``node`` for a request: every writable property (``full``) or the required."""
    node = resolve(document, node)
    if not isinstance(node, dict):
        return "text"
    members = node.get("oneOf") or node.get("anyOf")
    if members and (node.get("discriminator") or not node.get("properties")):
        return _sample(document, members[0], full=full, depth=depth + 1)
    parts = node.get("allOf", ())
    if parts and not node.get("properties") and len(parts) == 1:
        return _sample(document, parts[0], full=full, depth=depth + 1)
    properties, required = _flat(document, node)
    if properties or node.get("type") == "object":
        out = {}
        for key, prop in properties.items():
            resolved = resolve(document, prop)
            if isinstance(resolved, dict) and resolved.get("readOnly"):
                continue
            if key in required or (full and depth < 6):
                out[key] = _sample(document, prop, full=full, depth=depth + 1)
        for key in sorted(required - properties.keys()):
            # Required here, described elsewhere (the SIP tests' ``port``).
            out[key] = _sample(document, _described_elsewhere(document, key), full=full, depth=6)
        return out
    if node.get("type") == "array":
        count = max(1, int(node.get("minItems", 1)))
        return [_sample(document, node.get("items", {}), full=full, depth=depth + 1)] * count
    return _scalar(node, "text")


def _described_elsewhere(document: dict[str, Any], key: str) -> Any:
    for schema in document["components"]["schemas"].values():
        found = resolve(document, schema).get("properties", {}).get(key)
        if found is not None:
            return found
    return {"type": "string"}


def _flat(document: dict[str, Any], node: Any) -> tuple[dict[str, Any], set[str]]:
    node = resolve(document, node)
    properties: dict[str, Any] = {}
    required: set[str] = set()
    for part in node.get("allOf", ()):
        sub, sub_required = _flat(document, part)
        properties.update(sub)
        required |= sub_required
    properties.update(node.get("properties", {}))
    required |= set(node.get("required", ()))
    return properties, required


def body_for(operation: Operation, *, full: bool) -> Any:
    """The JSON body of ``operation``, through its generated request class.

    A body the spec allows is structured into the request class and unstructured
    back: what goes out is what the client makes of its own request records.
    """
    if operation.request is None:
        return None
    area, spec_op = spec_operation(operation.operation_id)
    document = specs()[area]
    content = spec_op["requestBody"]
    content = resolve(document, content)["content"]
    media = content.get("application/json") or next(iter(content.values()))
    raw = _sample(document, media["schema"], full=full)
    record = structure_v7(raw, operation.request, endpoint=operation.id, path="body")
    return unstructure_v7(record)


# -- calling an operation ------------------------------------------------------------


@attrs.frozen
class Call:
    """The arguments of one call: path ids by snake_case name, and the JSON body."""

    ids: Mapping[str, str]
    body: Any = None


Typed = Callable[[AsyncThousandEyes, Call], "RecordStream[Any] | Awaitable[Any]"]

#: The test-results operations and the ``te.test_results`` method of each.
RESULTS_METHODS: dict[str, str] = {
    "get_test_network_results": "network",
    "get_test_path_vis_results": "path_vis",
    "get_test_path_vis_agent_round_results": "path_vis_round",
    "get_test_http_server_results": "http_server",
    "get_test_page_load_results": "page_load",
    "get_test_page_load_agent_round_results": "page_load_round",
    "get_test_web_transaction_results": "web_transactions",
    "get_test_web_transaction_agent_round_results": "web_transactions_round",
    "get_test_web_transaction_agent_round_page_results": "web_transactions_page",
    "get_test_console_logs_agent_round_results": "console_logs",
    "get_test_api_results": "api",
    "get_test_api_agent_round_results": "api_round",
    "get_test_ftp_server_results": "ftp_server",
    "get_test_dns_trace_results": "dns_trace",
    "get_test_dns_servers_results": "dns_server",
    "get_test_dns_server_result": "dns_server",
    "get_test_dns_sec_results": "dnssec",
    "get_test_sip_server_results": "sip_server",
    "get_test_rtp_server_results": "rtp_server",
    "get_test_bgp_results": "bgp",
    "get_test_bgp_routes_prefix_round_results": "bgp_routes",
}


def _results_method(method: str) -> Typed:
    def call_it(te: AsyncThousandEyes, args: Call) -> RecordStream[Any]:
        stream: RecordStream[Any] = getattr(te.test_results, method)(**args.ids)
        return stream

    return call_it


def _group_method(operation_id: str, group: str, method: str) -> Typed:
    """The generated group method of an operation: path ids in order, then the body."""

    def call_it(te: AsyncThousandEyes, args: Call) -> RecordStream[Any] | Awaitable[Any]:
        target: Any = te
        for name in (*group.split("."), method):
            target = getattr(target, name)
        operation = OPERATIONS_BY_ID[operation_id]
        positional = [args.ids[p.name] for p in operation.path_parameters]
        if operation.request is not None and args.body is not None:
            positional.append(args.body)
        result: RecordStream[Any] | Awaitable[Any] = target(*positional)
        return result

    return call_it


#: Operation id -> the typed method that calls it: every operation of the method
#: table, the test results through ``te.test_results``. An operation left out of
#: it would go through ``te.request()``.
TYPED: dict[str, Typed] = {
    **{
        operation_id: _group_method(operation_id, group, method)
        for operation_id, (group, method) in METHODS.items()
        if operation_id not in RESULTS_METHODS
    },
    **{operation_id: _results_method(method) for operation_id, method in RESULTS_METHODS.items()},
}


@attrs.frozen
class Handed:
    """What the client handed out: a stream's records, or one awaited result."""

    streamed: bool
    value: Any


async def call(
    te: AsyncThousandEyes, operation: Operation, args: Call, *, route: MockRoute
) -> Handed:
    """Call ``operation`` through its typed method, else through ``te.request()``."""
    typed = TYPED.get(operation.id)
    if typed is None:
        path = path_of(operation, args.ids)
        return Handed(False, await te.request(operation.method, path, json=args.body))
    sent = len(route.exchanges)
    result = typed(te, args)
    if isinstance(result, RecordStream):
        return Handed(True, await first_page(result, operation, route, sent))
    return Handed(False, await result)


async def first_page(
    stream: RecordStream[Any], operation: Operation, route: MockRoute, sent: int
) -> list[Any]:
    """The records of the stream's first page.

    Prism's next links lead nowhere: a random body's ``_links.next.href`` is any
    string (``"ad ipsum"``, which the client refuses to follow) and an example's
    is a path the spec does not have. Pagination is tested on its own.
    """
    records: list[Any] = []
    async with stream:
        iterator = aiter(stream)
        while True:
            if len(route.exchanges) > sent:
                page = route.exchanges[sent].json() or {}
                if len(records) >= len(page.get(operation.items or "results") or []):
                    break
            try:
                records.append(await anext(iterator))
            except StopAsyncIteration:
                break
            except ThousandEyesError as exc:
                if len(route.exchanges) > sent + 1 or "not an absolute http(s) URL" in str(exc):
                    break  # the first page was read whole; its next link failed
                raise
    return records
