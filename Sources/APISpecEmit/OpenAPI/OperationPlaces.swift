/// Every operation's place in document order (`OpenAPIBuilder.operationPlaces(of:)`), with
/// the paths and methods its places name by number.
struct OperationPlaces {
    var places: [OperationPlace] = []
    /// The indices of each path's places, in order, by path number: the paths in the order of
    /// their first place.
    var byPath: [ArraySlice<Int>] = []
    /// Each path's key by number (`/pets/{petId}`, `/$default`): one for a path, not a copy
    /// held by each of its places.
    var paths: [String] = []
    /// Each path's words, by path number, for its operation ids.
    var words = PathWords()
    var methods = OperationMethods()

    subscript(index: Int) -> OperationPlace { places[index] }

    /// The method of place `index`: its key in its path item.
    func method(of index: Int) -> String { methods[places[index].method] }
}
