import APISpecCore

/// REST request validators: API Gateway checks only what a route's `request` declares.
enum RequestValidator: String, CaseIterable {
    case bodyAndParameters = "body-and-parameters"
    case body = "body-only"
    case parameters = "parameters-only"

    init?(_ request: RequestValidation?) {
        guard let request else { return nil }
        switch (request.body != nil, !request.parameters.isEmpty) {
        case (true, true): self = .bodyAndParameters
        case (true, false): self = .body
        case (false, true): self = .parameters
        case (false, false): return nil
        }
    }

    /// An entry of `x-amazon-apigateway-request-validators`.
    var definition: JSONValue {
        ["validateRequestBody": .bool(self != .parameters), "validateRequestParameters": .bool(self != .body)]
    }
}
