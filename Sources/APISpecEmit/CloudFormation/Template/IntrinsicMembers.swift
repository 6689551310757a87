/// `Intrinsic`'s functions made into a sink as members, without a value made of each first
/// to be written and freed: a function's resources have several, and a large API a
/// thousand functions.
extension JSONSink {
    /// `member(key, Intrinsic.ref(logicalID))`.
    mutating func ref(_ key: StaticString, _ logicalID: String) {
        object(constant: key) { $0.member(constant: "Ref", .string(logicalID)) }
    }

    /// `member(key, Intrinsic.getAtt(logicalID, attribute))`.
    mutating func getAtt(_ key: StaticString, _ logicalID: String, _ attribute: StaticString) {
        object(constant: key) { sink in
            sink.array(constant: "Fn::GetAtt") { sink in
                sink.value(.string(logicalID))
                sink.value(constant: attribute)
            }
        }
    }

    /// `member(key, Intrinsic.sub(template))`.
    mutating func sub(_ key: StaticString, _ template: String) {
        object(constant: key) { $0.member(constant: "Fn::Sub", .string(template)) }
    }
}
