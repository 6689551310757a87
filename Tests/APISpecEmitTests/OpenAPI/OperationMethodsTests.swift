import Testing
@testable import APISpecEmit

/// `OperationMethods` numbers the usual spellings without lower-casing them: each number must
/// name what lower-casing the method names, and equal names must have equal numbers.
struct OperationMethodsTests {
    @Test
    func numbersNameTheLowerCasedMethod() {
        var methods = OperationMethods()
        for written in ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "Get", "patch", "FOO", "foo", "", "X-Amazon-Apigateway-Any-Method"] {
            let number = methods.number(ofWritten: written)
            #expect(number.map { methods[$0] } == written.lowercased())
        }
        #expect(methods.number(ofWritten: "FOO") == methods.number(ofWritten: "Foo"))
        #expect(methods.number(ofWritten: "X-AMAZON-APIGATEWAY-ANY-METHOD") == OperationMethods.anyMethod)
        #expect(methods[OperationMethods.options] == "options")
        #expect(methods[OperationMethods.anyMethod] == OperationSlot.anyMethod)
    }

    @Test
    func constantKeysAreTheNamesOfTheirNumbers() {
        let methods = OperationMethods()
        #expect(OperationMethods.constantKeys.map(\.description) == Array(methods.names.prefix(OperationMethods.constantKeys.count)))
        #expect(OperationMethods.constantKeys.count == Int(OperationMethods.anyMethod) + 1)
    }

    @Test
    func anyHasNoNumber() {
        var methods = OperationMethods()
        #expect(methods.number(ofWritten: "ANY") == nil)
        #expect(methods.number(ofWritten: "Any") == nil)
        #expect(methods.number(ofWritten: "any") == nil)
    }
}
