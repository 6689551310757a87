/// Hands out logical ids that are unique within one namespace (resources and parameters share
/// one; outputs have their own). Ids are claimed in spec order, so they are stable run to run;
/// a clash gets a counter (`Pets2Function`).
struct LogicalIDAllocator {
    /// CloudFormation's longest logical id.
    static let maximumLength = 255

    private var taken: Set<String> = []

    init(reserved: [String] = []) {
        taken = Set(reserved)
    }

    /// `base` + `suffix`, or with a counter before the suffix when that is already taken;
    /// a long `base` is cut so that the whole id fits.
    mutating func claim(_ base: String, suffix: String = "") -> String {
        let room = Self.maximumLength - suffix.count - 6
        let stem = base.isEmpty && suffix.isEmpty ? "Resource" : String(base.prefix(room))
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
