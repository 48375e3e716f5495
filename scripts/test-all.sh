#!/usr/bin/env bash
# Every check, in order; the first failure stops the run with a non-zero exit.
# `npm test` runs this. It builds both browsers' extensions on the way, because web-ext lint and
# the Playwright tests check the built output.
set -euo pipefail

cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH"

step() {
  printf '\n\033[1m==> %s\033[0m\n' "$*"
}

step 'Type check (tsc --noEmit)'
tsc --noEmit

step 'Lint (eslint . --max-warnings=0)'
eslint . --max-warnings=0

step 'Formatting (prettier --check .)'
prettier --check .

step 'Unit tests (vitest run)'
vitest run

step 'Build Chrome/Edge MV3 (wxt build)'
wxt build

step 'Build Firefox MV2 (wxt build -b firefox)'
wxt build -b firefox

step 'Zip Chrome/Edge (wxt zip)'
wxt zip

step 'Zip Firefox (wxt zip -b firefox)'
wxt zip -b firefox

step 'Firefox add-on lint (web-ext lint -s .output/firefox-mv2; errors fail, warnings allowed)'
web-ext lint -s .output/firefox-mv2

step 'End-to-end tests (playwright test)'
playwright test

step 'Practice mode starts (npm run demo -- --check)'
tsx scripts/demo.ts --check

step 'All checks passed'
