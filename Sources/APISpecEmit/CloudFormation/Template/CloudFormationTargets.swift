/// The OpenAPI body inside the API resource points at this template's own resources:
/// functions by `Fn::Sub` on their logical ids (their alias when provisioned concurrency keeps
/// instances warm), parameters by `Ref`.
struct CloudFormationTargets: DeployTargets {
    let names: ResourceNames
    let templateText: TemplateText

    func lambdaInvokeURI(function: String) -> JSONValue {
        Intrinsic.lambdaInvocationURI(functionARN: invokedARN(function))
    }

    func authorizerURI(function: String) -> JSONValue { lambdaInvokeURI(function: function) }

    func awsServiceURI(_ resource: String) -> JSONValue {
        Intrinsic.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:" + templateText.subTemplate(resource))
    }

    func text(_ value: String) -> JSONValue { templateText.value(value) }

    /// `${ListPetsFunction.Arn}`, or `${ListPetsAlias}` (an alias's `Ref` is its ARN).
    func invokedARN(_ function: String) -> String {
        guard let ids = names.functions[function] else { return "${\(LogicalID.pascalCase(function))Function.Arn}" }
        if let alias = ids.alias { return "${\(alias)}" }
        return "${\(ids.function).Arn}"
    }
}
