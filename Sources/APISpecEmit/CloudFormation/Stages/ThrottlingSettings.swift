import APISpecCore
import OrderedCollections

/// Throttling limits under the property names each resource type uses.
enum ThrottlingSettings {
    /// `ThrottlingRateLimit` / `ThrottlingBurstLimit` (stage and method/route settings).
    static func stage(_ throttling: Throttling?) -> OrderedDictionary<String, JSONValue> {
        var settings: OrderedDictionary<String, JSONValue> = [:]
        settings["ThrottlingBurstLimit"] = throttling?.burst.map(JSONValue.int)
        settings["ThrottlingRateLimit"] = throttling?.rate.map(JSONValue.double)
        return settings
    }

    /// `RateLimit` / `BurstLimit` (usage plans).
    static func usagePlan(_ throttling: Throttling?) -> JSONValue? {
        var settings: OrderedDictionary<String, JSONValue> = [:]
        settings["BurstLimit"] = throttling?.burst.map(JSONValue.int)
        settings["RateLimit"] = throttling?.rate.map(JSONValue.double)
        return settings.isEmpty ? nil : .object(settings)
    }
}
