"""The pure bucket core against a simulated fixed-window server (no I/O, no sleeping)."""

from __future__ import annotations

import heapq
import math
from collections import deque
from collections.abc import Callable

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thousandeyes_async.ratelimit._bucket import MAX_PAUSE_WINDOWS, Bucket, Observation, Ticket

EPOCH = 1_700_000_000.0


@attrs.define
class FixedWindowModel:
    """The server of seed 000: a window opens at the first request after the last one ended."""

    limit: int = 240
    window: float = 60.0
    skew: float = 0.0
    reset_rounding: Callable[[float], float] = math.ceil
    limit_for_window: Callable[[int], int] | None = None
    end: float = -math.inf
    count: int = 0
    windows: int = 0
    accepted: int = 0
    refused: int = 0
    #: When each window opened.
    opened_at: list[float] = attrs.Factory(list)

    def arrive(self, now: float) -> Observation:
        if now >= self.end:
            self.end = now + self.window
            self.count = 0
            self.windows += 1
            self.opened_at.append(now)
            if self.limit_for_window is not None:
                self.limit = self.limit_for_window(self.windows)
        status = 200
        if self.count < self.limit:
            self.count += 1
            self.accepted += 1
        else:
            status = 429
            self.refused += 1
        server_now = EPOCH + self.skew + now
        return Observation(
            status=status,
            limit=self.limit,
            remaining=self.limit - self.count,
            reset=float(self.reset_rounding(EPOCH + self.skew + self.end)),
            date=float(math.floor(server_now)),
        )

    def consume(self, now: float) -> bool:
        """Someone else's request: counts like ours, answers nobody."""
        return self.arrive(now).status == 200


@attrs.define
class Simulation:
    """Tasks sending through one bucket; delays per request drawn from lists."""

    bucket: Bucket
    server: FixedWindowModel
    tasks: int
    requests: int
    up: list[float]
    down: list[float]
    think: list[float] = attrs.Factory(lambda: [0.0])
    foreign_every: float | None = None
    horizon: float = math.inf
    sent: int = 0
    refused_ours: int = 0
    accepted_ours: int = 0
    accepted_before_horizon: int = 0

    def run(self) -> None:
        events: list[tuple[float, int, str, object]] = []
        seq = 0

        def push(when: float, kind: str, payload: object = None) -> None:
            nonlocal seq
            seq += 1
            heapq.heappush(events, (when, seq, kind, payload))

        waiting: deque[int] = deque()
        for task in range(self.tasks):
            push(self.think[task % len(self.think)], "want", task)
        if self.foreign_every:
            push(self.foreign_every / 2, "foreign")
        timer_at: float | None = None
        budget = self.requests
        steps = 0
        while events:
            steps += 1
            assert steps < 10_000_000, "simulation does not end"
            now, _, kind, payload = heapq.heappop(events)
            if kind == "want":
                if budget <= 0:
                    continue
                budget -= 1
                waiting.append(int(payload))  # type: ignore[call-overload]
            elif kind == "arrive":
                ticket, task = payload  # type: ignore[misc]
                obs = self.server.arrive(now)
                if obs.status == 429:
                    self.refused_ours += 1
                else:
                    self.accepted_ours += 1
                    if now < self.horizon:
                        self.accepted_before_horizon += 1
                n = self.sent
                push(now + self.down[n % len(self.down)], "respond", (ticket, task, obs))
            elif kind == "respond":
                ticket, task, obs = payload  # type: ignore[misc]
                self.bucket.settle(ticket, now, obs)
                push(now + self.think[task % len(self.think)], "want", task)
            elif kind == "foreign":
                if now < self.horizon:
                    self.server.consume(now)
                    push(now + self.foreign_every, "foreign")  # type: ignore[operator]
            elif kind == "timer":
                timer_at = None
            while waiting and self.bucket.available(now) >= 1:
                task = waiting.popleft()
                ticket = self.bucket.grant(now)
                ticket.sent = True
                self.sent += 1
                push(now + self.up[self.sent % len(self.up)], "arrive", (ticket, task))
            if waiting:
                change = self.bucket.next_change(now)
                if change is not None and (timer_at is None or change < timer_at):
                    timer_at = change
                    push(change, "timer")


