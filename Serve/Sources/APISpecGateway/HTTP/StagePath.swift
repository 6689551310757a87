/// Stages in URLs: a named stage is the first path segment (`/prod/pets`); HTTP APIs'
/// `$default` stage has none.
enum StagePath {
    /// The path below the stage, or nil when the path is not under it.
    static func below(_ rawPath: String, stage: String) -> String? {
        if stage == "$default" { return rawPath }
        let prefix = "/" + stage
        if rawPath == prefix { return "/" }
        guard rawPath.hasPrefix(prefix + "/") else { return nil }
        return String(rawPath.dropFirst(prefix.count))
    }
}
