#!/usr/bin/env bash
# The "VS Code executable" handed to @vscode/test-electron's runTests: see launcher.ts.
ROOT="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$ROOT" && exec node --import tsx test/e2e/vscode/launcher.ts "$@"
