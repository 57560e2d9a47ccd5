"""The import report, in HTML (to read) and CSV (to sort and filter in a spreadsheet).

Both are in the interface's language (every text through ``tr()``); the HTML is laid out
right-to-left when that language is Arabic. The CSV is UTF-8 with a byte-order mark, so
that Excel shows Arabic text correctly; it holds one line per problem (row, column, value,
reason, severity), then one per point located by its town and one per point missing from
the file. Cells a spreadsheet would run as formulas (``=``, ``+``, ``-``, ``@``...) are
written with a leading apostrophe. Both files are checked before either is written (never
over an input of the import, nor over a file Amuddu did not write), then each is written to
a temporary name and renamed into place (see :mod:`amuddu_plugin.toolbelt.outputs`).
"""

from __future__ import annotations

import csv
import html
import io
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ...toolbelt.i18n import tr, ui_language
from ...toolbelt.outputs import check_output, spreadsheet_safe, write_text
from .common import NOTE, REJECTED, WARNING, ImportResult
from .mapping import target

CTX = "ImportReport"
#: Lines shown per section of the HTML report (the CSV holds them all).
HTML_LIMIT = 2000


def _severity(value: str) -> str:
    return {
        REJECTED: tr(CTX, "rejected"),
        WARNING: tr(CTX, "value left out or corrected"),
        NOTE: tr(CTX, "to check"),
    }.get(value, value)


def report_paths(path: str | os.PathLike[str]) -> tuple[Path, Path]:
    """(HTML, CSV) paths for a report asked as ``path`` (either extension, or none)."""
    p = Path(path)
    stem = p.with_suffix("") if p.suffix.lower() in (".html", ".htm", ".csv") else p
    return stem.with_suffix(".html"), stem.with_suffix(".csv")


def counts_table(result: ImportResult) -> list[tuple[str, int]]:
    c = result.counts
    return [
        (tr(CTX, "Rows read"), c.rows),
        (tr(CTX, "Added"), c.added),
        (tr(CTX, "Updated"), c.updated),
        (tr(CTX, "Unchanged"), c.unchanged),
        (tr(CTX, "Rejected"), c.rejected),
        (tr(CTX, "Located by town (to check)"), c.located_by_town),
        (tr(CTX, "In the database but not in the file (not deleted)"), c.missing),
    ]


class _SafeWriter:
    """A CSV writer whose cells never start a spreadsheet formula."""

    def __init__(self, writer: Any) -> None:
        self.writer = writer

    def writerow(self, row: Iterable[Any]) -> None:
        self.writer.writerow([spreadsheet_safe(v) for v in row])


def to_csv(result: ImportResult) -> str:
    out = io.StringIO()
    w = _SafeWriter(csv.writer(out, lineterminator="\r\n"))
    w.writerow([tr(CTX, "Row"), tr(CTX, "Column"), tr(CTX, "Value"), tr(CTX, "Reason"), tr(CTX, "Severity")])
    for p in result.problems:
        w.writerow(["" if p.row is None else p.row, p.field, p.value, p.reason, _severity(p.severity)])
    for t in result.located_by_town:
        w.writerow([t.row, target("town").label.get(ui_language()), t.town,
                    tr(CTX, "located at the centre of %1: check the place", t.town_found), _severity(NOTE)])
    for m in result.missing:
        w.writerow(["", "uuid", m.uuid,
                    tr(CTX, "%1 (%2, %3) is in the database but not in the file: not deleted", m.name,
                       m.institution, m.external_id or m.town or ""), _severity(NOTE)])
    return out.getvalue()


