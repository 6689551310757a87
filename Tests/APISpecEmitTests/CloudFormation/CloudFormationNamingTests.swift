import APISpecCore
import Testing
@testable import APISpecEmit

struct CloudFormationNamingTests {
    @Test func logicalIDsArePascalCaseASCIIAlphanumerics() {
        #expect(LogicalID.pascalCase("listPets") == "ListPets")
        #expect(LogicalID.pascalCase("acme-retail") == "AcmeRetail")
        #expect(LogicalID.pascalCase("api.example.com") == "ApiExampleCom")
        #expect(LogicalID.pascalCase("$default") == "Default")
        #expect(LogicalID.pascalCase("café_2") == "Caf2")
    }

    @Test func routeKeysReadAsWords() {
        #expect(LogicalID.routeKey(RouteKey("GET /pets/{petId}")) == "GetPetsPetId")
        #expect(LogicalID.routeKey(RouteKey("ANY /")) == "AnyRoot")
        #expect(LogicalID.routeKey(RouteKey("ANY /{proxy+}")) == "AnyProxy")
        #expect(LogicalID.routeKey(RouteKey("$connect")) == "Connect")
        #expect(LogicalID.routeKey(RouteKey("sendMessage")) == "SendMessage")
    }

    /// The method is title-cased before its words are read, also when it is not a known one.
    @Test func routeKeysOfUnusualMethods() {
        #expect(LogicalID.routeKey(RouteKey("get /a")) == "GetA")
        #expect(LogicalID.routeKey(RouteKey("X-CUSTOM /a-b")) == "XCustomAB")
        #expect(LogicalID.routeKey(RouteKey("9GET /{id}")) == "9getId")
        #expect(LogicalID.routeKey(RouteKey("ßet /x")) == "SSetX")
        #expect(LogicalID.routeKey(RouteKey("/pets")) == "Pets")
        #expect(LogicalID.routeKey(RouteKey("GET /é")) == "GetRoot")
    }

    /// An ASCII key is read from its bytes, its method and path found there as `RouteKey`
    /// finds them: the words must be those of its kind.
    @Test func asciiRouteKeysReadAsTheirKinds() {
        #expect(LogicalID.routeKey(RouteKey("GET   /pets")) == "GetPets")
        #expect(LogicalID.routeKey(RouteKey("GET ")) == "GetRoot")
        #expect(LogicalID.routeKey(RouteKey("/a b")) == "AB")
        #expect(LogicalID.routeKey(RouteKey("$default x")) == "DefaultX")
        #expect(LogicalID.routeKey(RouteKey("send message")) == "SendMessage")
        #expect(LogicalID.routeKey(RouteKey("")) == "")
        // Each of the method and the path keeps at most `maximumBaseLength` bytes of words.
        let long = String(repeating: "a", count: 300)
        #expect(LogicalID.routeKey(RouteKey("GET /" + long)) == "GetA" + String(repeating: "a", count: 199))
        #expect(LogicalID.routeKey(RouteKey(long + " /b")) == "A" + String(repeating: "a", count: 199) + "B")
        #expect(LogicalID.routeKey(RouteKey(long)) == "A" + String(repeating: "a", count: 199))
    }

    @Test func parametersKeepTheirNamesWhenCloudFormationAcceptsThem() {
        #expect(LogicalID.parameter("certArn") == "certArn")
        #expect(LogicalID.parameter("cert-arn") == "CertArn")
    }

    @Test func clashingNamesGetACounterInClaimOrder() {
        var allocator = LogicalIDAllocator(reserved: ["Api"])
        #expect(allocator.claim("Pets", suffix: "Function") == "PetsFunction")
        #expect(allocator.claim("Pets", suffix: "Function") == "Pets2Function")
        #expect(allocator.claim("Pets", suffix: "Function") == "Pets3Function")
        #expect(allocator.claim("Api") == "Api2")
    }

    @Test func longNamesAreCutToCloudFormationsLimit() {
        var allocator = LogicalIDAllocator()
        let long = String(repeating: "Pets", count: 100)
        let first = allocator.claim(long, suffix: "Permission")
        let second = allocator.claim(long, suffix: "Permission")
        #expect(first.count <= LogicalIDAllocator.maximumLength && first.hasSuffix("Permission"))
        #expect(second.count <= LogicalIDAllocator.maximumLength && second != first)
        let fits = String(repeating: "P", count: LogicalIDAllocator.maximumLength - 16)
        #expect(allocator.claim(fits, suffix: "Permission") == fits + "Permission")
        let wide = String(repeating: "é", count: 300)
        #expect(allocator.claim(wide, suffix: "Permission") == String(repeating: "é", count: 239) + "Permission")
    }

    /// A base given as bytes claims what the same base as a String does, and leaves the bytes
    /// as they were: when the id is free, taken (a counter), cut, or empty.
    @Test func basesAsBytesClaimWhatStringsDo() {
        let long = String(repeating: "Pets", count: 100)
        let fits = String(repeating: "P", count: LogicalIDAllocator.maximumLength - 16)
        let claims: [(String, String)] = [
            ("Pets", "Permission"), ("Pets", "Permission"), ("Api", ""), ("Api", ""), ("", ""), ("", "Permission"),
            ("", "Permission"), (long, "Permission"), (long, "Permission"), (fits, "Permission"), (fits, "Permission"),
            ("Pets2", "Permission"), ("Pets", "Permission"),
        ]
        var strings = LogicalIDAllocator(reserved: ["Api"])
        var bytes = LogicalIDAllocator(reserved: ["Api"])
        for (base, suffix) in claims {
            let buffer = Array(base.utf8)
            bytes.claimBytes(buffer, suffix: suffix)
            let claimed = bytes.withID(bytes.lastClaimed) { String(decoding: $0, as: UTF8.self) }
            #expect(claimed == strings.claim(base, suffix: suffix), "\(base) \(suffix)")
            #expect(buffer == Array(base.utf8))
        }
    }

    /// FNV-1a 64's published test vectors: the hash must not depend on the process.
    @Test func stableHashIsFNV1a64() {
        #expect(StableHash.hex("") == "cbf29ce484222325")
        #expect(StableHash.hex("a") == "af63dc4c8601ec8c")
        #expect(StableHash.hex("foobar") == "85944171f73967e8")
    }

    @Test func templateDescriptionsFitCloudFormationsLimit() {
        #expect(Template.description("short") == "short")
        let long = Template.description(String(repeating: "é", count: 600))
        #expect(long.utf8.count == 1024 && long.count == 512)
    }
}
