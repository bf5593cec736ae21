"""Generate the v7 records and operation tables from the vendored OpenAPI documents.

Run by ``nox -s generate``; ``--out`` writes elsewhere (the freshness test uses it).
"""

from __future__ import annotations

import argparse
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from v7gen.generate import generate_all, write_tree  # noqa: E402

SPECS = ROOT / "specs" / "v7"
OUT = ROOT / "thousandeyes_async" / "models" / "v7"
#: The method table (plain data) and the typed groups written from it.
METHODS = ROOT / "thousandeyes_async" / "resources" / "_v7_methods.py"
GROUPS = ROOT / "thousandeyes_async" / "resources" / "_v7_groups.py"


def method_table(path: Path = METHODS) -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = runpy.run_path(str(path))["METHODS"]
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--specs", type=Path, default=SPECS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--groups", type=Path, default=GROUPS)
    args = parser.parse_args(argv)
    files, groups = generate_all(args.specs, method_table())
    write_tree(files, args.out)
    assert groups is not None
    args.groups.write_text(groups, encoding="utf-8")
    print(f"wrote {len(files)} files to {args.out} and the groups to {args.groups}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
