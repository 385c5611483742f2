"""Who writes and who reads every topic, declared once next to the topics themselves.

The services' wiring (``services/<name>/app.py``: their Faust agents, tables and the topics
their handlers and webhooks publish to) is the truth; ``tests/unit/foundation/
test_topology.py`` builds each app and holds this declaration against it. The contract
documents are generated from here: ``supportloop topics asyncapi`` (docs/asyncapi.yaml),
``supportloop topics readme-table`` (the README's topic table) and ``supportloop topics
acls`` (each service's Kafka ACLs).

A service *consumes* a topic through its Faust consumer group (``<prefix>supportloop-
<service>``, also its Faust app id), *reads* one from the start in every worker without a
group, and *produces* to one from its handlers or its HTTP webhooks. Its tables are
changelog-backed: ``<app id>-<table>-changelog``, created by the service before its
consumer subscribes. Faust's leader-assignor topic is switched off (``topic_disable_leader``)
and the producers are not transactional, so no other internal topic or transactional id
is needed.
"""

from __future__ import annotations

from dataclasses import dataclass

from supportloop.core.topics import (
    ALL_TOPICS,
    CLASSIFIED,
    CONFIG,
    CONFIG_AUDIT,
    DEAD_LETTERS,
    ESCALATIONS,
    HANDOFFS,
    HUMAN_OUTCOMES,
    INBOUND,
    KNOWLEDGE_GAPS,
    RESOLUTIONS,
    REVIEWS,
    TopicSpec,
)

APP_ID_STEM = "supportloop-"


@dataclass(frozen=True)
class Flow:
    """One topic a participant reads or writes; ``via`` says how when it is not the
    participant's main stream (a webhook, an observer, a side read)."""

    topic: TopicSpec
    via: str = ""


@dataclass(frozen=True)
class ServiceTopology:
    name: str
    summary: str
    consumes: tuple[Flow, ...]  # through the service's consumer group
    produces: tuple[Flow, ...]
    reads: tuple[Flow, ...] = ()  # every worker reads from the start, outside the group
    tables: tuple[str, ...] = ()

    def app_id(self, prefix: str = "") -> str:
        """The Faust app id, which is also the consumer group id."""
        return f"{prefix}{APP_ID_STEM}{self.name}"

    def group_id(self, prefix: str = "") -> str:
        return self.app_id(prefix)

    def changelog_topics(self, prefix: str = "") -> tuple[str, ...]:
        return tuple(f"{self.app_id(prefix)}-{table}-changelog" for table in self.tables)

    def topics_in(self) -> tuple[TopicSpec, ...]:
        return tuple(flow.topic for flow in (*self.consumes, *self.reads))

    def topics_out(self) -> tuple[TopicSpec, ...]:
        return tuple(flow.topic for flow in self.produces)


@dataclass(frozen=True)
class Tool:
    """An operator command that writes to the bus (it reads without a consumer group)."""

    command: str
    produces: tuple[Flow, ...]

    @property
    def id(self) -> str:
        return self.command.replace("supportloop ", "cli-").replace(" ", "-")


# What each topic is for (channel descriptions, the README table).
PURPOSE: dict[str, str] = {
    INBOUND.name: "Tickets as received: CSV/JSONL ingest and the helpdesk's ticket webhook.",
    CLASSIFIED.name: "Tickets the classifier lets through to the resolver, with category, "
    "tier and confidence.",
    RESOLUTIONS.name: "Terminal: tickets the AI resolved (live) or drafted (shadow/paused).",
    ESCALATIONS.name: "Tickets a person must finish (guardrails, tier 3-4, policy, approval "
    "needed), with a recommended action and a draft.",
    HANDOFFS.name: "Terminal: escalations put in a human queue with a hand-off note.",
    HUMAN_OUTCOMES.name: "What people did on tickets, from the helpdesk webhook: replies, "
    "approvals and rejections (the resolver executes approved actions), CSAT ratings.",
    KNOWLEDGE_GAPS.name: "Questions the knowledge base had no answer for.",
    REVIEWS.name: "How people used the AI's drafts and recommendations (shadow-mode evidence).",
    CONFIG.name: "Compacted: the current autonomy mode per category (key = category).",
    CONFIG_AUDIT.name: "Every autonomy flip, kept forever (`supportloop flags history`).",
    DEAD_LETTERS.name: "Terminal: messages a stage could not handle, with stage, reason and "
    "the original payload.",
}

