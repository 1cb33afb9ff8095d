#!/usr/bin/env python3
"""Translate Toolkit's pofilter on the labelled QA set of `yakugo-eval qa` (issue 5).

Reads the cases `yakugo-eval qa --export` wrote (id, base, kind, labels, English, Japanese),
writes them to a PO file (msgctxt = segment id, msgid = English, msgstr = Japanese; inline codes
as XML tags <g1>…</g1>, <x2/>), runs `pofilter --language=ja` with the tests that correspond to
a Yakugo check, and scores its findings with the same rules as `yakugo-eval qa`:
new findings only (a copy's finding that its base pair also has is not counted again), TP/FN on
the labelled checks, FP for any other mapped finding that is not listed as also acceptable.
pofilter checks one unit at a time, so it has no counterpart of `inconsistent`. `puncspacing` is left
out: it reads the space after an inline tag (`</g1> Korea`) as missing spacing after punctuation.

usage: scripts/pofilter_compare.py CASES.tsv [WORK_DIR]
"""
import collections
import os
import re
import subprocess
import sys

from translate.storage import po

# pofilter test -> Yakugo check ids it stands for; the first is the one charged with a false alarm.
MAPPING = {
    "numbers": ["number-mismatch", "date-mismatch", "unit-mismatch"],
    "unchanged": ["untranslated"],
    "untranslated": ["empty-target"],  # pofilter's "untranslated" means: no translation at all
    "blank": ["empty-target"],
    "doublespacing": ["whitespace"],
    "startwhitespace": ["whitespace"],
    "endwhitespace": ["whitespace"],
    "endpunc": ["punctuation"],
    "startpunc": ["punctuation"],
    "brackets": ["punctuation"],
    "doublequoting": ["punctuation"],
    "xmltags": ["tag-mismatch"],
    "variables": ["tag-mismatch"],
    "printf": ["tag-mismatch"],
    "long": ["length-ratio"],
    "short": ["length-ratio"],
}
CHECKS = ["empty-target", "untranslated", "term-missing", "term-forbidden", "number-mismatch", "date-mismatch",
          "unit-mismatch", "name-mismatch", "punctuation", "whitespace", "tag-mismatch", "inconsistent", "length-ratio"]
HAS_TEST = {c for ids in MAPPING.values() for c in ids}


def unescape(field):
    return re.sub(r"\\(.)", lambda m: {"t": "\t", "n": "\n", "\\": "\\"}.get(m.group(1), m.group(1)), field)


def read_cases(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            fields = [unescape(x) for x in line.rstrip("\n").split("\t")]
            yield dict(zip(header, fields))


def run_pofilter(cases, work):
    store = po.pofile()
    for case in cases:
        unit = store.addsourceunit(case["source"])
        unit.setcontext(case["id"])
        unit.target = case["target"]
    source_path = os.path.join(work, "qa-pofilter-input.po")
    output_path = os.path.join(work, "qa-pofilter-output.po")
    store.savefile(source_path)
    tests = sorted(MAPPING)
    command = ["pofilter", "--language=ja", "--progress=none", "--errorlevel=none"]
    for test in tests:
        command += ["-t", test]
    subprocess.run(command + ["-i", source_path, "-o", output_path], check=True)
    failures = collections.defaultdict(list)
    if os.path.exists(output_path):
        for unit in po.pofile.parsefile(output_path).units:
            if unit.isheader():
                continue
            notes = unit.getnotes()
            for test, message in re.findall(r"\(pofilter\) (\w+): (.*)", notes):
                failures[unit.getcontext()].append((test, message.strip()))
    return failures, " ".join(command)


def main():
    cases_path = sys.argv[1]
    work = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(cases_path) or "."
    cases = list(read_cases(cases_path))
    failures, command = run_pofilter(cases, work)
    tally = {c: collections.Counter() for c in CHECKS}
    alarms = collections.Counter()
    for case in cases:
        if case["kind"] == "issue-example":
            continue
        expected = set(filter(None, case["expected"].split(",")))
        acceptable = set(filter(None, case["acceptable"].split(",")))
        found = failures.get(case["id"], [])
        inherited = collections.Counter(failures.get(case["base"], [])) if case["base"] else collections.Counter()
        new = []
        for f in found:
            if inherited[f] > 0:
                inherited[f] -= 1
            else:
                new.append(f)
        detected, charged = set(), set()
        for test, message in new:
            ids = MAPPING.get(test, [])
            hit = [c for c in ids if c in expected]
            if hit:
                detected.update(hit)
            elif ids and not any(c in acceptable for c in ids):
                if ids[0] not in charged:
                    alarms[(test, "base pairs" if not case["base"] else case["kind"])] += 1
                charged.add(ids[0])
        for c in expected:
            tally[c]["injected"] += 1
            tally[c]["tp" if c in detected else "fn"] += 1
        for c in charged:
            tally[c]["fp"] += 1
            if not case["base"]:
                tally[c]["fp_base"] += 1

    def ratio(a, b):
        return "—" if b == 0 else "%.3f" % (a / b)

    print("Command: `%s -i qa-pofilter-input.po -o qa-pofilter-output.po` (translate-toolkit %s)" % (command, translate_version()))
    print()
    print("| check | pofilter tests | injected | TP | FP | FN | precision | recall |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    total = collections.Counter()
    for c in CHECKS:
        t = tally[c]
        tests = ", ".join(sorted(k for k, v in MAPPING.items() if c in v)) or "(none)"
        fp = "%d (%d on base)" % (t["fp"], t["fp_base"]) if t["fp_base"] else str(t["fp"])
        if c in HAS_TEST:
            total.update(t)
        print("| %s | %s | %d | %d | %s | %d | %s | %s |" % (c, tests, t["injected"], t["tp"], fp, t["fn"],
                                                           ratio(t["tp"], t["tp"] + t["fp"]), ratio(t["tp"], t["tp"] + t["fn"])))
    print("| **overall (micro, checks pofilter has)** | | %d | %d | %d (%d on base) | %d | **%s** | **%s** |" % (
        total["injected"], total["tp"], total["fp"], total["fp_base"], total["fn"],
        ratio(total["tp"], total["tp"] + total["fp"]), ratio(total["tp"], total["tp"] + total["fn"])))
    all_tp = sum(tally[c]["tp"] for c in CHECKS)
    all_fn = sum(tally[c]["fn"] for c in CHECKS)
    all_fp = sum(tally[c]["fp"] for c in CHECKS)
    print("| overall (micro, every check) | | %d | %d | %d | %d | %s | %s |" % (
        all_tp + all_fn, all_tp, all_fp, all_fn, ratio(all_tp, all_tp + all_fp), ratio(all_tp, all_tp + all_fn)))
    print()
    print("pofilter false alarms by test and segment kind (top 12): " + "; ".join(
        "%s on %s: %d" % (test, kind, n) for (test, kind), n in alarms.most_common(12)))
    print()
    print("Issue 5 examples (pofilter, tests above):")
    print()
    for case in cases:
        if case["kind"] == "issue-example":
            found = failures.get(case["id"], [])
            said = "; ".join("`%s`: %s" % f for f in found) if found else "nothing"
            print('- "%s" → "%s": %s' % (case["source"], case["target"], said))


def translate_version():
    try:
        from translate.__version__ import sver
        return sver
    except Exception:
        return "?"


if __name__ == "__main__":
    main()
