/// A route's keys, in the order `KnownKeys` lists them for `routes.*` (a test keeps the two in
/// step): the decoder reads each route's by its place in that list rather than by its name,
/// fourteen for every route.
enum RouteField: Int, CaseIterable {
    case function, http, mock, aws, auth, scopes, timeout, payloadVersion, apiKeyRequired, request, mapping, throttling,
         description, tags
}
