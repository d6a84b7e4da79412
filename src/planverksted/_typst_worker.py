"""The Typst compiler in a process of its own: ``python -m planverksted._typst_worker``.

Typst is compiled in a fresh process, never in planverksted's own: it is capped there
(processor time and memory, set before Typst is imported; the parent kills it at the
wall-clock cap), and a compiler that has run is not safe to fork. The request comes as
JSON on standard input; the answer on standard output is ``P`` and the PDF's bytes, or
``E`` and Typst's error as JSON. Every proxy variable points at a closed port on this
machine and the package folders are empty, so a package is neither read nor downloaded.

The PDF format (:mod:`planverksted.runsheet.formats.pdf`) starts it for every PDF. It sits
at the top of the package, beside :mod:`planverksted.process_limits`, so that starting it
imports neither ``runsheet.formats`` nor ``capped`` (their dataclasses, typing and pickle
were about 60 ms of each PDF's start): only the standard library's json, and Typst.
"""

from __future__ import annotations

import json
import os
import sys

NO_NETWORK = "http://127.0.0.1:9"
"""Where every download is sent: the discard port on this machine, closed in practice; a
connection is refused there, never made outside it."""


def main() -> int:
    """Read the request, compile, write the answer; 0 unless the request itself is broken."""
    request = json.loads(sys.stdin.buffer.read())
    # Only the limits (planverksted.capped's imports would cost a PDF 40 ms of its start).
    from planverksted.process_limits import set_limits

    set_limits(int(request["cpu_seconds"]), int(request["memory"]))
    for name in ("https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY", "all_proxy",
                 "ALL_PROXY"):  # fmt: skip
        os.environ[name] = NO_NETWORK
    for name in ("no_proxy", "NO_PROXY", "TYPST_CERT"):
        os.environ.pop(name, None)
    import typst

    out = sys.stdout.buffer
    try:
        result = typst.compile(
            request["main"],
            root=request["root"],
            font_paths=[],
            ignore_system_fonts=True,
            sys_inputs={"data": request["data"]},
            pdf_standards=request["standard"],
            package_path=request["packages"],
            package_cache_path=request["packages"],
        )
    except typst.TypstError as error:
        answer = {
            "message": str(getattr(error, "message", "") or error),
            "hints": [str(hint) for hint in getattr(error, "hints", []) or []],
            "diagnostic": str(getattr(error, "diagnostic", "") or ""),
        }
        out.write(b"E" + json.dumps(answer).encode("utf-8"))
        return 0
    if not isinstance(result, bytes):  # pragma: no cover - PDF output is one file
        raise TypeError("typst returned pages, not a PDF")
    out.write(b"P" + result)
    return 0


if __name__ == "__main__":
    sys.exit(main())