def test_first_request_is_a_lone_probe() -> None:
    bucket = Bucket(limit=240, window=60.0)
    assert bucket.available(0.0) == 1
    probe = bucket.grant(0.0)
    probe.sent = True
    assert bucket.available(0.0) == 0
    obs = Observation(200, 240, 239, EPOCH + 60, EPOCH)
    bucket.settle(probe, 0.1, obs)
    # All but the window's last permit, which probes just short of Reset - Date.
    assert bucket.available(0.1) == 238
    edge = bucket.next_change(0.1)
    assert edge is not None
    assert 58.0 < edge < 60.0
    assert bucket.available(edge) == 239


def test_reset_is_read_against_the_date_header_not_the_local_clock() -> None:
    # The server's clock is a day ahead of ours: only Reset - Date matters.
    bucket = Bucket(limit=240, window=60.0)
    t = bucket.grant(1000.0)
    t.sent = True
    bucket.settle(t, 1000.0, Observation(200, 240, 0, EPOCH + 86_400 + 20, EPOCH + 86_400))
    assert bucket.available(1000.0) == 0
    # 20 s left by the headers, plus one second for their whole-second resolution.
    assert bucket.next_change(1000.0) == pytest.approx(1021.0)
    assert bucket.available(1020.9) == 0
    assert bucket.available(1021.0) >= 1


def test_window_end_never_trusts_more_than_the_window_length() -> None:
    bucket = Bucket(limit=10, window=60.0)
    t = bucket.grant(0.0)
    t.sent = True
    bucket.settle(t, 0.5, Observation(200, 10, 9, EPOCH + 60, EPOCH))
    # Reset - Date + 1 = 61 s, but a window that counted this request ends within 60 s of it.
    assert bucket.end == pytest.approx(60.5)


def test_in_flight_requests_are_not_let_out_twice_by_an_old_remaining() -> None:
    bucket = Bucket(limit=10, window=60.0)
    probe = bucket.grant(0.0)
    probe.sent = True
    bucket.settle(probe, 0.1, Observation(200, 10, 9, EPOCH + 60, EPOCH))
    tickets = [bucket.grant(0.1) for _ in range(8)]
    edge = bucket.next_change(0.1)
    assert edge is not None
    tickets.append(bucket.grant(edge))  # the window's last permit, sent as a probe
    for t in tickets:
        t.sent = True
    assert bucket.available(edge) == 0
    # A slow answer processed before the others says Remaining 8: it must not reopen 8 slots.
    bucket.settle(tickets[0], edge, Observation(200, 10, 8, EPOCH + 60, EPOCH))
    assert bucket.available(edge) == 0


def test_foreign_consumption_seen_in_headers_shrinks_the_budget() -> None:
    bucket = Bucket(limit=10, window=60.0)
    probe = bucket.grant(0.0)
    probe.sent = True
    # Someone else already used 6 of 10.
    bucket.settle(probe, 0.1, Observation(200, 10, 3, EPOCH + 50, EPOCH))
    assert bucket.available(0.1) == 3


def test_released_ticket_consumes_nothing() -> None:
    bucket = Bucket(limit=5, window=60.0, dynamic=False)
    tickets = [bucket.grant(0.0) for _ in range(5)]
    assert bucket.available(0.0) == 0
    bucket.release(tickets[0], 0.0)
    assert bucket.available(0.0) == 1
    assert bucket.in_flight == 4


