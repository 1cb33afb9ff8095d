internal import CLibXML2

/// Collects libxml2's messages for one reader instead of letting libxml2 print them; the TMX,
/// TBX and XLIFF readers all install it with `xmlErrorSinkCallback`.
final class XMLErrorSink {
    struct Message { var message: String; var line: Int?; var column: Int? }
    var fatal: Message?
    var warnings: [Message] = []

    func takeWarnings() -> [Message] {
        guard !warnings.isEmpty else { return [] }
        defer { warnings = [] }
        return warnings
    }
}

/// The structured-error callback for `xmlTextReaderSetStructuredErrorHandler`; its context is
/// an unretained `XMLErrorSink`. The first fatal error is kept, everything else is a warning.
let xmlErrorSinkCallback: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let sink = Unmanaged<XMLErrorSink>.fromOpaque(context).takeUnretainedValue()
    var message = error.pointee.message.map { String(cString: $0) } ?? "unknown XML error"
    while message.last == "\n" || message.last == " " { message.removeLast() }
    let line = Int(error.pointee.line)
    let column = Int(error.pointee.int2)
    let entry = XMLErrorSink.Message(message: message, line: line > 0 ? line : nil, column: column > 0 ? column : nil)
    if error.pointee.level == XML_ERR_FATAL {
        if sink.fatal == nil { sink.fatal = entry }
    } else {
        sink.warnings.append(entry)
    }
}
