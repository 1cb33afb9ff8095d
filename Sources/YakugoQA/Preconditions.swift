/// Which checks a finding silences for the same segment, so one problem is reported once.
///
/// Read a row as: when `check` reports a segment, the `silenced` checks are not run on it
/// (file checks leave it out). The table is data so it can be documented and tested as is.
public struct Precondition: Sendable, Hashable {
    public let check: String
    public let silenced: Set<String>
    public let reason: String

    public init(check: String, silenced: Set<String>, reason: String) {
        self.check = check
        self.silenced = silenced
        self.reason = reason
    }

    /// The table the validator applies.
    public static let table: [Precondition] = [
        Precondition(
            check: "empty-target",
            silenced: ["untranslated", "term-missing", "term-forbidden", "number-mismatch", "date-mismatch",
                       "unit-mismatch", "name-mismatch", "punctuation", "whitespace", "tag-mismatch",
                       "inconsistent", "length-ratio"],
            reason: "an empty translation has nothing else to check"),
        Precondition(
            check: "untranslated",
            silenced: ["term-missing", "term-forbidden", "number-mismatch", "date-mismatch", "unit-mismatch",
                       "name-mismatch", "punctuation", "whitespace", "length-ratio"],
            reason: "English text in the target is not Japanese to check for terms, numbers or punctuation"),
    ]

    /// The checks silenced when `firing` have reported the segment.
    static func silenced(by firing: Set<String>) -> Set<String> {
        table.filter { firing.contains($0.check) }.reduce(into: Set<String>()) { $0.formUnion($1.silenced) }
    }
}