def test_sent_request_counts_even_without_an_answer() -> None:
    bucket = Bucket(limit=2, window=60.0, dynamic=False)
    t1, t2 = bucket.grant(0.0), bucket.grant(0.0)
    t1.sent = t2.sent = True
    bucket.settle(t1, 1.0, None)
    assert bucket.available(1.0) == 0
    bucket.settle(t2, 1.0, Observation(200))
    assert bucket.available(1.0) == 0
    assert bucket.available(61.0) == 2


def test_static_bucket_whose_requests_all_went_unanswered_reopens() -> None:
    # A static bucket dates its window from an answer; when none comes (a timeout,
    # a dropped connection, a cancelled request) it must still end.
    bucket = Bucket(limit=5, window=300.0, dynamic=False)
    for _ in range(5):
        t = bucket.grant(0.0)
        t.sent = True
        bucket.settle(t, 0.5, None)
    assert bucket.available(300.0) == 0
    assert bucket.next_change(300.0) == 300.5
    assert bucket.available(300.5) == 5


def test_static_bucket_is_five_per_three_hundred_seconds() -> None:
    bucket = Bucket(limit=5, window=300.0, dynamic=False)
    for _ in range(5):
        t = bucket.grant(0.0)
        t.sent = True
        bucket.settle(t, 0.2, Observation(201))
    assert bucket.available(299.0) == 0
    assert bucket.available(300.2) == 5


def test_429_exhausted_pauses_until_reset_and_reports_paced() -> None:
    bucket = Bucket(limit=10, window=60.0)
    t = bucket.grant(0.0)
    t.sent = True
    paced = bucket.settle(t, 0.0, Observation(429, 10, 0, EPOCH + 30, EPOCH))
    assert paced
    assert bucket.rejected == 1
    assert bucket.available(0.0) == 0
    assert bucket.next_change(0.0) == pytest.approx(31.0)


def test_429_without_headers_uses_retry_after_then_bounded_backoff() -> None:
    bucket = Bucket(limit=10, window=60.0)
    t = bucket.grant(0.0)
    t.sent = True
    assert bucket.settle(t, 0.0, Observation(429, retry_after=7.0))
    assert bucket.next_change(0.0) == pytest.approx(7.0)
    delays = []
    now = 7.0
    for _ in range(10):
        t = bucket.grant(now)
        t.sent = True
        assert bucket.settle(t, now, Observation(429))
        change = bucket.next_change(now)
        assert change is not None
        delays.append(change - now)
        now = change
    assert delays[:3] == [2.0, 4.0, 8.0]
    assert max(delays) == 60.0


def test_a_window_that_opened_during_a_429_pause_is_followed_after_it() -> None:
    server = FixedWindowModel(limit=10)
    bucket = Bucket(limit=240, window=60.0)
    probe = bucket.grant(0.0)
    probe.sent = True
    bucket.settle(probe, 0.1, server.arrive(0.0))
    for _ in range(9):  # someone else takes the rest of the first window
        server.consume(0.05)
    refused, slow = bucket.grant(0.1), bucket.grant(0.1)
    refused.sent = slow.sent = True
    assert bucket.settle(refused, 0.3, server.arrive(0.2))  # 429: paused until the reset
    # A slow request reaches the server after its rollover: it opens the second window,
    # and its answer comes back while the bucket is still paused.
    bucket.settle(slow, 60.6, server.arrive(60.5))
    for _ in range(5):
        server.consume(61.0)
    assert server.refused == 1
    now, ours = 61.0, 0
    while now < 120.0:  # the second window: 4 requests left for us
        if bucket.available(now) >= 1:
            t = bucket.grant(now)
            t.sent = True
            bucket.settle(t, now + 0.1, server.arrive(now + 0.05))
            ours += 1
        now = round(now + 0.1, 1)
    assert server.refused == 1, "the bucket took the second window's answers for stale"
    assert ours == 4


