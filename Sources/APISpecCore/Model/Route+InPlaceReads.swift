extension Route {
    // Tests of the integration and `auth` for the rules that scan every route: reading
    // `functionIntegration` or `auth` copies what it holds (a `Located`'s text and file name
    // retained, then released) for each route, where these only look at which case it is.

    /// `functionIntegration != nil`: whether the single integration is a function's.
    @inlinable public var hasFunctionIntegration: Bool {
        if case .one(.function) = fields.integrations.storage { return true }
        return false
    }

    /// `auth != nil`: whether the route or `defaults` says anything about auth.
    @inlinable public var hasAuth: Bool {
        if case .none = fields.auth { return false }
        return true
    }
}
