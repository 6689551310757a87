/// Hands out logical ids that are unique within one namespace (resources and parameters share
/// one; outputs have their own). Ids are claimed in spec order, so they are stable run to run;
/// a clash gets a counter (`PetsFunction2`).
struct LogicalIDAllocator {
    private var taken: Set<String> = []

    init(reserved: [String] = []) {
        taken = Set(reserved)
    }

    /// `base` + `suffix`, or with a counter before the suffix when that is already taken.
    mutating func claim(_ base: String, suffix: String = "") -> String {
        let stem = base.isEmpty && suffix.isEmpty ? "Resource" : base
        var candidate = stem + suffix
        var counter = 2
        while taken.contains(candidate) {
            candidate = "\(stem)\(counter)\(suffix)"
            counter += 1
        }
        taken.insert(candidate)
        return candidate
    }
}
