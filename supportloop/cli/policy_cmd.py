"""`supportloop policy …`: check, explain, list facts, draft from free English."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import typer

from supportloop.core.events import Ticket

DEMO_TICKETS = Path("data/demo/tickets.jsonl")
DEMO_LABELS = Path("data/demo/labels.jsonl")


def _load_ticket(ref: str) -> tuple[Ticket, str | None]:
    path = Path(ref)
    if path.is_file():
        return Ticket.model_validate_json(path.read_text(encoding="utf-8")), None
    if DEMO_TICKETS.is_file():
        for line in DEMO_TICKETS.read_text(encoding="utf-8").splitlines():
            if json.loads(line)["id"] == ref:
                category = None
                if DEMO_LABELS.is_file():
                    labels = [json.loads(x) for x in DEMO_LABELS.read_text().splitlines()]
                    category = next((x["category"] for x in labels if x["id"] == ref), None)
                return Ticket.model_validate_json(line), category
    raise typer.BadParameter(f"no ticket {ref!r} (a JSON file or an id in {DEMO_TICKETS})")


async def _explain(ticket: Ticket, category: str, store_url: str, policies: Path, kb: Path) -> str:
    from supportloop.adapters.wiring import build_workflow
    from supportloop.core.policy import decide

    workflow = build_workflow(store_url, policies, kb)
    rule = workflow.policies.get(category)
    if rule is None:
        return f"no policy for category {category!r}: the resolver escalates (no_policy)"
    sheet = await workflow.gatherer.gather(ticket, rule.facts_used)
    decision = decide(rule, sheet.facts)
    used = {name: sheet.facts.get(name) for name in rule.facts_used}
    facts = "\n".join(f"  {name} = {value!r}" for name, value in used.items())
    return f"ticket {ticket.id} · category {category}\nfacts used:\n{facts}\n{decision.explain()}"


def register(app: typer.Typer) -> None:
    policy = typer.Typer(
        help="Resolver policies: check, explain, facts, draft.", no_args_is_help=True
    )
    app.add_typer(policy, name="policy")

    @policy.command("check")
    def check(
        directory: Path = typer.Option(Path("policies"), "--dir"),
        replies_dir: Path = typer.Option(Path("replies"), "--replies-dir"),
    ) -> None:
        """Compile every policy file; exit 1 listing every error of every file (file:line,
        with the closest fact or action when one is misspelt). Then check the reply
        templates against them (`supportloop replies check`)."""
        from supportloop.core.policy import PolicyError, load_policies
        from supportloop.core.policy.errors import PolicyErrors

        try:
            rules = load_policies(directory)
        except PolicyError as error:
            every = error.errors if isinstance(error, PolicyErrors) else (error,)
            for one in every:
                typer.echo(f"error: {one}", err=True)
            if len(every) > 1:
                typer.echo(f"{len(every)} errors", err=True)
            raise typer.Exit(1) from None
        from supportloop.core.policy.scope_lint import scope_warnings

        for category, rule in sorted(rules.items()):
            typer.echo(f"{category:22} {rule.version:18} {' | '.join(rule.actions_used)}")
        typer.echo(f"{len(rules)} policies OK")
        for rule in rules.values():
            for warning in scope_warnings(rule):
                typer.echo(f"warning: {warning}", err=True)
        from supportloop.cli.replies_cmd import run_check

        problems = run_check(replies_dir, directory)
        for problem in problems:
            typer.echo(f"error: {problem}", err=True)
        if problems:
            raise typer.Exit(1)
        typer.echo("reply templates OK")

    @policy.command("facts")
    def facts() -> None:
        """List the facts a policy may test."""
        from supportloop.core.policy import describe_vocabulary

        typer.echo(describe_vocabulary())

    @policy.command("explain")
    def explain(
        ticket: str = typer.Option(
            ..., "--ticket", help="a ticket id from data/demo or a JSON file"
        ),
        category: str | None = typer.Option(None, "--category"),
        store_url: str | None = typer.Option(None, "--store-url", help="default: seed, offline"),
        directory: Path = typer.Option(Path("policies"), "--dir"),
        kb_dir: Path = typer.Option(Path("knowledge_base"), "--kb-dir"),
    ) -> None:
        """Show the decision path for one ticket and the facts it used."""
        loaded, known = _load_ticket(ticket)
        chosen = category or known
        if chosen is None:
            raise typer.BadParameter("--category is required for this ticket")
        if store_url is not None:
            typer.echo(asyncio.run(_explain(loaded, chosen, store_url, directory, kb_dir)))
            return
        from supportloop.devtools.seeded_store import seeded_store

        with seeded_store() as seeded:
            typer.echo(asyncio.run(_explain(loaded, chosen, seeded, directory, kb_dir)))

    @policy.command("draft")
    def draft(
        category: str = typer.Option(..., "--category"),
        text: str = typer.Option(..., "--text", help="the policy in free English"),
        out: Path | None = typer.Option(None, "--out", help="default policies/drafts/<c>.policy"),
    ) -> None:
        """Ask Claude for the canonical form; saved for review, never used unreviewed."""
        import anthropic

        from supportloop.core.policy.draft import draft_policy

        target = out or Path("policies/drafts") / f"{category}.policy"
        result = draft_policy(text, category, anthropic.Anthropic(), target)
        typer.echo(result.text)
        typer.echo(f"saved for review: {result.path}")
        if result.error is not None:
            typer.echo(f"does not compile yet: {result.error}", err=True)
            raise typer.Exit(1)
