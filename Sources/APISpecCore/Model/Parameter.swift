/// A deploy-time parameter (a CloudFormation `Parameter`), referenced as `${param:Name}`.
public struct Parameter: Sendable, Hashable {
    public var name: String
    /// CloudFormation parameter type: `String`, `Number`, `CommaDelimitedList`, `AWS::...`.
    public var type: String
    public var description: String?
    public var allowed: [Located<String>]
    public var defaultValue: String?
    public var extensions: Extensions
    public var provenance: Provenance

    public init(name: String, type: String = "String", provenance: Provenance) {
        self.name = name
        self.type = type
        self.allowed = []
        self.extensions = []
        self.provenance = provenance
    }
}
