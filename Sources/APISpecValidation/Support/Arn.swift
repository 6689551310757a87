/// An ARN split at its colons over `utf8`: `arn:<partition>:<service>:<region>:<account>:<resource>`,
/// where the resource may have colons of its own (`layer:name:3`).
struct Arn {
    typealias Field = Substring.UTF8View

    let partition: Field, service: Field, region: Field
    /// The resource's colon-separated parts.
    let resource: [Field]

    /// An ARN of an `aws[a-z-]*` partition (`aws`, `aws-cn`, `aws-us-gov`) with a 12-digit account.
    /// The digits are ASCII ones now: the regular expressions' `\d` took any script's digits.
    init?(_ text: String) {
        let fields = text.utf8.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard fields.count >= 6, fields[0].elementsEqual("arn".utf8),
              fields[1].dropping(prefix: "aws")?.matches(.lowercase + "-", lengths: 0...Int.max) == true,
              fields[4].matches(.digits, lengths: 12...12)
        else { return nil }
        (partition, service, region) = (fields[1], fields[2], fields[3])
        resource = Array(fields[5...])
    }

    func isService(_ name: String) -> Bool {
        service.elementsEqual(name.utf8)
    }

    /// Whether the region is one like `us-east-1` or `us-gov-west-1`: `[a-z]{2}(-[a-z]+)+-\d`, ASCII.
    var hasRegion: Bool {
        let parts = region.split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
        return parts.count >= 3 && parts[0].matches(.lowercase, lengths: 2...2)
            && parts[parts.count - 1].matches(.digits, lengths: 1...1)
            && parts.dropFirst().dropLast().allSatisfy { $0.matches(.lowercase) }
    }

    /// The one resource part when it starts with `type/` (`role/admin`), without that prefix.
    func resource(ofType type: String) -> Field? {
        resource.count == 1 ? resource[0].dropping(prefix: type + "/") : nil
    }
}
