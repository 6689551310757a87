/// Waits for `work` at most `milliseconds`; nil when the time ran out first. The work itself
/// goes on (a Lambda function keeps running after API Gateway gave up on it).
func withDeadline<Value: Sendable>(milliseconds: Int, _ work: @escaping @Sendable () async -> Value) async -> Value? {
    let outcome = OneShot<Value?>()
    Task { outcome.deliver(await work()) }
    let timer = Task {
        try? await Task.sleep(for: .milliseconds(milliseconds))
        if !Task.isCancelled { outcome.deliver(nil) }
    }
    let value = await outcome.value
    timer.cancel()
    return value
}
