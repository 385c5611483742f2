"""`supportloop replies …`: check the reply templates, preview the reply to one ticket."""

from __future__ import annotations

import asyncio
from pathlib import Path

import typer

from supportloop.core.events import Ticket
from supportloop.core.resolution import ResolutionWorkflow

REPLIES_DIR = Path("replies")
POLICIES_DIR = Path("policies")


def run_check(replies_dir: Path, policies_dir: Path) -> list[str]:
    """Every problem as ``file:line: message`` (empty: all good). Raises nothing for a bad
    template directory: that is a problem too."""
    from supportloop.adapters.replies import load_replies
    from supportloop.core.policy import PolicyError, load_policies
    from supportloop.core.replies.check import check_replies
    from supportloop.errors import ConfigurationError

    try:
        catalog = load_replies(replies_dir)
        rules = load_policies(policies_dir)
    except PolicyError as error:
        return [f"{error}"]
    except ConfigurationError as error:
        return [str(error)]
    return [
        f"{replies_dir / p.path}:{p.line}: {p.message}"
        for p in check_replies(catalog, rules.values())
    ]


async def _preview(
    ticket: Ticket,
    category: str,
    locale: str | None,
    store_url: str,
    policies: Path,
    kb: Path,
    replies: Path,
) -> str:
    from supportloop.adapters.wiring import build_workflow

    workflow = build_workflow(store_url, policies, kb, replies_dir=replies)
    try:
        return await _render_preview(workflow, ticket, category, locale)
    finally:
        ports = workflow.ports
        for port in (ports.commerce, ports.helpdesk, ports.subscriptions, ports.accounts):
            close = getattr(port, "aclose", None)
            if close is not None:
                await close()


async def _render_preview(
    workflow: ResolutionWorkflow, ticket: Ticket, category: str, locale: str | None
) -> str:
    from supportloop.core.classification.language import detect_language
    from supportloop.core.policy import decide

    rule = workflow.policies.get(category)
    if rule is None:
        return f"no policy for category {category!r}: no reply (the resolver hands off)"
    language = locale or detect_language(ticket.text)[0]
    sheet = await workflow.gatherer.gather(ticket, rule.facts_used)
    decision = decide(rule, sheet.facts)
    rendered = workflow.replies.render(decision.action, sheet.facts, language)
    what = "hand-off draft (not sent)" if decision.escalate else "reply"
    head = f"ticket {ticket.id} · {category} · {decision.action} · {what}"
    if rendered is None:
        return f"{head}\nno reply: a fact the template needs was not found"
    where = f"locale {rendered.locale} (customer: {rendered.language})"
    note = f"\n[{rendered.locale_note}]" if rendered.fallback else ""
    return f"{head} · {where}{note}\n\n{rendered.text}"


def register(app: typer.Typer) -> None:
    replies = typer.Typer(
        help="Customer reply templates (replies/<locale>/<action>.j2, brand.yaml).",
        no_args_is_help=True,
    )
    app.add_typer(replies, name="replies")

    @replies.command("check")
    def check(
        directory: Path = typer.Option(REPLIES_DIR, "--dir"),
        policies: Path = typer.Option(POLICIES_DIR, "--policies"),
    ) -> None:
        """Every enabled locale answers every replying action, every placeholder is a fact
        the action's policy provides, every template renders; exit 1 with file:line."""
        problems = run_check(directory, policies)
        for problem in problems:
            typer.echo(f"error: {problem}", err=True)
        if problems:
            raise typer.Exit(1)
        from supportloop.adapters.replies import load_replies

        catalog = load_replies(directory)
        locales = ", ".join(catalog.brand.enabled_locales)
        typer.echo(f"{len(catalog.templates)} reply templates OK · locales {locales}")

    @replies.command("preview")
    def preview(
        ticket: str = typer.Option(
            ..., "--ticket", help="a ticket id from data/demo or a JSON file"
        ),
        locale: str | None = typer.Option(
            None, "--locale", help="answer as if the ticket were in this language"
        ),
        category: str | None = typer.Option(None, "--category"),
        store_url: str | None = typer.Option(None, "--store-url", help="default: seed, offline"),
        directory: Path = typer.Option(REPLIES_DIR, "--dir"),
        policies: Path = typer.Option(POLICIES_DIR, "--policies"),
        kb_dir: Path = typer.Option(Path("knowledge_base"), "--kb-dir"),
    ) -> None:
        """Show the exact text the resolver would send (or draft) for one ticket."""
        from supportloop.cli.policy_cmd import _load_ticket

        if locale is not None and (len(locale) != 2 or not locale.isalpha()):
            raise typer.BadParameter("--locale is a two-letter code like es")
        loaded, known = _load_ticket(ticket)
        chosen = category or known
        if chosen is None:
            raise typer.BadParameter("--category is required for this ticket")
        args = (loaded, chosen, locale and locale.lower(), policies, kb_dir, directory)
        if store_url is not None:
            typer.echo(asyncio.run(_preview(args[0], args[1], args[2], store_url, *args[3:])))
            return
        from supportloop.devtools.seeded_store import seeded_store

        with seeded_store() as seeded:
            typer.echo(asyncio.run(_preview(args[0], args[1], args[2], seeded, *args[3:])))
