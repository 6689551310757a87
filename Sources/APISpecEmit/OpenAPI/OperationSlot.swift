import APISpecCore

/// Where one operation of the document goes, and the route behind it.
struct OperationPlace {
    /// The OpenAPI path key (`/pets/{petId}`, `/$default`).
    var path: String
    /// `get`, `post`, ... or `x-amazon-apigateway-any-method`.
    var method: String
    /// The route's index in `spec.routes`; nil for a generated REST CORS preflight. An
    /// index, not a copy: a `Route` is several hundred bytes, and there is a slot per route.
    var route: Int?
    /// The route whose key names the operation and its path parameters: a preflight's is
    /// the first route on its path.
    var namedAfter: Int
    /// Whether `method` is `OperationSlot.anyMethod`: known where the place is made, and asked
    /// of each place several times (comparing strings that differ costs a call).
    var isAnyMethod = false
}

/// What one operation of the document is given beside its place: its id, and its path
/// parameters. Its place is read where it is: a copy of it, made and destroyed for each
/// operation, cost some 300 instructions.
struct OperationSlot {
    var operationId: String
    /// The route's path parameters as this operation declares them.
    var pathParameters: [String]
}

extension OperationSlot {
    /// OpenAPI's operations; ANY has no place among them, so API Gateway adds its own key.
    static let openAPIMethods = ["get", "put", "post", "delete", "options", "head", "patch"]
    static let anyMethod = "x-amazon-apigateway-any-method"
}
