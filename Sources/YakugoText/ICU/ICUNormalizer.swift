internal import CICU

/// ICU's Normalizer2 instances (NFC, NFKC, NFKC_Casefold) over UTF-16 buffers.
struct ICUNormalizer: @unchecked Sendable {
    enum Form: Int32 { case nfc = 0, nfkc = 1, nfd = 2, nfkd = 3, nfkcCasefold = 4 }

    // ICU's normalizer instances are immutable singletons owned by ICU, safe to share.
    private let instance: UnsafeRawPointer?
    /// Whether this form also folds case (NFKC_Casefold).
    let foldsCase: Bool

    static let nfc = ICUNormalizer(.nfc)
    static let nfkc = ICUNormalizer(.nfkc)
    static let nfkcCasefold = ICUNormalizer(.nfkcCasefold)

    private init(_ form: Form) {
        var status: Int32 = 0
        let n = yk_unorm2_instance(form.rawValue, &status)
        instance = yk_failed(status) != 0 ? nil : n
        foldsCase = form == .nfkcCasefold
    }

    /// Whether normalization never combines this scalar with the one before it, so a text may be
    /// cut before it and each part normalized alone.
    func hasBoundaryBefore(_ scalar: Unicode.Scalar) -> Bool {
        guard let instance else { return true }
        return yk_unorm2_has_boundary_before(instance, Int32(bitPattern: scalar.value)) != 0
    }

    /// The normalized form of a run of scalars; the input unchanged if ICU fails (it only does
    /// when its data is missing).
    func normalize(_ scalars: ArraySlice<Unicode.Scalar>) -> [Unicode.Scalar] {
        guard let instance else { return Array(scalars) }
        let source = UTF16Text(scalars: scalars).units
        var capacity = source.count * 3 + 8
        while true {
            var status: Int32 = 0
            var destination = [UInt16](repeating: 0, count: capacity)
            let length = source.withUnsafeBufferPointer { src in
                destination.withUnsafeMutableBufferPointer { dst in
                    yk_unorm2_normalize(instance, src.baseAddress, Int32(src.count), dst.baseAddress, Int32(dst.count), &status)
                }
            }
            if yk_failed(status) != 0 {
                if Int(length) > capacity { capacity = Int(length) + 8; continue }
                return Array(scalars)
            }
            return Array(String(decoding: destination[0..<Int(length)], as: UTF16.self).unicodeScalars)
        }
    }
}
