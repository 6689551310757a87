/// Lambda's managed runtimes and their lifecycle, from AWS's runtime tables
/// (docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html, "Supported runtimes" and
/// "Deprecated runtimes"), as published when this table was last checked (`asOf`).
/// Runtimes are judged as of that day, not today's clock, so a spec validates the
/// same way on every machine until the table is updated; update `asOf` with it.
/// Dates are UTC, `yyyy-mm-dd`, so they compare as strings.
enum LambdaRuntimes {
    struct Lifecycle: Sendable {
        /// When Lambda stopped patching the runtime (end of standard support).
        var deprecated: String
        /// When Lambda stopped accepting new functions with it; nil when not yet announced.
        var blockCreate: String?
    }

    enum Status: Equatable {
        case supported
        case deprecated(since: String)
        case noLongerCreatable(since: String)
        case unknown
    }

    static let asOf = "2026-11-25"

    static func status(of runtime: String) -> Status {
        guard let lifecycle = table[runtime] else { return .unknown }
        if let blocked = lifecycle.blockCreate, blocked <= asOf { return .noLongerCreatable(since: blocked) }
        if lifecycle.deprecated <= asOf { return .deprecated(since: lifecycle.deprecated) }
        return .supported
    }

    /// The newest runtime of the same language, to suggest as a replacement.
    static func successor(of runtime: String) -> String? {
        let family = runtime.prefix { $0.isLetter }
        return table.filter { $0.key.hasPrefix(family) && status(of: $0.key) == .supported }
            .max { ($0.value.deprecated, $0.key) < ($1.value.deprecated, $1.key) }?.key
    }

    static let table: [String: Lifecycle] = [
        // Supported (projected deprecation dates; creation blocks not announced).
        "nodejs24.x": Lifecycle(deprecated: "2028-04-30"),
        "nodejs22.x": Lifecycle(deprecated: "2027-04-30"),
        "nodejs20.x": Lifecycle(deprecated: "2026-04-30"),
        "python3.14": Lifecycle(deprecated: "2029-06-30"),
        "python3.13": Lifecycle(deprecated: "2029-06-30"),
        "python3.12": Lifecycle(deprecated: "2028-10-31"),
        "python3.11": Lifecycle(deprecated: "2026-06-30"),
        "python3.10": Lifecycle(deprecated: "2026-06-30"),
        "python3.9": Lifecycle(deprecated: "2025-12-15"),
        "java25": Lifecycle(deprecated: "2029-06-30"),
        "java21": Lifecycle(deprecated: "2029-06-30"),
        "java17": Lifecycle(deprecated: "2026-06-30"),
        "java11": Lifecycle(deprecated: "2026-06-30"),
        "java8.al2": Lifecycle(deprecated: "2026-06-30"),
        "dotnet10": Lifecycle(deprecated: "2028-11-14"),
        "dotnet8": Lifecycle(deprecated: "2026-11-10"),
        "ruby3.4": Lifecycle(deprecated: "2028-03-31"),
        "ruby3.3": Lifecycle(deprecated: "2027-03-31"),
        "ruby3.2": Lifecycle(deprecated: "2026-03-31"),
        "provided.al2023": Lifecycle(deprecated: "2029-06-30"),
        "provided.al2": Lifecycle(deprecated: "2026-06-30"),
        // Deprecated, with the day Lambda stopped creating functions on them.
        "nodejs18.x": Lifecycle(deprecated: "2025-09-01", blockCreate: "2025-10-01"),
        "nodejs16.x": Lifecycle(deprecated: "2024-06-12", blockCreate: "2025-10-01"),
        "nodejs14.x": Lifecycle(deprecated: "2023-12-04", blockCreate: "2024-01-09"),
        "nodejs12.x": Lifecycle(deprecated: "2023-03-31", blockCreate: "2023-03-31"),
        "nodejs10.x": Lifecycle(deprecated: "2021-07-30", blockCreate: "2021-07-30"),
        "nodejs8.10": Lifecycle(deprecated: "2020-03-06", blockCreate: "2020-03-06"),
        "nodejs6.10": Lifecycle(deprecated: "2019-08-12", blockCreate: "2019-08-12"),
        "nodejs4.3-edge": Lifecycle(deprecated: "2020-03-05", blockCreate: "2019-04-30"),
        "nodejs4.3": Lifecycle(deprecated: "2020-03-05", blockCreate: "2020-03-05"),
        "nodejs": Lifecycle(deprecated: "2016-10-31", blockCreate: "2016-10-31"),
        "python3.8": Lifecycle(deprecated: "2024-10-14", blockCreate: "2025-10-01"),
        "python3.7": Lifecycle(deprecated: "2023-12-04", blockCreate: "2024-01-09"),
        "python3.6": Lifecycle(deprecated: "2022-07-18", blockCreate: "2022-07-18"),
        "python2.7": Lifecycle(deprecated: "2021-07-15", blockCreate: "2021-07-15"),
        "java8": Lifecycle(deprecated: "2024-01-08", blockCreate: "2024-02-08"),
        "dotnet7": Lifecycle(deprecated: "2024-05-14", blockCreate: "2024-05-14"),
        "dotnet6": Lifecycle(deprecated: "2024-11-12", blockCreate: "2025-10-01"),
        "dotnet5.0": Lifecycle(deprecated: "2022-05-10", blockCreate: "2022-05-10"),
        "dotnetcore3.1": Lifecycle(deprecated: "2023-04-03", blockCreate: "2023-04-03"),
        "dotnetcore2.1": Lifecycle(deprecated: "2022-01-05", blockCreate: "2022-01-05"),
        "dotnetcore2.0": Lifecycle(deprecated: "2019-05-30", blockCreate: "2019-05-30"),
        "dotnetcore1.0": Lifecycle(deprecated: "2019-06-27", blockCreate: "2019-07-30"),
        "ruby2.7": Lifecycle(deprecated: "2023-12-07", blockCreate: "2024-01-09"),
        "ruby2.5": Lifecycle(deprecated: "2021-07-30", blockCreate: "2021-07-30"),
        "go1.x": Lifecycle(deprecated: "2024-01-08", blockCreate: "2024-02-08"),
        "provided": Lifecycle(deprecated: "2024-01-08", blockCreate: "2024-02-08"),
    ]
}
