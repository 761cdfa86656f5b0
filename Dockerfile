# toezegbot, the real Telegram bot. Without TOEZEGBOT_TELEGRAM_TOKEN it stops with one line saying so (the
# offline chat is for terminals: scripts/start). Installs exactly the hashed lock files in requirements/, the
# runtime lock only, and the runtime packages bot, commitments and config: no aiohttp, no offline chat, no tests.
# For the bot with PostgreSQL in one command see compose.yaml (`docker compose up`).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    TOEZEGBOT_DATA_DIR=/data \
    TOEZEGBOT_HEALTH_PORT=8080

RUN useradd --create-home --uid 10001 toezegbot \
    && mkdir -p /data && chown toezegbot:toezegbot /data

WORKDIR /app
COPY requirements/build.txt requirements/runtime.txt ./requirements/
RUN pip install --require-hashes --no-deps -r requirements/build.txt \
    && pip install --require-hashes --no-deps -r requirements/runtime.txt
COPY pyproject.toml README.md alembic.ini ./
COPY bot ./bot
COPY commitments ./commitments
COPY config ./config
RUN pip install --no-deps --no-build-isolation --no-compile . && pip check

USER toezegbot
VOLUME ["/data"]
# 8443: the webhook server, used when TOEZEGBOT_WEBHOOK_URL is set (TOEZEGBOT_WEBHOOK_PORT; put an HTTPS
# proxy in front). 8080: the health endpoint, GET /healthz (TOEZEGBOT_HEALTH_PORT), in either mode.
EXPOSE 8443 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:' + os.environ.get('TOEZEGBOT_HEALTH_PORT', '8080') + '/healthz', timeout=4)"
CMD ["toezegbot", "run", "--alleen-telegram"]
