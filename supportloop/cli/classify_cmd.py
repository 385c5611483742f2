"""`supportloop classify`, `supportloop eval` and `supportloop train`: the classifier offline."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer
from rich.console import Console
from rich.table import Table

from supportloop.core.classification.classifier import Classifier
from supportloop.core.classification.evaluation import Evaluation, LabelledTicket, evaluate_tickets
from supportloop.core.classification.settings import ClassifierSettings
from supportloop.core.classification.ticket_lines import (
    BadLine,
    TicketLine,
    prediction_line,
    read_ticket_lines,
)

BATCH = 2000
InputOption = Annotated[Path, typer.Option("--input", "-i", help="JSONL tickets", exists=True)]
ModelOption = Annotated[
    Path | None, typer.Option("--model", help="model directory (default: packaged model)")
]
TaxonomyOption = Annotated[
    Path | None, typer.Option("--taxonomy", help="taxonomy YAML/JSON (default: packaged)")
]


def _classifier(model: Path | None, taxonomy: Path | None) -> Classifier:
    settings = ClassifierSettings()
    return Classifier.load(
        model_path=model or settings.model_path,
        taxonomy_path=taxonomy or settings.taxonomy_path,
        confidence_threshold=settings.confidence_threshold,
    )


class _CountingStream:
    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.lines = 0

    def write(self, text: str) -> int:
        self.lines += text.count("\n")
        return self._stream.write(text)

    def flush(self) -> None:
        self._stream.flush()


def _batches(path: Path, errors: _CountingStream) -> Iterator[list[TicketLine]]:
    batch: list[TicketLine] = []
    with path.open(encoding="utf-8") as handle:
        for item in read_ticket_lines(handle):
            if isinstance(item, BadLine):
                print(f"{path}:{item.line_number}: {item.error}", file=errors)
                continue
            batch.append(item)
            if len(batch) == BATCH:
                yield batch
                batch = []
    if batch:
        yield batch


def classify(
    input: InputOption,
    output: Annotated[Path, typer.Option("--output", "-o", help="JSONL predictions")],
    model: ModelOption = None,
    taxonomy: TaxonomyOption = None,
) -> None:
    """Classify JSONL tickets without Kafka; bad lines go to stderr and the exit code is 1."""
    classifier = _classifier(model, taxonomy)
    bad = _CountingStream(sys.stderr)
    count = 0
    with output.open("w", encoding="utf-8") as out:
        for batch in _batches(input, bad):
            verdicts = classifier.classify_batch([line.ticket for line in batch])
            for line, verdict in zip(batch, verdicts, strict=True):
                out.write(prediction_line(line.ticket.id, verdict) + "\n")
            count += len(batch)
    print(f"classified {count} tickets, {bad.lines} bad lines", file=sys.stderr)
    if bad.lines:
        raise typer.Exit(1)


def _labelled(path: Path, errors: _CountingStream) -> list[LabelledTicket]:
    items = []
    for batch in _batches(path, errors):
        for line in batch:
            expected = line.raw.get("expected_category")
            escalate = line.raw.get("expected_escalate")
            if not isinstance(expected, str) or not (
                escalate is None or isinstance(escalate, bool)
            ):
                print(f"{path}:{line.line_number}: expected_category missing", file=errors)
                continue
            items.append(LabelledTicket(line.ticket, expected, escalate))
    return items


def _print_report(evaluation: Evaluation, console: Console) -> None:
    report = evaluation.report
    summary = Table(title="Classifier evaluation")
    summary.add_column("metric")
    summary.add_column("value", justify="right")
    summary.add_row("tickets", str(report.total))
    summary.add_row("accuracy", f"{report.accuracy:.4f}")
    summary.add_row("macro-F1", f"{report.macro_f1:.4f}")
    summary.add_row("macro-F1 (Bitext categories)", f"{evaluation.bitext_macro_f1:.4f}")
    summary.add_row(
        "must reach a human: recall",
        f"{evaluation.escalation_recall:.4f} ({evaluation.escalated}/{evaluation.must_escalate})",
    )
    console.print(summary)
    per = Table(title="Per category")
    for column in ("category", "precision", "recall", "F1", "support"):
        per.add_column(column, justify="left" if column == "category" else "right")
    for s in report.per_category:
        per.add_row(
            s.category, f"{s.precision:.3f}", f"{s.recall:.3f}", f"{s.f1:.3f}", str(s.support)
        )
    console.print(per)
    confusion = Table(title="Confusion (expected → predicted)")
    confusion.add_column("expected")
    confusion.add_column("predicted as")
    for expected, row in report.confusion.items():
        cells = ", ".join(f"{got}: {n}" for got, n in sorted(row.items(), key=lambda kv: -kv[1]))
        confusion.add_row(expected, cells)
    console.print(confusion)
    _print_automation(evaluation, console)
    if evaluation.missed:
        console.print(f"[red]missed hand-offs:[/red] {', '.join(evaluation.missed)}")


def _share(value: float | None) -> str:
    return "—" if value is None else f"{value:.3f}"


def _print_automation(evaluation: Evaluation, console: Console) -> None:
    automation = evaluation.automation
    if automation is None:
        return
    summary = Table(title="Automated decisions (not escalated, not abstained)")
    summary.add_column("metric")
    summary.add_column("value", justify="right")
    summary.add_row(
        "precision of automated decisions",
        f"{automation.precision:.4f} ({automation.correct}/{automation.automated})",
    )
    summary.add_row(
        "coverage (live-able tickets automated)",
        f"{automation.coverage:.4f} ({automation.covered}/{automation.liveable_expected})",
    )
    summary.add_row("abstained (drafted for an agent)", str(automation.abstained))
    console.print(summary)
    per = Table(title="Per live-able category at the live thresholds")
    columns = (
        "category",
        "threshold",
        "precision automated",
        "coverage",
        "automated as it/expected",
    )
    for column in columns:
        per.add_column(column, justify="left" if column == "category" else "right")
    for s in automation.per_category:
        threshold = evaluation.thresholds.get(s.category)
        per.add_row(
            s.category,
            "—" if threshold is None else f"{threshold:.3f}",
            _share(s.precision),
            _share(s.coverage),
            f"{s.automated} / {s.expected}",
        )
    console.print(per)
    curve = evaluation.curves.get("*")
    if curve:
        table = Table(title="One threshold for every category (no per-category thresholds)")
        for column in ("threshold", "precision automated", "coverage", "automated"):
            table.add_column(column, justify="right")
        for point in curve:
            table.add_row(
                f"{point.threshold:.3f}",
                _share(point.precision),
                _share(point.coverage),
                str(point.automated),
            )
        console.print(table)


def eval_command(
    input: InputOption,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON instead of tables")] = False,
    model: ModelOption = None,
    taxonomy: TaxonomyOption = None,
) -> None:
    """Score labelled JSONL tickets: lines add "expected_category" (and "expected_escalate")."""
    classifier = _classifier(model, taxonomy)
    bad = _CountingStream(sys.stderr)
    items = _labelled(input, bad)
    evaluation, _ = evaluate_tickets(classifier, items, curves=True)
    if as_json:
        typer.echo(json.dumps(evaluation.as_dict(), indent=2))
    else:
        _print_report(evaluation, Console(width=120))
    if bad.lines:
        raise typer.Exit(1)


def train_command(
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="model directory (default: packaged)")
    ] = None,
    data_dir: Annotated[
        Path | None, typer.Option("--data", help="training data directory (default: data/training)")
    ] = None,
) -> None:
    """Re-train the category model (fixed seed) and print the dev-split figures."""
    from supportloop.core.classification.model import default_model_dir
    from supportloop.core.classification.training import train

    result = train(data_dir)
    target = output or default_model_dir()
    result.model.save(target)
    console = Console(width=120)
    console.print(f"model {result.model.version} written to {target}")
    console.print(
        f"train {result.train_size} / dev {result.dev_size} rows; "
        f"temperature {result.model.temperature:.4f}"
    )
    console.print(f"dev macro-F1 (Bitext categories): {result.dev_bitext.macro_f1:.4f}")
    console.print(
        f"dev macro-F1 (all categories): {result.dev_all.macro_f1:.4f}, "
        f"accuracy {result.dev_all.accuracy:.4f}"
    )
    console.print(
        f"dev macro-F1 (own ticket-style rows, unseen cores): {result.dev_own.macro_f1:.4f}"
    )
    info = result.model.info
    console.print(
        f"live thresholds (precision target {info['threshold_target']}, own dev rows): "
        f"precision of automated decisions {info['dev_own_precision_automated']:.4f}, "
        f"coverage {info['dev_own_coverage']:.4f}"
    )
    console.print(
        ", ".join(f"{category} {value:g}" for category, value in info["thresholds"].items())
    )


def register(app: typer.Typer) -> None:
    app.command("classify")(classify)
    app.command("eval")(eval_command)
    app.command("train")(train_command)
