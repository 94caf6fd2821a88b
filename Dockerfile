# pactbot: the Telegram bot. Build: docker build -t pactbot .
# Run:   docker run --env-file .env pactbot
# Own fact base: docker run --env-file .env -v "$PWD/knowledge:/app/knowledge:ro" pactbot
# Keep the log of unanswered questions and people's /language choices across restarts:
#   add -v pactbot-data:/app/data

# Build stage: turn the project and its dependencies into wheels, so the runtime image gets no
# build tools, no pip cache and no source tree, only what `pip install` of the wheels puts there.
FROM python:3.12-slim AS build
WORKDIR /src
COPY pyproject.toml README.md ./
COPY bot ./bot
RUN pip wheel --no-cache-dir --wheel-dir /wheels .

FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    KNOWLEDGE_DIR=/app/knowledge \
    DATA_DIR=/app/data \
    UNANSWERED_LOG=/app/data/unanswered.jsonl
# Runtime dependencies only: the wheels built above (pactbot's [project] dependencies, no test or
# bench extras), installed offline from the build stage through a bind mount, so no layer keeps them.
# The versions are pinned by construction: the wheels are exactly the set resolved in the build stage.
RUN --mount=type=bind,from=build,source=/wheels,target=/wheels \
    pip install --no-cache-dir --no-index /wheels/*.whl \
    && useradd --system --uid 10001 --no-create-home --shell /usr/sbin/nologin pactbot
WORKDIR /app
# The fact base ships inside the image and can be replaced by mounting a volume on /app/knowledge
# (read-only is enough). No VOLUME instruction: an anonymous volume would be created on every run
# and, reused by compose, would keep serving an old fact base after the image is updated.
COPY --chown=root:root knowledge ./knowledge
# The one place the bot writes (DATA_DIR): the log of unanswered questions (UNANSWERED_LOG) and the
# persistence file that remembers /language choices, owned by the bot's user; everything else in the
# image stays read-only to it. Mount a volume here to keep both across container restarts.
RUN install -d -o 10001 -m 0700 /app/data
USER 10001
# Webhook mode listens here (WEBHOOK_PORT); long polling, the default, needs no port.
EXPOSE 8080
# The bot stops cleanly on SIGTERM (docker stop) within a few seconds.
STOPSIGNAL SIGTERM
CMD ["python", "-m", "bot", "run"]
