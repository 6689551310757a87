/// A policy statement's keys, in the order `KnownKeys` lists them for `functions.*.policies[]`
/// (a test keeps the two in step): the decoder reads each statement's by its place in that
/// list rather than by its name, a statement or more for every function.
enum PolicyField: Int, CaseIterable {
    case effect, actions, resources
}
