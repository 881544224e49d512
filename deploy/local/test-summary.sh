#!/usr/bin/env bash
# Prints one closing line, "N passed, N failed, N skipped", summed over every Surefire report of the build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
find . -path '*/target/surefire-reports/TEST-*.xml' -not -path './.work/*' -print0 \
  | xargs -0 -r grep -ho '<testsuite [^>]*>' \
  | awk '{
      for (i = 1; i <= NF; i++) {
        split($i, kv, "=\""); sub(/".*/, "", kv[2])
        if (kv[1] == "tests") t += kv[2]; if (kv[1] == "failures") f += kv[2]
        if (kv[1] == "errors") f += kv[2]; if (kv[1] == "skipped") s += kv[2]
      }
    } END { printf "%d passed, %d failed, %d skipped\n", t - f - s, f, s }'