CLASSIFIER = ServiceTopology(
    name="classifier",
    summary="Classifies each received ticket; guardrails and tier 3-4 are marked to escalate "
    "(the resolver looks the order up and drafts for the person, acting on nothing).",
    consumes=(Flow(INBOUND),),
    produces=(
        Flow(INBOUND, "POST /webhooks/tickets"),
        Flow(CLASSIFIED),
        Flow(DEAD_LETTERS),
    ),
)
RESOLVER = ServiceTopology(
    name="resolver",
    summary="Runs the category's policy in its autonomy mode: acts, verifies, replies or "
    "escalates; executes actions a person approved.",
    consumes=(
        Flow(CLASSIFIED),
        Flow(HUMAN_OUTCOMES, "approvals"),
    ),
    reads=(Flow(CONFIG, "every worker, no group"),),
    produces=(
        Flow(RESOLUTIONS),
        Flow(ESCALATIONS),
        Flow(KNOWLEDGE_GAPS),
        Flow(DEAD_LETTERS),
    ),
    tables=("resolver-ledger", "resolver-approvals", "resolver-decisions"),
)
ESCALATOR = ServiceTopology(
    name="escalator",
    summary="Hands escalations off to a human queue; follows them up (SLA re-notification, "
    "reviews) and takes the helpdesk's webhook (people's outcomes; customers' replies as "
    "new messages).",
    consumes=(
        Flow(ESCALATIONS),
        Flow(RESOLUTIONS, "follow-up"),
        Flow(HANDOFFS, "follow-up"),
        Flow(HUMAN_OUTCOMES, "follow-up"),
    ),
    produces=(
        Flow(INBOUND, "POST /webhooks/helpdesk (Zendesk), /webhooks/gorgias: a customer's reply"),
        Flow(HANDOFFS),
        Flow(HUMAN_OUTCOMES, "POST /webhooks/helpdesk"),
        Flow(REVIEWS),
        Flow(DEAD_LETTERS),
    ),
    tables=("escalator-handoffs", "escalator-sla", "escalator-reviews", "escalator-unposted"),
)
METRICS = ServiceTopology(
    name="metrics",
    summary="The six weekly numbers and the CSAT circuit breaker, from every topic but the "
    "audit trail (one replica); after a restart it reads them back up to its group's "
    "committed offsets.",
    consumes=tuple(Flow(spec) for spec in ALL_TOPICS if spec is not CONFIG_AUDIT),
    produces=(
        Flow(CONFIG, "CSAT circuit breaker"),
        Flow(CONFIG_AUDIT, "CSAT circuit breaker"),
        Flow(DEAD_LETTERS, "poison on the topics only it owns"),
    ),
)

SERVICES: tuple[ServiceTopology, ...] = (CLASSIFIER, RESOLVER, ESCALATOR, METRICS)
TOOLS: tuple[Tool, ...] = (
    Tool("supportloop ingest", (Flow(INBOUND, "CSV/JSONL files"),)),
    Tool("supportloop flags set", (Flow(CONFIG), Flow(CONFIG_AUDIT))),
)


def service(name: str) -> ServiceTopology:
    for candidate in SERVICES:
        if candidate.name == name:
            return candidate
    raise KeyError(name)


def producers_of(
    spec: TopicSpec, services: tuple[ServiceTopology, ...] = SERVICES
) -> list[tuple[ServiceTopology, Flow]]:
    return [(s, f) for s in services for f in s.produces if f.topic is spec]


def consumers_of(
    spec: TopicSpec, services: tuple[ServiceTopology, ...] = SERVICES
) -> list[tuple[ServiceTopology, Flow]]:
    return [(s, f) for s in services for f in (*s.consumes, *s.reads) if f.topic is spec]


def tools_writing(spec: TopicSpec, tools: tuple[Tool, ...] = TOOLS) -> list[tuple[Tool, Flow]]:
    return [(t, f) for t in tools for f in t.produces if f.topic is spec]
