import APISpecCore

/// What the document's parts outside its paths ask of its routes as a whole: whether any
/// uses IAM or an API key, which request validators they need, whether any has a request
/// body. Found in one pass over the routes, read in place: a pass for each question copied
/// every route each time (five passes over a REST API's routes). With AWS extensions, the
/// pass that finds the document's routes (`OpenAPIBuilder.emittedRoutesAndUses()`).
struct RouteUses {
    private(set) var iam = false
    private(set) var apiKey = false
    private(set) var requestBodies = false
    private var needed = Set<RequestValidator>()

    init() {}

    /// `routes`: indices in `spec.routes`.
    init(_ routes: [Int], of spec: Spec) {
        for index in routes { add(index, of: spec) }
    }

    /// Notes what the route at `index` in `spec.routes` uses, read in place.
    mutating func add(_ index: Int, of spec: Spec) {
        if case .iam? = spec.routes[index].auth?.value { iam = true }
        if spec.routes[index].apiKeyRequired == true { apiKey = true }
        guard let request = spec.routes[index].request else { return }
        if request.body != nil { requestBodies = true }
        if let validator = RequestValidator(request) { needed.insert(validator) }
    }

    /// The validators routes need, in `RequestValidator.allCases` order.
    var validators: [RequestValidator] {
        RequestValidator.allCases.filter { needed.contains($0) }
    }
}
