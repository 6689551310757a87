/// Hands out logical ids that are unique within one namespace (resources and parameters share
/// one; outputs have their own). Ids are claimed in spec order, so they are stable run to run;
/// a clash gets a counter (`Pets2Function`).
struct LogicalIDAllocator {
    /// CloudFormation's longest logical id.
    static let maximumLength = 255

    private var taken: Set<String> = []

    /// Room for `capacity` ids at once: growing the set rehashes every id claimed before.
    init(reserved: [String] = [], capacity: Int = 0) {
        taken.reserveCapacity(max(reserved.count, capacity))
        taken.formUnion(reserved)
    }

    /// `base` + `suffix`, or with a counter before the suffix when that is already taken;
    /// a long `base` is cut so that the whole id fits.
    mutating func claim(_ base: String, suffix: String = "") -> String {
        let stem = base.isEmpty && suffix.isEmpty ? "Resource" : Self.cut(base, suffix: suffix)
        var candidate = stem + suffix
        var counter = 2
        while !taken.insert(candidate).inserted {
            candidate = "\(stem)\(counter)\(suffix)"
            counter += 1
        }
        return candidate
    }

    /// `claim(base, suffix:)` for a base of ASCII bytes (PascalCase's), which ends as it was:
    /// an id that fits and is free is made from the bytes and the suffix at once, without a
    /// String for the base and another for the two (a permission per route is named so).
    mutating func claim(_ base: inout [UInt8], suffix: String) -> String {
        let baseCount = base.count
        if baseCount + suffix.utf8.count + 6 <= Self.maximumLength, baseCount + suffix.utf8.count > 0 {
            UTF8Bytes.append(suffix, to: &base)
            let candidate = String(decoding: base, as: UTF8.self)
            base.removeSubrange(baseCount...)
            if taken.insert(candidate).inserted { return candidate }
        }
        return claim(String(decoding: base, as: UTF8.self), suffix: suffix)
    }

    /// `base` without what would not fit before `suffix` and a counter. No string has more
    /// Characters than bytes, so one that fits by its bytes is whole, without counting them.
    private static func cut(_ base: String, suffix: String) -> String {
        guard base.utf8.count + suffix.utf8.count + 6 > maximumLength else { return base }
        return String(base.prefix(maximumLength - suffix.count - 6))
    }
}
