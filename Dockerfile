FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    TOEZEGBOT_DATA_DIR=/data

RUN useradd --create-home --uid 10001 toezegbot \
    && mkdir -p /data && chown toezegbot:toezegbot /data

WORKDIR /app
COPY pyproject.toml README.md alembic.ini ./
COPY bot ./bot
COPY commitments ./commitments
COPY config ./config
RUN pip install --no-compile .

USER toezegbot
VOLUME ["/data"]
CMD ["toezegbot", "run"]
