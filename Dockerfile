# briefbot: docker build -t briefbot . && docker run -d -e TELEGRAM_BOT_TOKEN=... -v briefbot-data:/data briefbot
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, from the lock file alone: this layer is rebuilt only when they change, and the same
# versions, checked against their hashes, install on every build (requirements.lock: pyproject.toml's
# dependencies and the postgresql extra, so the same image serves BRIEFBOT_DB=postgresql://…, as in compose.yaml).
# Update it with the command in the README's "Deployment".
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock

# Then the code and the data it serves by default; the project alone, its dependencies being installed above.
COPY pyproject.toml README.md LICENSE ./
COPY bot/ bot/
COPY briefs/ briefs/
COPY corpus/ corpus/
RUN pip install --no-deps .

# A brief that fails the checks (a quote not verbatim, a bad date…) fails the build.
RUN briefbot check --briefs briefs --corpus corpus

# system: an unprivileged user, and the data folder it owns
RUN useradd --create-home --uid 10001 briefbot \
 && mkdir -p /data \
 && chown briefbot /data
USER briefbot

# Mount folders over /app/briefs and /app/corpus (or point these at others) to serve other briefs.
ENV BRIEFBOT_BRIEFS=/app/briefs \
    BRIEFBOT_CORPUS=/app/corpus \
    BRIEFBOT_DB=/data/briefbot.sqlite3 \
    BRIEFBOT_LISTEN=0.0.0.0
VOLUME ["/data"]
EXPOSE 8443

# Alive means the bot's scheduler ticked in the last two minutes (it touches /data/briefbot.alive).
HEALTHCHECK --interval=60s --timeout=10s --start-period=60s --retries=3 CMD ["briefbot", "health"]
STOPSIGNAL SIGTERM
CMD ["briefbot", "run"]
