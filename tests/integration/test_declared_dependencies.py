"""Every third-party package our code imports is declared in pyproject.toml where that code may use it, and
every runtime dependency is used (issue 13: a lean install, every imported package declared).

The bot, the domain and the configuration may import only the runtime dependencies (what
requirements/runtime.txt and the Docker image install); the offline chat and the fake Bot API also their extra
``offline``; the promise classifier's training also the test tools. The imports are read from the source
(every ``import``, also inside functions), so a lazily imported package counts too.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from functools import cache
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).parent.parent.parent
OURS = ("bot", "commitments", "config", "offline_telegram")
PROJECT = "toezegbot"
EXTRA_MODULES = {"offline_telegram": "offline", "commitments.extraction.train": "test"}
"""Modules (or packages) that may import an extra's dependencies: the module or package, then the extra."""
USED_WITHOUT_IMPORT = {
    "psycopg": "SQLAlchemy's PostgreSQL driver, chosen by the database URL",
    "tzdata": "zoneinfo's time zones where the system has none (Windows, slim images)",
    "apscheduler": "the clock behind python-telegram-bot's JobQueue (reminders, digests, imports)",
    "sniffio": "httpcore asks it which event loop runs on every Bot API request (a failed import without it)",
}


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement(spec: str) -> tuple[str, set[str]]:
    """The normalised name of a requirement and the extras it asks for."""
    found = re.match(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?", spec)
    assert found is not None, spec
    extras = {_normalised(extra) for extra in (found.group(2) or "").split(",") if extra.strip()}
    return _normalised(found.group(1)), extras


def _declared() -> tuple[set[str], dict[str, set[str]]]:
    """The runtime dependencies and each extra's (one naming ``toezegbot[other]`` includes other's)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    runtime = {_requirement(spec)[0] for spec in project["dependencies"]}
    listed = {_normalised(extra): specs for extra, specs in project["optional-dependencies"].items()}

    def packages(extra: str) -> set[str]:
        names: set[str] = set()
        for spec in listed[extra]:
            name, extras = _requirement(spec)
            if name == PROJECT:
                names |= set().union(*(packages(other) for other in extras))
            else:
                names.add(name)
        return names

    return runtime, {extra: packages(extra) for extra in listed}


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


@cache
def _third_party_imports() -> dict[str, set[str]]:
    """For each of our modules, the distributions of the third-party packages it imports."""
    distributions = packages_distributions()
    imports: dict[str, set[str]] = {}
    for package in OURS:
        for path in sorted((ROOT / package).rglob("*.py")):
            found: set[str] = set()
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Import):
                    found |= {alias.name.partition(".")[0] for alias in node.names}
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    found.add(node.module.partition(".")[0])
            third_party = found - set(sys.stdlib_module_names) - set(OURS)
            unknown = {name for name in third_party if name not in distributions}
            assert not unknown, f"{path}: no installed distribution provides {sorted(unknown)}"
            imports[_module_name(path)] = {
                _normalised(distribution) for name in third_party for distribution in distributions[name]
            }
    return imports


def _allowed_extras(module: str) -> set[str]:
    return {
        extra
        for prefix, extra in EXTRA_MODULES.items()
        if module == prefix or module.startswith(f"{prefix}.")
    }


def test_every_imported_package_is_declared_where_its_module_may_use_it() -> None:
    runtime, extras = _declared()
    undeclared = []
    for module, distributions in _third_party_imports().items():
        allowed = runtime.union(*(extras[extra] for extra in _allowed_extras(module)))
        undeclared += [f"{module} imports {name}" for name in sorted(distributions - allowed)]
    assert undeclared == []


def test_every_runtime_dependency_is_imported_by_the_runtime_code() -> None:
    runtime, _ = _declared()
    imported = set().union(
        *(names for module, names in _third_party_imports().items() if not _allowed_extras(module))
    )
    assert runtime - imported == set(USED_WITHOUT_IMPORT)


def test_the_offline_chat_and_training_need_their_extras() -> None:
    """What EXTRA_MODULES allows is needed: without it the tests above would pass on a looser rule."""
    runtime, extras = _declared()
    imports = _third_party_imports()
    assert imports["offline_telegram.fake_api.server"] - runtime == {"aiohttp"} == extras["offline"]
    assert imports["commitments.extraction.train"] - runtime == {"scikit-learn", "scipy"}
    assert extras["offline"] <= extras["test"]
