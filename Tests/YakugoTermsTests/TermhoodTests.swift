import Foundation
import Testing
@testable import YakugoTerms

@Suite struct TermhoodTests {
    // MARK: C-value (English)

    @Test func cValueDiscountsACandidateNestedInLongerOnes() {
        // "missil launch" (3) sits inside "missil launch site" (2): log2(3)·(3 − 2);
        // "ballist missil" (3) is nested in nothing: log2(3)·3, the maximum.
        let scores = Termhood.cValues(["ballist missil": 3, "missil launch": 3, "missil launch site": 2])
        #expect(scores["ballist missil"] == 1)
        #expect(abs((scores["missil launch"] ?? 0) - 1.0 / 3.0) < 1e-9)
        #expect((scores["missil launch"] ?? 0) < (scores["ballist missil"] ?? 0))
    }

    @Test func cValueRewardsLongerCandidates() {
        // Same frequency, nested in nothing: log2(2) for one word, log2(4) for three.
        let scores = Termhood.cValues(["drill": 2, "coast guard cutter": 2])
        #expect(scores["coast guard cutter"] == 1)
        #expect(abs((scores["drill"] ?? 0) - 0.5) < 1e-9)
    }

    @Test func cValueOfAFragmentUsedOnlyInsideOneLongerTermHasAFloor() {
        // 2 − 2 = 0 is floored at 0.5: log2(3)·0.5 against log2(4)·2.
        let scores = Termhood.cValues(["missil launch": 2, "missil launch site": 2])
        #expect(abs((scores["missil launch"] ?? 0) - log2(3) * 0.5 / 4) < 1e-9)
    }

    @Test func cValuesAreScaledToTheRunsMaximum() {
        let scores = Termhood.cValues(["ballist missil": 5, "missil": 9, "coast guard": 1])
        #expect(scores.values.max() == 1)
        #expect(scores.values.allSatisfy { (0...1).contains($0) })
    }

    @Test func cValuesOfNothingAreNothing() {
        #expect(Termhood.cValues([:]).isEmpty)
    }

    // MARK: FLR (Japanese)

    private func candidate(_ parts: [String], at start: Int) -> TermCandidate {
        TermCandidate(surface: parts.joined(), key: parts.joined(), units: start..<(start + parts.count), parts: parts, isName: false)
    }

    /// One sentence per compound, with its nested single units as extraction gives them.
    private func sentence(_ parts: [String]) -> SentenceCandidates {
        var candidates = [candidate(parts, at: 0)]
        for (index, part) in parts.enumerated() { candidates.append(candidate([part], at: index)) }
        return SentenceCandidates(candidates: candidates)
    }

    @Test func flrRewardsCompoundsOfProductiveUnits() {
        // ミサイル combines with 2 units on its left and 1 on its right; 海洋 and 調査 with one each.
        // 弾道ミサイル: (1·2 · 3·2)^(1/4) = 12^(1/4); 海洋調査: (1·2 · 2·1)^(1/4) = 4^(1/4);
        // the maximum is ミサイル alone, seen three times: 3 · (3·2)^(1/2).
        let scores = Termhood.flr([sentence(["ミサイル", "防衛"]), sentence(["弾道", "ミサイル"]),
                                   sentence(["巡航", "ミサイル"]), sentence(["海洋", "調査"])])
        #expect(abs((scores["弾道ミサイル"] ?? 0) - pow(12, 0.25) / (3 * sqrt(6))) < 1e-9)
        #expect(abs((scores["海洋調査"] ?? 0) - pow(4, 0.25) / (3 * sqrt(6))) < 1e-9)
        #expect((scores["弾道ミサイル"] ?? 0) > (scores["海洋調査"] ?? 0))
        #expect(scores["ミサイル"] == 1)
    }

    @Test func flrCountsNeighboursOnlyInMaximalCompounds() {
        // 弾道ミサイル nested in 弾道ミサイル防衛 adds no neighbours of its own: 弾道 has one right
        // neighbour, not two.
        let nested = SentenceCandidates(candidates: [
            candidate(["弾道", "ミサイル", "防衛"], at: 0), candidate(["弾道", "ミサイル"], at: 0),
            candidate(["ミサイル", "防衛"], at: 1), candidate(["弾道"], at: 0),
        ])
        let scores = Termhood.flr([nested])
        // 弾道: left 0, right 1 → (1·2)^(1/2); 弾道ミサイル防衛: 弾道 1·2, ミサイル 2·2, 防衛 2·1 → 16^(1/6);
        // 弾道ミサイル: (2 · 4)^(1/4) = 8^(1/4), the maximum.
        #expect(scores["弾道ミサイル"] == 1)
        #expect(abs((scores["弾道"] ?? 0) - sqrt(2) / pow(8, 0.25)) < 1e-9)
        #expect(abs((scores["弾道ミサイル防衛"] ?? 0) - pow(16, 1.0 / 6.0) / pow(8, 0.25)) < 1e-9)
    }

    @Test func flrGrowsWithFrequency() {
        // Compounds alone: 海洋調査 once, (1·2 · 2·1)^(1/4); 気象観測 twice, 2 · (1·3 · 3·1)^(1/4).
        let once = SentenceCandidates(candidates: [candidate(["海洋", "調査"], at: 0)])
        let twice = SentenceCandidates(candidates: [candidate(["気象", "観測"], at: 0)])
        let scores = Termhood.flr([once, twice, twice])
        #expect(scores["気象観測"] == 1)
        #expect(abs((scores["海洋調査"] ?? 0) - pow(4, 0.25) / (2 * pow(9, 0.25))) < 1e-9)
    }
}
