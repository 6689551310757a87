/// An ACM certificate ARN, `arn:<partition>:acm:<region>:<12-digit account>:certificate/<id>`.
struct CertificateArn {
    var partition: String
    var region: String

    /// The id is `[A-Za-z0-9-]+`; like every part of the ARN, ASCII only (see `Arn`).
    init?(_ text: String) {
        guard let arn = Arn(text), arn.isService("acm"), arn.hasRegion,
              arn.resource(ofType: "certificate")?.matches(.alphanumerics + "-") == true
        else { return nil }
        partition = String(Substring(arn.partition))
        region = String(Substring(arn.region))
    }
}
