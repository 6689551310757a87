import APISpecCore

/// REST and WebSocket APIs write execution and access logs through one role set on the
/// account and region (`AWS::ApiGateway::Account`), not per API. The template sets it when a
/// stage logs, and retains both on stack deletion: other APIs in the account rely on it.
enum CloudWatchRole {
    /// Adds the role and account setting when some emitted stage logs; returns the account
    /// setting's logical id, which logging stages depend on.
    static func addIfNeeded(to assembly: TemplateAssembly) -> String? {
        guard assembly.spec.apiProtocol != .http, assembly.stages.values.contains(where: logs) else { return nil }
        let role = assembly.claim("ApiGatewayCloudWatch", suffix: "Role")
        let account = assembly.claim("ApiGateway", suffix: "Account")
        assembly.add(role, Resource(
            type: "AWS::IAM::Role",
            properties: [
                "AssumeRolePolicyDocument": PolicyDocument.assumeRole(service: "apigateway.amazonaws.com"),
                "ManagedPolicyArns": [
                    Intrinsic.sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs"),
                ],
            ],
            retain: true))
        assembly.add(account, Resource(
            type: "AWS::ApiGateway::Account",
            properties: ["CloudWatchRoleArn": Intrinsic.getAtt(role, "Arn")],
            dependsOn: [assembly.api],
            retain: true))
        return account
    }

    /// A logging stage must wait for the account's role, or API Gateway refuses its settings.
    static func dependency(of stage: Stage, account: String?) -> [String] {
        guard let account, logs(stage) else { return [] }
        return [account]
    }

    private static func logs(_ stage: Stage) -> Bool {
        stage.accessLog != nil || (stage.logging.map { $0 != .off } ?? false)
    }
}