def test_a_429_naming_a_later_reset_does_not_shrink_the_window_it_pauses_by() -> None:
    # A window is open (one request counted), then a 429 names a Reset a minute past
    # it (a server holding the organization back, the emulator's storm): the refused
    # request was not counted, so it proves no rollover and says nothing of the
    # window's length. Taken for the first answer of a new window, it "learned" a
    # window of the time since the last one opened (0 s here), capped the pause at
    # three of those, and every retry met another 429 at once.
    bucket = Bucket(limit=240, window=60.0)
    probe = bucket.grant(0.0)
    probe.sent = True
    bucket.settle(probe, 0.0, Observation(200, 240, 239, EPOCH + 60, EPOCH))
    refused = bucket.grant(0.0)
    refused.sent = True
    assert bucket.settle(refused, 0.0, Observation(429, 240, 0, EPOCH + 120, EPOCH))
    assert bucket.available(0.0) == 0
    change = bucket.next_change(0.0)
    assert change is not None
    assert change == pytest.approx(121.0)


def test_late_answer_about_a_finished_window_is_ignored() -> None:
    bucket = Bucket(limit=10, window=60.0)
    t = bucket.grant(0.0)
    t.sent = True
    bucket.settle(t, 0.0, Observation(200, 10, 9, EPOCH + 60, EPOCH))
    slow = bucket.grant(1.0)
    slow.sent = True
    # The window rolls over while ``slow`` is in flight; it is carried over.
    probe = bucket.grant(60.5)
    probe.sent = True
    bucket.settle(probe, 60.6, Observation(200, 10, 9, EPOCH + 120, EPOCH + 60))
    # The slow answer was counted in the old window: it frees its slot in the new one.
    before = bucket.available(61.0)
    bucket.settle(slow, 61.0, Observation(200, 10, 2, EPOCH + 60, EPOCH + 1))
    assert bucket.available(61.0) == before + 1


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tasks=st.integers(1, 300),
    limit=st.sampled_from([5, 20, 24, 240]),
    up=st.lists(st.floats(0.0, 2.0), min_size=1, max_size=30),
    down=st.lists(st.floats(0.0, 2.0), min_size=1, max_size=30),
    think=st.lists(st.floats(0.0, 20.0), min_size=1, max_size=10),
    skew=st.floats(-10_000.0, 10_000.0),
    floor_reset=st.booleans(),
)
def test_only_client_is_never_refused(
    tasks: int,
    limit: int,
    up: list[float],
    down: list[float],
    think: list[float],
    skew: float,
    floor_reset: bool,
) -> None:
    server = FixedWindowModel(
        limit=limit, skew=skew, reset_rounding=math.floor if floor_reset else math.ceil
    )
    sim = Simulation(
        Bucket(limit=240, window=60.0),
        server,
        tasks=tasks,
        requests=limit * 6,
        up=up,
        down=down,
        think=think,
    )
    sim.run()
    assert sim.refused_ours == 0
    assert sim.accepted_ours == limit * 6


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tasks=st.integers(240, 600),
    up=st.lists(st.floats(0.0, 0.3), min_size=1, max_size=30),
    down=st.lists(st.floats(0.0, 0.3), min_size=1, max_size=30),
    skew=st.floats(-10_000.0, 10_000.0),
    floor_reset=st.booleans(),
)
def test_saturated_client_uses_the_budget_of_twenty_windows(
    tasks: int, up: list[float], down: list[float], skew: float, floor_reset: bool
) -> None:
    server = FixedWindowModel(
        limit=240, skew=skew, reset_rounding=math.floor if floor_reset else math.ceil
    )
    horizon = 20 * 60.0
    sim = Simulation(
        Bucket(limit=240, window=60.0),
        server,
        tasks=tasks,
        requests=240 * 25,
        up=up,
        down=down,
        horizon=horizon,
    )
    sim.run()
    assert sim.refused_ours == 0
    # Everything a client could get in 20 windows of time, at most 240 per window.
    assert sim.accepted_before_horizon >= 0.99 * 240 * 20


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tasks=st.integers(1, 300),
    up=st.lists(st.floats(0.0, 0.5), min_size=1, max_size=20),
    down=st.lists(st.floats(0.0, 0.5), min_size=1, max_size=20),
    switch=st.integers(1, 4),
)
def test_limit_change_mid_run_is_followed(
    tasks: int, up: list[float], down: list[float], switch: int
) -> None:
    server = FixedWindowModel(limit=20, limit_for_window=lambda n: 20 if n <= switch else 240)
    sim = Simulation(
        Bucket(limit=240, window=60.0), server, tasks=tasks, requests=2000, up=up, down=down
    )
    sim.run()
    assert sim.refused_ours == 0
    assert sim.accepted_ours == 2000


