/// Turns the bytes of a text file into a `String`, refusing what is not text.
///
/// UTF-8 with or without a byte-order mark; UTF-16 only with a BOM (the one way to tell it
/// apart). Invalid UTF-8 is an error with the byte offset, never replaced silently, because a
/// replaced character in a glossary or a translation memory is data lost.
public enum TextDecoder {
    public static func decode(_ bytes: [UInt8], source: String) throws(FormatError) -> String {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            return try decodeUTF16(bytes, bigEndian: bytes[0] == 0xFE, source: source)
        }
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let body = bytes[start...]
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }) {
            throw .emptyInput(source: source)
        }
        if let offset = binaryByteOffset(body) { throw .binaryInput(source: source, byteOffset: offset) }

        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(body.count)
        var iterator = body.makeIterator()
        var decoder = UTF8()
        var offset = start
        var line = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                scalars.append(scalar)
                offset += UTF8.width(scalar)
                if scalar == "\n" { line += 1 }
            case .emptyInput:
                break loop
            case .error:
                throw .invalidUTF8(source: source, byteOffset: offset, line: line)
            }
        }
        return String(scalars)
    }

    /// The offset of the first byte that text never contains: NUL, or C0 controls other than
    /// tab, line feed, form feed, carriage return and escape.
    static func binaryByteOffset(_ bytes: ArraySlice<UInt8>) -> Int? {
        for index in bytes.indices {
            let b = bytes[index]
            if b < 0x20, b != 0x09, b != 0x0A, b != 0x0C, b != 0x0D, b != 0x1B { return index }
            if b == 0x7F { return index }
        }
        return nil
    }

    static func decodeUTF16(_ bytes: [UInt8], bigEndian: Bool, source: String) throws(FormatError) -> String {
        guard bytes.count % 2 == 0 else { throw .invalidUTF16(source: source, byteOffset: bytes.count - 1) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var i = 2
        while i + 1 < bytes.count {
            units.append(bigEndian ? UInt16(bytes[i]) << 8 | UInt16(bytes[i + 1]) : UInt16(bytes[i + 1]) << 8 | UInt16(bytes[i]))
            i += 2
        }
        var scalars = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var offset = 2
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar.value == 0 { throw .binaryInput(source: source, byteOffset: offset) }
                scalars.append(scalar)
                offset += UTF16.width(scalar) * 2
            case .emptyInput: break loop
            case .error: throw .invalidUTF16(source: source, byteOffset: offset)
            }
        }
        let text = String(scalars)
        if text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .emptyInput(source: source) }
        return text
    }
}
