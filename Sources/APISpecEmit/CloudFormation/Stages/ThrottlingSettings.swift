import APISpecCore

/// Throttling limits under the property names each resource type uses.
enum ThrottlingSettings {
    /// `ThrottlingRateLimit` / `ThrottlingBurstLimit` (stage and method/route settings).
    static func stage(_ throttling: Throttling?) -> JSONObject {
        var settings: JSONObject = [:]
        settings["ThrottlingBurstLimit"] = throttling?.burst.map(JSONValue.int)
        settings["ThrottlingRateLimit"] = throttling?.rate.map(JSONValue.double)
        return settings
    }

    /// `RateLimit` / `BurstLimit` (usage plans).
    static func usagePlan(_ throttling: Throttling?) -> JSONValue? {
        var settings: JSONObject = [:]
        settings["BurstLimit"] = throttling?.burst.map(JSONValue.int)
        settings["RateLimit"] = throttling?.rate.map(JSONValue.double)
        return settings.isEmpty ? nil : .object(settings)
    }
}
