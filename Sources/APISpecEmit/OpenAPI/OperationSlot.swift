import APISpecCore

/// Where one operation of the document goes, and the route behind it: plain numbers, so that
/// the list of every place is made, read and freed without a retain or release for each.
struct OperationPlace {
    /// The route whose key names the operation and its path parameters: a preflight's is
    /// the first route on its path.
    var namedAfter: Int
    /// The route's index in `spec.routes`; nil for a generated REST CORS preflight. An
    /// index, not a copy: a `Route` is several hundred bytes, and there is a slot per route.
    var route: Int?
    /// Whether the method is `OperationSlot.anyMethod` made of an ANY route: known where the
    /// place is made, and asked of each place several times.
    var isAnyMethod = false
    /// The number of its method (`get`, `post`, ... or `x-amazon-apigateway-any-method`) in
    /// `OperationPlaces.methods`.
    var method: Int32
    /// The number of its OpenAPI path key (`/pets/{petId}`, `/$default`) in `OperationPlaces.paths`.
    var path: Int32
}

/// What one operation of the document is given beside its place: its id, and its path
/// parameters. Its place is read where it is: a copy of it, made and destroyed for each
/// operation, cost some 300 instructions.
struct OperationSlot {
    /// As UTF-8 (`ClaimedOperationIDs`), written as a string value (`JSONSink.value(bytes:)`).
    var operationId: ArraySlice<UInt8>
    /// The route's path parameters as this operation declares them.
    var pathParameters: [String]
}

extension OperationSlot {
    /// OpenAPI's operations; ANY has no place among them, so API Gateway adds its own key.
    static let openAPIMethods = ["get", "put", "post", "delete", "options", "head", "patch"]
    static let anyMethod = "x-amazon-apigateway-any-method"
}
