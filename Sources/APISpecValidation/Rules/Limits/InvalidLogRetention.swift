import APISpecCore

struct InvalidLogRetention: Rule {
    let id = "invalid-log-retention"
    let severity = Diagnostic.Severity.error
    let summary = "A log retention is not one of the periods CloudWatch Logs offers."
    let explanation = """
        CloudWatch Logs keeps log groups for one of a fixed set of periods: 1,
        3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827,
        2192, 2557, 2922, 3288 or 3653 days. Any other number, in a function's
        `logRetentionDays` or a stage's `accessLog.retentionDays`, fails at
        deployment.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list, logRetentionDays: ↓10}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod:
                accessLog: {format: json, retentionDays: ↓100}
            """),
        .nonTriggering("""
            apispec: 1
            name: pets
            functions:
              listPets: {runtime: python3.12, handler: app.list, logRetentionDays: 14}
            routes:
              GET /pets: {function: listPets, auth: none}
            stages:
              prod:
                accessLog: {format: json, retentionDays: 90}
            """),
    ] }

    static let periods = [
        1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
    ]

    func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        // Functions read in place, by position: a loop over them copies each.
        let functions = spec.checkedFunctions
        for index in functions.indices {
            if let days = functions[index].settings.logRetentionDays {
                check(days, at: functions[index].provenance["logRetentionDays"], &report)
            }
        }
        for stage in spec.checkedStages {
            if let log = stage.accessLog, let days = log.retentionDays {
                check(days, at: log.provenance["retentionDays"], &report)
            }
        }
    }

    /// `location` is found only for a finding: looking a field up costs more than the check.
    private func check(_ days: Int, at location: @autoclosure () -> SourceLocation, _ report: inout [Diagnostic]) {
        guard !Self.periods.contains(days) else { return }
        // Clamped so that absurd values cannot overflow the distance.
        let wanted = min(max(days, 0), 10_000)
        let nearest = Self.periods.min { abs($0 - wanted) < abs($1 - wanted) } ?? 14
        report.append(finding(
            "CloudWatch Logs cannot keep logs for \(days) days",
            at: location(),
            hint: "use one of CloudWatch's periods, such as \(nearest)"))
    }
}
