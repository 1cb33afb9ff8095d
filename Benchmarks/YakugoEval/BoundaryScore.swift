/// Sentence-boundary counts: a boundary is the place between two consecutive sentences,
/// measured in characters of the text with all white space removed, so that gold and predicted
/// segmentations of the same text compare whatever spacing they keep.
struct BoundaryScore {
    var truePositives = 0
    var falsePositives = 0
    var falseNegatives = 0

    var precision: Double { ratio(truePositives, truePositives + falsePositives) }
    var recall: Double { ratio(truePositives, truePositives + falseNegatives) }
    var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

    private func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

    static func += (lhs: inout BoundaryScore, rhs: BoundaryScore) {
        lhs.truePositives += rhs.truePositives
        lhs.falsePositives += rhs.falsePositives
        lhs.falseNegatives += rhs.falseNegatives
    }

    /// Boundary offsets of a segmentation: the end of every unit but the last.
    static func boundaries(_ units: [String]) -> Set<Int> {
        var result: Set<Int> = []
        var offset = 0
        for unit in units.dropLast() {
            offset += unit.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            result.insert(offset)
        }
        return result
    }

    /// Scores predicted against gold units; boundaries in `ignore` (paragraph ends, which
    /// the input already marks) are left out when asked.
    static func score(gold: [String], predicted: [String], ignoring ignore: Set<Int> = []) -> BoundaryScore {
        let g = boundaries(gold).subtracting(ignore)
        let p = boundaries(predicted).subtracting(ignore)
        return BoundaryScore(truePositives: g.intersection(p).count, falsePositives: p.subtracting(g).count, falseNegatives: g.subtracting(p).count)
    }
}
