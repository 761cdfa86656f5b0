"""The Docker files, read as data (no Docker engine runs here, so the image is never built in the tests):
compose.yaml parses and wires the bot to PostgreSQL with health checks, a migration step and volumes; the
Dockerfile installs the hashed runtime lock and the runtime packages only, exposes the webhook and health
ports, checks its health and runs the real bot only; the runtime lock has neither the offline chat's aiohttp
nor test tools; and every install path uses the lock files."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from config.settings import Settings

ROOT = Path(__file__).parent.parent.parent


def _compose() -> dict[str, object]:
    data = yaml.safe_load((ROOT / "compose.yaml").read_text("utf-8"))
    assert isinstance(data, dict)
    return data


def test_compose_runs_the_bot_with_postgresql_migrated_first() -> None:
    compose = _compose()
    services = compose["services"]
    assert isinstance(services, dict)
    assert set(services) == {"db", "migrate", "bot"}
    db, migrate, bot = services["db"], services["migrate"], services["bot"]
    assert db["image"].startswith("postgres:")
    assert db["healthcheck"]["test"][0] == "CMD-SHELL"
    assert "pg_isready" in db["healthcheck"]["test"][1]
    assert migrate["command"] == ["toezegbot", "db", "upgrade"]
    assert migrate["depends_on"] == {"db": {"condition": "service_healthy"}}
    assert bot["command"] == ["toezegbot", "run", "--alleen-telegram"]
    assert bot["depends_on"] == {
        "db": {"condition": "service_healthy"},
        "migrate": {"condition": "service_completed_successfully"},
    }
    assert migrate["image"] == bot["image"]
    url = "postgresql://toezegbot:${TOEZEGBOT_DB_PASSWORD:-toezegbot}@db:5432/toezegbot"
    assert (
        migrate["environment"]["TOEZEGBOT_DATABASE_URL"]
        == bot["environment"]["TOEZEGBOT_DATABASE_URL"]
        == url
    )
    assert bot["environment"]["TOEZEGBOT_TELEGRAM_TOKEN"].startswith("${TOEZEGBOT_TELEGRAM_TOKEN:?")
    health_port = bot["environment"]["TOEZEGBOT_HEALTH_PORT"]
    assert f"127.0.0.1:{health_port}/healthz" in " ".join(bot["healthcheck"]["test"])
    assert set(compose["volumes"]) == {"postgres-data", "bot-data"}
    assert "postgres-data:/var/lib/postgresql/data" in db["volumes"]
    assert "bot-data:/data" in bot["volumes"]
    for name in bot["environment"]:
        assert name.removeprefix("TOEZEGBOT_").lower() in Settings.model_fields, name


def test_the_dockerfile_installs_the_lock_and_runs_only_the_real_bot() -> None:
    text = (ROOT / "Dockerfile").read_text("utf-8")
    installs = re.findall(r"pip install ([^\n&\\]+)", text)
    assert installs[:2] == [
        "--require-hashes --no-deps -r requirements/build.txt ",
        "--require-hashes --no-deps -r requirements/runtime.txt",
    ]
    assert "--no-deps --no-build-isolation" in installs[2]
    exposed = re.search(r"^EXPOSE (.+)$", text, re.MULTILINE)
    assert exposed is not None
    assert exposed.group(1).split() == [str(Settings.model_fields["webhook_port"].default), "8080"]
    assert "TOEZEGBOT_HEALTH_PORT=8080" in text
    assert re.search(r"^HEALTHCHECK .*\n\s+CMD .*/healthz", text, re.MULTILINE)
    assert text.rstrip().endswith('CMD ["toezegbot", "run", "--alleen-telegram"]')
    assert "USER toezegbot" in text
    # the runtime packages only: neither the offline chat (offline_telegram) nor the tests
    assert re.findall(r"^COPY (\w+) \./\1$", text, re.MULTILINE) == ["bot", "commitments", "config"]


def _pins(lock: str) -> set[str]:
    lines = (ROOT / "requirements" / f"{lock}.txt").read_text("utf-8").splitlines()
    return {line.split()[0] for line in lines if re.match(r"^[a-z0-9]", line)}


def test_the_runtime_lock_has_neither_the_offline_chat_nor_the_test_tools() -> None:
    runtime, offline, test = _pins("runtime"), _pins("offline"), _pins("test")
    assert runtime < offline <= test  # the same versions in every lock
    names = {pin.partition("==")[0] for pin in runtime}
    assert "aiohttp" not in names
    assert "aiohttp" in {pin.partition("==")[0] for pin in offline}
    assert not names & {"pytest", "hypothesis", "import-linter", "scikit-learn", "python-docx", "mypy"}


def test_every_install_path_uses_the_lock_files() -> None:
    for lock in ("build", "runtime", "offline", "test"):
        lines = (ROOT / "requirements" / f"{lock}.txt").read_text("utf-8").splitlines()
        pins = [line for line in lines if re.match(r"^[a-z0-9]", line)]
        assert pins
        assert all("==" in pin for pin in pins)
        assert all("--hash=sha256:" in line for line in lines if line.startswith("    --"))
    bootstrap = (ROOT / "scripts" / "bootstrap").read_text("utf-8")
    assert "install --require-hashes --no-deps -r requirements/build.txt" in bootstrap
    assert 'install --require-hashes --no-deps -r "$lock"' in bootstrap
    for script, extra in (("start", ' "[offline]"'), ("test", ' "[test]"'), ("bench", ' "[test]"')):
        assert f"scripts/bootstrap{extra}\n" in (ROOT / "scripts" / script).read_text("utf-8")
    assert "exec scripts/test" in (ROOT / ".ci" / "run").read_text("utf-8")
