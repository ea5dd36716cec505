#!/usr/bin/env bash
# Fails when payload-types.ts, the admin import map or the migrations lag behind the config.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run -s generate:types >/dev/null
npm run -s generate:importmap >/dev/null
before=$(ls migrations)
npm run -s migrate:create -- schema-drift-check --skip-empty >/dev/null
if [ "$before" != "$(ls migrations)" ]; then
  git checkout -- migrations/index.ts 2>/dev/null || true
  git clean -fq -- migrations
  echo "The collections changed without a migration: run 'npm run migrate:create -- <name>' and commit it." >&2
  exit 1
fi
if ! PAYLOAD_SECRET=offline-codegen-placeholder-000000000000 DATABASE_URL=postgres://127.0.0.1:1/none npx tsx scripts/schemaSnapshot.ts; then
  echo "The collections changed without a migration: run 'npm run migrate:create -- <name>' and commit it." >&2
  exit 1
fi
if ! git diff --exit-code --stat -- payload-types.ts 'app/(payload)/admin/importMap.js'; then
  echo "Generated files are stale: run 'npm run generate:types' and 'npm run generate:importmap', then commit." >&2
  exit 1
fi
echo "generated files and migrations are current"
