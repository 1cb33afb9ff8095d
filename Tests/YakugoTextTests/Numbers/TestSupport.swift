import Testing
import YakugoCore
@testable import YakugoText

// Test helpers for the number recognizer. Names are short on purpose; if the
// integrated test target already has `date`/`time`/`Case` helpers, rename here.

/// All mentions of `text`.
func en(_ text: String) -> [NumericMention] { NumberRecognizer.mentions(in: text, language: .english) }
func ja(_ text: String) -> [NumericMention] { NumberRecognizer.mentions(in: text, language: .japanese) }

func num(_ v: Int, upper: Int? = nil, _ approx: Approximation = .exact) -> NumericValue {
    .number(NumberValue(v, upper: upper, approximation: approx))
}

func num(_ significand: Int, e: Int, _ approx: Approximation = .exact) -> NumericValue {
    .number(NumberValue(ExactNumber(significand: significand, exponent: e), approximation: approx))
}

func qty(_ v: Int, _ unit: QuantityUnit, upper: Int? = nil, _ approx: Approximation = .exact) -> NumericValue {
    .quantity(NumberValue(v, upper: upper, approximation: approx), unit: unit)
}

func qty(_ significand: Int, e: Int, _ unit: QuantityUnit, _ approx: Approximation = .exact) -> NumericValue {
    .quantity(NumberValue(ExactNumber(significand: significand, exponent: e), approximation: approx), unit: unit)
}

func date(_ y: Int? = nil, _ m: Int? = nil, _ d: Int? = nil, weekday: Int? = nil, fiscal: Bool = false) -> NumericValue {
    .date(DateValue(year: y, month: m, day: d, weekday: weekday, isFiscalYear: fiscal))
}

func time(_ h: Int, _ m: Int = 0, approx: Bool = false) -> NumericValue {
    .time(TimeValue(hour: h, minute: m, isApproximate: approx))
}

/// Human-readable dump for failure messages.
func dump(_ ms: [NumericMention]) -> String {
    ms.map { "\($0.range) «\($0.text)» \($0.value)" }.joined(separator: "\n")
}

/// One case of a recognition table: `input` must yield exactly one mention
/// whose text is `text` (default: the whole input) and whose value is `value`.
struct Case: Sendable, CustomTestStringConvertible {
    var input: String
    var text: String?
    var value: NumericValue
    init(_ input: String, _ text: String? = nil, _ value: NumericValue) {
        self.input = input
        self.text = text
        self.value = value
    }
    var testDescription: String { input }
}

func check(_ c: Case, _ language: YakugoCore.Language, sourceLocation: SourceLocation = #_sourceLocation) {
    let ms = NumberRecognizer.mentions(in: c.input, language: language)
    #expect(ms.count == 1, "\(c.input)\n\(dump(ms))", sourceLocation: sourceLocation)
    guard ms.count == 1 else { return }
    #expect(ms[0].text == (c.text ?? c.input), "\(c.input)\n\(dump(ms))", sourceLocation: sourceLocation)
    #expect(ms[0].value == c.value, "\(c.input)\n\(dump(ms))", sourceLocation: sourceLocation)
}

/// `input` must yield no mention at all.
func expectNone(_ input: String, _ language: YakugoCore.Language, sourceLocation: SourceLocation = #_sourceLocation) {
    let ms = NumberRecognizer.mentions(in: input, language: language)
    #expect(ms.isEmpty, "\(input)\n\(dump(ms))", sourceLocation: sourceLocation)
}
