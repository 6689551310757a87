/// IAM policy documents.
enum PolicyDocument {
    static let version = "2012-10-17"

    static func document(_ statements: [JSONValue]) -> JSONValue {
        ["Version": .string(version), "Statement": .array(statements)]
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
