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
echo
echo "Translation validation (yakugo validate, all checks, curated glossary):"
echo
kyoto=../shared/data/kyoto_wiki_defense_subset/sentences.tsv
if [[ -f $kyoto ]]; then
    # The Kyoto subset's 2,892 aligned title and sentence pairs, repeated 10 times, as a segment table.
    { printf 'id\tenglish\tjapanese\n'
      for r in $(seq 10); do
          awk -F'\t' -v r="$r" 'NR > 1 && $6 != "" && $7 != "" { printf "k%d-%d\t%s\t%s\n", r, NR, $7, $6 }' "$kyoto"
      done; } > out/bench/kyoto-x10.tsv
    n=$(($(wc -l < out/bench/kyoto-x10.tsv) - 1))
    # Findings exit 1; only 2 (an error) stops the benchmark.
    validate_ok() { "$bin" validate "$@" || [[ $? -eq 1 ]]; }
    best=$(best_of_3 validate_ok out/bench/kyoto-x10.tsv --glossary Glossaries/defense-diplomacy.en-ja.csv --format json -o out/bench/kyoto-x10.json)
    echo "| input | segments | wall time (best of 3) | segments/s |"
    echo "|---|---:|---:|---:|"
    printf "| kyoto-x10.tsv | %d | %.2f s | %.0f |\n" "$n" "$best" "$(awk -v n="$n" -v t="$best" 'BEGIN { print n / t }')"
    if python3 -c "import translate" 2>/dev/null && command -v pofilter >/dev/null; then
        python3 - <<'PY'
from translate.storage import po
store = po.pofile()
with open("out/bench/kyoto-x10.tsv", encoding="utf-8") as f:
    next(f)
    for line in f:
        key, en, ja = line.rstrip("\n").split("\t")
        unit = store.addsourceunit(en); unit.target = ja; unit.setcontext(key)
open("out/bench/kyoto-x10.po", "wb").write(bytes(store))
PY
        best=$(best_of_3 pofilter --progress=none --language=ja out/bench/kyoto-x10.po out/bench/kyoto-x10.pofilter.po)
        printf "| same pairs, Translate Toolkit pofilter (its default tests) | %d | %.2f s | %.0f |\n" "$n" "$best" "$(awk -v n="$n" -v t="$best" 'BEGIN { print n / t }')"
    fi
else
    echo "skipped: ../shared/data/kyoto_wiki_defense_subset is absent"
fi
