import Foundation

/// Monolingual termhood: how much a candidate behaves like a term of the text, not a phrase.
///
/// English uses C-value (Frantzi, Ananiadou & Mima 2000): frequency, discounted by the
/// frequency of the longer candidates it is nested in, times the log of its length. English
/// terms are phrases with free word boundaries, and the nesting discount is what separates
/// "ballistic missile" (also used alone) from "missile launch" inside longer phrases.
/// Japanese uses FLR (Nakagawa & Mori 2003): frequency times the geometric mean of how many
/// compounds each unit combines with on its left and right. Japanese compounds are built from
/// a small stock of productive units (ミサイル, 自衛隊, 防衛), and a unit that forms many
/// compounds marks a domain concept even when the compound itself is rare — exactly the
/// single-article case. Both scores are scaled to [0, 1] by the run's maximum.
public enum Termhood {
    /// C-value of each English key from its segment frequency.
    public static func cValues(_ frequency: [String: Int]) -> [String: Double] {
        var containers: [String: [Int]] = [:]
        for (key, count) in frequency {
            let words = key.split(separator: " ")
            guard words.count > 1 else { continue }
            var nested: Set<String> = []
            for length in 1..<words.count {
                for start in 0...(words.count - length) {
                    nested.insert(words[start..<(start + length)].joined(separator: " "))
                }
            }
            for inner in nested { containers[inner, default: []].append(count) }
        }
        var scores: [String: Double] = [:]
        for (key, count) in frequency {
            let length = Double(key.split(separator: " ").count)
            var value = Double(count)
            if let outer = containers[key], !outer.isEmpty {
                value -= Double(outer.reduce(0, +)) / Double(outer.count)
            }
            scores[key] = log2(length + 1) * max(value, 0.5)
        }
        return scaled(scores)
    }

    /// FLR of each Japanese key, from the candidates of every sentence.
    public static func flr(_ sentences: [SentenceCandidates]) -> [String: Double] {
        var left: [String: Int] = [:]
        var right: [String: Int] = [:]
        var frequency: [String: Int] = [:]
        var parts: [String: [String]] = [:]
        for sentence in sentences {
            for candidate in sentence.candidates {
                frequency[candidate.key, default: 0] += 1
                if parts[candidate.key] == nil { parts[candidate.key] = candidate.parts }
            }
            // Maximal compounds: candidates no other candidate of the sentence contains.
            for candidate in sentence.candidates where !sentence.candidates.contains(where: {
                $0.units != candidate.units && $0.units.clamped(to: candidate.units) == candidate.units
            }) {
                for (a, b) in zip(candidate.parts, candidate.parts.dropFirst()) {
                    right[a, default: 0] += 1
                    left[b, default: 0] += 1
                }
            }
        }
        var scores: [String: Double] = [:]
        for (key, count) in frequency {
            let units = parts[key] ?? []
            guard !units.isEmpty else { continue }
            var product = 1.0
            for unit in units { product *= Double((left[unit] ?? 0) + 1) * Double((right[unit] ?? 0) + 1) }
            scores[key] = Double(count) * pow(product, 1 / (2 * Double(units.count)))
        }
        return scaled(scores)
    }

    static func scaled(_ scores: [String: Double]) -> [String: Double] {
        guard let top = scores.values.max(), top > 0 else { return scores }
        return scores.mapValues { $0 / top }
    }
}
