extension RunConfig {
    /// How to start one Lambda function locally and what Lambda promises it.
    public struct Function: Decodable, Sendable, Equatable {
        public var runtime: String?
        public var handler: String
        /// argv of the process; its first word `python3` is resolved at start (see docs/local.md).
        /// Nil when no local command is known for the runtime: invoking it then fails with a message.
        public var command: [String]?
        public var workingDirectory: String
        /// The function's own variables plus Lambda's reserved ones; `serve` adds the per-process
        /// `AWS_LAMBDA_RUNTIME_API` and `AWS_LAMBDA_LOG_STREAM_NAME`.
        public var environment: OrderedMap<String>
        /// Seconds; the process is ended when an invocation runs longer, as Lambda does.
        public var timeout: Int
        /// MB; reported to the function, not enforced.
        public var memory: Int
        /// The most processes of this function running at once.
        public var concurrency: Int

        public init(
            runtime: String?, handler: String, command: [String]?, workingDirectory: String,
            environment: OrderedMap<String>, timeout: Int, memory: Int, concurrency: Int
        ) {
            self.runtime = runtime
            self.handler = handler
            self.command = command
            self.workingDirectory = workingDirectory
            self.environment = environment
            self.timeout = timeout
            self.memory = memory
            self.concurrency = concurrency
        }
    }
}
