# Yakugo: the two commands are `make demo` and `make test`; both set up what is missing first.
SWIFT ?= $(shell command -v swift 2>/dev/null || echo /opt/swift/usr/bin/swift)
export PATH := $(dir $(SWIFT)):$(PATH)
BIN_DEBUG := .build/debug/yakugo
BIN_RELEASE := .build/release/yakugo
OUT := out

.PHONY: setup build release demo test eval bench docs clean

setup:
	@scripts/setup.sh

build: setup
	$(SWIFT) build --product yakugo

release: setup
	$(SWIFT) build -c release --product yakugo

# Runs the whole pipeline on Samples/ and writes the results to out/.
demo: build
	@scripts/demo.sh $(BIN_DEBUG) $(OUT)

test: setup
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

# Accuracy figures (Docs/BENCHMARKS.md lists them with this command).
eval: release
	@scripts/eval.sh $(BIN_RELEASE)

bench: release
	@scripts/bench.sh $(BIN_RELEASE)

clean:
	rm -rf .build $(OUT)
