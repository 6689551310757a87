import Foundation
import Logging
import APISpecRunConfig

/// One process of one function, with its own Runtime API endpoint. It runs one invocation
/// at a time; the pool reuses it while it lives (a warm start).
actor FunctionInstance {
    let name: String
    let config: RunConfig.Function
    private let logger: Logger
    private var process: Process?
    private var server: Task<Void, Never>?
    /// The process is waiting in `invocation/next`.
    private var waitingForNext: CheckedContinuation<Invocation?, Never>?
    /// Handed over before the process asked for it.
    private var queued: Invocation?
    private var current: (invocation: Invocation, done: CheckedContinuation<InvocationResult, Never>)?
    private var watchdog: Task<Void, Never>?
    /// An `init/error` that came before any invocation: the next one fails with it.
    private var initError: InvocationResult?
    private(set) var isAlive = true

    init(name: String, config: RunConfig.Function, logger: Logger) {
        self.name = name
        self.config = config
        self.logger = logger
    }

    /// Starts the Runtime API and the process; a problem here is reported as the invocation's failure.
    func start(instanceNumber: Int) async -> String? {
        guard let command = config.command else {
            isAlive = false
            return "no local command for runtime '\(config.runtime ?? "none")'; set local.functions.\(name).command"
        }
        var environment = ProcessInfo.processInfo.environment
        for entry in config.environment.entries { environment[entry.key] = entry.value }
        guard let resolved = CommandResolver.resolve(command, workingDirectory: config.workingDirectory, environment: environment) else {
            isAlive = false
            return "cannot find '\(command.first ?? "")' to start function \(name)"
        }
        do {
            var quiet = logger
            quiet.logLevel = .error
            let (port, task) = try await RuntimeAPIServer.start(for: self, logger: quiet)
            server = task
            environment["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:\(port)"
            environment["AWS_LAMBDA_LOG_STREAM_NAME"] = "local/[$LATEST]\(name)-\(instanceNumber)"
            let process = Process()
            process.executableURL = resolved.executable
            process.arguments = resolved.arguments
            process.environment = environment
            process.currentDirectoryURL = URL(fileURLWithPath: config.workingDirectory)
            // Function logs go where the gateway's own log goes, as they would to CloudWatch.
            process.standardOutput = FileHandle.standardError
            process.standardError = FileHandle.standardError
            process.standardInput = FileHandle.nullDevice
            process.terminationHandler = { [weak self] ended in
                let status = ended.terminationStatus
                Task { await self?.processExited(status: status) }
            }
            try process.run()
            self.process = process
            return nil
        } catch {
            stop()
            return "cannot start function \(name): \(error)"
        }
    }

    /// Runs one invocation to its end: an answer, an error, a crash, or the function's timeout.
    func invoke(_ invocation: Invocation) async -> InvocationResult {
        if let initError { return initError }
        guard isAlive else { return .failed(reason: "process already ended") }
        return await withCheckedContinuation { done in
            current = (invocation, done)
            if let waiter = waitingForNext {
                waitingForNext = nil
                waiter.resume(returning: invocation)
            } else {
                queued = invocation
            }
            let seconds = config.timeout
            watchdog = Task { [weak self] in
                try? await Task.sleep(for: .seconds(seconds))
                if !Task.isCancelled { await self?.timedOut(invocation.requestId) }
            }
        }
    }

    // MARK: Runtime API

    func nextInvocation() async -> Invocation? {
        if let invocation = queued {
            queued = nil
            return invocation
        }
        guard isAlive, waitingForNext == nil else { return nil }
        return await withCheckedContinuation { waitingForNext = $0 }
    }

    /// False when `requestId` is not the invocation in progress.
    func complete(_ requestId: String, with result: InvocationResult) -> Bool {
        guard current?.invocation.requestId == requestId else { return false }
        finish(result)
        return true
    }

    func initFailed(type: String, body: [UInt8]) {
        logger.error("function \(name) failed to initialize: \(type)")
        let result = InvocationResult.functionError(type: type, body: body)
        if current != nil { finish(result) } else { initError = result }
    }

    // MARK: Ending

    private func timedOut(_ requestId: String) {
        guard current?.invocation.requestId == requestId else { return }
        logger.error("function \(name) timed out after \(config.timeout) s; ending its process")
        stop()
        finish(.failed(reason: "Task timed out after \(config.timeout).00 seconds"))
    }

    private func processExited(status: Int32) {
        guard isAlive else { return }
        isAlive = false
        server?.cancel()
        waitingForNext?.resume(returning: nil)
        waitingForNext = nil
        if current != nil {
            finish(.failed(reason: "Runtime exited with error: exit status \(status)"))
        }
    }

    private func finish(_ result: InvocationResult) {
        watchdog?.cancel()
        watchdog = nil
        queued = nil
        current?.done.resume(returning: result)
        current = nil
    }

    /// Ends the process (and everything it started) and the Runtime API.
    func stop() {
        isAlive = false
        if let process, process.isRunning {
            // Foundation starts each process in its own group: ending the group also ends
            // whatever the process started (a `bootstrap` script's children).
            kill(-process.processIdentifier, SIGKILL)
            kill(process.processIdentifier, SIGKILL)
        }
        server?.cancel()
        waitingForNext?.resume(returning: nil)
        waitingForNext = nil
        if current != nil { finish(.failed(reason: "gateway stopped")) }
    }
}
