/// Shapes of the ARNs a spec may contain.
enum ArnPatterns {
    /// `arn:aws:iam::123456789012:role/path/name`
    static func isRoleArn(_ text: String) -> Bool {
        text.wholeMatch(of: /arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@\/-]{1,512}/) != nil
    }

    /// `arn:aws:lambda:us-east-1:123456789012:layer:name:3`
    static func isLayerVersionArn(_ text: String) -> Bool {
        text.wholeMatch(of: /arn:aws[a-z-]*:lambda:[a-z]{2}(-[a-z]+)+-\d:\d{12}:layer:[A-Za-z0-9_-]{1,140}:\d+/) != nil
    }

    /// `arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123`
    static func isUserPoolArn(_ text: String) -> Bool {
        let pattern = /arn:aws[a-z-]*:cognito-idp:[a-z]{2}(-[a-z]+)+-\d:\d{12}:userpool\/[\w-]+_[0-9a-zA-Z]+/
        return text.wholeMatch(of: pattern) != nil
    }
}
