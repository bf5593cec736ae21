"""Generate the v7 records and operation tables from the vendored OpenAPI documents.

Run by ``nox -s generate``; ``--out`` writes elsewhere (the freshness test uses it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from v7gen.generate import generate, write_tree  # noqa: E402

SPECS = ROOT / "specs" / "v7"
OUT = ROOT / "thousandeyes_async" / "models" / "v7"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--specs", type=Path, default=SPECS)
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    files = generate(args.specs)
    write_tree(files, args.out)
    print(f"wrote {len(files)} files to {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
