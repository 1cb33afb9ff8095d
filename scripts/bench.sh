#!/usr/bin/env bash
# Speed benchmarks (release build). Prints wall-clock times; Docs/BENCHMARKS.md records them.
set -euo pipefail
bin=${1:-.build/release/yakugo}
data=../shared/data/small_parallel_enja
mkdir -p out/bench
if [[ -f $data/train.en ]]; then
    # 50,000 Tanaka sentences per language as one running text each (one paragraph per 10 lines).
    awk '{ printf "%s ", $0 } NR % 10 == 0 { print "\n" }' "$data/train.en" > out/bench/tanaka.en.txt
    awk '{ gsub(/ /, ""); printf "%s", $0 } NR % 10 == 0 { print "\n" }' "$data/train.ja" > out/bench/tanaka.ja.txt
    inputs=(out/bench/tanaka.en.txt out/bench/tanaka.ja.txt)
else
    echo "note: ../shared/data is absent; benchmarking the samples repeated 200 times" >&2
    for l in en ja; do for i in $(seq 200); do cat Samples/*.$l.txt; echo; done > out/bench/samples.$l.txt; done
    inputs=(out/bench/samples.en.txt out/bench/samples.ja.txt)
fi
echo "| input | size | sentences | wall time (best of 3) | sentences/s |"
echo "|---|---:|---:|---:|---:|"
for f in "${inputs[@]}"; do
    best=""
    for _ in 1 2 3; do
        start=$(date +%s.%N)
        "$bin" segment "$f" -o out/bench/$(basename "$f").sentences >/dev/null
        end=$(date +%s.%N)
        t=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
        if [[ -z $best ]] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
    done
    n=$(wc -l < out/bench/$(basename "$f").sentences)
    size=$(du -h "$f" | cut -f1)
    printf "| %s | %s | %d | %.2f s | %.0f |\n" "$(basename "$f")" "$size" "$n" "$best" "$(awk -v n="$n" -v t="$best" 'BEGIN { print n / t }')"
done
