import APISpecCore

/// The texts of the parts of an operation that the next operations of a document may repeat,
/// each the last of its kind (`RepeatedValues`): a path's parameters (the next method of the
/// path, its CORS preflight), a proxy's responses (the next route to the same backend), a
/// security requirement, and a REST API's CORS preflights' members after their parameters
/// (the same for every path with the same methods).
final class OperationTexts {
    /// A spec's paths have a few shapes of parameters (`{id}`, `{id}/{partId}`), in turns.
    let parameters = RepeatedValues<[String]>(capacity: 4)
    let proxyResponses = RepeatedValues<ProxyBackend>()
    /// A spec's routes ask for a few schemes and sets of scopes, in any order.
    let security = RepeatedValues<OpenAPIBuilder.SecurityRequirement>(capacity: 4)
    /// By the headers they name: the same for every preflight of a document.
    let preflightResponses = RepeatedValues<[String]>()
    /// A preflight's members after its parameters (responses, security, integration), by
    /// the methods it allows: a spec's paths have a few sets of methods, in any order.
    let preflightAnswers = RepeatedValues<String>(capacity: 8)
    /// Whether a route's security names its authorizer's scopes (JWT and Cognito ones), by
    /// the authorizer's name: looked up in the spec's authorizers only when the name changes.
    /// Unchecked for exclusive access (a runtime call for each route): nothing else reaches it.
    @exclusivity(unchecked) var scopedAuthorizers = LastLookup<Bool>()
}
