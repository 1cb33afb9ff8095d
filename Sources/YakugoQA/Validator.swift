import YakugoCore

/// A suppressed finding: a known false positive, by segment id and check id (`*` for any segment).
public struct Suppression: Hashable, Sendable, Codable {
    public var segment: String
    public var check: String

    public init(segment: String, check: String) {
        self.segment = segment
        self.check = check
    }
}

/// What to run and how to report it: the parsed `--checks`/`--skip` options and config file.
public struct ValidationConfiguration: Sendable {
    /// The checks to run, in registry order.
    public let enabledChecks: [String]
    public var severityOverrides: [String: Severity]
    public var suppressions: Set<Suppression>
    public var options: QAOptions

    /// Validates every id against the registry; an unknown id is a configuration error.
    /// - Parameters:
    ///   - only: run only these checks (`--checks`); nil runs every check.
    ///   - skip: do not run these (`--skip`), applied after `only`.
    public init(only: [String]? = nil, skip: [String] = [], severityOverrides: [String: Severity] = [:],
                suppressions: [Suppression] = [], options: QAOptions = QAOptions()) throws {
        let known = Checks.ids
        func validate(_ id: String) throws {
            if !known.contains(id) { throw QAError.unknownCheck(id, known: known) }
        }
        try only?.forEach(validate)
        try skip.forEach(validate)
        try severityOverrides.keys.sorted().forEach(validate)
        try suppressions.map(\.check).forEach(validate)
        if options.lengthRatioFactor < 1 {
            throw QAError.invalidOption(name: "lengthRatioFactor", value: "\(options.lengthRatioFactor)", reason: "must be at least 1")
        }
        let wanted = only.map(Set.init) ?? Set(known)
        self.enabledChecks = known.filter { wanted.contains($0) && !skip.contains($0) }
        if enabledChecks.isEmpty { throw QAError.noChecks }
        self.severityOverrides = severityOverrides
        self.suppressions = Set(suppressions)
        self.options = options
    }

    /// Every check with default severities and no suppressions.
    public static var `default`: ValidationConfiguration {
        // Cannot throw: no ids are given.
        try! ValidationConfiguration()
    }
}

/// The outcome of a validation: findings in segment order, and what was checked.
public struct ValidationReport: Sendable {
    /// Findings sorted by segment (input order), then by position.
    public var findings: [Finding]
    /// The segments checked, in input order (reporters print their texts).
    public var segments: [QASegment]
    /// The ids of the checks that ran.
    public var checks: [String]
    /// How many findings the suppressions removed.
    public var suppressedCount: Int

    public init(findings: [Finding], segments: [QASegment], checks: [String], suppressedCount: Int = 0) {
        self.findings = findings
        self.segments = segments
        self.checks = checks
        self.suppressedCount = suppressedCount
    }

    /// Finding counts by severity (every severity present, zero included).
    public var countsBySeverity: [Severity: Int] {
        var out = Dictionary(uniqueKeysWithValues: Severity.allCases.map { ($0, 0) })
        for finding in findings { out[finding.severity, default: 0] += 1 }
        return out
    }

    /// Finding counts by check id (only checks with findings).
    public var countsByCheck: [String: Int] {
        findings.reduce(into: [:]) { $0[$1.check, default: 0] += 1 }
    }

    /// Whether any finding is at or above `severity` (`--fail-on`): exit code 1 when true.
    public func hasFindings(atLeast severity: Severity) -> Bool {
        findings.contains { $0.severity >= severity }
    }
}

/// Runs the enabled checks over segments: per-segment checks in registry order with the
/// precondition table, then file checks; applies suppressions and severity overrides.
public struct Validator: Sendable {
    public let configuration: ValidationConfiguration
    public let context: CheckContext

    public init(glossary: Glossary = Glossary(), configuration: ValidationConfiguration = .default) {
        self.configuration = configuration
        self.context = CheckContext(glossary: glossary, options: configuration.options)
    }

    public func validate(_ segments: [QASegment]) -> ValidationReport {
        let enabled = configuration.enabledChecks.compactMap(Checks.named)
        var findings: [Finding] = []
        // Segments a check must leave out, by check id (filled by the precondition table).
        var excluded: [String: Set<String>] = [:]
        // What the checks read from a segment is computed once for all of them; file checks
        // run last, so the validator keeps the parts they read for every segment.
        let isFileCheck = enabled.map { $0.init() is any FileCheck }
        let segmentParts = zip(enabled, isFileCheck).filter { !$1 }.reduce(into: SegmentAnalysis.Parts()) { $0.formUnion($1.0.analysisParts) }
        let fileParts = zip(enabled, isFileCheck).filter { $1 }.reduce(into: SegmentAnalysis.Parts()) { $0.formUnion($1.0.analysisParts) }
        var fileContext = context
        for segment in segments {
            let analysis = SegmentAnalysis(segment, terms: context.terms, parts: segmentParts.union(fileParts))
            var segmentContext = context
            segmentContext.analyses = [analysis]
            if !fileParts.isEmpty, fileContext.analysisIndex[segment.id] == nil {
                fileContext.analysisIndex[segment.id] = fileContext.analyses.count
                fileContext.analyses.append(analysis.keeping(fileParts))
            }
            var firing: Set<String> = []
            for (type, isFile) in zip(enabled, isFileCheck) {
                let id = type.description.id
                if Precondition.silenced(by: firing).contains(id) {
                    excluded[id, default: []].insert(segment.id)
                    continue
                }
                guard !isFile else { continue }
                let found = type.init().check(segment, context: segmentContext)
                if !found.isEmpty { firing.insert(id) }
                findings += found
            }
        }
        for type in enabled {
            guard let check = type.init() as? any FileCheck else { continue }
            let skip = excluded[type.description.id] ?? []
            findings += check.check(file: segments.filter { !skip.contains($0.id) }, context: fileContext)
        }
        let order = Dictionary(segments.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let checkOrder = Dictionary(uniqueKeysWithValues: Checks.ids.enumerated().map { ($1, $0) })
        var kept: [Finding] = []
        var suppressed = 0
        for var finding in findings {
            if configuration.suppressions.contains(Suppression(segment: finding.segment, check: finding.check))
                || configuration.suppressions.contains(Suppression(segment: "*", check: finding.check)) {
                suppressed += 1
                continue
            }
            if let severity = configuration.severityOverrides[finding.check] { finding.severity = severity }
            kept.append(finding)
        }
        kept.sort { a, b in
            let sa = order[a.segment] ?? Int.max, sb = order[b.segment] ?? Int.max
            if sa != sb { return sa < sb }
            let pa = a.targetSpan?.start ?? a.sourceSpan?.start ?? -1, pb = b.targetSpan?.start ?? b.sourceSpan?.start ?? -1
            if pa != pb { return pa < pb }
            return (checkOrder[a.check] ?? 0) < (checkOrder[b.check] ?? 0)
        }
        return ValidationReport(findings: kept, segments: segments, checks: configuration.enabledChecks, suppressedCount: suppressed)
    }
}
