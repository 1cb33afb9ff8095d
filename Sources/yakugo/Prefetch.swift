import Foundation

/// A value computed on another thread while the caller goes on: ENAMDICT loads while EDICT
/// loads and the articles are aligned, on a machine with two cores or more.
final class Prefetch<Value: Sendable>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the worker before it signals, read only after the wait.
    private var result: Value?

    init(_ work: @escaping @Sendable () -> Value) {
        let thread = Thread { [self] in
            result = work()
            done.signal()
        }
        thread.start()
    }

    /// The value, waiting for the worker if it is still running (once).
    lazy var value: Value = {
        done.wait()
        return result!
    }()
}
