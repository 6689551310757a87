import Logging
import APISpecRunConfig

/// Every function's pool, by name.
final class FunctionRunner: Sendable {
    private let pools: [String: FunctionPool]

    init(functions: OrderedMap<RunConfig.Function>, logger: Logger) {
        var pools: [String: FunctionPool] = [:]
        for entry in functions.entries {
            pools[entry.key] = FunctionPool(name: entry.key, config: entry.value, logger: logger)
        }
        self.pools = pools
    }

    func invoke(_ function: String, payload: [UInt8]) async -> FunctionPool.Outcome {
        guard let pool = pools[function] else {
            return FunctionPool.Outcome(result: .failed(reason: "function \(function) is not in the run config"), cold: false)
        }
        return await pool.invoke(payload)
    }

    /// Ends every function process (Ctrl-C, shutdown).
    func stop() async {
        for pool in pools.values { await pool.stop() }
    }
}
