"""HTML: a print-ready page (A4) with its style sheet inline, every value escaped."""

from __future__ import annotations

from planverksted.runsheet.formats import Job, OutputFormat

FORMAT = OutputFormat(
    "html",
    suffixes=(".html", ".htm"),
    templates=(".html", ".htm"),
    rank=20,
    layouts=("full", "compact", "tables", "cards"),
    summary="a print-ready web page: open it in a browser, print it on A4",
)


SEATING_TEMPLATE = "seating.html.j2"
"""The built-in template of ``--layout tables`` and ``cards`` (who sits where)."""


def render(job: Job) -> str:
    from planverksted.runsheet.templating import render as render_template

    if job.template is None and job.options.get("layout") in ("tables", "cards"):
        from planverksted.runsheet.templating import render_builtin

        return render_builtin(SEATING_TEMPLATE, job.view)
    return render_template(job.view, "html", job.template, job.template_files)


def prepare(job: Job) -> None:
    """Compile the built-in template once, in the command's process."""
    if job.template is None:
        from planverksted.runsheet.templating import prepare_builtin, prepare_builtin_page

        if job.options.get("layout") in ("tables", "cards"):
            prepare_builtin_page(SEATING_TEMPLATE)
        else:
            prepare_builtin("html")
