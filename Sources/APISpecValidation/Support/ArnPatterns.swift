/// Shapes of the ARNs a spec may contain. ASCII only, as AWS names them: the regular expressions
/// these replace took any script's letters and digits for `\w` and `\d`.
enum ArnPatterns {
    /// `arn:aws:iam::123456789012:role/path/name`: a path and name of `[\w+=,.@/-]{1,512}`.
    static func isRoleArn(_ text: String) -> Bool {
        guard let arn = Arn(text), arn.isService("iam"), arn.region.isEmpty, let path = arn.resource(ofType: "role")
        else { return false }
        return path.matches(.alphanumerics + "_+=,.@/-", lengths: 1...512)
    }

    /// `arn:aws:lambda:us-east-1:123456789012:layer:name:3`: a name of `[A-Za-z0-9_-]{1,140}`.
    static func isLayerVersionArn(_ text: String) -> Bool {
        guard let arn = Arn(text), arn.isService("lambda"), arn.hasRegion, arn.resource.count == 3 else { return false }
        let (type, name, version) = (arn.resource[0], arn.resource[1], arn.resource[2])
        return type.elementsEqual("layer".utf8) && name.matches(.alphanumerics + "_-", lengths: 1...140)
            && version.matches(.digits)
    }

    /// `arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbC123`: an id of `[\w-]+_[0-9a-zA-Z]+`.
    static func isUserPoolArn(_ text: String) -> Bool {
        guard let arn = Arn(text), arn.isService("cognito-idp"), arn.hasRegion,
              let id = arn.resource(ofType: "userpool"), let underscore = id.lastIndex(of: UInt8(ascii: "_"))
        else { return false }
        return id[..<underscore].matches(.alphanumerics + "_-") && id[underscore...].dropFirst().matches(.alphanumerics)
    }
}
