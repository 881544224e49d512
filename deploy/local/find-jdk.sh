#!/usr/bin/env bash
# Prints the home of a JDK 21+ : JAVA_HOME if it is new enough, else the newest JDK found in the usual
# install folders. Exits 1 with a message on stderr when there is none.
# Usage: deploy/local/find-jdk.sh [MIN_VERSION]   (default 21)
set -euo pipefail
min="${1:-21}"

# Major version of the JDK at $1, or nothing when it is not a JDK (a JRE lacks javac; we need java only,
# but the Makefile builds with it too, so require javac).
jdk_major() {
  local home="$1" release line v
  [[ -x "$home/bin/java" && -x "$home/bin/javac" ]] || return 0
  release="$home/release"
  if [[ -r "$release" ]]; then
    line=$(grep -E '^JAVA_VERSION=' "$release" | head -1 || true)
    v="${line#JAVA_VERSION=}"; v="${v//\"/}"
  fi
  if [[ -z "${v:-}" ]]; then
    v=$("$home/bin/java" -version 2>&1 | sed -nE '1s/.*version "([^"]+)".*/\1/p')
  fi
  v="${v#1.}"            # 1.8.0 -> 8.0
  v="${v%%[.+-]*}"       # 25.0.1 -> 25
  [[ "$v" =~ ^[0-9]+$ ]] && echo "$v"
  return 0
}

if [[ -n "${JAVA_HOME:-}" ]]; then
  m=$(jdk_major "$JAVA_HOME")
  if [[ -n "$m" && "$m" -ge "$min" ]]; then
    echo "$JAVA_HOME"; exit 0
  fi
fi

best=""; best_major=0
for dir in /usr/lib/jvm /usr/java /usr/local/java /opt/java /opt "$HOME/.sdkman/candidates/java" "$HOME/.jdks"; do
  [[ -d "$dir" ]] || continue
  for home in "$dir"/*; do
    [[ -d "$home" && ! -L "$home" ]] || continue
    m=$(jdk_major "$home")
    [[ -n "$m" ]] || continue
    if (( m > best_major )); then best="$home"; best_major="$m"; fi
  done
done
# The java on PATH, as a last resort.
if [[ -z "$best" ]] && command -v javac >/dev/null 2>&1; then
  home=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
  m=$(jdk_major "$home"); [[ -n "$m" ]] && best="$home" && best_major="$m"
fi

if [[ -n "$best" && "$best_major" -ge "$min" ]]; then
  echo "$best"; exit 0
fi
echo "find-jdk.sh: no JDK $min+ found (JAVA_HOME=${JAVA_HOME:-unset}; newest found: ${best:-none}${best:+ (JDK $best_major)})." \
     "Install one (e.g. apt-get install openjdk-21-jdk-headless or a Temurin 21+) or set JAVA_HOME to it." >&2
exit 1
