#!/usr/bin/env bash
# Speed benchmarks (release build): sentence segmentation of whole files through the CLI,
# start-up and file I/O included. Prints wall-clock times; Docs/BENCHMARKS.md records them.
set -euo pipefail
bin=${1:-.build/release/yakugo}
data=../shared/data/ntrex128_en_ja
mkdir -p out/bench
if [[ -f $data/newstest2019-src.eng.txt ]]; then
    # NTREX-128 news, one paragraph per document (segments run on), repeated 20 times:
    # 123 documents x 20, about 40,000 sentences per language.
    for pair in "en newstest2019-src.eng.txt" "ja newstest2019-ref.jpn.txt"; do
        set -- $pair
        sep=" "; [[ $1 == ja ]] && sep=""
        paste "$data/DOCUMENT_IDS.tsv" "$data/$2" | awk -F'\t' -v sep="$sep" '
            $1 != last { if (NR > 1) printf "\n\n"; last = $1; printf "%s", $2; next }
            { printf "%s%s", sep, $2 } END { print "" }' > out/bench/ntrex.once.$1.txt
        for _ in $(seq 20); do cat out/bench/ntrex.once.$1.txt; echo; done > out/bench/ntrex-x20.$1.txt
    done
    inputs=(out/bench/ntrex-x20.en.txt out/bench/ntrex-x20.ja.txt)
else
    echo "note: ../shared/data is absent; benchmarking the samples repeated 200 times" >&2
    for l in en ja; do for i in $(seq 200); do cat Samples/*.$l.txt; echo; done > out/bench/samples.$l.txt; done
    inputs=(out/bench/samples.en.txt out/bench/samples.ja.txt)
fi
# best_of_3 CMD...: the best wall-clock time of three runs, in seconds.
best_of_3() {
    local best="" start end t
    for _ in 1 2 3; do
        start=$(date +%s.%N)
        "$@" >/dev/null
        end=$(date +%s.%N)
        t=$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')
        if [[ -z $best ]] || awk -v t="$t" -v b="$best" 'BEGIN { exit !(t < b) }'; then best=$t; fi
    done
    echo "$best"
}

echo "Sentence segmentation (yakugo segment):"
echo
echo "| input | size | sentences | wall time (best of 3) | sentences/s |"
echo "|---|---:|---:|---:|---:|"
for f in "${inputs[@]}"; do
    best=$(best_of_3 "$bin" segment "$f" -o out/bench/$(basename "$f").sentences)
    n=$(wc -l < out/bench/$(basename "$f").sentences)
    size=$(du -h "$f" | cut -f1)
    printf "| %s | %s | %d | %.2f s | %.0f |\n" "$(basename "$f")" "$size" "$n" "$best" "$(awk -v n="$n" -v t="$best" 'BEGIN { print n / t }')"
done
echo
echo "Numbers, dates and quantities (yakugo numbers: segmentation plus recognition):"
echo
echo "| input | size | mentions | wall time (best of 3) | MB/s |"
echo "|---|---:|---:|---:|---:|"
for f in "${inputs[@]}"; do
    best=$(best_of_3 "$bin" numbers "$f" -o out/bench/$(basename "$f").numbers)
    n=$(($(wc -l < out/bench/$(basename "$f").numbers) - 1))
    bytes=$(wc -c < "$f")
    printf "| %s | %s | %d | %.2f s | %.1f |\n" "$(basename "$f")" "$(du -h "$f" | cut -f1)" "$n" "$best" "$(awk -v b="$bytes" -v t="$best" 'BEGIN { print b / t / 1e6 }')"
done
