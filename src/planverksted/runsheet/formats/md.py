"""Markdown: the run-sheet or handout as GitHub-flavoured Markdown, every value escaped."""

from __future__ import annotations

from planverksted.runsheet.formats import Job, OutputFormat

FORMAT = OutputFormat(
    "md",
    suffixes=(".md", ".markdown"),
    templates=(".md",),
    rank=10,
    summary="Markdown, for a wiki, an e-mail or a repository",
)


def render(job: Job) -> str:
    from planverksted.runsheet.templating import render as render_template

    return render_template(job.view, "md", job.template, job.template_files)


def prepare(job: Job) -> None:
    """Compile the built-in template once, in the command's process."""
    if job.template is None:
        from planverksted.runsheet.templating import prepare_builtin

        prepare_builtin("md")
