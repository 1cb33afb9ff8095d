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
echo
echo "## Term extraction: Samples/ gold term lists, without the shipped glossary"
echo
"$eval_bin" terms Samples | tee out/eval/terms.md
echo
echo "## Term extraction: Samples/, with the shipped glossary as known pairs"
echo
"$eval_bin" terms Samples --glossary Glossaries/defense-diplomacy.en-ja.csv | tee out/eval/terms-glossary.md
echo
echo "## Term extraction: Kyoto Wikipedia defense/diplomacy subset against the Kyoto lexicon"
echo
"$eval_bin" terms-kyoto "$shared" | tee out/eval/terms-kyoto.md
echo
echo "## Translation validation (labelled QA set: precision / recall per check)"
echo
"$eval_bin" qa Samples --export out/eval/qa-cases.tsv --misses out/eval/qa-misses.txt | tee out/eval/qa.md
echo
echo "(false negatives and false positives with their texts: out/eval/qa-misses.txt)"
echo
echo "## Translation validation: Translate Toolkit pofilter on the same pairs"
echo
if python3 -c "import translate" 2>/dev/null && command -v pofilter >/dev/null; then
    python3 scripts/pofilter_compare.py out/eval/qa-cases.tsv out/eval | tee out/eval/qa-pofilter.md
else
    echo "skipped: translate-toolkit is not installed (pip install translate-toolkit)" | tee out/eval/qa-pofilter.md
fi
