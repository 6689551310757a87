import APISpecCore

/// Numbers for route keys' methods, equal exactly for equal methods (`==`, so up to Unicode
/// equivalence): a spec writes a few methods over and over, and a method seen before is found
/// by its bits (`StringBits`), where comparing it with each other method as text cost more.
struct MethodNumbers {
    /// Each string met, held (so that no other string takes its storage, and its bits), with
    /// its number.
    private var met: [(method: String, bits: StringBits, number: Int)] = []
    /// By number: a method of each, and whether API Gateway routes on it (`RouteKey.knownMethods`).
    private var methods: [(method: String, isKnown: Bool)] = []

    /// `method`'s number.
    mutating func number(of method: String) -> Int {
        let bits = StringBits(method)
        for index in met.indices where met[index].bits == bits { return met[index].number }
        let number = methods.firstIndex { $0.method == method } ?? methods.count
        if number == methods.count { methods.append((method, RouteKey.knownMethods.contains(method))) }
        met.append((method, bits, number))
        return number
    }

    /// Whether the method numbered `number` is one API Gateway routes on.
    func isKnown(_ number: Int) -> Bool { methods[number].isKnown }
}
