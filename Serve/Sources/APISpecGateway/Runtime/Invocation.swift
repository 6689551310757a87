import Foundation

/// One call of a function, as the Runtime API hands it to the process.
struct Invocation: Sendable {
    let requestId: String
    let payload: [UInt8]
    /// Milliseconds since 1970 when the function's own timeout ends the process.
    let deadlineMilliseconds: Int64
    let functionArn: String

    init(payload: [UInt8], timeoutSeconds: Int, functionArn: String) {
        self.requestId = UUID().uuidString.lowercased()
        self.payload = payload
        self.deadlineMilliseconds = Int64((Date().timeIntervalSince1970 + Double(timeoutSeconds)) * 1000)
        self.functionArn = functionArn
    }
}

/// How an invocation ended, in Lambda's terms.
enum InvocationResult: Sendable, Equatable {
    /// The function answered through `/response`.
    case success([UInt8])
    /// The function reported an error through `/error` or `/init/error`.
    case functionError(type: String, body: [UInt8])
    /// The process ended, hung past its timeout, or never started; `reason` is for the log.
    case failed(reason: String)
}
