#!/usr/bin/env bash
# Accuracy evaluations. Prints Markdown tables and keeps them in out/eval/ for Docs/BENCHMARKS.md.
set -euo pipefail
mkdir -p out/eval
swift_bin=${SWIFT:-swift}
"$swift_bin" build -c release --product YakugoEval >/dev/null
eval_bin=.build/release/YakugoEval
shared=../shared/data
if [[ ! -d $shared ]]; then
    echo "note: ../shared/data is absent; only Samples/ is evaluated" >&2
fi
echo "## Sentence segmentation (boundary precision / recall / F1)"
echo
"$eval_bin" segmentation Samples "$shared" --misses out/eval/segmentation-misses.txt | tee out/eval/segmentation.md
echo
echo "(units predicted that are not gold units: out/eval/segmentation-misses.txt)"
echo
echo "## Sentence alignment (strict bead precision / recall / F1)"
echo
"$eval_bin" alignment Samples "$shared" | tee out/eval/alignment.md
