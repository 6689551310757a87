/// IAM policy documents.
enum PolicyDocument {
    /// A constant, so that a role written into a sink writes it from its bytes.
    static let version: StaticString = "2012-10-17"

    static func document(_ statements: [JSONValue]) -> JSONValue {
        ["Version": .string(version.description), "Statement": .array(statements)]
    }

    /// Lets an AWS service assume the role.
    static func assumeRole(service: String) -> JSONValue {
        document([[
            "Effect": "Allow",
            "Principal": ["Service": .string(service)],
            "Action": "sts:AssumeRole",
        ]])
    }
}
