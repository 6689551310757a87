/// A template measured instead of kept: its resources, and the paths of the OpenAPI body
/// inside one of them, are counted as they are made and dropped, so measuring never holds
/// the template's largest parts.
struct TemplateCounters {
    /// `Resources` is written at the document's first level.
    var resources = JSONWriter.ObjectCounter(indent: 1)
    var paths = JSONWriter.ObjectCounter(indent: OpenAPIBody.pathsIndent)

    /// The length of the template as written, given the rest of it: the template that holds
    /// `{}` where the counted resources go (and, inside the API's resource, where the paths go).
    func bytes(besides rest: Template) -> Int {
        JSONWriter.byteCount(rest.json) - 2 + resources.byteCount - 2 + paths.byteCount
    }
}