def test_a_window_length_learned_by_subtraction_is_never_a_hair_short() -> None:
    # 300.069 - 240.069 is 59.99999999999997 in floats: without slack the request
    # sent at the learned end reached the server a hair before its window ended.
    server = FixedWindowModel(limit=20, limit_for_window=lambda n: 20 if n <= 1 else 240)
    sim = Simulation(
        Bucket(limit=240, window=60.0),
        server,
        tasks=1,
        requests=2000,
        up=[0.0],
        down=[0.0, 0.06896762179278505, 0.0],
    )
    sim.run()
    assert sim.refused_ours == 0
    assert sim.accepted_ours == 2000


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tasks=st.integers(1, 300),
    up=st.lists(st.floats(0.0, 0.5), min_size=1, max_size=20),
    down=st.lists(st.floats(0.0, 0.5), min_size=1, max_size=20),
)
def test_hidden_consumer_costs_at_most_one_429_per_window(
    tasks: int, up: list[float], down: list[float]
) -> None:
    # Someone else takes a third of the budget, evenly spread.
    server = FixedWindowModel(limit=240)
    sim = Simulation(
        Bucket(limit=240, window=60.0),
        server,
        tasks=tasks,
        requests=240 * 10,
        up=up,
        down=down,
        foreign_every=60.0 / 80,
        horizon=30 * 60.0,
    )
    sim.run()
    assert sim.refused_ours <= server.windows


def test_ticket_is_plain_data() -> None:
    t = Ticket(seq=1, epoch=0)
    assert not t.sent
    assert not t.settled


def test_a_reset_before_the_date_falls_back_to_the_window_length() -> None:
    # Inconsistent headers (say a proxy's Date an hour ahead) must not end the window early.
    bucket = Bucket(limit=10, window=60.0)
    t = bucket.grant(0.0)
    t.sent = True
    bucket.settle(t, 0.5, Observation(200, 10, 9, EPOCH + 60, EPOCH + 3600))
    # (next_change may come sooner: the window's last permit probes where it ends.)
    assert bucket.end == pytest.approx(60.5)


def test_state_round_trips_through_a_dict() -> None:
    bucket = Bucket(limit=10, window=60.0)
    probe = bucket.grant(0.0)
    probe.sent = True
    bucket.settle(probe, 0.1, Observation(200, 10, 5, EPOCH + 60, EPOCH))
    held = bucket.grant(0.2)
    copy = Bucket.from_dict(bucket.to_dict())
    assert copy.available(0.3) == bucket.available(0.3) == 4
    assert copy.next_change(0.3) == bucket.next_change(0.3)
    ticket = copy.ticket(held.seq)
    assert ticket is not None
    copy.release(ticket, 0.3)
    assert copy.available(0.3) == 5


def test_shared_limiter_stats_outside_an_event_loop_are_empty() -> None:
    from thousandeyes_async import SharedLimiter

    assert SharedLimiter().stats("acme") == {}


def test_redis_limiter_without_redis_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    from thousandeyes_async import RedisLimiter

    monkeypatch.setitem(sys.modules, "redis.asyncio", None)
    with pytest.raises(ImportError, match=r"thousandeyes-async\[redis\]"):
        RedisLimiter("redis://127.0.0.1:1/0")


