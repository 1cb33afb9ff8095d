import FoundationEssentials
import YakugoCore

/// Reads and writes glossaries as JSON:
/// `{"source_language":"en","target_language":"ja","concepts":[{"id":…,"terms":[{"text":…,
/// "language":"en","usage":"preferred","status":"approved"}],…}]}`.
///
/// Output is pretty-printed with sorted keys, so the same glossary always gives the same bytes;
/// absent values and empty lists are left out. On reading, every field but `terms[].text` and
/// `terms[].language` is optional (usage defaults to preferred, status to approved), and a
/// language may be any tag of English or Japanese (`en-US`).
public enum GlossaryJSON {
    struct File: Codable {
        var source_language: String?
        var target_language: String?
        var concepts: [ConceptRecord]
    }

    struct ConceptRecord: Codable {
        var id: String?
        var terms: [TermRecord]
        var category: String?
        var domain: String?
        var note: String?
        var score: Double?
        var frequency: Int?
        var sources: [String]?
        var contexts: [TermContext]?
        var evidence: [String]?
    }

    struct TermRecord: Codable {
        var text: String
        var language: String
        var usage: TermUsage?
        var status: TermStatus?
        var note: String?
    }

    public static func render(_ glossary: Glossary) throws(FormatError) -> String {
        let file = File(source_language: glossary.sourceLanguage.rawValue, target_language: glossary.targetLanguage.rawValue,
                        concepts: glossary.concepts.map(record))
        return try encode(file, pretty: true) + "\n"
    }

    /// One concept as compact JSON (for `yakugo glossary lookup --format json`).
    public static func renderConcept(_ concept: Concept) throws(FormatError) -> String {
        try encode(record(concept), pretty: false)
    }

    private static func encode<T: Encodable>(_ value: T, pretty: Bool) throws(FormatError) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        do {
            let text = String(decoding: try encoder.encode(value), as: UTF8.self)
            // JSONEncoder writes DEL as is, and a file holding it reads as binary; DEL occurs
            // only inside strings, where its escape keeps it losslessly.
            guard text.unicodeScalars.contains("\u{7F}") else { return text }
            var escaped = String.UnicodeScalarView()
            for scalar in text.unicodeScalars {
                if scalar == "\u{7F}" { escaped.append(contentsOf: "\\u007f".unicodeScalars) } else { escaped.append(scalar) }
            }
            return String(escaped)
        } catch {
            throw .unrepresentable(format: "JSON", reason: "\(error)")
        }
    }

    static func record(_ concept: Concept) -> ConceptRecord {
        ConceptRecord(id: concept.id,
                      terms: concept.terms.map { TermRecord(text: $0.text, language: $0.language.rawValue, usage: $0.usage, status: $0.status, note: $0.note) },
                      category: concept.category?.rawValue, domain: concept.domain, note: concept.note, score: concept.score,
                      frequency: concept.frequency, sources: concept.sources.isEmpty ? nil : concept.sources,
                      contexts: concept.contexts.isEmpty ? nil : concept.contexts, evidence: concept.evidence.isEmpty ? nil : concept.evidence)
    }

    public static func read(_ text: String, source: String) throws(FormatError) -> Glossary {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(text.utf8))
        } catch let error as DecodingError {
            throw .malformed(source: source, format: "JSON glossary", line: nil, column: nil, reason: describe(error))
        } catch {
            throw .malformed(source: source, format: "JSON glossary", line: nil, column: nil, reason: "\(error)")
        }
        func language(_ tag: String?, default value: Language, field: String) throws(FormatError) -> Language {
            guard let tag else { return value }
            guard let language = Language(tag: tag) else {
                throw .malformed(source: source, format: "JSON glossary", line: nil, column: nil, reason: "\(field): \"\(tag)\" is not English or Japanese")
            }
            return language
        }
        var glossary = Glossary(sourceLanguage: try language(file.source_language, default: .english, field: "source_language"),
                                targetLanguage: .japanese)
        glossary.targetLanguage = try language(file.target_language, default: .japanese, field: "target_language")
        for (index, record) in file.concepts.enumerated() {
            var concept = Concept(id: record.id, terms: [], domain: record.domain, note: record.note, score: record.score,
                                  frequency: record.frequency, sources: record.sources ?? [], contexts: record.contexts ?? [],
                                  evidence: record.evidence ?? [])
            if let category = record.category {
                guard let parsed = GlossaryCSVReader.category(category), let value = parsed else {
                    throw .malformed(source: source, format: "JSON glossary", line: nil, column: nil,
                                     reason: "concepts[\(index)].category: unknown category \"\(category)\"")
                }
                concept.category = value
            }
            for (termIndex, term) in record.terms.enumerated() {
                let language = try language(term.language, default: .english, field: "concepts[\(index)].terms[\(termIndex)].language")
                concept.terms.append(Term(term.text, language: language, usage: term.usage ?? .preferred, status: term.status ?? .approved, note: term.note))
            }
            glossary.concepts.append(concept)
        }
        return glossary
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let text = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return text.isEmpty ? "" : (text.hasPrefix(".") ? String(text.dropFirst()) : text) + ": "
        }
        switch error {
        case let .dataCorrupted(context): return path(context) + "not valid JSON (\(context.debugDescription))"
        case let .keyNotFound(key, context): return path(context) + "missing field \"\(key.stringValue)\""
        case let .typeMismatch(_, context): return path(context) + context.debugDescription
        case let .valueNotFound(_, context): return path(context) + context.debugDescription
        @unknown default: return "\(error)"
        }
    }
}
