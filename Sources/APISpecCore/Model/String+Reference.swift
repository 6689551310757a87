extension String {
    /// A value with a `${param:...}` or `${stage:...}` in it is only known at deployment
    /// or at run time, so rules do not judge its shape.
    /// A byte scan for `$` first: `String.contains(String)` is a slow generic search, and
    /// this is asked of every string in the spec.
    public var containsReference: Bool { utf8.contains(UInt8(ascii: "$")) && contains("${") }
}
