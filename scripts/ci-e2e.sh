#!/bin/sh
# CI entry for the end-to-end tests in a real VS Code (code-server + Debian's Chromium).
# Self-installing: on a fresh machine it apt-installs chromium, fonts-noto-cjk and
# libkrb5-dev when missing (as root) and code-server into .vscode-test/code-server
# (~3 min, npm registry only). Needs the repo's devDependencies (npm ci) first.
# Stops every process it starts; exits non-zero on any failure.
# Results: test-results/e2e-results.json, screenshots in test-results/screenshots/.
set -eu
cd "$(dirname "$0")/.."
exec node scripts/e2e.mjs "$@"
