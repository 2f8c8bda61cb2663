"""The load the benchmark puts on gunicorn, run by locust as a subprocess (offers/bench/load.py);
never imported into the Django process (locust monkeypatches everything with gevent).

The plan is a JSON file named by BENCH_PLAN, written by load.py:
- "stages": every client asks for one page after the other for `stage_seconds`, then for the
  next page, and so on, each request named after its stage: one locust run gives requests/s,
  p50 and p99 of each page;
- "mix": the visitors' mix of the issue's load run (home, lists with filters, searches, offers,
  organisations, feedback and e-mail alert posts), with the page cache's answers counted.

The mix's weights: of every 58 requests, 12 home pages, 12 lists with filters, 8 searches, 16
offer pages, 8 organisation pages, one feedback and one e-mail alert post: a form sent for
every 28 pages seen (3.4 %), generous for a directory, where most visitors read and few write.

No think time: each client asks again as soon as it has its answer (a closed loop, as wrk).
Each client has its own address (X-Forwarded-For, believed with BEHIND_PROXY=1), as 50 visitors
would, so the forms' per-address rate limits apply per visitor. A client that has posted a form
as often as its limit allows one address (the plan's "post_limits") goes on as the next visitor,
with a new address: no real visitor sends ten alert sign-ups a minute, and every post must be
answered as a visitor's is (302), not with the 429 a flood gets.
"""

import json
import os
import random
import time
from collections import Counter

from locust import FastHttpUser, constant, events, task

with open(os.environ["BENCH_PLAN"], encoding="utf-8") as plan_file:
    PLAN = json.load(plan_file)
STARTED = {}
CACHE = Counter()
TOKENS = {purpose: list(tokens) for purpose, tokens in PLAN.get("tokens", {}).items()}


@events.test_start.add_listener
def _started(**_kwargs):
    STARTED["at"] = time.monotonic()


@events.test_stop.add_listener
def _stopped(**_kwargs):
    if PLAN.get("counts_file"):
        with open(PLAN["counts_file"], "w", encoding="utf-8") as output:
            json.dump({"cache": dict(CACHE), "stages": globals().get("STAGE_TIMES", {})}, output)


class Visitor(FastHttpUser):
    abstract = True
    wait_time = constant(0)

    def on_start(self):
        self.new_address()

    def new_address(self):
        address = ".".join(str(random.randint(1, 254)) for _ in range(3))
        self.headers = {"X-Forwarded-For": f"10.{address}"}
        self.posted = Counter()

    def get(self, path, name, *, cookie=False):
        headers = dict(self.headers)
        if cookie:
            headers["Cookie"] = "bench=1"
        with self.client.get(path, headers=headers, name=name, catch_response=True) as answer:
            CACHE[answer.headers.get("X-Page-Cache", "none") if answer.headers else "none"] += 1
            if answer.status_code != 200:
                answer.failure(f"status {answer.status_code}")


if PLAN["mode"] == "stages":
    # One page after the other. A stage ends when its time is up *and* its last request has
    # been answered (no new one is sent meanwhile), so a slow page's queue in gunicorn does not
    # spill into the next page's figures. Each stage's requests/s is its answers over the time
    # from its first request to its last answer; then a trivial probe must be answered within
    # PROBE_SECONDS before the next page starts.
    STAGE = {"index": 0, "started": None, "draining": False, "in_flight": 0, "answers": 0}
    STAGE["last_answer"] = None
    STAGE_TIMES = {}
    PROBE_SECONDS = 0.1

    class StageVisitor(Visitor):
        @task
        def stage(self):
            now = time.monotonic()
            if STAGE["started"] is None:
                STAGE["started"] = now
            if STAGE["index"] >= len(PLAN["stages"]):
                self.environment.runner.quit()
                return
            if now - STAGE["started"] >= PLAN["stage_seconds"]:
                STAGE["draining"] = True
            if STAGE["draining"]:
                if STAGE["in_flight"]:
                    time.sleep(0.01)
                    return
                # Requests locust gave up on (its timeout) may still hold gunicorn's workers:
                # the next page starts only when a trivial request is answered at once.
                STAGE["in_flight"] += 1
                try:
                    probe_started = time.monotonic()
                    self.client.get(PLAN["probe"], headers=self.headers, name="drain probe")
                    idle = time.monotonic() - probe_started < PROBE_SECONDS
                finally:
                    STAGE["in_flight"] -= 1
                if not idle or STAGE["index"] >= len(PLAN["stages"]) or not STAGE["draining"]:
                    time.sleep(0.2)
                    return
                now = time.monotonic()
                label = PLAN["stages"][STAGE["index"]]["label"]
                STAGE_TIMES[label] = {
                    "seconds": (STAGE["last_answer"] or now) - STAGE["started"],
                    "answers": STAGE["answers"],
                }
                STAGE.update(index=STAGE["index"] + 1, started=now, draining=False, answers=0)
                return
            stage = PLAN["stages"][STAGE["index"]]
            STAGE["in_flight"] += 1
            try:
                self.get(stage["path"], stage["label"], cookie=stage["cookie"])
            finally:
                STAGE["in_flight"] -= 1
                STAGE["answers"] += 1
                STAGE["last_answer"] = time.monotonic()

else:

    class MixVisitor(Visitor):
        @task(12)
        def home(self):
            self.get(random.choice(PLAN["home"]), "mix home")

        @task(12)
        def listing(self):
            self.get(random.choice(PLAN["lists"]), "mix list with filters")

        @task(8)
        def search(self):
            self.get(random.choice(PLAN["searches"]), "mix search")

        @task(16)
        def detail(self):
            self.get(random.choice(PLAN["offers"])["page"], "mix offer page")

        @task(8)
        def organisation(self):
            self.get(random.choice(PLAN["organisations"]), "mix organisation page")

        @task(1)
        def feedback(self):
            if not TOKENS.get("feedback"):
                return
            offer = random.choice(PLAN["offers"])
            data = {
                "used": "yes",
                "quality": str(random.randint(1, 5)),
                "ease": str(random.randint(1, 5)),
                "comment": "",
                "who": "",
                "started": TOKENS["feedback"].pop(),
                "website": "",
            }
            self.post(offer["feedback"], data, "POST feedback", "feedback")

        @task(1)
        def alert(self):
            if not TOKENS.get("subscribe"):
                return
            data = {
                "email": f"bench-{random.getrandbits(48):x}@example.org",
                "started": TOKENS["subscribe"].pop(),
                "website": "",
            }
            self.post(random.choice(PLAN["subscribe"]), data, "POST e-mail alert", "subscribe")

        def post(self, path, data, name, purpose):
            if self.posted[purpose] >= PLAN["post_limits"][purpose]:
                self.new_address()
            self.posted[purpose] += 1
            with self.client.post(
                path,
                data=data,
                headers=self.headers,
                name=name,
                allow_redirects=False,
                catch_response=True,
            ) as answer:
                if answer.status_code != 302:
                    answer.failure(f"status {answer.status_code}")
