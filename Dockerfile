# The worker and the `radar` command, for docker-compose.yml.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml README.md ./
COPY streams ./streams
COPY agents ./agents
COPY alerts ./alerts
COPY radar ./radar
COPY seeds ./seeds
RUN pip install --no-cache-dir . && useradd --create-home radar && mkdir -p /var/lib/radar && chown radar /var/lib/radar
USER radar
CMD ["radar", "worker"]
