# syntax=docker/dockerfile:1
# One image for all five Accord services. Choose the service as the command
# (`docker run accord capture`) or bake it in with `--build-arg SERVICE=capture`.
# Migrations: `docker run -e DATABASE_URL=… accord node tools/prisma/cli.mjs deploy apps/capture`.

FROM node:24-bookworm-slim AS base
# Prisma chooses its schema engine build by the OpenSSL it finds, which the slim image lacks.
RUN apt-get update \
  && apt-get install -y --no-install-recommends openssl ca-certificates \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app

FROM base AS build
ENV NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
COPY package.json package-lock.json ./
# The install applies patches/ to the dependencies (patch-package, npm's postinstall).
COPY patches ./patches
COPY tools/prisma/package.json tools/prisma/package-lock.json tools/prisma/
# tools/prisma has its own dependencies: the Prisma 6.19 CLI behind the offline migration route.
RUN --mount=type=cache,target=/root/.npm \
  npm ci --no-audit --no-fund \
  && npm ci --prefix tools/prisma --no-audit --no-fund
COPY . .
RUN node tools/prisma/cli.mjs generate-all \
  && npx nx run-many -t build --projects=capture,enrichment,scoring,hand-off,rewards \
    --excludeTaskDependencies --outputStyle=static
# Migrations need each app's schema, migrations and prisma.config.ts, not its sources.
RUN for app in capture enrichment scoring hand-off rewards; do \
    mkdir -p "/migrations/apps/$app" \
    && cp -R "apps/$app/prisma" "apps/$app/prisma.config.ts" "/migrations/apps/$app/"; \
  done

FROM base AS runtime
ARG SERVICE=""
ENV NODE_ENV=production ACCORD_SERVICE=${SERVICE}
# node_modules keeps its dev dependencies: `prisma` (CLI and prisma/config) and its schema
# engine are what migrations run on.
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/tools/prisma ./tools/prisma
COPY --from=build /migrations/apps ./apps
COPY --from=build /app/dist ./dist
COPY infra/docker/entrypoint.sh infra/docker/migrate-all.sh infra/docker/healthcheck.mjs ./infra/docker/
USER node
EXPOSE 3101 3102 3103 3104 3105
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "/app/infra/docker/healthcheck.mjs"]
ENTRYPOINT ["sh", "/app/infra/docker/entrypoint.sh"]
