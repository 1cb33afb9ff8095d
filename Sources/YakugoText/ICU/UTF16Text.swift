/// A text as the UTF-16 buffer ICU wants, with a map from UTF-16 offsets back to scalar offsets.
struct UTF16Text {
    let units: [UInt16]
    /// `scalarOffset[i]` is the scalar index of the scalar that starts at or contains UTF-16 unit i;
    /// one extra entry maps `units.count` to the scalar count. Empty when every scalar is one unit.
    private let scalarOffset: [Int32]

    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var units: [UInt16] = []
        var map: [Int32] = []
        var needsMap = false
        var index: Int32 = 0
        for scalar in scalars {
            if scalar.value > 0xFFFF {
                if !needsMap {
                    needsMap = true
                    map = (0..<Int32(units.count)).map { $0 }
                }
                for unit in UTF16.encode(scalar)! { units.append(unit); map.append(index) }
            } else {
                units.append(UInt16(scalar.value))
                if needsMap { map.append(index) }
            }
            index += 1
        }
        if needsMap { map.append(index) }
        self.units = units
        self.scalarOffset = map
    }

    init(_ string: String) {
        self.init(scalars: string.unicodeScalars)
    }

    /// The scalar offset of a UTF-16 offset returned by ICU.
    func scalarIndex(ofUTF16 offset: Int) -> Int {
        scalarOffset.isEmpty ? offset : Int(scalarOffset[offset])
    }
}
