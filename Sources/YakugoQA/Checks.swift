/// Every check Yakugo has, in the order the validator runs them.
///
/// One flat list, written by hand: adding a check is one line here, and the example test and
/// Docs/CHECKS.md pick it up. The order matters only for the precondition table: a check that
/// can silence others (`empty-target`, `untranslated`) runs before them.
public enum Checks {
    public static let all: [any Check.Type] = [
        EmptyTargetCheck.self,
        UntranslatedCheck.self,
        TermMissingCheck.self,
        TermForbiddenCheck.self,
        NumberMismatchCheck.self,
        DateMismatchCheck.self,
        UnitMismatchCheck.self,
        NameMismatchCheck.self,
        PunctuationCheck.self,
        WhitespaceCheck.self,
        TagMismatchCheck.self,
        InconsistentCheck.self,
        LengthRatioCheck.self,
    ]

    /// Every check id, in registry order.
    public static var ids: [String] { all.map { $0.description.id } }

    /// The check with this id.
    public static func named(_ id: String) -> (any Check.Type)? {
        all.first { $0.description.id == id }
    }

    /// The descriptions of every check, in registry order.
    public static var descriptions: [CheckDescription] { all.map { $0.description } }
}
