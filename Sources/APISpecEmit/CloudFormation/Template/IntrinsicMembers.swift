/// `Intrinsic`'s functions made into a sink as members, without a value made of each first
/// to be written and freed: a function's resources have several, and a large API a
/// thousand functions.
extension JSONSink {
    /// `member(key, Intrinsic.ref(logicalID))`.
    mutating func ref(_ key: String, _ logicalID: String) {
        object(key) { $0.member("Ref", .string(logicalID)) }
    }

    /// `member(key, Intrinsic.getAtt(logicalID, attribute))`.
    mutating func getAtt(_ key: String, _ logicalID: String, _ attribute: String) {
        object(key) { sink in
            sink.array("Fn::GetAtt") { sink in
                sink.value(.string(logicalID))
                sink.value(.string(attribute))
            }
        }
    }

    /// `member(key, Intrinsic.sub(template))`.
    mutating func sub(_ key: String, _ template: String) {
        object(key) { $0.member("Fn::Sub", .string(template)) }
    }
}
