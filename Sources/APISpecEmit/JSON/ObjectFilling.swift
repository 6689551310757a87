/// The members of an object a document holds `{}` for, made while the document is written
/// (`JSONWriter.document(_:filling:with:into:)`): a document's largest part (an OpenAPI
/// document's paths) is then never held whole.
protocol ObjectFilling {
    /// Adds the members to `object`, written to `out`, while `out` wants more.
    func fill<Output: JSONOutput>(_ object: inout JSONWriter.ObjectWriter, into out: inout Output)
}
