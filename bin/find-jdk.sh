# Sourced by ./kg, ./mvnw and .ci/run (POSIX sh, so that ./mvnw can source it): sets JAVA_HOME to a JDK >= 21 or exits with a clear error.
# Order: $JAVA_HOME if it is >= 21, then Temurin 25 at its Debian path, then any /usr/lib/jvm/* >= 21, then java on PATH.
kg_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n 1
}
kg_find_jdk() {
  local candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(kg_java_major "$candidate")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="$candidate"
      return 0
    fi
  done
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(kg_java_major "$candidate")
    if [ -n "$major" ] && [ "${major%%.*}" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="$candidate"
      return 0
    fi
  fi
  return 1
}
if ! kg_find_jdk; then
  echo "error: no JDK >= 21 found (looked at \$JAVA_HOME, /usr/lib/jvm/temurin-25-jdk-amd64, /usr/lib/jvm/*, PATH); install one and set JAVA_HOME" >&2
  exit 1
fi
export JAVA_HOME