def test_thousandeyes_policy_maps_requests_to_their_buckets() -> None:
    from thousandeyes_async.ratelimit import RequestInfo, ThousandEyesPolicy

    policy = ThousandEyesPolicy()

    def categories(method: str, path: str) -> list[str]:
        return [spec.category for spec in policy.buckets(RequestInfo(method, path))]

    assert categories("GET", "net/metrics/817") == ["organization"]
    assert categories("POST", "instant/http-server") == ["organization", "instant-test"]
    assert categories("POST", "instant/1234/rerun") == ["organization", "instant-test"]
    assert categories("GET", "instant/http-server") == ["organization"]
    assert categories("POST", "snapshot") == ["organization", "snapshot"]
    snapshot = policy.buckets(RequestInfo("POST", "snapshot"))[1]
    assert (snapshot.limit, snapshot.window, snapshot.dialect) == (5, 300.0, None)


def test_category_policy_follows_seed_003() -> None:
    from thousandeyes_async.ratelimit import CategoryPolicy, RequestInfo

    policy = CategoryPolicy()
    get = policy.buckets(RequestInfo("GET", "alerts"))[0]
    page = policy.buckets(RequestInfo("GET", "alerts", paginated=True))[0]
    write = policy.buckets(RequestInfo("DELETE", "alerts/1"))[0]
    assert (get.category, get.limit) == ("get", 500)
    assert (page.category, page.limit) == ("paginated-get", 50)
    assert (write.category, write.limit) == ("write", 50)
    assert get.dialect is not None
    assert get.dialect.limit == "X-RateLimit-Limit"


def test_short_windows_with_consecutive_resets_are_not_taken_for_stale() -> None:
    # One-second windows: the next window's Reset is only a second later.
    bucket = Bucket(limit=5, window=1.0)
    probe = bucket.grant(0.0)
    probe.sent = True
    bucket.settle(probe, 0.01, Observation(200, 5, 4, EPOCH + 1, EPOCH))
    # Whole-second headers leave a one-second window's length unsure: the last
    # permit waits to probe where the window ends.
    tickets = [bucket.grant(0.01) for _ in range(3)]
    edge = bucket.next_change(0.01)
    assert edge is not None
    assert 0.01 < edge < 1.0
    tickets.append(bucket.grant(edge))
    for remaining, t in zip((3, 2, 1, 0), tickets, strict=True):
        t.sent = True
        bucket.settle(t, edge, Observation(200, 5, remaining, EPOCH + 1, EPOCH))
    assert bucket.available(edge) == 0
    probe = bucket.grant(1.02)
    probe.sent = True
    bucket.settle(probe, 1.03, Observation(200, 5, 4, EPOCH + 2, EPOCH + 1))
    assert bucket.reset == EPOCH + 2
    assert bucket.ours == 1
    assert bucket.available(1.03) >= 3


# -- the window's phase and length, to within a round trip ---------------------------

_ROUNDINGS: dict[str, Callable[[float], float]] = {
    "ceil": math.ceil,
    "floor": math.floor,
    "round": round,
    # Servers that round Reset up past the window's end: Reset - Date overstates it.
    "ceil+1": lambda t: math.ceil(t) + 1,
    "ceil+2": lambda t: math.ceil(t) + 2,
}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    tasks=st.sampled_from([1, 10, 100, 1000]),
    # Date and Reset carry whole seconds, so a one-second window is below what the
    # headers can tell: two seconds is the shortest window the limiter places.
    window=st.sampled_from([2.0, 3.0, 5.0, 10.0, 30.0, 60.0]),
    up=st.lists(st.floats(0.0, 1.0), min_size=1, max_size=20),
    down=st.lists(st.floats(0.0, 1.0), min_size=1, max_size=20),
    skew=st.floats(-10_000.0, 10_000.0),
    rounding=st.sampled_from(sorted(_ROUNDINGS)),
)
def test_a_server_window_of_any_length_and_rounding_never_sees_an_early_request(
    tasks: int,
    window: float,
    up: list[float],
    down: list[float],
    skew: float,
    rounding: str,
) -> None:
    # The policy says 60 s; the server's window may be shorter and round Reset either way.
    server = FixedWindowModel(
        limit=40, window=window, skew=skew, reset_rounding=_ROUNDINGS[rounding]
    )
    sim = Simulation(
        Bucket(limit=240, window=60.0), server, tasks=tasks, requests=40 * 12, up=up, down=down
    )
    sim.run()
    assert sim.refused_ours == 0
    assert sim.accepted_ours == 40 * 12


