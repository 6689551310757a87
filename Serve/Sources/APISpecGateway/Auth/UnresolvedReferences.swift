import APISpecRunConfig

/// A `${param:X}` that `apispec emit --local` could not resolve (a parameter without a
/// default) stays in the run config as written. An authorizer setting holding one matches
/// no token, not even one that carries the placeholder itself, so the authorizer refuses
/// everything, as it must; the warnings say why, once, at start-up.
enum UnresolvedReferences {
    static func isUnresolved(_ value: String) -> Bool { value.contains("${") }

    static func warnings(_ config: RunConfig) -> [String] {
        config.authorizers.entries.flatMap { entry -> [String] in
            guard entry.value.type == .jwt else { return [] }
            let settings = entry.value.issuers.map { ("issuer", $0) } + entry.value.audience.map { ("audience", $0) }
            return settings.compactMap { name, value in
                guard isUnresolved(value) else { return nil }
                return "authorizer \(entry.key): \(name) \(value) has no local value, so every token is refused; "
                    + "give the parameter a default, or serve a run config from `apispec emit --local` with the value filled in"
            }
        }
    }
}
