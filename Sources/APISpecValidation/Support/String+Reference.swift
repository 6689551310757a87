extension String {
    /// A value with a `${param:...}` or `${stage:...}` in it is only known at deployment
    /// or at run time, so rules do not judge its shape.
    var containsReference: Bool { contains("${") }
}
