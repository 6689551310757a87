import APISpecCore

/// Work several rules need from the same spec, done once per validation run instead of
/// once per rule: the CloudFormation size rules both measure the template, which costs
/// more than every other rule together. `emit` passes the same instance on to the
/// emitter, which then writes a template validation kept instead of building it again
/// (`keeping`; `emit --cloudformation` keeps it for specs up to 1 MiB).
/// One instance serves one spec: values are kept by item, not by spec.
public final class SharedWork {
    /// A list: a run shares a few items, and the first dictionary keyed by `ObjectIdentifier`
    /// had the runtime search its conformance records (a quarter of a million instructions).
    private var results: [(item: ObjectIdentifier, value: Any)] = []
    private let kept: Set<ObjectIdentifier>

    /// `keeping` names items the caller reads after validation: work that can either build
    /// such an item whole or get by with less (measure without keeping) should build it.
    public init(keeping items: [any SharedItem.Type] = []) {
        kept = Set(items.map { ObjectIdentifier($0) })
    }

    /// `Item`'s value for `spec`, computed on first use.
    public func value<Item: SharedItem>(of item: Item.Type, for spec: Spec) -> Item.Value {
        let key = ObjectIdentifier(item)
        if let value = results.first(where: { $0.item == key })?.value as? Item.Value { return value }
        let value = Item.compute(spec, in: self)
        results.append((key, value))
        return value
    }

    /// Sets `item`'s value instead of computing it: what the caller knows that an item reads
    /// (where `emit` writes its output). Before the item is first read.
    public func provide<Item: SharedItem>(_ item: Item.Type, _ value: Item.Value) {
        precondition(!results.contains { $0.item == ObjectIdentifier(item) }, "an item is provided before it is read")
        results.append((ObjectIdentifier(item), value))
    }

    /// Whether the caller will read `item` after validation.
    public func keeps(_ item: any SharedItem.Type) -> Bool { kept.contains(ObjectIdentifier(item)) }
}

/// One piece of shared work: how to compute it from the spec, with `work` for the items it
/// builds on.
public protocol SharedItem {
    associatedtype Value
    static func compute(_ spec: Spec, in work: SharedWork) -> Value
}

/// A rule that reads `SharedWork`: it implements `check(_:shared:_:)`, and run on its own
/// computes what it needs itself.
public protocol SharingRule: Rule {}

extension SharingRule {
    public func check(_ spec: Spec, _ report: inout [Diagnostic]) {
        check(spec, shared: SharedWork(), &report)
    }
}