@pytest.mark.parametrize("rounding", sorted(_ROUNDINGS))
@pytest.mark.parametrize("tasks", [1, 10, 100, 1000])
def test_a_five_second_window_is_learned_to_within_the_round_trip(
    tasks: int, rounding: str
) -> None:
    # The sandbox: 40 per 5 s while the policy assumes 60 s. Whole-second headers
    # alone would lose about two seconds a window (60-72% of the budget).
    server = FixedWindowModel(limit=40, window=5.0, skew=0.37, reset_rounding=_ROUNDINGS[rounding])
    horizon = 100 * 5.0
    sim = Simulation(
        Bucket(limit=240, window=60.0),
        server,
        tasks=tasks,
        requests=40 * 200,
        up=[0.004, 0.001, 0.003],
        down=[0.002, 0.005, 0.001],
        horizon=horizon,
    )
    sim.run()
    assert sim.refused_ours == 0
    assert sim.accepted_before_horizon >= 0.97 * 40 * 100


@pytest.mark.parametrize("rounding", sorted(_ROUNDINGS))
def test_a_sixty_second_window_with_latency_loses_at_most_a_round_trip(rounding: str) -> None:
    server = FixedWindowModel(limit=240, skew=0.61, reset_rounding=_ROUNDINGS[rounding])
    horizon = 30 * 60.0
    sim = Simulation(
        Bucket(limit=240, window=60.0),
        server,
        tasks=300,
        requests=240 * 40,
        up=[0.01, 0.06, 0.03, 0.045],
        down=[0.05, 0.01, 0.02, 0.06, 0.035],
        horizon=horizon,
    )
    sim.run()
    assert sim.refused_ours == 0
    assert sim.accepted_before_horizon >= 0.995 * 240 * 30


def test_a_pause_is_capped_at_a_few_of_the_windows_learned() -> None:
    # 40 per 5 s while the policy assumes 60 s: once the 5 s are learned, a
    # Retry-After of a day holds the budget for a few of those, not three minutes.
    server = FixedWindowModel(limit=40, window=5.0, skew=0.37)
    bucket = Bucket(limit=240, window=60.0)
    sim = Simulation(
        bucket, server, tasks=10, requests=40 * 30, up=[0.004, 0.001], down=[0.002, 0.005]
    )
    sim.run()
    assert bucket.learned_window == pytest.approx(5.0, abs=0.2)
    ticket = bucket.grant(1000.0)
    ticket.sent = True
    assert bucket.settle(ticket, 1000.01, Observation(429, retry_after=100_000.0))
    paused = bucket.state(1000.01).paused_for
    assert 0 < paused <= MAX_PAUSE_WINDOWS * 5.2
    # It starts learning again after the 429, but the cap keeps what was learned.
    ticket = bucket.grant(1000.01 + paused)
    ticket.sent = True
    assert bucket.settle(ticket, 1000.02 + paused, Observation(429, retry_after=100_000.0))
    assert bucket.state(1000.02 + paused).paused_for <= MAX_PAUSE_WINDOWS * 5.2


