import OrderedCollections

/// The OpenAPI body inside the API resource points at this template's own resources:
/// functions by `Fn::Sub` on their logical ids (their alias when provisioned concurrency keeps
/// instances warm), parameters by `Ref`.
struct CloudFormationTargets: DeployTargets {
    /// The functions' names in spec order, and their ids (`ResourceNames.functionIDs`), not all
    /// of `ResourceNames`: the OpenAPI body's paths, made after the rest of the template, hold
    /// these targets, and a copy of the id allocator held there made the next id claimed copy
    /// every id taken (130,000 at 100,000 routes).
    let functionNames: OrderedSet<String>
    let functionIDs: [ResourceNames.FunctionIDs]
    let templateText: TemplateText

    func lambdaInvokeURI(function: String) -> JSONValue {
        Intrinsic.lambdaInvocationURI(functionARN: invokedARN(function))
    }

    func authorizerURI(function: String) -> JSONValue { lambdaInvokeURI(function: function) }

    func awsServiceURI(_ resource: String) -> JSONValue {
        Intrinsic.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:" + templateText.subTemplate(resource))
    }

    func text(_ value: String) -> JSONValue { templateText.value(value) }

    /// A user pool ARN given as a parameter is split at deploy time: the issuer is
    /// `https://cognito-idp.<region>.<URL suffix>/<pool id>`. A written ARN is read here, as
    /// the standalone document reads it.
    func cognitoIssuer(userPoolARN: String) -> JSONValue {
        guard SpecString(userPoolARN).hasReferences else { return StandaloneTargets().cognitoIssuer(userPoolARN: userPoolARN) }
        let arn = templateText.value(userPoolARN)
        return ["Fn::Join": ["", [
            "https://cognito-idp.",
            ["Fn::Select": [3, ["Fn::Split": [":", arn]]]],
            ".", Intrinsic.ref("AWS::URLSuffix"), "/",
            ["Fn::Select": [1, ["Fn::Split": ["/", arn]]]],
        ]]]
    }

    /// `${ListPetsFunction.Arn}`, or `${ListPetsAlias}` (an alias's `Ref` is its ARN).
    func invokedARN(_ function: String) -> String {
        guard let index = functionNames.firstIndex(of: function) else { return "${\(LogicalID.pascalCase(function))Function.Arn}" }
        let ids = functionIDs[index]
        if let alias = ids.alias { return UTF8Bytes.joined("${", alias, "}") }
        return UTF8Bytes.joined("${", ids.function, ".Arn}")
    }
}
