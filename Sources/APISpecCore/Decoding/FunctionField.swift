/// Function settings' keys, in the order `KnownKeys.functionSettings` lists them (a test keeps
/// the two in step): the decoder reads each function's by its place in that list rather than
/// by its name, seventeen for every function.
enum FunctionField: Int, CaseIterable {
    case runtime, handler, code, description, memory, timeout, architecture, ephemeralStorage, environment,
         provisionedConcurrency, reservedConcurrency, layers, policies, role, tracing, logRetentionDays, tags
}
