import APISpecCore

/// Work several rules need from the same spec, done once per validation run instead of
/// once per rule: the CloudFormation size rules both need the whole template, which
/// costs more than every other rule together. `emit` passes the same instance on to
/// the emitter, so the template it writes is the one validation already built.
/// One instance serves one spec: values are kept by item, not by spec.
public final class SharedWork {
    private var results: [ObjectIdentifier: Any] = [:]

    public init() {}

    /// `Item`'s value for `spec`, computed on first use.
    public func value<Item: SharedItem>(of item: Item.Type, for spec: Spec) -> Item.Value {
        let key = ObjectIdentifier(item)
        if let value = results[key] as? Item.Value { return value }
        let value = Item.compute(spec)
        results[key] = value
        return value
    }
}

/// One piece of shared work: how to compute it from the spec.
public protocol SharedItem {
    associatedtype Value
    static func compute(_ spec: Spec) -> Value
}

/// A rule that reads `SharedWork`: it implements `check(_:shared:_:)`, and run on its own
/// computes what it needs itself.
public protocol SharingRule: Rule {}

extension SharingRule {
    public func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        check(spec, shared: SharedWork(), &report)
    }
}