@pytest.mark.parametrize("skew", [0.0, 0.37, 0.93, 30.0, 86_400.5])
# Reset rounded to the second either way; a server that rounds it further up (ceil+1)
# costs a few windows of learning, never a 429 (the tests above cover it).
@pytest.mark.parametrize("rounding", ["ceil", "floor", "round"])
@pytest.mark.parametrize("window", [5.0, 10.0])
def test_a_whole_second_window_is_found_within_two_windows(
    window: float, rounding: str, skew: float
) -> None:
    # The policy says 60 s. Reset - Date tells the length give or take a second;
    # a probe aimed at the whole second it suggests opens the next window right
    # after the server's ended, rather than halving the doubt over five windows.
    server = FixedWindowModel(
        limit=40, window=window, skew=skew, reset_rounding=_ROUNDINGS[rounding]
    )
    sim = Simulation(
        Bucket(limit=240, window=60.0),
        server,
        tasks=40,
        requests=40 * 8,
        up=[0.004, 0.001, 0.003],
        down=[0.002, 0.005, 0.001],
    )
    sim.run()
    assert sim.refused_ours == 0
    gaps = [b - a for a, b in zip(server.opened_at, server.opened_at[1:], strict=False)]
    # Rounded down, Reset - Date is a second short: its probe is counted in the
    # window, and the next window's probe, a second later, finds the end.
    assert all(gap < window + 0.05 for gap in gaps[1:])
    if rounding == "ceil":
        assert gaps[0] < window + 0.05


# -- a server that sends no rate-limit headers -----------------------------------------


def test_a_probe_answered_without_headers_stops_pacing_until_a_429() -> None:
    bucket = Bucket(limit=240, window=60.0)
    probe = bucket.grant(0.0)
    probe.sent = True
    bucket.settle(probe, 0.1, Observation(200, date=EPOCH))
    assert bucket.available(0.1) > 10_000
    tickets = [bucket.grant(0.1) for _ in range(1000)]
    for t in tickets[:-1]:
        t.sent = True
        bucket.settle(t, 0.2, Observation(200, date=EPOCH))
    assert bucket.in_flight == 1
    # A 429 says there is a limit after all: back to probing and pacing.
    tickets[-1].sent = True
    assert bucket.settle(tickets[-1], 0.3, Observation(429))
    assert bucket.in_flight == 0
    assert bucket.available(0.3) == 0
    assert bucket.available(bucket.next_change(0.3) or 0.0) == 1


def test_the_first_header_ends_the_free_run() -> None:
    bucket = Bucket(limit=240, window=60.0)
    probe = bucket.grant(0.0)
    probe.sent = True
    bucket.settle(probe, 0.1, Observation(200, date=EPOCH))
    tickets = [bucket.grant(0.1) for _ in range(3)]
    tickets[0].sent = True
    bucket.settle(tickets[0], 0.2, Observation(200, 240, 200, EPOCH + 50, EPOCH))
    # 40 used in the server's window, perhaps all but two of ours in flight among them.
    assert bucket.ours == 3
    assert bucket.available(0.2) == 240 - 40


def test_a_server_that_sent_headers_is_not_taken_for_unlimited_by_one_bare_answer() -> None:
    bucket = Bucket(limit=5, window=60.0)
    probe = bucket.grant(0.0)
    probe.sent = True
    bucket.settle(probe, 0.1, Observation(200, 5, 4, EPOCH + 60, EPOCH))
    for _ in range(3):
        t = bucket.grant(0.1)
        t.sent = True
        bucket.settle(t, 0.2, Observation(200, date=EPOCH))  # a proxy dropped them
    edge = bucket.next_change(0.2)
    assert edge is not None
    t = bucket.grant(edge)
    t.sent = True
    bucket.settle(t, edge + 0.1, Observation(200, date=EPOCH))
    assert bucket.available(edge + 0.1) == 0


def test_an_error_without_headers_says_nothing_about_limits() -> None:
    bucket = Bucket(limit=240, window=60.0)
    probe = bucket.grant(0.0)
    probe.sent = True
    bucket.settle(probe, 0.1, Observation(503, date=EPOCH))
    assert bucket.available(0.1) <= 240
