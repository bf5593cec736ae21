"""Validate emulator exchanges against the vendored v7 OpenAPI documents with openapi-core."""

from __future__ import annotations

import functools
import json
import os
from pathlib import Path
from typing import Any

import httpx
from openapi_core import Config, OpenAPI
from openapi_core.datatypes import RequestParameters
from openapi_core.templating.paths.finders import APICallPathFinder
from werkzeug.datastructures import Headers, ImmutableMultiDict

SPECS = Path(__file__).resolve().parents[1] / "specs" / "v7"
#: The documents' server; requests are checked as if sent there.
SPEC_HOST = "https://api.thousandeyes.com"


@functools.cache
def spec(area: str) -> OpenAPI:
    """``area`` is the file's middle name: ``test-results``, ``tests``, ``agents``."""
    config = Config(
        extra_media_type_deserializers={
            "application/hal+json": json.loads,
            "application/problem+json": json.loads,
        },
    )
    return OpenAPI.from_file_path(str(SPECS / f"thousandeyes-{area}-v7.0.100.yml"), config=config)


class _Request:
    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self.host_url = SPEC_HOST
        self.path = request.url.path
        self.method = request.method.lower()
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(list(request.url.params.multi_items())),
            header=Headers(list(request.headers.items())),
            cookie=ImmutableMultiDict(),
        )
        self.content_type = request.headers.get("content-type", "")
        self.body = request.content or None

    @property
    def full_url_pattern(self) -> str:
        return self.host_url + self.path


class _Response:
    def __init__(self, response: httpx.Response) -> None:
        self.status_code = response.status_code
        self.headers = Headers(list(response.headers.items()))
        self.content_type = response.headers.get("content-type", "").lower()
        self.data = response.content


def operations(area: str) -> set[str]:
    """Every operation id of a document."""
    paths = spec(area).spec / "paths"
    return {str(op["operationId"]) for _, item in paths.items() for _, op in item.items()}


def operation_id(area: str, request: httpx.Request) -> str:
    """The operation of the document a request is for (as the validator matches it)."""
    found = APICallPathFinder(spec(area).spec).find(
        request.method.lower(), SPEC_HOST + request.url.path
    )
    return str(found.operation["operationId"])


def validate(area: str, response: httpx.Response, *, request: bool = True) -> Any:
    """Check the answer (and unless told not to, the request) against the document;
    returns the decoded body. ``request=False`` is for requests sent wrong on purpose."""
    document = spec(area)
    sent = _Request(response.request)
    if request:
        document.validate_request(sent)
    document.validate_response(sent, _Response(response))
    log = os.environ.get("TE_V7_OPERATIONS_LOG")
    if log:  # which operations the tests validated, and with which statuses
        with open(log, "a", encoding="utf-8") as out:
            out.write(f"{operation_id(area, response.request)} {response.status_code}\n")
    return response.json() if response.content else None


def operation(area: str, operation_id: str) -> tuple[str, str, dict[str, Any]]:
    """(method, path template, operation) of an operation of a document."""
    from .v7_specs import specs

    for path, item in specs()[area]["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict) and op.get("operationId") == operation_id:
                return method.upper(), path, op
    raise KeyError(operation_id)


def request_example(area: str, operation_id: str) -> dict[str, Any]:
    """A request body of an operation made of the spec's examples, read-only fields left out."""
    from .v7_specs import example_body, properties, resolve, specs

    document = specs()[area]
    _, _, op = operation(area, operation_id)
    schema = resolve(document, op["requestBody"])["content"]["application/json"]["schema"]
    body = example_body(document, schema)
    assert isinstance(body, dict)
    fields = properties(document, schema)
    return {
        k: v for k, v in body.items() if not resolve(document, fields.get(k, {})).get("readOnly")
    }


def repair_example(body: dict[str, Any]) -> dict[str, Any]:
    """``body`` where the document's own examples break its schema, repaired in place."""
    for step in body.get("requests", ()):
        for assertion in step.get("assertions", ()):
            assertion["value"] = str(assertion["value"])
    if "ftpTargetTime" in body:
        body["ftpTargetTime"] = 1000
    if "targetSipCredentials" in body:
        body["port"] = 5060  # required, yet not among the properties
        body["optionsRegex"] = "a-z"
    if "prefix" in body:  # no example; its description asks for a.b.c.d/e
        body["prefix"] = "10.0.0.0/8"
    return body
