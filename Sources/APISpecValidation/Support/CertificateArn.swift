/// An ACM certificate ARN, `arn:<partition>:acm:<region>:<12-digit account>:certificate/<id>`.
struct CertificateArn {
    var partition: String
    var region: String

    init?(_ text: String) {
        let pattern = /arn:(aws[a-z-]*):acm:([a-z]{2}(?:-[a-z]+)+-\d):\d{12}:certificate\/[A-Za-z0-9-]+/
        guard let match = text.wholeMatch(of: pattern) else { return nil }
        partition = String(match.1)
        region = String(match.2)
    }
}
