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

    /// `base` without what would not fit before `suffix` and a counter. No string has more
    /// Characters than bytes, so one that fits by its bytes is whole, without counting them.
    private static func cut(_ base: String, suffix: String) -> String {
        guard base.utf8.count + suffix.utf8.count + 6 > maximumLength else { return base }
        return String(base.prefix(maximumLength - suffix.count - 6))
    }
}
