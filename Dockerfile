# The bot as a container image: compiled in a build stage, run with plain node as the non-root `node` user.
# Docker is not on the project's machines, so this image has not been built here; instead .ci/run runs every RUN
# step's command below in a staged copy of the context and starts the result (scripts/docker-steps.ts).
# Run it with an init as PID 1 (`docker run --init`, or `init: true` in compose.yaml): node then gets SIGTERM
# from tini, drains and exits 0, and the shard processes of SHARDS=auto are reaped.

FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:20-slim
# MALLOC_*: start:prod's allocator settings (package.json; README, Operations: process memory).
ENV NODE_ENV=production \
    HEALTH_PORT=8081 \
    DATA_DIR=/home/node/data \
    MALLOC_ARENA_MAX=2 \
    MALLOC_MMAP_THRESHOLD_=32768 \
    MALLOC_TRIM_THRESHOLD_=32768
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/knowledge ./knowledge
USER node
# 8787: POST /interactions in HTTP mode; 8081: /healthz /readyz /metrics in every mode.
EXPOSE 8787 8081
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.HEALTH_PORT + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "--max-semi-space-size=2", "--heap-growing-percent=50", "dist/src/main.js"]