def _table(headers: list[str], rows: Sequence[Sequence[object]], total: int) -> str:
    e = html.escape
    head = "".join(f"<th>{e(h)}</th>" for h in headers)
    body = "\n".join("<tr>" + "".join(f"<td dir='auto'>{e(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    more = ""
    if total > len(rows):
        more = f"<p class='more'>{e(tr(CTX, '%1 more lines in the CSV report.', total - len(rows)))}</p>"
    return f"<table><thead><tr>{head}</tr></thead><tbody>\n{body}\n</tbody></table>{more}"


def to_html(result: ImportResult, language: str | None = None) -> str:
    lang = language or ui_language()
    title = tr(CTX, "Dry run of the import of %1", result.source) if result.dry_run else \
        tr(CTX, "Import of %1", result.source)
    parts = _html_head(title, lang)
    parts += _html_facts(result)
    parts += _html_summary(result, lang)
    parts += _html_problems(result)
    parts += _html_towns(result)
    parts += _html_missing(result)
    parts += _html_updated(result)
    parts.append("</body></html>\n")
    return "\n".join(parts)


def _html_head(title: str, lang: str) -> list[str]:
    """The page up to its title (right-to-left in Arabic)."""
    rtl = lang == "ar"
    e = html.escape
    return [
        f"<!DOCTYPE html>\n<html lang='{lang}' dir='{'rtl' if rtl else 'ltr'}'><head><meta charset='utf-8'>",
        f"<title>{e(title)}</title><style>",
        "body{font-family:'Noto Sans','Noto Sans Arabic','DejaVu Sans',sans-serif;margin:1.5em;}"
        "table{border-collapse:collapse;margin:.5em 0 1.5em;}th,td{border:1px solid #bbb;"
        "padding:.25em .6em;text-align:start;vertical-align:top;}th{background:#eee;}"
        ".rejected td{background:#fde8e8;}.warning td{background:#fff6dd;}.note td{background:#eef5ff;}"
        ".dry{color:#a15c00;font-weight:bold;}.more{color:#555;}",
        "</style></head><body>",
        f"<h1>{e(title)}</h1>",
    ]


def _html_facts(result: ImportResult) -> list[str]:
    """The dry-run warning, and the list of what the import was run on and how the file was read."""
    e = html.escape
    parts = []
    if result.dry_run:
        parts.append(f"<p class='dry'>{e(tr(CTX, 'Dry run: nothing was written to the database.'))}</p>")
    facts: list[tuple[str, object]] = [
        (tr(CTX, "Database"), result.database),
        (tr(CTX, "Mode"), result.mode),
        (tr(CTX, "Institution(s)"), ", ".join(result.institutions)),
        (tr(CTX, "By"), result.user),
        (tr(CTX, "Started"), result.started_at),
    ]
    if result.run_uuid:
        facts.append((tr(CTX, "Import id (to undo it)"), result.run_uuid))
    if result.encoding:
        facts.append((tr(CTX, "Encoding"), result.encoding))
    if result.delimiter:
        facts.append((tr(CTX, "Delimiter"), {"\t": "tab"}.get(result.delimiter, result.delimiter)))
    if result.sheet:
        facts.append((tr(CTX, "Sheet"), result.sheet))
    if result.header_row:
        facts.append((tr(CTX, "Column names on row"), result.header_row))
    parts.append("<ul>" + "".join(f"<li><bdi>{e(k)}</bdi>: <b><bdi>{e(str(v))}</bdi></b></li>"
                                  for k, v in facts) + "</ul>")
    return parts


def _html_summary(result: ImportResult, lang: str) -> list[str]:
    """The counts, and what each column of the file was imported as."""
    e = html.escape
    parts = [f"<h2>{e(tr(CTX, 'Summary'))}</h2>"]
    parts.append(_table([tr(CTX, "What"), tr(CTX, "Count")], [[k, v] for k, v in counts_table(result)],
                        len(counts_table(result))))
    parts.append(f"<h2>{e(tr(CTX, 'Columns'))}</h2>")
    mapped = [[column, target(key).label.get(lang) if key else tr(CTX, "(not imported)"),
               result.column_reasons.get(column, "")] for column, key in result.columns.items()]
    parts.append(_table([tr(CTX, "Column of the file"), tr(CTX, "Imported as"), tr(CTX, "Why")],
                        mapped, len(mapped)))
    return parts


def _html_problems(result: ImportResult) -> list[str]:
    """The problems, each line coloured by its severity."""
    e = html.escape
    parts = [f"<h2>{e(tr(CTX, 'Problems'))}</h2>"]
    if result.problems:
        shown = result.problems[:HTML_LIMIT]
        rows = "\n".join(
            f"<tr class='{p.severity}'><td>{'' if p.row is None else p.row}</td>"
            f"<td dir='auto'>{e(p.field)}</td>"
            f"<td dir='auto'>{e(p.value)}</td><td dir='auto'>{e(p.reason)}</td>"
            f"<td dir='auto'>{e(_severity(p.severity))}</td></tr>"
            for p in shown
        )
        head = "".join(f"<th>{e(h)}</th>" for h in (tr(CTX, "Row"), tr(CTX, "Column"), tr(CTX, "Value"),
                                                     tr(CTX, "Reason"), tr(CTX, "Severity")))
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>")
        if len(result.problems) > len(shown):
            more = tr(CTX, "%1 more lines in the CSV report.", len(result.problems) - len(shown))
            parts.append(f"<p class='more'>{e(more)}</p>")
    else:
        parts.append(f"<p>{e(tr(CTX, 'None.'))}</p>")
    return parts


def _html_towns(result: ImportResult) -> list[str]:
    """The points located by their town."""
    e = html.escape
    parts = [f"<h2>{e(tr(CTX, 'Located by town: check their place'))}</h2>"]
    if result.located_by_town:
        rows_t = [[t.row, t.name, t.town, t.town_found] for t in result.located_by_town[:HTML_LIMIT]]
        parts.append(_table([tr(CTX, "Row"), tr(CTX, "Name"), tr(CTX, "Town in the file"),
                             tr(CTX, "Placed at")], rows_t, len(result.located_by_town)))
    else:
        parts.append(f"<p>{e(tr(CTX, 'None.'))}</p>")
    return parts


def _html_missing(result: ImportResult) -> list[str]:
    """Mode ``upsert``: the points of the database that the file does not mention."""
    if result.mode != "upsert":
        return []
    e = html.escape
    parts = [f"<h2>{e(tr(CTX, 'In the database but not in the file (not deleted)'))}</h2>"]
    if result.missing:
        rows_m = [[m.institution, m.external_id or "", m.name, m.town or "", m.uuid]
                  for m in result.missing[:HTML_LIMIT]]
        parts.append(_table([tr(CTX, "Institution"), tr(CTX, "Identifier"), tr(CTX, "Name"),
                             tr(CTX, "Town"), "uuid"], rows_m, len(result.missing)))
    else:
        parts.append(f"<p>{e(tr(CTX, 'None.'))}</p>")
    return parts


def _html_updated(result: ImportResult) -> list[str]:
    """The points updated, with the fields that changed (nothing when none was)."""
    changed = [o for o in result.outcomes if o.action == "updated"]
    if not changed:
        return []
    e = html.escape
    rows_u = [[o.row, o.name, ", ".join(o.fields)] for o in changed[:HTML_LIMIT]]
    return [f"<h2>{e(tr(CTX, 'Updated points'))}</h2>",
            _table([tr(CTX, "Row"), tr(CTX, "Name"), tr(CTX, "Fields changed")], rows_u, len(changed))]


def write_report(result: ImportResult, path: str | os.PathLike[str],
                 language: str | None = None, *, protected: Iterable[Any] = ()) -> tuple[Path, Path]:
    """Write the HTML and CSV reports; returns their paths. ``protected``: the inputs of
    the import (file, mapping, database), which neither report may overwrite."""
    html_path, csv_path = report_paths(Path(path).expanduser())
    html_path.parent.mkdir(parents=True, exist_ok=True)
    protected = list(protected)
    html_path = check_output(html_path, protected=protected)
    csv_path = check_output(csv_path, protected=protected)
    write_text(html_path, to_html(result, language))
    write_text(csv_path, "\ufeff" + to_csv(result))
    return html_path, csv_path
