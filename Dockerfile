# syntax=docker/dockerfile:1
# Multi-stage build: dependencies → build (Next standalone output) → a small runtime image
# that runs as an unprivileged user. Migrations run from the build stage (see docker-compose.yml).

FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1 NEXT_OUTPUT=standalone
# The build needs no database; this address is never contacted.
RUN DATABASE_URL=postgres://127.0.0.1:1/none npm run build

FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
RUN groupadd --system --gid 1001 app && useradd --system --uid 1001 --gid app app \
  && mkdir -p /app/.data/media && chown -R app:app /app/.data
COPY --from=build --chown=app:app /app/.next/standalone ./
COPY --from=build --chown=app:app /app/.next/static ./.next/static
# The static outage pages (scripts/renderOutagePages.ts) and public/ are not part of standalone.
COPY --from=build --chown=app:app /app/.next/outage ./.next/outage
COPY --from=build --chown=app:app /app/public ./public
USER app
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/api/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
# instrumentation.ts appends the socket address to X-Forwarded-For (lib/http/clientAddress.ts).
CMD ["node", "server.js"]
