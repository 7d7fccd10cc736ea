# The worker and the `radar` command, for docker-compose.yml.
# Stage 1 compiles the extraction core with mypyc (it needs a C compiler); stage 2 runs it on the slim image.
FROM python:3.11 AS compile
WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
COPY agents ./agents
COPY alerts ./alerts
COPY radar ./radar
COPY scripts/compile_core.py ./scripts/compile_core.py
RUN pip install --no-cache-dir -e ".[dev]" && python scripts/compile_core.py

FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
COPY agents ./agents
COPY alerts ./alerts
COPY radar ./radar
COPY seeds ./seeds
COPY --from=compile /app/.cache/compiled ./.cache/compiled
RUN pip install --no-cache-dir -e . && useradd --create-home radar && mkdir -p /var/lib/radar && chown radar /var/lib/radar
USER radar
CMD ["radar", "worker"]
