# One image for every role; the command picks the role:
#   docker run IMAGE api --host 0.0.0.0 --port 8000
#   docker run IMAGE worker --concurrency 2
#   docker run IMAGE db upgrade
# Configuration comes from the environment (see .env.example and shared/settings.py).

FROM python:3.11-slim AS build

ENV PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# Compilers live only in this stage, for any dependency that has no wheel for the platform.
RUN apt-get update \
    && apt-get install -y --no-install-recommends build-essential \
    && rm -rf /var/lib/apt/lists/*

RUN python -m venv /opt/venv
ENV PATH=/opt/venv/bin:$PATH

WORKDIR /src
COPY . .
RUN pip install --upgrade pip \
    && pip install .


FROM python:3.11-slim

ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    HOME=/app

RUN groupadd --system --gid 10001 orchestrator \
    && useradd --system --uid 10001 --gid orchestrator --home-dir /app \
        --shell /usr/sbin/nologin orchestrator

COPY --from=build /opt/venv /opt/venv

WORKDIR /app
# alembic.ini and the migrations beside it, for `orchestrator db upgrade` run from /app.
COPY alembic.ini ./
COPY migrations/ ./migrations/
# The embedded mode (`orchestrator up` without DATABASE_URL) keeps its data here.
RUN install -d -o orchestrator -g orchestrator /app/orchestrator-data

USER orchestrator

EXPOSE 8000 8100 8200 5555

ENTRYPOINT ["orchestrator"]
CMD ["--help"]
