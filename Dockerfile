# One image for every SupportLoop service; the command picks the service:
#   docker run <image> run classifier|resolver|escalator|metrics
#   docker run <image> topics create
# Build from the repository root: docker build -t supportloop:0.1.0 .

FROM python:3.11-slim AS build
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml ./
COPY supportloop ./supportloop
COPY services ./services
# rocksdict backs the rocksdb:// table store used in production.
RUN python -m venv /opt/venv \
 && /opt/venv/bin/pip install . "faust-streaming[rocksdict]>=0.15.0,<0.16"

FROM python:3.11-slim
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    SUPPORTLOOP_WEB_HOST=0.0.0.0 \
    SUPPORTLOOP_DATA_DIR=/var/lib/supportloop \
    SUPPORTLOOP_RESOLVER_POLICIES_DIR=/app/policies \
    SUPPORTLOOP_RESOLVER_KB_DIR=/app/knowledge_base \
    SUPPORTLOOP_RESOLVER_REPLIES_DIR=/app/replies
RUN groupadd --system --gid 10001 supportloop \
 && useradd --system --uid 10001 --gid 10001 --home-dir /app --no-create-home \
      --shell /usr/sbin/nologin supportloop \
 && mkdir -p /var/lib/supportloop \
 && chown 10001:10001 /var/lib/supportloop
COPY --from=build /opt/venv /opt/venv
WORKDIR /app
COPY policies ./policies
COPY knowledge_base ./knowledge_base
COPY replies ./replies
USER 10001:10001
# Default ports: classifier 6066, resolver 6067, escalator 6068, metrics 6069
# (SUPPORTLOOP_WEB_PORT overrides; the Helm chart uses 8080 for all).
EXPOSE 6066 6067 6068 6069
ENTRYPOINT ["supportloop"]
CMD ["--help"]
