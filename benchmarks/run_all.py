"""Run every ``bench_*.py`` of this folder, each in its own interpreter.

``python benchmarks/run_all.py`` runs them all; ``python benchmarks/run_all.py
structuring`` runs only those whose name contains one of the given words. A
separate process per benchmark keeps one benchmark's memory and warm caches out
of the next one's figures.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    here = Path(__file__).resolve().parent
    scripts = sorted(here.glob("bench_*.py"))
    if words:
        scripts = [path for path in scripts if any(word in path.stem for word in words)]
    if not scripts:
        wanted = f" matching {' or '.join(words)}" if words else ""
        print(f"no bench_*.py{wanted} in {here.name}/", file=sys.stderr)
        return 1
    failed: list[str] = []
    for script in scripts:
        print(f"== {script.name}", flush=True)
        if subprocess.run([sys.executable, str(script)], check=False).returncode != 0:
            failed.append(script.name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
