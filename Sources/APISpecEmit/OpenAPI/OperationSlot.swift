import APISpecCore

/// One operation of the document: where it goes, its id, and the route behind it.
struct OperationSlot {
    /// The OpenAPI path key (`/pets/{petId}`, `/$default`).
    var path: String
    /// `get`, `post`, ... or `x-amazon-apigateway-any-method`.
    var method: String
    var operationId: String
    /// The route's index in `spec.routes`; nil for a generated REST CORS preflight. An
    /// index, not a copy: a `Route` is several hundred bytes, and there is a slot per route.
    var route: Int?
    /// The route's path parameters as this operation declares them.
    var pathParameters: [String]
}

extension OperationSlot {
    /// OpenAPI's operations; ANY has no place among them, so API Gateway adds its own key.
    static let openAPIMethods = ["get", "put", "post", "delete", "options", "head", "patch"]
    static let anyMethod = "x-amazon-apigateway-any-method"
}
