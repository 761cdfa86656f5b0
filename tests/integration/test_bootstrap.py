"""scripts/bootstrap installs once per state of the lock files: a start with nothing changed skips pip (and
says nothing), a changed lock file or pyproject.toml installs again (and says so in one line). Run on a copy
of the script in a scratch project whose .venv/bin/python logs pip's calls instead of installing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent.parent
FAKE_PYTHON = f"""#!/usr/bin/env bash
if [ "${{1:-}}" = "-m" ] && [ "${{2:-}}" = "pip" ]; then
  echo "${{*:5}}" >> "$(dirname "$0")/../pip.log"
  exit 0
fi
exec {sys.executable} "$@"
"""


def _project(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    shutil.copy(ROOT / "scripts" / "bootstrap", tmp_path / "scripts" / "bootstrap")
    (tmp_path / "requirements").mkdir()
    for lock in ("build", "runtime", "offline", "test"):
        (tmp_path / "requirements" / f"{lock}.txt").write_text(f"# {lock}\n")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'toezegbot'\n")
    python = tmp_path / ".venv" / "bin" / "python"
    python.parent.mkdir(parents=True)
    python.write_text(FAKE_PYTHON)
    python.chmod(0o755)
    return tmp_path


def _bootstrap(project: Path, extra: str) -> tuple[list[str], str]:
    """Run the script; the pip calls it made and what it said."""
    log = project / ".venv" / "pip.log"
    log.unlink(missing_ok=True)
    done = subprocess.run(
        ["bash", str(project / "scripts" / "bootstrap"), extra], capture_output=True, text=True, check=True
    )
    calls = log.read_text().splitlines() if log.exists() else []
    return calls, done.stdout + done.stderr


def test_an_unchanged_install_is_skipped_and_a_changed_one_says_so(tmp_path: Path) -> None:
    project = _project(tmp_path)
    calls, said = _bootstrap(project, "[offline]")
    assert calls[-2:] == ["install --no-deps --no-build-isolation -e .", "check"]
    assert any("-r requirements/offline.txt" in call for call in calls)
    assert said == "toezegbot: pakketten uit requirements/offline.txt installeren in .venv…\n"
    assert _bootstrap(project, "[offline]") == ([], "")
    (project / "requirements" / "offline.txt").write_text("# offline, a pin moved\n")
    calls, said = _bootstrap(project, "[offline]")
    assert len(calls) == 4
    assert said.count("\n") == 1
    assert _bootstrap(project, "[offline]") == ([], "")
    (project / "pyproject.toml").write_text("[project]\nname = 'toezegbot'\nversion = '2'\n")
    assert len(_bootstrap(project, "[offline]")[0]) == 4


def test_each_extra_has_its_own_stamp(tmp_path: Path) -> None:
    project = _project(tmp_path)
    _bootstrap(project, "[offline]")
    assert any("-r requirements/test.txt" in call for call in _bootstrap(project, "[test]")[0])
    assert _bootstrap(project, "[test]") == ([], "")
    assert _bootstrap(project, "[offline]") == ([], "")
