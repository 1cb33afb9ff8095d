import Testing
@testable import YakugoText

@Suite("ExactNumber")
struct ExactNumberTests {
    @Test func trailingZerosAreNormalizedIntoTheExponent() {
        let n = ExactNumber(1_200_000)
        #expect(n.significand == 12)
        #expect(n.exponent == 5)
    }

    @Test func equalValuesWrittenDifferentlyAreEqual() {
        #expect(ExactNumber(significand: 12, exponent: -1).scaled(byPowerOfTen: 6) == ExactNumber(1_200_000))
        #expect(ExactNumber(significand: 120, exponent: 4) == ExactNumber(1_200_000))
        #expect(ExactNumber(significand: 1000, exponent: 0) == ExactNumber(significand: 1, exponent: 3))
        #expect(ExactNumber(significand: 0, exponent: 7) == ExactNumber.zero)
    }

    @Test func equalValuesHashAlike() {
        let set: Set<ExactNumber> = [ExactNumber(1000), ExactNumber(significand: 10, exponent: 2), ExactNumber(significand: 1, exponent: 3)]
        #expect(set.count == 1)
    }

    @Test func twelveMillionIsNotOneHundredTwentyMan() {
        #expect(ExactNumber(12_000_000) != ExactNumber(significand: 120, exponent: 4))
    }

    @Test func doubleValue() {
        #expect(ExactNumber(significand: 25, exponent: -1).doubleValue == 2.5)
        #expect(ExactNumber(significand: 15, exponent: 8).doubleValue == 1.5e9)
        #expect(ExactNumber(-3).doubleValue == -3)
    }

    @Test func intValueAndIsInteger() {
        #expect(ExactNumber(significand: 43, exponent: 12).intValue == 43_000_000_000_000)
        #expect(ExactNumber(significand: 5, exponent: -1).intValue == nil)
        #expect(ExactNumber(significand: 1, exponent: 30).intValue == nil)
        #expect(ExactNumber(significand: 5, exponent: -1).isInteger == false)
    }

    @Test func descriptionIsPlainDecimal() {
        #expect(ExactNumber(1_200_000).description == "1200000")
        #expect(ExactNumber(significand: 25, exponent: -1).description == "2.5")
        #expect(ExactNumber(significand: 5, exponent: -2).description == "0.05")
        #expect(ExactNumber(significand: -5, exponent: -1).description == "-0.5")
        #expect(ExactNumber(significand: 1, exponent: 40).description == "1e40")
    }

    @Test func additionAlignsExponents() {
        let a = ExactNumber(significand: 7, exponent: 12)      // 7兆
        let b = ExactNumber(significand: 9496, exponent: 8)    // 9496億
        #expect(a.adding(b) == ExactNumber(7_949_600_000_000))
        #expect(ExactNumber(significand: 25, exponent: -1).adding(ExactNumber(1)) == ExactNumber(significand: 35, exponent: -1))
    }

    @Test func arithmeticOverflowReturnsNil() {
        #expect(ExactNumber(Int.max).adding(ExactNumber(Int.max)) == nil)
        #expect(ExactNumber(Int.max - 1).multiplied(by: ExactNumber(3)) == nil)
        #expect(ExactNumber(significand: 1, exponent: 0).adding(ExactNumber(significand: 1, exponent: 40)) == nil)
    }

    @Test func ordering() {
        #expect(ExactNumber(3) < ExactNumber(5))
        #expect(ExactNumber(significand: 25, exponent: -1) < ExactNumber(3))
        #expect(ExactNumber(-1) < ExactNumber.zero)
        #expect(!(ExactNumber(5) < ExactNumber(5)))
        #expect(ExactNumber(1) < ExactNumber(significand: 1, exponent: 40))
    }

    @Test func extremeExponentsDoNotTrap() {
        let big = ExactNumber(significand: 1, exponent: Int.max)
        #expect(big.scaled(byPowerOfTen: 5).exponent == Int.max)
        #expect(ExactNumber(significand: 1, exponent: Int.min).scaled(byPowerOfTen: -5).exponent == Int.min)
        _ = big.doubleValue
        _ = big.description
    }

    @Test func negationOfIntMinSaturates() {
        #expect(ExactNumber(Int.min).negated.significand > 0)
    }
}
