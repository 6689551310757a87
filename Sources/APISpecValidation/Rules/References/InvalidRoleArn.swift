import APISpecCore

struct InvalidRoleArn: SharingRule {
    let id = "invalid-role-arn"
    let severity = Diagnostic.Severity.error
    let summary = "A function's `role` or an `aws` integration's `role` is not an IAM role ARN."
    let explanation = """
        A function's `role` (an existing execution role instead of the one
        apispec generates) and an `aws` integration's `role` (the role API
        Gateway assumes to call the service) are IAM role ARNs,
        `arn:aws:iam::<12-digit account>:role/<name>`, or a `${param:Name}`
        holding one. A role name alone, or another kind of ARN, fails at
        deployment.
        """
    var examples: [RuleExample] { [
        .triggering("""
            apispec: 1
            name: orders
            routes:
              POST /orders:
                aws: {service: sqs, action: SendMessage, role: ↓orders-api-role}
                auth: iam
            """),
        .nonTriggering("""
            apispec: 1
            name: orders
            parameters:
              QueueRole: {type: String}
            routes:
              POST /orders:
                aws: {service: sqs, action: SendMessage, role: "${param:QueueRole}"}
                auth: iam
              POST /shipments:
                aws: {service: states, action: StartExecution, role: "arn:aws:iam::123456789012:role/start"}
                auth: iam
            """),
    ] }

    func check(_ spec: Spec, shared: SharedWork, _ report: inout [Diagnostic]) {
        var roles: [Located<String>] = []
        // Functions read in place, by position: a loop over them copies each.
        let functions = spec.checkedFunctions
        for index in functions.indices {
            if let role = functions[index].settings.role { roles.append(Located(role, at: functions[index].provenance["role"])) }
        }
        roles += shared.value(of: RouteRoles.self, for: spec).roles
        for role in roles where !ArnPatterns.isRoleArn(role.value) && !role.value.containsReference {
            report.append(finding(
                "'\(role.value)' is not an IAM role ARN",
                at: role.location,
                hint: "write the role's ARN, `arn:aws:iam::<account>:role/<name>`, or pass it as `${param:Name}`"))
        }
    }
}
