import Foundation

/// IAM resource patterns: `*` matches any run of characters, `?` one.
enum ArnPattern {
    static func matches(_ arn: String, pattern: String) -> Bool {
        var regex = "^"
        for character in pattern {
            switch character {
            case "*": regex += ".*"
            case "?": regex += "."
            default: regex += NSRegularExpression.escapedPattern(for: String(character))
            }
        }
        return arn.range(of: regex + "$", options: .regularExpression) != nil
    }
}
