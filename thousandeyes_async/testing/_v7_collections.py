"""Create, read, update and delete for the v7 objects kept as plain collections.

Account groups, users, roles, interface groups, alert rules and alert
suppression windows all behave alike: a list, a create that answers 201 with a
``Location``, a get, a full update and a delete answering 204, each write
checked against its request schema and recorded as an audit event.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs

from ._entities import Record
from ._routes import Reply
from ._v7_bodies import BodyRule, check_body, json_body
from ._v7_paging import iso_date
from ._v7_problems import ProblemError
from ._v7_state import Collection

if TYPE_CHECKING:
    from ._v7_routes import V7Request

__all__ = ["Kind", "create", "delete", "get", "hal", "list_all", "record_event", "update"]

Render = Callable[["V7Request", Record], Record]


@attrs.frozen
class Kind:
    """One kind of object: where it lives, how it is named, checked and shown."""

    #: The path below ``/v7`` of the collection.
    path: str
    #: The key of the list in a listing.
    list_key: str
    #: The field of an object that holds its id.
    id_field: str
    first_id: int
    body: BodyRule
    #: An object as a get shows it, from what is stored (the body and the id).
    render: Render
    #: The objects there are before any client writes; called once per emulator.
    seed: Callable[[V7Request], list[Record]] = lambda request: []
    #: A list item, when it shows less than a get.
    summary: Render | None = None
    #: Checks a body against the state (references to other objects); raises a problem.
    check: Callable[[V7Request, Record], None] | None = None
    #: What a write is called in the audit log (``Account group``).
    label: str = ""


def collection(request: V7Request, kind: Kind) -> Collection:
    def fill(found: Collection) -> None:
        for item in kind.seed(request):
            found.items[str(item[kind.id_field])] = item

    return request.emulator.v7.collection(kind.path, kind.first_id, fill)


def hal(body: Record, status: int = 200) -> Reply:
    return Reply(status, body, content_type="application/hal+json")


def _self(request: V7Request, kind: Kind, object_id: str) -> dict[str, dict[str, str]]:
    return {"self": {"href": f"{request.api_root}/{kind.path}/{object_id}"}}


def _shown(request: V7Request, kind: Kind, item: Record, render: Render) -> Record:
    body = render(request, item)
    body["_links"] = _self(request, kind, str(item[kind.id_field]))
    return body


def find(request: V7Request, kind: Kind, object_id: str) -> Record:
    item = collection(request, kind).items.get(object_id)
    if item is None:
        raise ProblemError(404, f"no {kind.label.lower() or kind.path} with id {object_id}")
    return item


def list_all(request: V7Request, kind: Kind) -> Reply:
    render = kind.summary or kind.render
    items = [_shown(request, kind, i, render) for i in collection(request, kind)]
    return hal({kind.list_key: items, "_links": {"self": request.self_link}})


def get(request: V7Request, kind: Kind, object_id: str) -> Reply:
    return hal(_shown(request, kind, find(request, kind, object_id), kind.render))


def _checked(request: V7Request, kind: Kind) -> Record:
    body = check_body(json_body(request.body, request.content_type), kind.body)
    if kind.check is not None:
        kind.check(request, body)
    return body


def create(request: V7Request, kind: Kind, now: float) -> Reply:
    body = _checked(request, kind)
    items = collection(request, kind)
    object_id = items.new_id()
    item = {**body, kind.id_field: object_id, "_created": int(now)}
    items.items[object_id] = item
    record_event(request, now, f"{kind.label} created", item.get("name"))
    reply = hal(_shown(request, kind, item, kind.render), 201)
    reply.headers.append(("Location", f"{request.api_root}/{kind.path}/{object_id}"))
    return reply


def update(request: V7Request, kind: Kind, object_id: str, now: float) -> Reply:
    old = find(request, kind, object_id)
    body = _checked(request, kind)
    item = {**old, **body, kind.id_field: object_id}
    collection(request, kind).items[object_id] = item
    record_event(request, now, f"{kind.label} updated", item.get("name"))
    return hal(_shown(request, kind, item, kind.render))


def delete(request: V7Request, kind: Kind, object_id: str, now: float) -> Reply:
    item = find(request, kind, object_id)
    del collection(request, kind).items[object_id]
    record_event(request, now, f"{kind.label} deleted", item.get("name"))
    return Reply(204)


def record_event(request: V7Request, now: float, event: str, name: object = None) -> None:
    """Note a write in the audit log that ``/audit-user-events`` reads."""
    credential = request.credential
    aid = request.params.get("aid") or credential.account_groups[0]
    request.emulator.v7.audit.append(
        {
            "aid": aid,
            "accountGroupName": f"Account group {aid}",
            "date": iso_date(now),
            "event": event + (f": {name}" if isinstance(name, str) and name else ""),
            "ipAddress": "192.0.2.10",
            "uid": "1",
            "user": f"{credential.name} ({credential.email or 'api@example.com'})",
            "_epoch": int(now),
        }
    )
