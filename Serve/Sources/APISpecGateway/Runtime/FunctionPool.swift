import Logging
import APISpecRunConfig

/// The processes of one function: warm ones are reused, at most `concurrency` run at once,
/// and callers beyond that wait for one to come free.
actor FunctionPool {
    let name: String
    let config: RunConfig.Function
    private let logger: Logger
    private var idle: [FunctionInstance] = []
    private var all: [FunctionInstance] = []
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var started = 0
    private var stopped = false

    init(name: String, config: RunConfig.Function, logger: Logger) {
        self.name = name
        self.config = config
        self.logger = logger
    }

    var functionArn: String {
        "arn:aws:lambda:\(config.environment["AWS_REGION"] ?? "us-east-1"):123456789012:function:\(name)"
    }

    struct Outcome: Sendable {
        var result: InvocationResult
        /// A new process was started for this call.
        var cold: Bool
    }

    func invoke(_ payload: [UInt8]) async -> Outcome {
        let (instance, cold, problem) = await acquire()
        guard let instance else {
            return Outcome(result: .failed(reason: problem ?? "gateway stopped"), cold: cold)
        }
        let invocation = Invocation(payload: payload, timeoutSeconds: config.timeout, functionArn: functionArn)
        let result = await instance.invoke(invocation)
        await release(instance)
        return Outcome(result: result, cold: cold)
    }

    private func acquire() async -> (FunctionInstance?, cold: Bool, problem: String?) {
        while !stopped {
            while let instance = idle.popLast() {
                if await instance.isAlive { return (instance, false, nil) }
                forget(instance)
            }
            if all.count < max(config.concurrency, 1) {
                started += 1
                let instance = FunctionInstance(name: name, config: config, logger: logger)
                all.append(instance)
                if let problem = await instance.start(instanceNumber: started) {
                    forget(instance)
                    return (nil, true, problem)
                }
                return (instance, true, nil)
            }
            await withCheckedContinuation { waiters.append($0) }
        }
        return (nil, false, nil)
    }

    private func release(_ instance: FunctionInstance) async {
        if await instance.isAlive, !stopped {
            idle.append(instance)
        } else {
            forget(instance)
        }
        if !waiters.isEmpty { waiters.removeFirst().resume() }
    }

    private func forget(_ instance: FunctionInstance) {
        all.removeAll { $0 === instance }
        idle.removeAll { $0 === instance }
    }

    func stop() async {
        stopped = true
        for instance in all { await instance.stop() }
        all = []
        idle = []
        for waiter in waiters { waiter.resume() }
        waiters = []
    }
}
