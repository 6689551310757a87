import APISpecCore

extension OpenAPIBuilder {
    /// The spec's `x-` keys, passed through untouched (the escape hatch); a clean document
    /// drops API Gateway's own ones along with everything else AWS-specific.
    func passthrough(_ extensions: Extensions) -> JSONObject {
        var result: JSONObject = [:]
        for pair in extensions {
            let key = pair.keyText
            guard awsExtensions || !key.hasPrefix("x-amazon-apigateway-") else { continue }
            result[key] = JSONValue(yaml: pair.value)
        }
        return result
    }
}
