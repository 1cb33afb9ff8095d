#!/usr/bin/env bash
# Installs the Debian packages Yakugo needs when they are missing (idempotent, quiet when all is there).
# Not root: prints the exact apt-get line to run and exits 2.
set -euo pipefail

packages=(libicu-dev libxml2-dev pkg-config libxml2-utils edict enamdict)
missing=()
for p in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} > 0)); then
    line="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
    if [[ $(id -u) -ne 0 ]]; then
        echo "yakugo setup: missing Debian packages: ${missing[*]}" >&2
        echo "Run as root:  $line" >&2
        exit 2
    fi
    echo "yakugo setup: installing ${missing[*]}" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v swift >/dev/null 2>&1; then
    if [[ -x /opt/swift/usr/bin/swift ]]; then
        echo "yakugo setup: swift is not on PATH; add /opt/swift/usr/bin to PATH" >&2
    else
        echo "yakugo setup: no Swift toolchain found (Swift 6.0 or newer is needed: https://swift.org/install)" >&2
    fi
    exit 2
fi

# Translate Toolkit reads our TMX in the interoperability tests (they skip without it), so a
# missing PyPI only costs those tests: warn and carry on.
if command -v python3 >/dev/null 2>&1 && ! python3 -c "import translate" >/dev/null 2>&1; then
    echo "yakugo setup: installing translate-toolkit (for the TMX interoperability tests)" >&2
    if ! python3 -m pip install --quiet translate-toolkit >/dev/null 2>&1; then
        echo "yakugo setup: warning: could not install translate-toolkit (PyPI unreachable?); TMX interop tests will be skipped" >&2
    fi
fi
