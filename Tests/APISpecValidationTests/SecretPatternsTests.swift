import Testing

@testable import APISpecValidation

@Suite struct SecretPatternsTests {
    @Test(arguments: ["AKIAIOSFODNN7EXAMPLE", "key=ASIAIOSFODNN7EXAMPLE;", "id AKIAIOSFODNN7EXAMPLE"])
    func accessKeyIdsAreFound(_ text: String) {
        #expect(SecretPatterns.containsAccessKeyId(text))
    }

    @Test(arguments: ["AKIAIOSFODNN7EXAMPL", "XAKIAIOSFODNN7EXAMPLE", "AKIAIOSFODNN7EXAMPLE1", "akiaiosfodnn7example"])
    func lookalikesAreNot(_ text: String) {
        #expect(!SecretPatterns.containsAccessKeyId(text))
    }

    @Test(arguments: [
        ("AKIAIOSFODNN7EXAMPLE", true), ("ASIA0123456789ABCDEF", true), ("xAKIAIOSFODNN7EXAMPLE", true),
        ("AKIAIOSFODNN7EXAMPLE-", true), ("éAKIAIOSFODNN7EXAMPLEé", true), ("a\nAKIAIOSFODNN7EXAMPLE\nb", true),
        ("AKIAAKIAIOSFODNN7EXAMPLE", false), ("1AKIAIOSFODNN7EXAMPLE", false), ("AKIAIOSFODNN7EXAMPLe", false),
        ("ABIAIOSFODNN7EXAMPLE", false), ("AKIAIOSFODNN7EXAMPL٣", false), ("AKIA", false), ("", false),
        ("AKIAIOSFODNN7EXAMPLE\u{301}", true),  // was false: the mark made the last letter another Character
    ])
    func accessKeyIdEdges(_ text: String, _ found: Bool) {
        #expect(SecretPatterns.containsAccessKeyId(text) == found)
    }

    @Test(arguments: [
        ("-----BEGIN PRIVATE KEY-----", true), ("-----BEGIN ENCRYPTED PRIVATE KEY-----", true),
        ("------BEGIN  PRIVATE KEY-----", true), ("-----BEGIN CERTIFICATE----- -----BEGIN PRIVATE KEY-----", true),
        ("-----BEGIN PRIVATE KEY----", false), ("-----BEGIN PRIVATE KEYS-----", false),
        ("-----BEGIN PRIVATE KEY X-----", false), ("-----BEGINPRIVATE KEY-----", false),
        ("-----BEGIN rsa PRIVATE KEY-----", false), ("-----BEGIN RSA_PRIVATE KEY-----", false), ("", false),
        ("-----BEGIN PRIVATE KEY-----\u{301}", true),  // was false: the mark made the last `-` another Character
    ])
    func privateKeyEdges(_ text: String, _ found: Bool) {
        #expect(SecretPatterns.containsPrivateKey(text) == found)
    }

    @Test func privateKeysAreFoundButCertificatesAreNot() {
        #expect(SecretPatterns.containsPrivateKey("-----BEGIN PRIVATE KEY-----\nMIIE..."))
        #expect(SecretPatterns.containsPrivateKey("-----BEGIN EC PRIVATE KEY-----"))
        #expect(!SecretPatterns.containsPrivateKey("-----BEGIN CERTIFICATE-----"))
    }

    @Test func referencesAreNotLiteralSecrets() {
        #expect(SecretPatterns.isIndirect("${param:DbPassword}"))
        #expect(SecretPatterns.isIndirect("arn:aws:secretsmanager:us-east-1:123456789012:secret:db"))
        #expect(SecretPatterns.isIndirect("{{resolve:ssm-secure:/db/password}}"))
        #expect(!SecretPatterns.isIndirect("hunter2"))
    }
}
