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
