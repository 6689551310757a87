import APISpecCore
import OrderedCollections

/// Builds one stage's OpenAPI 3.0.1 document for a REST or HTTP API. Used standalone by
/// `emit --openapi` and as the API's `Body` by the CloudFormation emitter; `targets` says
/// how to point at what only the deployment knows.
public struct OpenAPIBuilder {
    public let spec: Spec
    public let stage: String
    public let targets: any DeployTargets
    /// False for a clean document (documentation portals, client generators): no `x-amazon-apigateway-*`.
    public let awsExtensions: Bool

    public init(spec: Spec, stage: String, targets: any DeployTargets, awsExtensions: Bool) {
        self.spec = spec
        self.stage = stage
        self.targets = targets
        self.awsExtensions = awsExtensions
    }

    /// API Gateway imports OpenAPI 3.0.1.
    public static let openAPIVersion = "3.0.1"

    public func build() -> JSONValue {
        var document: OrderedDictionary<String, JSONValue> = [
            "openapi": .string(Self.openAPIVersion),
            "info": info,
        ]
        document["paths"] = .object([:])
        return .object(document)
    }

    private var info: JSONValue {
        var info: OrderedDictionary<String, JSONValue> = ["title": .string(spec.name)]
        if let description = spec.description { info["description"] = .string(description) }
        info["version"] = .string(String(spec.version))
        return .object(info)
    }
}
