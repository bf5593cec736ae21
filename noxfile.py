"""Developer sessions: tests, lint, typecheck, bench, contract, generate."""

from __future__ import annotations

import nox

nox.options.sessions = ["tests", "lint", "typecheck"]
nox.options.reuse_existing_virtualenvs = True

PYTHON = ["3.11", "3.12", "3.13"]


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """The whole test suite, as the README's set-up command runs it."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install("ruff>=0.6")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the package."""
    # The test extra brings pytest and trio, which the emulator plugin and streams import.
    session.install("-e", ".[test]", "mypy>=1.10")
    session.run("mypy", "--strict", "thousandeyes_async")


@nox.session
def bench(session: nox.Session) -> None:
    """Every benchmark in benchmarks/, each printing ratios measured side by side."""
    # The alternatives the benchmarks compare against; never runtime dependencies.
    session.install(
        "-e",
        ".[test,sandbox]",
        "aiolimiter>=1.1",
        "pydantic>=2",
        "thousandeyes-sdk-test-results>=6",
    )
    session.run("python", "benchmarks/run_all.py", *session.posargs)


@nox.session
def contract(session: nox.Session) -> None:
    """The Prism contract tests alone, with many random bodies per operation."""
    session.install("-e", ".[test]")
    session.run(
        "npm",
        "install",
        "--no-audit",
        "--no-fund",
        "--prefix",
        ".prism",
        "@stoplight/prism-cli@5",
        external=True,
    )
    rounds = session.env.get("TE_PRISM_ROUNDS", "25")
    session.run(
        "python",
        "-m",
        "pytest",
        "-m",
        "prism",
        *session.posargs,
        env={"TE_PRISM_ROUNDS": rounds, "TE_PRISM_EXAMPLES": "1"},
    )


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate the v7 records, operation tables and typed groups from the specs in specs/v7."""
    session.install("pyyaml>=6")
    session.run("python", "tools/generate_v7.py", *session.posargs)
