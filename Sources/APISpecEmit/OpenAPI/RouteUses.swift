import APISpecCore

/// What the document's parts outside its paths ask of its routes as a whole: whether any
/// uses IAM or an API key, which request validators they need, whether any has a request
/// body. Found in one pass over the routes, read in place: a pass for each question copied
/// every route each time (five passes over a REST API's routes).
struct RouteUses {
    private(set) var iam = false
    private(set) var apiKey = false
    private(set) var requestBodies = false
    /// The validators routes need, in `RequestValidator.allCases` order.
    private(set) var validators: [RequestValidator] = []

    /// `routes`: indices in `spec.routes`.
    init(_ routes: [Int], of spec: Spec) {
        var needed = Set<RequestValidator>()
        for index in routes {
            if case .iam? = spec.routes[index].auth?.value { iam = true }
            if spec.routes[index].apiKeyRequired == true { apiKey = true }
            guard let request = spec.routes[index].request else { continue }
            if request.body != nil { requestBodies = true }
            if let validator = RequestValidator(request) { needed.insert(validator) }
        }
        validators = RequestValidator.allCases.filter { needed.contains($0) }
    }
}
