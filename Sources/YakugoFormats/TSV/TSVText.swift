/// Writing tab-separated cells: one record a line, so tabs and line breaks inside text are
/// escaped (`\t`, `\n`, `\r`), and the backslash first (`\\`) so the escaping stays reversible.
public enum TSVText {
    public static func cell(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "\\" || $0 == "\t" || $0 == "\n" || $0 == "\r" }) else { return text }
        var view = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": view.append(contentsOf: "\\\\".unicodeScalars)
            case "\t": view.append(contentsOf: "\\t".unicodeScalars)
            case "\n": view.append(contentsOf: "\\n".unicodeScalars)
            case "\r": view.append(contentsOf: "\\r".unicodeScalars)
            default: view.append(scalar)
            }
        }
        return String(view)
    }
}
